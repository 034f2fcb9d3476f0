#!/usr/bin/env bash
# Runs every fuzz target for the given time each (default 20s), one after
# the other: scripts/fuzz.sh 10m for a long session, 20s in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-20s}
targets=(
  "FuzzParse ./internal/amount"
  "FuzzOpen ./internal/workbook"
  "FuzzScanSheet ./internal/workbook"
)
# KPI value parsing and recognition targets live in internal/kpi.
for f in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' internal/kpi/*_test.go 2>/dev/null | sed 's/func //'); do
  targets+=("$f ./internal/kpi")
done
for t in "${targets[@]}"; do
  set -- $t
  echo "== $1 ($2) for $time"
  go test -run='^$' -fuzz="^$1\$" -fuzztime="$time" "$2"
done
