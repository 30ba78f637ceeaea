#!/usr/bin/env bash
# Compares detector bench binaries on one prompt set in many short
# alternating runs, which a busy machine's noise affects far less than one
# long run each. Prints each binary's fastest and median time per scan.
#
#   scripts/compare-detect.sh dense OLD_BENCH_BINARY NEW_BENCH_BINARY [...]
#
# A bench binary is what `cargo bench --no-run --bench detect` builds
# (target/release/deps/detect-*). Sets: dense, realistic, windows.
# ROUNDS (default 15) and MS (milliseconds per run, default 700) tune it.
set -euo pipefail
set_name=${1:?usage: compare-detect.sh SET BINARY...}
shift
rounds=${ROUNDS:-15}
ms=${MS:-700}
declare -A times
for ((r = 0; r < rounds; r++)); do
    for bin in "$@"; do
        ns=$(CORDON_DETECT_PROFILE=$set_name CORDON_DETECT_PROFILE_MS=$ms "$bin" --bench nothing |
            sed -n 's/.* \([0-9]*\) ns per scan/\1/p')
        times[$bin]+="$ns "
    done
done
for bin in "$@"; do
    # shellcheck disable=SC2086
    printf '%s\n' ${times[$bin]} | sort -n | awk -v b="$bin" -v set="$set_name" \
        '{ t[NR] = $1 } END { printf "%s [%s]: fastest %d ns, median %d ns per scan (%d runs)\n", b, set, t[1], t[int((NR + 1) / 2)], NR }'
done
