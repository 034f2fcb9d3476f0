package excelize

import (
	"bytes"
	"fmt"
	"math"
	"net/http"
	"reflect"
	"testing"

	"github.com/tiendc/go-deepcopy"
	"golang.org/x/text/cases"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The tests in this file compare each replacement in PATCHES.md with the
// upstream code it replaces.

func TestDetectContentTypeMatchesNetHTTP(t *testing.T) {
	zip := []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
	for _, data := range [][]byte{
		nil,
		[]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
		[]byte("%!PS-Adobe-3.0\n"),
		zip,
		[]byte("\x1F\x8B\x08\x00\x00\x00\x00\x00"),
		[]byte("Rar!\x1A\x07\x00\xcf\x90"),
		[]byte("Rar!\x1A\x07\x01\x00\x33\x92"),
		[]byte("\x89PNG\x0D\x0A\x1A\x0A\x00\x00\x00\x0DIHDR"),
		[]byte("\xFF\xD8\xFF\xE0\x00\x10JFIF"),
		[]byte("GIF89a\x01\x00\x01\x00"),
		[]byte("GIF87a\x01\x00\x01\x00"),
		[]byte("BM\x36\x00\x00\x00"),
		[]byte("\xEF\xBB\xBFa,b\r\n1,2\r\n"),
		[]byte("\xFF\xFEa\x00"),
		[]byte("\xFE\xFF\x00a"),
		[]byte("<?xml version=\"1.0\"?><a/>"),
		[]byte(" \r\n\t<?xml version=\"1.0\"?><a/>"),
		[]byte("a,b,c\n1,2,3\n"),
		[]byte("部门决算\n"),
		[]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"), // OLE2: .doc, .xls
		[]byte("text\x00binary"),
		[]byte("text\x1Bescape is text"),
		append(bytes.Repeat([]byte("a"), 512), 0), // binary byte past the sniffed 512
		{0x00},
	} {
		if got, want := detectContentType(data), http.DetectContentType(data); got != want {
			t.Errorf("%q: got %q, http.DetectContentType gives %q", data, got, want)
		}
	}
}

func TestLatin1MatchesCharmap(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	got, err := latin1Decode(all)
	want, werr := charmap.ISO8859_1.NewDecoder().Bytes(all)
	if err != nil || werr != nil || !bytes.Equal(got, want) {
		t.Errorf("decode: got %q %v, want %q %v", got, err, want, werr)
	}
	for _, s := range []string{"", "report.docx", "Résumé ÿ.pdf", string(want), "部门.xlsx", "a\xffb", "\u0100", "\uFFFD"} {
		got, err := latin1Encode([]byte(s))
		want, werr := charmap.ISO8859_1.NewEncoder().Bytes([]byte(s))
		if !bytes.Equal(got, want) || (err == nil) != (werr == nil) {
			t.Errorf("encode %q: got %q %v, want %q %v", s, got, err, want, werr)
		}
	}
}

func TestTitleCaseMatchesCases(t *testing.T) {
	title := cases.Title(language.English, cases.NoLower)
	for _, s := range []string{
		"", "average", "count", "countNums", "max", "min", "product", "stdDev", "stdDevp", "sum", "var", "varp",
		"Sum", "count nums", "x-y", "o'neil", "a_b", "a.b", "1abc", "a1b", "über", "ǆa",
	} {
		if got, want := titleCase(s), title.String(s); got != want {
			t.Errorf("%q: got %q, cases.Title gives %q", s, got, want)
		}
	}
}

func TestFormatGroupedMatchesMessage(t *testing.T) {
	p := message.NewPrinter(language.English)
	for _, v := range []float64{0, 1, -1, 12, -123, 999, 1000, -1000, 1234, 12345.678, -1234567.891, 999.995,
		1e15, 1e21, 1234567890123456789, -0.5, -0.001, 0.0049, 1e-7, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1)} {
		for _, prec := range []int{0, 2, 5, 30} {
			format := fmt.Sprintf("%%.%df", prec)
			if got, want := formatGrouped(v, prec), p.Sprintf(format, v); got != want {
				t.Errorf("%v %s: got %q, message.Printer gives %q", v, format, got, want)
			}
		}
	}
}

func TestCopyColMatchesDeepcopy(t *testing.T) {
	w := 12.5
	for _, col := range []xlsxCol{
		{},
		{Min: 2, Max: 4, Style: 3, Hidden: true, OutlineLevel: 1},
		{Min: 1, Max: 16384, Width: &w, CustomWidth: true, BestFit: true, Collapsed: true, Phonetic: true},
	} {
		var want xlsxCol
		if err := deepcopy.Copy(&want, col); err != nil {
			t.Fatal(err)
		}
		got := copyCol(col)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("copyCol(%+v) = %+v, deepcopy gives %+v", col, got, want)
		}
		if col.Width != nil && got.Width == col.Width {
			t.Errorf("copyCol shares Width with its source; deepcopy does not")
		}
	}
}

