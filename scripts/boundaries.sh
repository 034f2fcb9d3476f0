#!/usr/bin/env bash
# The package boundaries the README promises, enforced by `make test`:
#   - only wasm/ imports syscall/js: everything under internal/ and cmd/ is
#     plain Go, testable natively;
#   - nothing under internal/testkit is linked into the product (the CLI, the
#     server, the wasm engine).
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
while read -r pkg imports; do
  case "$pkg" in reportcheck/wasm | reportcheck/wasm/*) continue ;; esac
  if [[ " $imports " == *" syscall/js "* ]]; then
    echo "boundaries: $pkg imports syscall/js (only wasm/ may)"
    fail=1
  fi
done < <(GOOS=js GOARCH=wasm go list -f '{{.ImportPath}} {{join .Imports " "}} {{join .TestImports " "}}' ./...)
for target in "GOOS=js GOARCH=wasm ./wasm" "./cmd/reportcheck" "./cmd/serve"; do
  set -- $target
  if [ $# -eq 3 ]; then deps=$(env "$1" "$2" go list -deps "$3"); pkg=$3; else deps=$(go list -deps "$1"); pkg=$1; fi
  if grep -q '^reportcheck/internal/testkit' <<<"$deps"; then
    echo "boundaries: $pkg links test support: $(grep '^reportcheck/internal/testkit' <<<"$deps" | tr '\n' ' ')"
    fail=1
  fi
done
[ "$fail" -eq 0 ] && echo "boundaries: only wasm/ imports syscall/js; no test kit in the CLI, server or wasm"
exit "$fail"
