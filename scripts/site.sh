#!/usr/bin/env bash
# make site: the whole static site in dist/, deployable to any static host
# as is, plus the single-file dist/reportcheck.html for offices that cannot
# host anything.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist
mkdir -p dist
GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o dist/reportcheck.wasm ./wasm
# wasm_exec.js must match the compiler that built the wasm.
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" dist/
cp web/index.html web/style.css web/app.js web/worker.js web/manifest.webmanifest dist/
build=$(cat dist/* web/sw.js | sha256sum | cut -c1-12)
assets='["./","./index.html","./style.css","./app.js","./worker.js","./wasm_exec.js","./reportcheck.wasm","./manifest.webmanifest"]'
sed -e "s/__BUILD__/$build/" -e "s#__ASSETS__#$assets#" web/sw.js > dist/sw.js
go run ./scripts/singlefile -dist dist -out dist/reportcheck.html
# zopfli writes ordinary gzip some 4% smaller than gzip -9; it takes as long
# as brotli on the wasm (about 30 s), so the two run side by side. gzip -9
# where zopfli is not installed.
pids=()
for f in dist/*.wasm dist/*.js dist/*.css dist/*.html dist/*.webmanifest; do
  case "$f" in dist/reportcheck.html) continue ;; esac
  if command -v zopfli >/dev/null; then zopfli --i5 "$f" & pids+=($!); else gzip -9 -k -f "$f"; fi
  if command -v brotli >/dev/null; then brotli -q 11 -f -k "$f"; fi
done
for p in "${pids[@]}"; do wait "$p"; done
gzip -t dist/*.gz # zopfli exits 0 even when it fails
echo "site: dist/ (build $build)"
ls -l dist | awk 'NR>1 {printf "  %-28s %10d\n", $9, $5}'
