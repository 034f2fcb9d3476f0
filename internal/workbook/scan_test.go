package workbook

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// minimalXLSX wraps one worksheet's XML (and a shared strings part, when
// given) in the smallest package excelize opens.
func minimalXLSX(t testing.TB, sheetXML, sstXML string) []byte {
	t.Helper()
	return minimalXLSXWith(t, sheetXML, sstXML, nil)
}

// minimalXLSXWith is minimalXLSX with more parts (name → content).
func minimalXLSXWith(t testing.TB, sheetXML, sstXML string, extra map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	put("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)
	put("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	put("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	put("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)
	put("xl/worksheets/sheet1.xml", sheetXML)
	if sstXML != "" {
		put("xl/sharedStrings.xml", sstXML)
	}
	for name, body := range extra {
		put(name, body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	wsHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetData>`
	wsTail  = `</sheetData></worksheet>`
	sstHead = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">`
	sstTail = `</sst>`
)

// compareReaders opens data with and without the fast reader, which must
// give the same book (bookDiff: cells, merges, uncalculated formulas) or
// refuse it alike. fastUsed reports whether the fast reader answered for
// every sheet, cells and merges.
func compareReaders(t testing.TB, data []byte) (fastUsed bool) {
	t.Helper()
	slow, slowErr := open(data, Limits{MaxUnzipBytes: 64 << 20, MaxCells: 400000}, nil, false)
	fast, fastErr := open(data, Limits{MaxUnzipBytes: 64 << 20, MaxCells: 400000}, nil, true)
	if (slowErr == nil) != (fastErr == nil) {
		t.Fatalf("excelize: %v; fast reader: %v", slowErr, fastErr)
	}
	if slowErr != nil {
		if slowErr.(*Error).Code != fastErr.(*Error).Code {
			t.Fatalf("excelize: %v; fast reader: %v", slowErr, fastErr)
		}
		return false
	}
	if d := bookDiff(slow, fast); d != "" {
		t.Fatal(d)
	}
	return fastUsedFor(data)
}

// normal makes nil and empty rows alike: both mean "nothing in this row".
func normal(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		if len(r) > 0 {
			out[i] = r
		}
	}
	return out
}

// fastUsedFor reports whether the fast reader takes every sheet of data,
// its cells and its merges.
func fastUsedFor(data []byte) bool {
	fastUsed := true
	probe := func(b []byte) {
		if b == nil {
			return
		}
		var cells int64
		if got, err := scanSheet(b, nil, Limits{MaxCells: 1 << 40}, &cells, nil); err == errUnusual || err == nil && !got.mergesOK {
			fastUsed = false
		}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return false
		}
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(rc)
		rc.Close()
		switch {
		case strings.HasPrefix(zf.Name, "xl/worksheets/") && strings.HasSuffix(zf.Name, ".xml"):
			probe(buf.Bytes())
		case zf.Name == "xl/sharedStrings.xml":
			if _, err := scanSharedStrings(buf.Bytes()); err == errUnusual {
				fastUsed = false
			}
		}
	}
	return fastUsed
}

// Every workbook the project ships as test data — the seed reconstruction
// in all its layouts — is read by the fast reader, identically.
func TestFastReaderMatchesExcelizeOnTestdata(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/seed/*.xlsx")
	if len(files) == 0 {
		t.Fatal("no testdata/seed workbooks; run make testdata")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !compareReaders(t, data) {
			t.Errorf("%s: the fast reader gave up on it", filepath.Base(f))
		}
	}
}

func TestFastReaderCases(t *testing.T) {
	sst := sstHead + `<si><t>收入</t></si>` +
		`<si><r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t>本年</t></r><r><t xml:space="preserve"> 支出</t></r><rPh sb="0" eb="1"><t>ほん</t></rPh><phoneticPr fontId="1"/></si>` +
		`<si><t>a_x000D_b_x005F_x0041_</t></si>` + sstTail
	cases := []struct {
		name  string
		sheet string
		sst   string
		fast  bool // the fast reader answers (else it hands over to excelize)
	}{
		{"plain numbers and text", `<row r="1"><c r="A1"><v>1.5</v></c><c r="C1" t="str"><v>x</v></c></row>`, "", true},
		{"shared strings and rich text", `<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v> 1 </v></c><c r="D2" t="s"><v>2</v></c></row>`, sst, true},
		{"shared string index out of range", `<row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1"><v>2</v></c></row>`, sst, true},
		{"entities and line ends", "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>&lt;a&amp;b&gt; &#20013;&#x6587; &quot;q&apos;\r\nz</v></c></row>", "", true},
		{"inline strings", `<row r="1"><c r="A1" t="inlineStr"><is><t>行内</t></is></c><c r="B1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c><c r="C1" t="inlineStr"/></row>`, "", true},
		{"no r attributes", `<row><c><v>1</v></c><c/><c><v>3</v></c></row><row><c t="str"><v>b</v></c></row>`, "", true},
		{"row gaps", `<row r="3"><c r="B3"><v>3</v></c></row><row r="7"><c r="A7"><v>7</v></c></row><row r="9"/>`, "", true},
		{"formula with and without a value", `<row r="1"><c r="A1"><f>B1*2</f><v>4</v></c><c r="B1"><f>C1</f></c><c r="C1" s="3"><f t="shared" si="0"/></c><c r="D1"><f>1</f><v></v></c></row>`, "", true},
		{"booleans errors dates raw", `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="d"><v>2024-01-02T00:00:00Z</v></c><c r="D1" t="n"><v>1E-3</v></c></row>`, "", true},
		{"attributes in any order and quotes", `<row spans="1:3" r='1' x14ac:dyDescent="0.25"><c s="2" t='str' r="C1" ><v>c</v></c></row>`, "", true},
		{"lower-case reference", `<row r="1"><c r="b1"><v>2</v></c></row>`, "", true},
		{"empty sheet", ``, "", true},
		{"namespace prefix", `<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>`, "", false},
		{"comment", `<row r="1"><!-- hi --><c r="A1"><v>1</v></c></row>`, "", false},
		{"CDATA", `<row r="1"><c r="A1" t="str"><v><![CDATA[<x>]]></v></c></row>`, "", false},
		{"unknown entity", `<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>`, "", false},
		{"decreasing columns", `<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row>`, "", false},
		{"decreasing rows", `<row r="3"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`, "", false},
		{"bad reference", `<row r="1"><c r="1A"><v>1</v></c></row>`, "", false},
		{"text in a cell", `<row r="1"><c r="A1">oops<v>1</v></c></row>`, "", false},
		{"extLst in a cell", `<row r="1"><c r="A1"><v>1</v><extLst><ext/></extLst></c></row>`, "", false},
		{"control character", "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a\x01b</v></c></row>", "", false},
		{"non-numeric style", `<row r="1"><c r="A1" s="x"><v>1</v></c></row>`, "", false},
		{"prefixed t", `<row r="1"><c r="A1" y:t="s"><v>0</v></c></row>`, sst, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := minimalXLSX(t, wsHead+c.sheet+wsTail, c.sst)
			if got := compareReaders(t, data); got != c.fast {
				t.Errorf("fast reader answered: %v, want %v", got, c.fast)
			}
		})
	}
}

func TestFastReaderFindsUncachedFormulas(t *testing.T) {
	data := minimalXLSX(t, wsHead+`<row><c><v>1</v></c><c><f>A1*2</f></c><c s="1" r="D1"><f>A1</f></c></row>`+wsTail, "")
	book, err := Open(data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	got := book.Sheets[0].Uncached
	if !got["B1"] || !got["D1"] || len(got) != 2 {
		t.Errorf("uncached = %v, want B1 and D1 (with or without r, s before r)", got)
	}
}

func TestFastReaderDecodingMatchesXML(t *testing.T) {
	s := &sheetScanner{}
	for raw, want := range map[string]string{
		"a&#x1F600;b": "a😀b",
		"\r\r\n\n":    "\n\n\n",
		"&#65;&#x42;": "AB",
		"中文 &amp; 数字": "中文 & 数字",
	} {
		got, ok := s.decode([]byte(raw))
		if !ok || got != want {
			t.Errorf("decode(%q) = %q, %v; want %q", raw, got, ok, want)
		}
	}
	for _, raw := range []string{"&#0;", "&#xD800;", "&bogus;", "&amp", "\xff", "a\x00"} {
		if _, ok := s.decode([]byte(raw)); ok {
			t.Errorf("decode(%q) accepted what encoding/xml refuses", raw)
		}
	}
}

// FuzzScanSheet holds the fast reader to excelize: for any sheetData body
// and shared strings, where the fast reader answers it answers exactly what
// excelize's Rows/Columns do; elsewhere it hands over.
func FuzzScanSheet(f *testing.F) {
	f.Add(`<row r="1"><c r="A1"><v>1.5</v></c><c r="C1" t="s"><v>1</v></c></row>`, `<si><t>a</t></si><si><r><t>b</t></r><rPh><t>c</t></rPh></si>`)
	f.Add(`<row><c t="inlineStr"><is><t>&amp;_x000D_</t></is></c><c><f>A1</f></c></row><row r="4"/>`, ``)
	f.Add("<row r=\"2\"><c r=\"B2\" t=\"str\"><v>\r\n&#x4e2d;</v></c></row>", `<si><t/></si>`)
	f.Fuzz(func(t *testing.T, sheetData, sstItems string) {
		if len(sheetData) > 4096 || len(sstItems) > 4096 {
			return
		}
		sst := ""
		if sstItems != "" {
			sst = sstHead + sstItems + sstTail
		}
		compareReaders(t, minimalXLSX(t, wsHead+sheetData+wsTail, sst))
	})
}