// TestMoveSheetKeepsLocalNames: a sheet-scoped defined name stays on its
// sheet when sheets move (change 8; upstream leaves localSheetId as it was).
func TestMoveSheetKeepsLocalNames(t *testing.T) {
	for _, tc := range []struct{ source, target string }{
		{"D", "A"}, {"A", "D"}, {"B", "C"}, {"C", "B"}, {"A", "A"},
	} {
		f := NewFile()
		_ = f.SetSheetName("Sheet1", "A")
		for _, s := range []string{"B", "C", "D"} {
			if _, err := f.NewSheet(s); err != nil {
				t.Fatal(err)
			}
		}
		for _, s := range []string{"A", "B", "C", "D"} {
			if err := f.SetDefinedName(&DefinedName{Name: "_xlnm.Print_Area", RefersTo: s + "!$A$1:$B$2", Scope: s}); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.MoveSheet(tc.source, tc.target); err != nil {
			t.Fatal(err)
		}
		for _, dn := range f.GetDefinedName() {
			if want := dn.Scope + "!$A$1:$B$2"; dn.RefersTo != want {
				t.Errorf("move %s before %s: the print area of %s is %s", tc.source, tc.target, dn.Scope, dn.RefersTo)
			}
		}
	}
}

func TestLanguageInfoTableBuiltOnFirstUse(t *testing.T) {
	tab := languageInfoTable()
	if len(tab) < 400 {
		t.Fatalf("%d languages, upstream has over 400", len(tab))
	}
	if info, ok := getSupportedLanguageInfo("804"); !ok || info.tags[0] != "zh-CN" {
		t.Errorf("zh-CN (0x804): %+v %v", info, ok)
	}
	if info, ok := getSupportedLanguageInfo("JA-JP-X-GANNEN,80"); !ok || !info.useGannen {
		t.Errorf("the Gannen code: %+v %v", info, ok)
	}
}

func TestPasswordWorkbooksRefused(t *testing.T) {
	f := NewFile()
	f.options.Password = "secret"
	if _, err := f.WriteToBuffer(); err == nil {
		t.Error("a workbook written with a password, without encryption")
	}
	plain, err := NewFile().WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	enc, err := Encrypt(plain.Bytes(), &Options{Password: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReader(bytes.NewReader(enc), Options{Password: "secret"}); err != ErrWorkbookFileFormat {
		t.Errorf("an encrypted workbook opened: %v", err)
	}
}

// Change 13: with CellsOnly the parts a cell read never needs stay in the
// zip, and the cells read the same.
func TestCellsOnlyLeavesPartsUninflated(t *testing.T) {
	nf := NewFile()
	if err := nf.SetCellValue("Sheet1", "B2", "合计"); err != nil {
		t.Fatal(err)
	}
	if err := nf.SetCellValue("Sheet1", "C2", 3311.2); err != nil {
		t.Fatal(err)
	}
	buf, err := nf.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	for _, cellsOnly := range []bool{false, true} {
		f, err := OpenReader(bytes.NewReader(buf.Bytes()), Options{CellsOnly: cellsOnly, RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range []string{"xl/styles.xml", "xl/theme/theme1.xml", "docProps/app.xml", "docProps/core.xml"} {
			if _, ok := f.Pkg.Load(part); ok == cellsOnly {
				t.Errorf("CellsOnly %v: part %s inflated %v", cellsOnly, part, ok)
			}
		}
		rows, err := f.GetRows("Sheet1")
		if err != nil || len(rows) != 2 || rows[1][1] != "合计" || rows[1][2] != "3311.2" {
			t.Errorf("CellsOnly %v: rows %q, %v", cellsOnly, rows, err)
		}
		for _, name := range []string{"XL/Styles.xml", "xl/media/image1.png", "xl/printerSettings/printerSettings1.bin", "customXml/item1.xml"} {
			if !notForCells(name) {
				t.Errorf("notForCells(%q) = false", name)
			}
		}
		for _, name := range []string{"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "[Content_Types].xml", "_rels/.rels"} {
			if notForCells(name) {
				t.Errorf("notForCells(%q) = true", name)
			}
		}
		f.Close()
	}
}

// Change 14: SheetPaths is the sheet map excelize made on opening, a copy.
func TestSheetPaths(t *testing.T) {
	nf := NewFile()
	if _, err := nf.NewSheet("数据"); err != nil {
		t.Fatal(err)
	}
	buf, err := nf.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	f, err := OpenReader(bytes.NewReader(buf.Bytes()), Options{CellsOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := f.SheetPaths()
	want := map[string]string{"Sheet1": "xl/worksheets/sheet1.xml", "数据": "xl/worksheets/sheet2.xml"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("SheetPaths() = %v, want %v", got, want)
	}
	got["Sheet1"] = "changed"
	if f.SheetPaths()["Sheet1"] != "xl/worksheets/sheet1.xml" {
		t.Error("SheetPaths gave the File's own map")
	}
}
