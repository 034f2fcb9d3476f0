package workbook_test

import (
	"testing"

	"reportcheck/internal/locate"
	"reportcheck/internal/testkit/hostile"
	"reportcheck/internal/workbook"
)

// FuzzOpen: any bytes give a Book or an *Error — never a panic, a hang or a
// runaway allocation — and a Book can always be searched for tables.
func FuzzOpen(f *testing.F) {
	f.Add(small(f))
	f.Add(hostile.BrokenXML())
	f.Add(hostile.EntityExpansion())
	f.Add(hostile.NoSheets())
	f.Add(hostile.LegacyXLS())
	f.Add(hostile.Truncated(small(f), 0.7))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		book, err := workbook.Open(data, workbook.Limits{MaxUnzipBytes: 32 << 20, MaxCells: 200000})
		if err != nil {
			if _, ok := err.(*workbook.Error); !ok {
				t.Fatalf("error %T is not a *workbook.Error", err)
			}
			return
		}
		locate.Find(book)
	})
}
