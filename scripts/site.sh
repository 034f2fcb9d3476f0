#!/usr/bin/env bash
# make site: the whole static site in dist/, deployable to any static host
# as is, plus the single-file dist/reportcheck.html for offices that cannot
# host anything.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist
mkdir -p dist
# excelize_rawvalues: the engine reads raw cell values only, so the excelize
# fork is built without its number-format engine (third_party/excelize/PATCHES.md).
GOOS=js GOARCH=wasm go build -tags excelize_rawvalues -trimpath -ldflags='-s -w' -o dist/reportcheck.wasm ./wasm
# wasm_exec.js must match the compiler that built the wasm.
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" dist/
cp web/index.html web/style.css web/engine.js web/app.js web/worker.js web/warmup.js web/manifest.webmanifest dist/
go run ./scripts/singlefile -dist dist -out dist/reportcheck.html
# The plain build, kept for the browser tests that deploy two builds in turn.
rm -rf out/plain && mkdir -p out/plain
cp dist/index.html dist/style.css dist/engine.js dist/app.js dist/worker.js dist/warmup.js dist/wasm_exec.js dist/reportcheck.wasm dist/manifest.webmanifest out/plain/
# Every asset named by its content; the service worker and build.json written.
go run ./scripts/hashassets -dir dist -sw web/sw.js
build=$(sed -n 's/.*"build": "\(.*\)".*/\1/p' dist/build.json)
# zopfli writes ordinary gzip some 4% smaller than gzip -9; it takes as long
# as brotli on the wasm (about 30 s), so the two run side by side. gzip -9
# where zopfli is not installed.
pids=()
for f in dist/*.wasm dist/*.js dist/*.css dist/*.html dist/*.webmanifest dist/*.json; do
  case "$f" in dist/reportcheck.html) continue ;; esac
  if command -v zopfli >/dev/null; then zopfli --i5 "$f" & pids+=($!); else gzip -9 -k -f "$f"; fi
  if command -v brotli >/dev/null; then brotli -q 11 -f -k "$f"; fi
done
for p in "${pids[@]}"; do wait "$p"; done
gzip -t dist/*.gz # zopfli exits 0 even when it fails
echo "site: dist/ (build $build)"
ls -l dist | awk 'NR>1 {printf "  %-28s %10d\n", $9, $5}'
