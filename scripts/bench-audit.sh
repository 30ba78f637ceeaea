#!/usr/bin/env bash
# Audit log benchmark: appends/s to PostgreSQL with durable commits
# (synchronous_commit as configured, default on) for batch sizes 1, 16, 256
# and 1 or 4 writer processes, then verification speed.
# Usage: scripts/bench-audit.sh [RECORDS_PER_PROCESS]
# Needs: a PostgreSQL reachable at $CORDON_TEST_PG_URL (default
# postgres://postgres@127.0.0.1:5432/postgres) and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
ADMIN="${CORDON_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
N="${1:-20000}"
BASE="${ADMIN%/*}"
cargo build --release --example audit_bench
BIN="${CARGO_TARGET_DIR:-target}/release/examples/audit_bench"

psql "$ADMIN" -Atc "SHOW synchronous_commit; SHOW fsync;" | paste -sd' ' | sed 's/^/synchronous_commit, fsync: /'
run() { # name batch records tasks procs
  local db="cordon_bench_$1_$$"
  psql "$ADMIN" -qc "DROP DATABASE IF EXISTS $db" >/dev/null
  psql "$ADMIN" -qc "CREATE DATABASE $db" >/dev/null
  "$BIN" append "$BASE/$db" "$2" "$3" "$4" "$5"
  if [ "${KEEP:-}" = "$1" ]; then echo "kept $BASE/$db"; else psql "$ADMIN" -qc "DROP DATABASE $db" >/dev/null; fi
}
for procs in 1 4; do
  per=$(( N / procs ))
  run "b1_p$procs"   1   $(( per / 10 < 2000 ? per / 10 : 2000 )) 64  "$procs"
  run "b16_p$procs"  16  "$per" 64  "$procs"
  run "b256_p$procs" 256 "$per" 512 "$procs"
done
# Verification speed on a larger chain.
db="cordon_bench_verify_$$"
psql "$ADMIN" -qc "CREATE DATABASE $db" >/dev/null
"$BIN" append "$BASE/$db" 256 "${VERIFY_RECORDS:-200000}" 512 1
"$BIN" verify "$BASE/$db"
psql "$ADMIN" -qc "DROP DATABASE $db" >/dev/null
