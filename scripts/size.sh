#!/usr/bin/env bash
# The wasm size budget the README promises, enforced by make test: 2.6 MB
# gzip and 1.9 MB brotli (where brotli is installed to measure it).
set -euo pipefail
cd "$(dirname "$0")/.."
gz=$(stat -c %s dist/reportcheck.*.wasm.gz)
echo "wasm gzip: $gz bytes (budget 2600000)"
fail=0
[ "$gz" -le 2600000 ] || { echo "over budget: the wasm is $gz bytes gzip" >&2; fail=1; }
if ls dist/reportcheck.*.wasm.br >/dev/null 2>&1; then
  br=$(stat -c %s dist/reportcheck.*.wasm.br)
  echo "wasm brotli: $br bytes (budget 1900000)"
  [ "$br" -le 1900000 ] || { echo "over budget: the wasm is $br bytes brotli" >&2; fail=1; }
fi
exit $fail
