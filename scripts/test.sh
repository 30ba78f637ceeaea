#!/usr/bin/env bash
# Set up and run cordon's whole test suite: formatting, lints, unit,
# in-process and end-to-end tests (real model, real PostgreSQL).
#
# PostgreSQL: uses CORDON_TEST_PG_URL if set, else a server on
# 127.0.0.1:5432; when none answers and initdb/pg_ctl exist, starts a
# throwaway server for the duration of the run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
scripts/setup.sh

pg_tmp=""
cleanup() {
  if [[ -n "$pg_tmp" ]]; then
    run_pg pg_ctl -D "$pg_tmp/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_tmp"
  fi
}
trap cleanup EXIT

pg_bin() {
  local tool="$1"
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  ls /usr/lib/postgresql/*/bin/"$tool" 2>/dev/null | sort -V | tail -n 1
}
# PostgreSQL refuses to run as root: run its tools as `postgres` when we are root.
run_pg() {
  local tool; tool="$(pg_bin "$1")"; shift
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$tool" "$@"
  else
    "$tool" "$@"
  fi
}
pg_answers() { # host port
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

if [[ -z "${CORDON_TEST_PG_URL:-}" ]]; then
  if pg_answers 127.0.0.1 5432; then
    export CORDON_TEST_PG_URL="postgres://postgres@127.0.0.1:5432/postgres"
  elif [[ -n "$(pg_bin initdb)" && -n "$(pg_bin pg_ctl)" ]]; then
    pg_tmp="$(mktemp -d)"
    [[ $(id -u) -eq 0 ]] && chown postgres "$pg_tmp"
    port=$((20000 + RANDOM % 20000))
    echo "test: starting a throwaway PostgreSQL on 127.0.0.1:$port"
    run_pg initdb -D "$pg_tmp/data" -U postgres --auth=trust >/dev/null
    run_pg pg_ctl -D "$pg_tmp/data" -l "$pg_tmp/log" -w \
      -o "-p $port -k $pg_tmp -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
    export CORDON_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
  else
    echo "test: no PostgreSQL answers on 127.0.0.1:5432 and initdb/pg_ctl are not installed" >&2
    echo "test: install PostgreSQL or set CORDON_TEST_PG_URL" >&2
    exit 2
  fi
fi
echo "test: PostgreSQL at $CORDON_TEST_PG_URL"

cargo fmt --all --check
cargo clippy --locked --all-targets -- -D warnings
# Property tests draw their cases from a fixed seed here, so a run of this
# script is reproducible and CI cannot turn red by chance. Set
# PROPTEST_RNG_SEED to another number (or run `cargo test` directly) to
# explore new cases; a failure found that way is saved in
# tests/*.proptest-regressions and replayed on every later run.
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED-20261122}"
cargo test --locked

# The shipped policies' own tests, exactly as a reviewer runs them, with the
# binary the test build just made (a separate `cargo run` would resolve
# features without the dev-dependencies and rebuild llama.cpp).
"${CARGO_TARGET_DIR:-target}/debug/cordon" policy test \
  policies/hospital.yaml policies/law-firm.yaml policies/quickstart.yaml
