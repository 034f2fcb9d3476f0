#!/usr/bin/env bash
# Coverage gate: the engine packages — every package under internal/ except
# the test kits in internal/testkit/... — must each be covered by their OWN
# tests to at least 80% of statements (COVERAGE_MIN overrides the bar).
#
# Prints a table of package, coverage and verdict, and exits 1 listing every
# package under the bar, whose tests fail, or which has statements but no
# tests. A directory without Go files (a package not written yet) is not a
# package and is not checked; a package without statements passes.
#
#   bash scripts/coverage.sh                      # every engine package
#   bash scripts/coverage.sh ./internal/amount    # only these
set -euo pipefail
cd "$(dirname "$0")/.."
min=${COVERAGE_MIN:-80}

if [ $# -gt 0 ]; then
  patterns=("$@")
else
  patterns=(./internal/...)
fi
# -e: a package that does not build is still listed, and reported below.
mapfile -t pkgs < <(go list -e -f '{{.ImportPath}}' "${patterns[@]}" 2>/dev/null |
  grep -Ev '^reportcheck/internal/testkit(/|$)' || true)
if [ ${#pkgs[@]} -eq 0 ]; then
  echo "coverage: no engine package found" >&2
  exit 1
fi

out=$(mktemp)
trap 'rm -f "$out"' EXIT
# Own tests only: -cover measures each package by the tests in it.
go test -count=1 -cover "${pkgs[@]}" >"$out" 2>&1 || true

# One line per package: "<import path> <percent|none|fail|notests:percent>".
results=$(awk '
  /^ok[ \t]/ && /coverage: \[no statements\]/  { print $2, "none"; next }
  /^ok[ \t]/ && /coverage: [0-9.]+% of statements/ {
    match($0, /coverage: [0-9.]+%/); print $2, substr($0, RSTART + 10, RLENGTH - 11); next }
  /^\?[ \t]/ && /\[no test files\]/           { print $2, "none"; next }
  /^[ \t]+[^ \t]+[ \t]+coverage: [0-9.]+% of statements/ {
    match($0, /coverage: [0-9.]+%/); print $1, "notests:" substr($0, RSTART + 10, RLENGTH - 11); next }
  /^FAIL[ \t]+[^ \t]+/                        { print $2, "fail"; next }
' "$out")

declare -A got
while read -r pkg res; do
  [ -n "$pkg" ] && got[$pkg]=$res
done <<<"$results"

bad=()
printf '%-34s %9s  %s\n' package coverage verdict
printf '%-34s %9s  %s\n' ---------------------------------- --------- -------
for pkg in "${pkgs[@]}"; do
  short=${pkg#reportcheck/}
  res=${got[$pkg]:-}
  case "$res" in
    none) pct="-" verdict="ok (no statements)" ;;
    fail) pct="?" verdict="FAIL: tests fail or do not build" ;;
    notests:*)
      pct="${res#notests:}%" verdict="FAIL: no tests" ;;
    "") pct="?" verdict="FAIL: no result from go test" ;;
    *)
      pct="$res%"
      if awk -v p="$res" -v m="$min" 'BEGIN { exit !(p + 0 >= m + 0) }'; then
        verdict="ok"
      else
        verdict="FAIL: under ${min}%"
      fi
      ;;
  esac
  printf '%-34s %9s  %s\n' "$short" "$pct" "$verdict"
  case "$verdict" in FAIL*) bad+=("$short ($pct)") ;; esac
done

if [ ${#bad[@]} -gt 0 ]; then
  echo
  echo "coverage: ${#bad[@]} package(s) below ${min}% or not measured:"
  printf '  %s\n' "${bad[@]}"
  if grep -q -- '--- FAIL\|\[build failed\]\|\[setup failed\]' "$out"; then
    echo
    echo "go test output of the failing packages:"
    grep -v -E '^(ok|\?)[[:space:]]|^[[:space:]]+[^[:space:]]+[[:space:]]+coverage:' "$out" | sed 's/^/  /'
  fi
  exit 1
fi
echo
echo "coverage: every engine package's own tests cover at least ${min}% of its statements"
