#!/usr/bin/env bash
# Set up and run the gateway on its embedded defaults: the local SmolLM2 model,
# the audit log in an SQLite file under ./cordon-data, listening on
# 127.0.0.1:8080. Extra arguments go to `cordon serve`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
scripts/setup.sh
cargo build --release --locked
exec "${CARGO_TARGET_DIR:-target}/release/cordon" serve --policy policies/quickstart.yaml "$@"
