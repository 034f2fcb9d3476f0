package check

import "testing"

// benchWorkbook is the workbook the benchmarks check.
func benchWorkbook(tb testing.TB) []byte { return miniXLSX(tb) }
