package check

import (
	"testing"

	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/testkit/seeddata"
)

// benchWorkbook is the seed draft (nine tables and twelve 绩效自评表) as xlsx.
func benchWorkbook(tb testing.TB) []byte {
	tb.Helper()
	data, err := gridbook.XLSX(seeddata.Book())
	if err != nil {
		tb.Fatal(err)
	}
	return data
}
