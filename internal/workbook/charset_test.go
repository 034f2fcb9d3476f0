package workbook_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"reportcheck/internal/workbook"
)

// reencoded rewrites the named parts of an xlsx in GB18030, declared in each
// part's XML declaration, as some Chinese office software saves them.
func reencoded(t *testing.T, data []byte, parts ...string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range parts {
			if zf.Name != p {
				continue
			}
			s := string(b)
			if !strings.Contains(s, `encoding="UTF-8"`) {
				t.Fatalf("%s has no UTF-8 declaration: %.80s", p, s)
			}
			b, err = simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(strings.Replace(s, `encoding="UTF-8"`, `encoding="GB18030"`, 1)))
			if err != nil {
				t.Fatal(err)
			}
		}
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestOpenGB18030Parts reads a workbook whose shared strings and sheet are
// GB18030: the excelize fork in third_party/excelize keeps this encoding
// (see its PATCHES.md) while dropping the others golang.org/x/net's charset
// package brought in.
func TestOpenGB18030Parts(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "收入决算表")
	f.SetCellStr("收入决算表", "A1", "2023年度收入决算表")
	f.MergeCell("收入决算表", "A1", "C1")
	f.SetCellStr("收入决算表", "B3", "一般公共预算财政拨款收入")
	f.SetCellFloat("收入决算表", "C3", 6050.66, 2, 64)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	data := reencoded(t, buf.Bytes(), "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")
	if bytes.Contains(data, []byte("收入")) {
		t.Fatal("the rewritten parts still hold UTF-8 text")
	}
	book, err := workbook.Open(data, workbook.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	s := book.Sheets[0]
	for _, c := range []struct {
		row, col int
		want     string
	}{{1, 1, "2023年度收入决算表"}, {3, 2, "一般公共预算财政拨款收入"}, {3, 3, "6050.66"}} {
		if got := s.Value(c.row, c.col); got != c.want {
			t.Errorf("%s = %q, want %q", workbook.CellName(c.row, c.col), got, c.want)
		}
	}
	if len(s.Merges) != 1 || s.Merges[0] != (workbook.Merge{Top: 1, Left: 1, Bottom: 1, Right: 3}) {
		t.Errorf("merges %+v", s.Merges)
	}
}
