#!/usr/bin/env bash
# make bench: the Go benchmarks and the browser benchmark, printed as one
# table of our figure, the baseline measured in the same run, the ratio, the
# budget, and whether it holds. Medians of several runs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== Go benchmarks (native, $(nproc) cores)"
go test ./internal/check/ -run '^$' -bench 'BenchmarkCheck$|BenchmarkExcelizeReadRaw$' -benchtime 50x -count 5 | tee "$out/check.txt"
go test ./internal/workbook/ -run '^$' -bench 'BenchmarkOpen200kRows$|BenchmarkOpenSmall$' -benchtime 3x -count 3 | tee "$out/open.txt"

median() { # benchmark name → median ns/op
  grep -E "^$1-[0-9]+ " "$2" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
check=$(median BenchmarkCheck "$out/check.txt")
raw=$(median BenchmarkExcelizeReadRaw "$out/check.txt")

rows=()
row() { rows+=("$(printf '%-44s %12s %12s %7s %10s  %s' "$@")"); }
ratio=$(awk -v a="$check" -v b="$raw" 'BEGIN {printf "%.2f", a/b}')
verdict=$(awk -v r="$ratio" 'BEGIN {print (r <= 2.0) ? "pass" : "FALL SHORT"}')
row "native full check of the seed vs excelize raw" "$(awk -v a="$check" 'BEGIN{printf "%.1f ms", a/1e6}')" "$(awk -v a="$raw" 'BEGIN{printf "%.1f ms", a/1e6}')" "$ratio" "<= 2.0x" "$verdict"

if [ -f bench/browser.mjs ] && [ -x /usr/bin/chromium ] && [ -d node_modules ]; then
  echo "== Browser benchmark (headless Chromium)"
  make -s site >/dev/null
  node bench/browser.mjs > "$out/browser.tsv"
  while IFS=$'\t' read -r name ours base ratio budget verdict; do
    row "$name" "$ours" "$base" "$ratio" "$budget" "$verdict"
  done < "$out/browser.tsv"
else
  echo "(browser benchmark skipped: needs bench/browser.mjs, /usr/bin/chromium and npm ci)"
fi

echo
printf '%-44s %12s %12s %7s %10s  %s\n' "measure" "ours" "baseline" "ratio" "budget" "result"
printf '%s\n' "${rows[@]}"

# A budget that does not hold fails the target, as the README promises.
short=0
for r in "${rows[@]}"; do
  [[ "$r" == *"FALL SHORT"* ]] && short=$((short + 1))
done
if [ "$short" -gt 0 ]; then
  echo "bench: $short budget(s) not met" >&2
  exit 1
fi
