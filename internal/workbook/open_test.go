package workbook_test

import (
	"bytes"
	"runtime"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"reportcheck/internal/testkit/hostile"
	"reportcheck/internal/workbook"
)

func small(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "收入决算表")
	f.SetCellStr("收入决算表", "A1", "2023年度收入决算表")
	f.MergeCell("收入决算表", "A1", "C1")
	f.SetCellFloat("收入决算表", "C3", 6050.66, 2, 64)
	f.SetCellStr("收入决算表", "B3", "6,050.66")
	f.SetCellFormula("收入决算表", "D3", "C3*2")
	f.NewSheet("空表")
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestOpenReadsRawCellsAndMerges(t *testing.T) {
	book, err := workbook.Open(small(t), workbook.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(book.Sheets) != 2 || book.Sheets[0].Name != "收入决算表" {
		t.Fatalf("sheets %+v", book.Sheets)
	}
	s := book.Sheets[0]
	if got := s.Value(3, 3); got != "6050.66" {
		t.Errorf("C3 = %q, want the stored number 6050.66", got)
	}
	if got := s.Value(3, 2); got != "6,050.66" {
		t.Errorf("B3 = %q, want the text as typed", got)
	}
	if len(s.Merges) != 1 || s.Merges[0] != (workbook.Merge{Top: 1, Left: 1, Bottom: 1, Right: 3}) {
		t.Errorf("merges %+v", s.Merges)
	}
	if s.Value(99, 99) != "" || s.Value(0, 1) != "" {
		t.Error("cells outside the grid must read empty")
	}
}

func TestHostileFiles(t *testing.T) {
	seed := small(t)
	cases := []struct {
		name string
		data []byte
		code workbook.Code
	}{
		{"empty", nil, workbook.CodeEmpty},
		{"random bytes", hostile.RandomBytes(4096, 1), workbook.CodeNotXLSX},
		{"csv renamed", hostile.CSV(), workbook.CodeNotXLSX},
		{"html", []byte("<!DOCTYPE html><html><body>决算</body></html>"), workbook.CodeNotXLSX},
		{"legacy xls", hostile.LegacyXLS(), workbook.CodeLegacyXLS},
		{"encrypted xlsx", hostile.EncryptedXLSX(), workbook.CodeEncrypted},
		{"zip without workbook", hostile.NotWorkbookZip(), workbook.CodeNoWorkbook},
		{"truncated 50%", hostile.Truncated(seed, 0.5), workbook.CodeTruncated},
		{"truncated 90%", hostile.Truncated(seed, 0.9), workbook.CodeTruncated},
		{"truncated 99%", hostile.Truncated(seed, 0.99), workbook.CodeTruncated},
		{"zip bomb (1.5 GB inflated)", hostile.ZipBomb(1500 << 20), workbook.CodeTooLarge},
		{"zip bomb lying about its size", hostile.LyingBomb(400 << 20), workbook.CodeTruncated},
		{"entity expansion", hostile.EntityExpansion(), workbook.CodeBadXML},
		{"broken xml", hostile.BrokenXML(), workbook.CodeBadXML},
		{"no sheets", hostile.NoSheets(), workbook.CodeNoSheets},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			book, err := workbook.Open(c.data, workbook.Limits{})
			elapsed := time.Since(start)
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			if book != nil || err == nil {
				t.Fatalf("accepted a bad file")
			}
			we, ok := err.(*workbook.Error)
			if !ok {
				t.Fatalf("error %T %v is not a *workbook.Error", err, err)
			}
			if we.Code != c.code || we.Message == "" {
				t.Errorf("code %s (%v), want %s", we.Code, we.Err, c.code)
			}
			if elapsed > 2*time.Second {
				t.Errorf("took %v, want under 2 s", elapsed)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 100<<20 {
				t.Errorf("allocated %d MB, want under 100 MB", grew>>20)
			}
		})
	}
}

func TestFarCellIsBoundedNotFatal(t *testing.T) {
	start := time.Now()
	book, err := workbook.Open(hostile.FarCell(), workbook.Limits{})
	if time.Since(start) > 2*time.Second {
		t.Fatalf("took %v", time.Since(start))
	}
	if err != nil {
		if _, ok := err.(*workbook.Error); !ok {
			t.Fatalf("error %T", err)
		}
		return
	}
	if len(book.Sheets) != 1 {
		t.Fatalf("sheets %d", len(book.Sheets))
	}
}

func TestTooManyCells(t *testing.T) {
	data, err := hostile.HugeSheet(2000, 10)
	if err != nil {
		t.Fatal(err)
	}
	_, err = workbook.Open(data, workbook.Limits{MaxCells: 5000})
	if we, ok := err.(*workbook.Error); !ok || we.Code != workbook.CodeTooManyCells {
		t.Fatalf("got %v", err)
	}
	book, err := workbook.Open(data, workbook.Limits{})
	if err != nil || len(book.Sheets[0].Rows) != 2000 {
		t.Fatalf("got %v", err)
	}
}

func TestCellNames(t *testing.T) {
	for _, c := range []struct {
		r, c int
		name string
	}{{1, 1, "A1"}, {17, 3, "C17"}, {1, 26, "Z1"}, {2, 27, "AA2"}, {1048576, 16384, "XFD1048576"}} {
		if got := workbook.CellName(c.r, c.c); got != c.name {
			t.Errorf("CellName(%d,%d) = %s", c.r, c.c, got)
		}
		r, col, ok := workbook.ParseCellName("$" + c.name)
		if !ok || r != c.r || col != c.c {
			t.Errorf("ParseCellName(%s) = %d,%d,%v", c.name, r, col, ok)
		}
	}
	for _, bad := range []string{"", "A", "1", "A0", "a-1", "ZZZZZZZ1"} {
		if _, _, ok := workbook.ParseCellName(bad); ok {
			t.Errorf("ParseCellName(%q) accepted", bad)
		}
	}
}

func BenchmarkOpenSmall(b *testing.B) {
	data := small(b)
	for range b.N {
		if _, err := workbook.Open(data, workbook.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpen200kRows(b *testing.B) {
	data, err := hostile.HugeSheet(200000, 10)
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

var _ = bytes.MinRead

func TestUncachedFormulasAreMarked(t *testing.T) {
	book, err := workbook.Open(small(t), workbook.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	// excelize writes SetCellFormula without a cached value: D3 must be known
	// as uncalculated, not taken for a blank.
	if !book.Sheets[0].Uncached["D3"] || book.Sheets[0].Value(3, 4) != "" {
		t.Errorf("uncached %v, D3 %q", book.Sheets[0].Uncached, book.Sheets[0].Value(3, 4))
	}
}
