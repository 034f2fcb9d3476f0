package workbook_test

import (
	"os"
	"testing"

	"reportcheck/internal/workbook"
)

// BenchmarkOpenSeed reads the seed draft (nine tables and twelve 自评表,
// twenty-odd sheets with merges): the size of a real 决算 workbook, where a
// fixed cost per sheet shows.
func BenchmarkOpenSeed(b *testing.B) {
	data, err := os.ReadFile("../../testdata/seed/seed.xlsx")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		if _, err := workbook.Open(data, workbook.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}
