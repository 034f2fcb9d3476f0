package workbook

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"reportcheck/internal/testkit/hostile"
)

// The differential harness: every valid way of writing a workbook that
// Excel, LibreOffice, WPS, excelize and other writers use is built in
// memory and read twice — by Open, where the byte scanner reads what it is
// sure of, and by open(…, false), where excelize reads everything (its
// Rows, its GetMergeCells, its decoder streaming the formulas) — and the
// two books must be the same in every sheet name and order, cell value,
// merged range and uncalculated formula. The excelize book is checked in
// turn against excelize's own cell API (GetCellFormula, GetCellType,
// GetRows), so that it is excelize's answer and not the harness's.

// Namespaces a variant swaps for Strict ones.
const (
	nsRel          = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRelStrict    = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	relTypeSheet   = nsRel + "/worksheet"
	relTypeSST     = nsRel + "/sharedStrings"
	relTypeOfficeD = nsRel + "/officeDocument"
)

// part is one file in a package, in the order written.
type part struct{ name, body string }

// zipParts writes a package; the parts keep their order.
func zipParts(t testing.TB, parts []part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, p.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// unzipParts reads a package back into its parts, in order.
func unzipParts(t testing.TB, data []byte) []part {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out []part
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
		out = append(out, part{zf.Name, string(b)})
	}
	return out
}

// writer is how a variant writes its package.
type writer struct {
	prefix      string // element prefix bound to the main namespace; "" for the default namespace
	mixed       bool   // the root binds both the prefix and the default namespace to main
	strict      bool   // Strict OOXML namespaces and relationship types
	quote       string // attribute quote
	attrsFirst  bool   // a cell's s and t before its r
	inline      bool   // strings inline (t="inlineStr") instead of shared
	libre       bool   // LibreOffice's habits: spans, s on every cell, t="n", aca, count
	wps         bool   // WPS's habits: odd relationship ids, absolute targets, an extLst tail
	sheetFolder string // where worksheets live, default "worksheets"
	absolute    bool   // relationship targets absolute (/xl/…)
	reversed    bool   // the second sheet's part is listed first
}

// sheetSpec is one sheet of the logical workbook every variant writes.
type sheetSpec struct {
	name string
	rows []string // <row> elements, written with element prefix "~"
	tail string   // after </sheetData>, prefix "~" too
}

// sharedStrings of the logical workbook; index by position.
var sharedStrings = []string{
	`<~t>2023年度收入支出决算总表</~t>`,
	`<~t>单位：万元</~t>`,
	`<~r><~rPr><~b/><~sz val="11"/><~rFont val="宋体"/></~rPr><~t>本年</~t></~r><~r><~t xml:space="preserve"> 收入</~t></~r><~rPh sb="0" eb="2"><~t>ほんねん</~t></~rPh><~phoneticPr fontId="1" type="noConversion"/>`,
	`<~t>&lt;合计&gt; &amp; &quot;小计&quot; &apos;x&apos; &#20013;&#x6587;</~t>`,
	`<~t xml:space="preserve">  一般公共预算财政拨款收入  </~t>`,
	`<~t>a_x000D_b_x005F_x0041_</~t>`,
	`<~t/>`,
}

// logicalSheets is what every variant holds: merges, shared and inline
// strings, numbers, booleans, errors, dates, formulas with and without a
// result (shared ones included), cells without r, gaps.
func logicalSheets(w writer) []sheetSpec {
	str := func(ref string, i int) string {
		if w.inline {
			return `<~c r="` + ref + `" t="inlineStr"><~is>` + sharedStrings[i] + `</~is></~c>`
		}
		return fmt.Sprintf(`<~c r="%s" t="s"><~v>%d</~v></~c>`, ref, i)
	}
	num := func(ref, v string) string { return `<~c r="` + ref + `"><~v>` + v + `</~v></~c>` }
	s1 := sheetSpec{name: "收入支出决算总表", rows: []string{
		`<~row r="1">` + str("A1", 0) + `</~row>`,
		`<~row r="2">` + str("A2", 1) + str("D2", 6) + `</~row>`,
		`<~row r="3">` + str("A3", 2) + str("B3", 3) + `<~c r="C3" t="str"><~v>预算数</~v></~c></~row>`,
		`<~row r="4">` + str("A4", 4) + num("B4", "6050.66") + num("C4", "1E-3") +
			`<~c r="D4"><~f>B4+C4</~f><~v>6050.661</~v></~c>` +
			`<~c r="E4"><~f>SUM(B4:C4)</~f></~c>` + // saved without its result
			`<~c r="F4" t="str"><~f>IF(B4&gt;0,"","x")</~f><~v></~v></~c>` + // the empty string, calculated
			`<~c r="G4" t="str"><~f>B4&amp;"元"</~f></~c>` + // excelize's way: t="str", no value
			`<~c r="H4"><~f>B4*2</~f><~v/></~c>` + // openpyxl's way: an empty <v/>
			`</~row>`,
		`<~row r="6">` + num("A6", "1") + `<~c r="B6" t="b"><~v>1</~v></~c><~c r="C6" t="e"><~v>#DIV/0!</~v></~c>` +
			`<~c r="D6" t="d"><~v>2023-12-31T00:00:00Z</~v></~c><~c r="E6" t="e"><~f>1/0</~f><~v>#DIV/0!</~v></~c>` +
			`<~c r="F6"><~v></~v></~c><~c r="G6" t="n"><~v>-0.5</~v></~c></~row>`,
		`<~row r="7"><~c r="B7"><~f t="shared" ref="B7:B9" si="0">A7+1</~f><~v>2</~v></~c><~c r="C7"><~f t="array" ref="C7:C7">SUM(A7:B7)</~f><~v>3</~v></~c></~row>`,
		`<~row r="8"><~c r="B8"><~f t="shared" si="0"/><~v>3</~v></~c></~row>`,
		`<~row r="9"><~c r="B9"><~f t="shared" si="0"/></~c><~c r="C9"><~f/></~c></~row>`,
		`<~row r="10"><~c><~v>1</~v></~c><~c/><~c t="str"><~v>无引用</~v></~c><~c><~f>A10*2</~f></~c></~row>`,
		`<~row r="12" spans="1:3"><~c r="A12" t="str"><~v>  前后空格  </~v></~c><~c r="C12" t="str"><~v>&#x4e2d;&#13;
行</~v></~c></~row>`,
	}, tail: `<~mergeCells count="4"><~mergeCell ref="A1:H1"/><~mergeCell ref="A3:A4"/><~mergeCell ref="D2"/><~mergeCell ref="B12:B13"/></~mergeCells>` +
		`<~pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`}
	s2 := sheetSpec{name: "Sheet2", rows: []string{
		`<~row r="2">` + str("B2", 4) + num("C2", "12.5") + `</~row>`,
		`<~row r="3"><~c r="C3"><~f>C2*2</~f></~c></~row>`,
	}, tail: `<~mergeCells><~mergeCell ref="B2:B3"/></~mergeCells>`}
	if w.libre {
		s1.tail += `<~printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/>` +
			`<~pageSetup paperSize="9" scale="100" firstPageNumber="1" fitToWidth="1" fitToHeight="1" pageOrder="downThenOver" orientation="portrait" blackAndWhite="false" draft="false" cellComments="none" useFirstPageNumber="true" horizontalDpi="300" verticalDpi="300" copies="1"/>` +
			`<~headerFooter differentFirst="false" differentOddEven="false"><~oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12&amp;A</~oddHeader><~oddFooter>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;12Page &amp;P</~oddFooter></~headerFooter>`
	}
	if w.wps {
		s1.tail += `<~pageSetup paperSize="9" orientation="landscape" r:id="rId1"/><~headerFooter/>` +
			`<~extLst><~ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation><xm:sqref>A1</xm:sqref></x14:dataValidation></x14:dataValidations></~ext></~extLst>`
	}
	return []sheetSpec{s1, s2}
}

var (
	cellTag  = regexp.MustCompile(`<~c r="([A-Z]+[0-9]+)"([^>]*?)(/?)>`)
	rowTag   = regexp.MustCompile(`<~row r="([0-9]+)"`)
	formulaT = regexp.MustCompile(`<~f>`)
)

// render writes the spec's XML in the writer's way.
func (w writer) render(s string) string {
	if w.libre {
		// LibreOffice: spans and heights on rows, s on every cell, t="n"
		// on numbers, aca on formulas.
		s = rowTag.ReplaceAllString(s, `<~row r="$1" spans="1:8" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"`)
		s = cellTag.ReplaceAllStringFunc(s, func(m string) string {
			sub := cellTag.FindStringSubmatch(m)
			attrs := sub[2]
			if !strings.Contains(attrs, `t="`) {
				attrs += ` t="n"`
			}
			return `<~c r="` + sub[1] + `" s="0"` + attrs + sub[3] + `>`
		})
		s = formulaT.ReplaceAllString(s, `<~f aca="false">`)
	}
	if w.attrsFirst {
		s = cellTag.ReplaceAllString(s, `<~c s="1"$2 r="$1"$3>`)
	}
	p := ""
	if w.prefix != "" {
		p = w.prefix + ":"
	}
	s = strings.NewReplacer("<~", "<"+p, "</~", "</"+p).Replace(s)
	if w.quote == "'" {
		s = requote(s)
	}
	return s
}

// requote writes every attribute value in single quotes.
func requote(s string) string {
	attr := regexp.MustCompile(`(\s[\w:]+)="([^"<]*)"`)
	return attr.ReplaceAllString(s, `$1='$2'`)
}

// rootAttrs declares the namespaces on a root element.
func (w writer) rootAttrs(main string) string {
	rel := nsRel
	if w.strict {
		rel = nsRelStrict
	}
	decl := ` xmlns="` + main + `"`
	if w.prefix != "" {
		decl = ` xmlns:` + w.prefix + `="` + main + `"`
		if w.mixed {
			decl += ` xmlns="` + main + `"`
		}
	}
	return decl + ` xmlns:r="` + rel + `" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"`
}

// build writes the logical workbook as the writer would.
func (w writer) build(t testing.TB) []byte {
	main := nsMain
	relType := func(s string) string { return s }
	if w.strict {
		main = nsMainStrict
		relType = func(s string) string { return strings.Replace(s, nsRel, nsRelStrict, 1) }
	}
	p := ""
	if w.prefix != "" {
		p = w.prefix + ":"
	}
	folder := w.sheetFolder
	if folder == "" {
		folder = "worksheets"
	}
	sheets := logicalSheets(w)
	type placed struct{ id, target, path string }
	var where []placed
	for i := range sheets {
		id := fmt.Sprintf("rId%d", i+1)
		if w.wps {
			id = fmt.Sprintf("rId%d", 7+i*3)
		}
		file := fmt.Sprintf("sheet%d.xml", i+1)
		target := folder + "/" + file
		if w.absolute {
			target = "/xl/" + target
		}
		where = append(where, placed{id, target, "xl/" + folder + "/" + file})
	}
	var wb, rels, types strings.Builder
	wb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	wb.WriteString(`<` + p + `workbook` + w.rootAttrs(main) + `><` + p + `sheets>`)
	for i, s := range sheets {
		fmt.Fprintf(&wb, `<%ssheet name="%s" sheetId="%d" r:id="%s"/>`, p, s.name, i+1, where[i].id)
	}
	wb.WriteString(`</` + p + `sheets></` + p + `workbook>`)
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	order := []int{0, 1}
	if w.reversed {
		order = []int{1, 0}
	}
	for _, i := range order {
		fmt.Fprintf(&rels, `<Relationship Id="%s" Type="%s" Target="%s"/>`, where[i].id, relType(relTypeSheet), where[i].target)
	}
	sstTarget := "sharedStrings.xml"
	if w.absolute {
		sstTarget = "/xl/sharedStrings.xml"
	}
	if !w.inline {
		fmt.Fprintf(&rels, `<Relationship Id="rId99" Type="%s" Target="%s"/>`, relType(relTypeSST), sstTarget)
	}
	rels.WriteString(`</Relationships>`)
	types.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	for _, pl := range where {
		types.WriteString(`<Override PartName="/` + pl.path + `" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
	}
	types.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)
	parts := []part{
		{"[Content_Types].xml", types.String()},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relType(relTypeOfficeD) + `" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", w.render(wb.String())},
		{"xl/_rels/workbook.xml.rels", rels.String()},
	}
	var sheetParts []part
	for i, s := range sheets {
		body := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<~worksheet` + w.rootAttrs(main) + `><~dimension ref="A1:H12"/><~sheetViews><~sheetView workbookViewId="0"/></~sheetViews><~sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><~cols><~col min="1" max="1" width="20" customWidth="1"/></~cols><~sheetData>` +
			strings.Join(s.rows, "") + `</~sheetData>` + s.tail + `</~worksheet>`
		if w.mixed {
			// The root in the prefix, what follows in the default namespace.
			body = strings.Replace(w.render(body), "<"+p+"sheetData>", "<sheetData>", 1)
			body = strings.NewReplacer("<"+p+"row", "<row", "</"+p+"row", "</row", "<"+p+"c ", "<c ", "<"+p+"c>", "<c>", "<"+p+"c/>", "<c/>", "</"+p+"c>", "</c>", "<"+p+"v", "<v", "</"+p+"v", "</v", "</"+p+"sheetData>", "</sheetData>").Replace(body)
		} else {
			body = w.render(body)
		}
		sheetParts = append(sheetParts, part{where[i].path, body})
	}
	if w.reversed {
		slices.Reverse(sheetParts)
	}
	parts = append(parts, sheetParts...)
	if !w.inline {
		var sst strings.Builder
		sst.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
		fmt.Fprintf(&sst, `<~sst xmlns%s="%s" count="%d" uniqueCount="%d">`, strings.TrimSuffix(":"+w.prefix, ":"), main, len(sharedStrings), len(sharedStrings))
		for _, si := range sharedStrings {
			sst.WriteString(`<~si>` + si + `</~si>`)
		}
		sst.WriteString(`</~sst>`)
		parts = append(parts, part{"xl/sharedStrings.xml", w.render(sst.String())})
	}
	return zipParts(t, parts)
}

// variants are every way of writing the logical workbook; fast says
// whether the byte scanner reads all of it (cells and merges), which is
// what keeps those files fast.
var variants = []struct {
	name string
	w    writer
	fast bool
}{
	{"excel transitional", writer{}, true},
	{"x: prefix", writer{prefix: "x"}, true},
	{"x: prefix, inline strings", writer{prefix: "x", inline: true}, true},
	{"default namespace and x: both main", writer{prefix: "x", mixed: true}, false},
	{"strict", writer{strict: true}, true},
	{"strict with x: prefix", writer{strict: true, prefix: "x"}, true},
	{"single quotes", writer{quote: "'"}, true},
	{"single quotes, x: prefix, strict", writer{quote: "'", prefix: "x", strict: true}, true},
	{"s and t before r", writer{attrsFirst: true}, true},
	{"inline strings", writer{inline: true}, true},
	{"libreoffice", writer{libre: true}, true},
	{"libreoffice single quotes", writer{libre: true, quote: "'"}, true},
	{"wps", writer{wps: true, inline: true, absolute: true}, true},
	{"wps relative odd folder", writer{wps: true, sheetFolder: "ws"}, true},
	{"absolute targets", writer{absolute: true}, true},
	{"parts listed out of order", writer{reversed: true}, true},
	{"strict, absolute, reversed", writer{strict: true, absolute: true, reversed: true}, true},
}

func TestDifferentialVariants(t *testing.T) {
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			data := v.w.build(t)
			fast, _ := differential(t, data)
			if fast == nil {
				t.Fatal("not read")
			}
			checkLogical(t, fast)
			if got := fastCoverage(t, data); got != v.fast {
				t.Errorf("byte scanner read every part: %v, want %v", got, v.fast)
			}
		})
	}
}

// checkLogical checks what every variant must read: reading the same
// thing wrongly in both paths would pass the comparison.
func checkLogical(t *testing.T, b *Book) {
	t.Helper()
	if len(b.Sheets) != 2 || b.Sheets[0].Name != "收入支出决算总表" || b.Sheets[1].Name != "Sheet2" {
		t.Fatalf("sheets %v", sheetNames(b))
	}
	s := b.Sheets[0]
	for ref, want := range map[string]string{
		"A1": "2023年度收入支出决算总表", "A3": "本年 收入", "B3": `<合计> & "小计" 'x' 中文`,
		"A4": "  一般公共预算财政拨款收入  ", "B4": "6050.66", "D4": "6050.661", "E4": "",
		"B6": "1", "C6": "#DIV/0!", "D6": "2023-12-31T00:00:00Z", "A10": "1", "C10": "无引用",
		"A12": "  前后空格  ", "C12": "中\r\n行", "B8": "3",
	} {
		r, c, _ := ParseCellName(ref)
		if got := s.Value(r, c); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
	wantUncached := []string{"B9", "D10", "E4", "G4", "H4"}
	if got := keys(s.Uncached); !slices.Equal(got, wantUncached) {
		t.Errorf("uncached %v, want %v", got, wantUncached)
	}
	wantMerges := []Merge{{1, 1, 1, 8}, {3, 1, 4, 1}, {2, 4, 2, 4}, {12, 2, 13, 2}}
	if !reflect.DeepEqual(s.Merges, wantMerges) {
		t.Errorf("merges %v, want %v", s.Merges, wantMerges)
	}
	s2 := b.Sheets[1]
	if !reflect.DeepEqual(s2.Merges, []Merge{{2, 2, 3, 2}}) || !s2.Uncached["C3"] || s2.Value(2, 3) != "12.5" {
		t.Errorf("Sheet2: merges %v, uncached %v, C2 %q", s2.Merges, s2.Uncached, s2.Value(2, 3))
	}
}

func sheetNames(b *Book) []string {
	var out []string
	for _, s := range b.Sheets {
		out = append(out, s.Name)
	}
	return out
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var diffLimits = Limits{MaxUnzipBytes: 64 << 20, MaxCells: 400000}

// differential opens data both ways and fails t unless the books are the
// same, or both refused with the same code. It returns the books.
func differential(t testing.TB, data []byte) (fast, slow *Book) {
	return differentialAPI(t, data, true)
}

// differentialAPI is differential; byName false spares the check that
// every uncalculated formula is one GetCellFormula finds by its name,
// which excelize cannot do for a cell whose r is written in lower case.
func differentialAPI(t testing.TB, data []byte, byName bool) (fast, slow *Book) {
	t.Helper()
	slow, slowErr := open(data, diffLimits, nil, false)
	fast, fastErr := open(data, diffLimits, nil, true)
	if (slowErr == nil) != (fastErr == nil) {
		t.Fatalf("excelize: %v; fast reader: %v", slowErr, fastErr)
	}
	if slowErr != nil {
		if slowErr.(*Error).Code != fastErr.(*Error).Code {
			t.Fatalf("excelize: %v; fast reader: %v", slowErr, fastErr)
		}
		return nil, nil
	}
	if d := bookDiff(slow, fast); d != "" {
		t.Fatal(d)
	}
	checkAgainstExcelize(t, data, slow, byName)
	return fast, slow
}

// bookDiff describes the first difference between two books, or "".
func bookDiff(slow, fast *Book) string {
	if !slices.Equal(sheetNames(slow), sheetNames(fast)) {
		return fmt.Sprintf("sheets: excelize %q, fast reader %q", sheetNames(slow), sheetNames(fast))
	}
	for i := range slow.Sheets {
		a, b := slow.Sheets[i], fast.Sheets[i]
		if !reflect.DeepEqual(normal(a.Rows), normal(b.Rows)) {
			return fmt.Sprintf("sheet %s: excelize %q\nfast reader %q", a.Name, a.Rows, b.Rows)
		}
		if !sameMerges(a.Merges, b.Merges) {
			return fmt.Sprintf("sheet %s merges: excelize %v, fast reader %v", a.Name, a.Merges, b.Merges)
		}
		if !slices.Equal(keys(a.Uncached), keys(b.Uncached)) {
			return fmt.Sprintf("sheet %s uncalculated formulas: excelize %v, fast reader %v", a.Name, keys(a.Uncached), keys(b.Uncached))
		}
	}
	return ""
}

// checkAgainstExcelize holds the excelize book to excelize's own API:
// the sheet list, the rows GetRows gives, and the formulas. A cell that
// reads empty is uncalculated exactly when GetCellFormula gives it a
// formula — except a formula typed "str" (GetCellType's CellTypeFormula),
// whose empty result is a result when a <v> holds it, which the API does
// not show; and a cell covered by a merge, which the API looks up as the
// merge's top-left.
func checkAgainstExcelize(t testing.TB, data []byte, b *Book, byName bool) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !slices.Equal(f.GetSheetList(), sheetNames(b)) {
		t.Fatalf("GetSheetList %q, book %q", f.GetSheetList(), sheetNames(b))
	}
	for _, s := range b.Sheets {
		rows, err := f.GetRows(s.Name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normal(rows), normal(s.Rows)) {
			t.Fatalf("sheet %s: GetRows %q, book %q", s.Name, rows, s.Rows)
		}
		mcs, err := f.GetMergeCells(s.Name, true)
		if err != nil && len(s.Rows) == 0 {
			continue // a chart sheet: no cells, no cell model
		}
		if err != nil {
			t.Fatal(err)
		}
		if got := apiMerges(mcs); !sameMerges(got, s.Merges) {
			t.Fatalf("sheet %s: GetMergeCells %v, book %v", s.Name, got, s.Merges)
		}
		for r, row := range s.Rows {
			for c, v := range row {
				cell := CellName(r+1, c+1)
				if v != "" || covered(s.Merges, r+1, c+1) {
					if s.Uncached[cell] && v != "" {
						t.Errorf("sheet %s: %s = %q is not empty but uncalculated", s.Name, cell, v)
					}
					continue
				}
				formula, err := f.GetCellFormula(s.Name, cell)
				if err != nil {
					t.Fatal(err)
				}
				typ, err := f.GetCellType(s.Name, cell)
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case formula == "" && s.Uncached[cell] && byName:
					t.Errorf("sheet %s: %s uncalculated, but excelize sees no formula", s.Name, cell)
				case formula != "" && typ != excelize.CellTypeFormula && !s.Uncached[cell]:
					t.Errorf("sheet %s: %s = %s has no result, but is not marked uncalculated", s.Name, cell, formula)
				}
			}
		}
	}
}

// apiMerges turns GetMergeCells' ranges into Merges, corners in order.
func apiMerges(mcs []excelize.MergeCell) []Merge {
	var out []Merge
	for _, mc := range mcs {
		r1, c1, _ := ParseCellName(mc.GetStartAxis())
		r2, c2, _ := ParseCellName(mc.GetEndAxis())
		out = append(out, Merge{Top: min(r1, r2), Left: min(c1, c2), Bottom: max(r1, r2), Right: max(c1, c2)})
	}
	return out
}

func sameMerges(a, b []Merge) bool {
	return len(a) == 0 && len(b) == 0 || reflect.DeepEqual(a, b)
}

// covered reports whether (r, c) lies in one of the merges, not at its
// top-left.
func covered(ms []Merge, r, c int) bool {
	for _, m := range ms {
		if r >= m.Top && r <= m.Bottom && c >= m.Left && c <= m.Right && (r != m.Top || c != m.Left) {
			return true
		}
	}
	return false
}

// fastCoverage reports whether the byte scanner reads every sheet of data,
// cells and merges, and the shared strings.
func fastCoverage(t testing.TB, data []byte) bool {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{CellsOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sst, err := scanSharedStrings(pkgPart(f, "xl/sharedStrings.xml"))
	if err != nil {
		return false
	}
	paths := f.SheetPaths()
	for _, name := range f.GetSheetList() {
		var cells int64
		got, err := scanSheet(pkgPart(f, paths[name]), sst, Limits{MaxCells: 1 << 40}, &cells, nil)
		if err != nil || !got.mergesOK {
			return false
		}
	}
	return true
}

// TestDifferentialExcelizeWritten: files excelize writes, through its
// File API and its StreamWriter: shared strings, rich text, inline
// strings, formulas it saves without a result (t="str", no value),
// shared formulas, merges, booleans, dates, a chart sheet.
func TestDifferentialExcelizeWritten(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	sh := "收入决算表"
	must(f.SetSheetName("Sheet1", sh))
	must(f.SetCellStr(sh, "A1", "2023年度收入决算表"))
	must(f.MergeCell(sh, "A1", "D1"))
	must(f.MergeCell(sh, "A3", "A5"))
	must(f.SetCellFloat(sh, "C3", 6050.66, 2, 64))
	must(f.SetCellValue(sh, "B3", " 6,050.66 "))
	must(f.SetCellBool(sh, "E3", true))
	must(f.SetCellFormula(sh, "D3", "C3*2"))
	ref, typ := "D4:D6", "shared"
	must(f.SetCellFormula(sh, "D4", "C4*2", excelize.FormulaOpts{Ref: &ref, Type: &typ}))
	must(f.SetCellRichText(sh, "B4", []excelize.RichTextRun{{Text: "本年", Font: &excelize.Font{Bold: true}}, {Text: " 支出"}}))
	must(f.SetCellValue(sh, "B5", "a&b<c>"))
	must(f.SetCellInt(sh, "C5", -12))
	must(f.SetCellDefault(sh, "C6", "007"))
	if _, err := f.NewSheet("流式"); err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("流式")
	must(err)
	must(sw.SetRow("A1", []any{"项目", 1.5, true, excelize.Cell{Formula: "B1*2"}, excelize.Cell{Value: "x", Formula: "A1"}}))
	must(sw.SetRow("A3", []any{nil, "跳过"}))
	must(sw.MergeCell("A3", "B4"))
	must(sw.Flush())
	must(f.SetCellValue("流式", "C3", 3)) // after Flush: read back and written anew
	for i := 0; i < 3; i++ {
		must(f.SetCellValue(sh, fmt.Sprintf("A%d", 8+i), i))
	}
	must(f.AddChartSheet("图表", &excelize.Chart{Type: excelize.Col, Series: []excelize.ChartSeries{{Name: sh + "!$A$1", Categories: sh + "!$A$8:$A$10", Values: sh + "!$A$8:$A$10"}}}))
	buf, err := f.WriteToBuffer()
	must(err)
	fast, _ := differential(t, buf.Bytes())
	s := fast.Sheets[0]
	if !s.Uncached["D3"] || !reflect.DeepEqual(s.Merges, []Merge{{1, 1, 1, 4}, {3, 1, 5, 1}}) || s.Value(4, 2) != "本年 支出" {
		t.Errorf("uncached %v, merges %v, B4 %q", s.Uncached, s.Merges, s.Value(4, 2))
	}
	if got := sheetNames(fast); !slices.Equal(got, []string{sh, "流式", "图表"}) {
		t.Errorf("sheets %q", got)
	}
}

// TestDifferentialTestdata: every workbook the project ships is read the
// same both ways, and wholly by the byte scanner.
func TestDifferentialTestdata(t *testing.T) {
	var files []string
	err := filepath.WalkDir("../../testdata", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".xlsx") {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) < 20 {
		t.Fatalf("%d workbooks under testdata (%v)", len(files), err)
	}
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			differential(t, data)
			if !fastCoverage(t, data) {
				t.Error("the byte scanner gave up on part of it")
			}
		})
	}
}

// TestDifferentialUnusual: what the byte scanner hands to excelize, and
// what excelize alone can judge, read the same both ways.
func TestDifferentialUnusual(t *testing.T) {
	base := writer{}.build(t)
	cases := []struct {
		name  string
		edit  func(sheet string) string
		fast  bool   // the byte scanner still reads it all
		check string // a cell that must be marked uncalculated, if any
	}{
		{"comment in the tail", func(s string) string {
			return strings.Replace(s, "<pageMargins", "<!-- margins --><pageMargins", 1)
		}, false, ""},
		{"comment in a row", func(s string) string { return strings.Replace(s, `<row r="6">`, `<row r="6"><!-- x -->`, 1) }, false, "E4"},
		{"overlapping merges", func(s string) string {
			return strings.Replace(s, `<mergeCell ref="D2"/>`, `<mergeCell ref="D2:E3"/><mergeCell ref="E3:F3"/>`, 1)
		}, false, ""},
		{"reversed merge", func(s string) string { return strings.Replace(s, `ref="A3:A4"`, `ref="A4:A3"`, 1) }, false, ""},
		{"merge in lower case with $", func(s string) string { return strings.Replace(s, `ref="A3:A4"`, `ref="$a$3:a4"`, 1) }, false, ""},
		{"merges before sheetData", func(s string) string {
			m := regexp.MustCompile(`<mergeCells.*</mergeCells>`)
			merges := m.FindString(s)
			return strings.Replace(m.ReplaceAllString(s, ""), "<sheetData>", merges+"<sheetData>", 1)
		}, false, ""},
		{"prefixed merges under a default root", func(s string) string {
			s = strings.Replace(s, "<worksheet ", `<worksheet xmlns:y="`+nsMain+`" `, 1)
			return strings.NewReplacer("<mergeCell", "<y:mergeCell", "</mergeCells", "</y:mergeCells").Replace(s)
		}, true, ""},
		{"merges in a foreign namespace", func(s string) string {
			s = strings.Replace(s, "<worksheet ", `<worksheet xmlns:y="urn:other" `, 1)
			return strings.NewReplacer("<mergeCell", "<y:mergeCell", "</mergeCells", "</y:mergeCells").Replace(s)
		}, false, ""},
		{"element in a foreign namespace in a cell", func(s string) string {
			return strings.Replace(s, `<c r="E4"><f>`, `<c r="E4"><y:note xmlns:y="urn:y">n</y:note><f>`, 1)
		}, false, "E4"},
		{"rows without r", func(s string) string {
			return strings.NewReplacer(`<row r="7">`, `<row>`, `<row r="8">`, `<row>`).Replace(s)
		}, true, "B9"},
		{"formula cells without r", func(s string) string {
			return strings.Replace(s, `<c r="E4"><f>SUM(B4:C4)</f></c>`, `<c><f>SUM(B4:C4)</f></c>`, 1)
		}, true, "E4"},
		{"lower-case references", func(s string) string {
			return strings.NewReplacer(`r="E4"`, `r="e4"`, `r="B9"`, `r="b9"`).Replace(s)
		}, true, "E4"},
		{"entity in a merge ref", func(s string) string { return strings.Replace(s, `ref="A3:A4"`, `ref="A3&#58;A4"`, 1) }, false, ""},
		{"CDATA in the tail", func(s string) string {
			return strings.Replace(s, "<pageMargins", "<headerFooter><oddHeader><![CDATA[&P]]></oddHeader></headerFooter><pageMargins", 1)
		}, false, ""},
		{"no namespace", func(s string) string {
			return strings.Replace(s, `xmlns="`+nsMain+`"`, "", 1)
		}, false, ""},
		{"empty merges", func(s string) string {
			m := regexp.MustCompile(`<mergeCells.*</mergeCells>`)
			return m.ReplaceAllString(s, `<mergeCells count="0"/>`)
		}, true, ""},
		{"crossing merges, which excelize does not join", func(s string) string {
			return strings.Replace(s, `<mergeCell ref="D2"/>`, `<mergeCell ref="D2:F2"/><mergeCell ref="E1:E3"/>`, 1)
		}, false, ""},
		{"two mergeCells elements", func(s string) string {
			return strings.Replace(s, "<pageMargins", `<mergeCells><mergeCell ref="J1:K1"/></mergeCells><pageMargins`, 1)
		}, false, ""},
		{"empty sheetData", func(s string) string {
			return regexp.MustCompile(`<sheetData>.*</sheetData>`).ReplaceAllString(s, "<sheetData/>")
		}, true, ""},
		{"merges inside AlternateContent are not the sheet's", func(s string) string {
			return strings.Replace(s, "<pageMargins", `<mc:AlternateContent><mc:Choice Requires="x14ac"><mergeCells><mergeCell ref="Z1:Z2"/></mergeCells></mc:Choice></mc:AlternateContent><pageMargins`, 1)
		}, true, ""},
		{"root end tag with a space", func(s string) string { return strings.Replace(s, "</worksheet>", "</worksheet >\n", 1) }, true, ""},
		{"GB18030", func(s string) string {
			return strings.Replace(s, `encoding="UTF-8"`, `encoding="GB18030"`, 1) // all ASCII but the strings
		}, false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			parts := unzipParts(t, base)
			for i := range parts {
				if parts[i].name == "xl/worksheets/sheet1.xml" {
					parts[i].body = c.edit(parts[i].body)
				}
			}
			data := zipParts(t, parts)
			fast, _ := differentialAPI(t, data, c.name != "lower-case references")
			if fast == nil {
				return
			}
			if c.check != "" && !fast.Sheets[0].Uncached[c.check] {
				t.Errorf("%s not marked uncalculated: %v", c.check, keys(fast.Sheets[0].Uncached))
			}
			if got := fastCoverage(t, data); got != c.fast {
				t.Errorf("byte scanner read every part: %v, want %v", got, c.fast)
			}
		})
	}
}

// TestDifferentialSheetPaths: a sheet's part is found as excelize finds it
// when the relationships are odd: an id listed twice (the last whose part
// exists wins), a target with "..", a part in another folder.
func TestDifferentialSheetPaths(t *testing.T) {
	for _, c := range []struct{ name, from, to string }{
		{"id listed twice", `<Relationship Id="rId1" `, `<Relationship Id="rId1" Type="` + relTypeSheet + `" Target="worksheets/none.xml"/><Relationship Id="rId1" `},
		{"dot-dot target", `Target="worksheets/sheet1.xml"`, `Target="../xl/worksheets/./sheet1.xml"`},
		{"sheets swapped", `Target="worksheets/sheet1.xml"`, `Target="worksheets/sheetX.xml"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			parts := unzipParts(t, writer{}.build(t))
			for i := range parts {
				if parts[i].name == "xl/_rels/workbook.xml.rels" {
					parts[i].body = strings.Replace(parts[i].body, c.from, c.to, 1)
				}
				if c.name == "sheets swapped" && parts[i].name == "xl/worksheets/sheet1.xml" {
					parts[i].name = "xl/worksheets/sheetX.xml"
				}
			}
			data := zipParts(t, parts)
			fast, _ := differential(t, data)
			if fast != nil {
				checkLogical(t, fast)
			}
			if !fastCoverage(t, data) {
				t.Error("the byte scanner gave up")
			}
		})
	}
}

// TestDifferentialHostile: the hostile files that are workbooks at all
// are refused, or read, alike.
func TestDifferentialHostile(t *testing.T) {
	huge, err := hostile.HugeSheet(300, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{hostile.FarCell(), huge, hostile.BrokenXML(), hostile.NoSheets(), hostile.EntityExpansion()} {
		differential(t, data)
	}
}

// fuzzShells are the packages FuzzDifferential puts a mutated sheet in:
// every variant, and what excelize writes.
func fuzzShells(t testing.TB) [][]part {
	var out [][]part
	for _, v := range variants {
		out = append(out, unzipParts(t, v.w.build(t)))
	}
	return out
}

// FuzzDifferential mutates the first sheet of every variant package,
// zips it again and reads it both ways: wherever both readers take the
// file they must give the same book, and the byte scanner must never
// panic (Open would turn a panic into an error; the scanner is called
// here without that net).
func FuzzDifferential(f *testing.F) {
	shells := fuzzShells(f)
	for i, parts := range shells {
		for _, p := range parts {
			if p.name == "xl/worksheets/sheet1.xml" || p.name == "xl/ws/sheet1.xml" {
				f.Add(uint8(i), []byte(p.body))
			}
		}
	}
	f.Fuzz(func(t *testing.T, shell uint8, sheet []byte) {
		if len(sheet) > 64<<10 {
			return
		}
		parts := slices.Clone(shells[int(shell)%len(shells)])
		var sst []string
		for i, p := range parts {
			switch {
			case strings.HasSuffix(p.name, "/sheet1.xml"):
				parts[i].body = string(sheet)
			case p.name == "xl/sharedStrings.xml":
				sst, _ = scanSharedStrings([]byte(p.body))
			}
		}
		var cells int64
		_, _ = scanSheet(sheet, sst, diffLimits, &cells, nil)
		_ = rootClosed(sheet)
		data := zipParts(t, parts)
		slow, slowErr := open(data, diffLimits, nil, false)
		fast, fastErr := open(data, diffLimits, nil, true)
		if fastErr != nil && fastErr.(*Error).Err != nil && fastErr.(*Error).Err.Error() == "panic while reading" && slowErr == nil {
			t.Fatalf("the fast path panicked where excelize read the file")
		}
		if slowErr != nil || fastErr != nil {
			return
		}
		if d := bookDiff(slow, fast); d != "" && !formattingOnly(t, parts, fast) {
			t.Fatal(d)
		}
		// And the merges excelize's decoder streamed are GetMergeCells'
		// wherever excelize's cell model takes the sheet (a small one:
		// the model costs hundreds of bytes a row).
		if len(slow.Sheets[0].Rows) > 10000 {
			return
		}
		x, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{CellsOnly: true})
		if err != nil {
			return
		}
		defer x.Close()
		if mcs, err := x.GetMergeCells(slow.Sheets[0].Name, true); err == nil && !sameMerges(apiMerges(mcs), slow.Sheets[0].Merges) {
			t.Fatalf("GetMergeCells %v, book %v", apiMerges(mcs), slow.Sheets[0].Merges)
		}
	})
}

// zipLying writes a package whose part named lie declares half its size,
// as a damaged or forged zip would: excelize keeps what it read of it.
func zipLying(t testing.TB, parts []part, lie string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if p.name != lie {
			w, err := zw.Create(p.name)
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(w, p.body)
			continue
		}
		var body bytes.Buffer
		fw, _ := flate.NewWriter(&body, flate.DefaultCompression)
		io.WriteString(fw, p.body)
		fw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE([]byte(p.body)),
			CompressedSize64: uint64(body.Len()), UncompressedSize64: uint64(len(p.body) / 2)})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestTruncatedPartsAreRefused: a sheet cut short is refused as truncated
// however the workbook names its namespaces and parts — Strict files
// included, whose sheets the checksum check once never reached.
func TestTruncatedPartsAreRefused(t *testing.T) {
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			parts := unzipParts(t, v.w.build(t))
			for _, p := range parts {
				if !strings.HasSuffix(p.name, "/sheet1.xml") && p.name != "xl/sharedStrings.xml" {
					continue
				}
				for _, allowFast := range []bool{true, false} {
					_, err := open(zipLying(t, parts, p.name), Limits{}, nil, allowFast)
					if we, ok := err.(*Error); !ok || we.Code != CodeTruncated {
						t.Errorf("%s cut short (fast %v): %v, want %s", p.name, allowFast, err, CodeTruncated)
					}
				}
			}
		})
	}
}

// TestManyMerges: a sheet's merges are read up to maxMerges, by the byte
// scanner or by excelize's rule; overlapping ones, which excelize joins by
// comparing each with every other, up to maxJoinMerges. Past that the file
// is refused, never read with its merges cut short.
func TestManyMerges(t *testing.T) {
	sheet := func(n int, overlap bool, tail string) []byte {
		var sb strings.Builder
		sb.WriteString(wsHead + `<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="` + fmt.Sprint(n) + `">`)
		for i := range n {
			fmt.Fprintf(&sb, `<mergeCell ref="A%d:B%d"/>`, i+2, i+2)
		}
		if overlap {
			sb.WriteString(`<mergeCell ref="B2:C2"/>`)
		}
		sb.WriteString(`</mergeCells>` + tail + `</worksheet>`)
		return minimalXLSX(t, sb.String(), "")
	}
	for _, c := range []struct {
		name string
		data []byte
		want int // merges read, or -1 for a refusal
	}{
		{"the byte scanner's limit", sheet(maxMerges, false, ""), maxMerges},
		{"past it", sheet(maxMerges+1, false, ""), -1},
		{"the limit, read by excelize's rule", sheet(maxMerges, false, "<!-- -->"), maxMerges},
		{"past it, read by excelize's rule", sheet(maxMerges+1, false, "<!-- -->"), -1},
		{"overlapping, joined", sheet(maxJoinMerges-1, true, ""), maxJoinMerges - 1},
		{"overlapping, past the join's limit", sheet(maxJoinMerges, true, ""), -1},
	} {
		t.Run(c.name, func(t *testing.T) {
			book, err := Open(c.data, Limits{})
			switch we, _ := err.(*Error); {
			case c.want < 0 && (we == nil || we.Code != CodeTooManyCells || we.Message != tooManyMergesMessage):
				t.Errorf("got %v, want %s with the merges message", err, CodeTooManyCells)
			case c.want >= 0 && (err != nil || len(book.Sheets[0].Merges) != c.want):
				t.Errorf("got %v, want %d merges", err, c.want)
			}
		})
	}
}

// TestEmptySharedStrings: an empty <sst/> (some writers save one for a
// book without text) is a complete part.
func TestEmptySharedStrings(t *testing.T) {
	data := minimalXLSX(t, wsHead+`<row r="1"><c r="A1"><v>1</v></c></row>`+wsTail,
		`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="`+nsMain+`" count="0" uniqueCount="0"/>`)
	differential(t, data)
	if !fastCoverage(t, data) {
		t.Error("the byte scanner gave up")
	}
}

// formattingOnly reports whether the fast book is excelize's reading of the
// package once its sheet's rich-text runs lose their formatting (<rPr>).
// The fast reader skips a run's formatting unread, by design: the clerk's
// text stays readable under formatting excelize cannot decode (a font size
// "1A", found by this fuzz target), which excelize reads as an empty cell.
func formattingOnly(t *testing.T, parts []part, fast *Book) bool {
	t.Helper()
	stripped := slices.Clone(parts)
	changed := false
	for i, p := range stripped {
		if strings.HasSuffix(p.name, "/sheet1.xml") {
			body := withoutRunFormatting(p.body)
			changed = body != p.body
			stripped[i].body = body
		}
	}
	if !changed {
		return false
	}
	slow, err := open(zipParts(t, stripped), diffLimits, nil, false)
	return err == nil && bookDiff(slow, fast) == ""
}

var rPrTag = regexp.MustCompile(`<(/?)([A-Za-z_][\w.-]*:)?rPr(\s[^>]*)?(/?)>`)

// withoutRunFormatting removes every <rPr> element, nested ones with the
// outermost, from sheet XML.
func withoutRunFormatting(body string) string {
	var b strings.Builder
	depth, from := 0, 0
	for _, m := range rPrTag.FindAllStringSubmatchIndex(body, -1) {
		closing, selfClosing := m[3] > m[2], m[9] > m[8]
		switch {
		case depth == 0 && !closing:
			b.WriteString(body[from:m[0]])
			if !selfClosing {
				depth = 1
			}
			from = m[1]
		case depth > 0 && closing:
			depth--
			from = m[1]
		case depth > 0 && !selfClosing:
			depth++
		}
	}
	if depth > 0 {
		return body // unbalanced: left as it was
	}
	b.WriteString(body[from:])
	return b.String()
}

func TestWithoutRunFormatting(t *testing.T) {
	for in, want := range map[string]string{
		`<r><rPr><b/><sz val="1A"/></rPr><t>本年</t></r>`:          `<r><t>本年</t></r>`,
		`<x:r><x:rPr/><x:t>a</x:t></x:r>`:                        `<x:r><x:t>a</x:t></x:r>`,
		`<r><rPr><rPr></rPr><i/></rPr><t>b</t></r><rPr >x</rPr>`: `<r><t>b</t></r>`,
		`<r><rPr><b/></r>`:      `<r><rPr><b/></r>`,
		`<c><v>1</v></c></rPr>`: `<c><v>1</v></c></rPr>`,
		`<rPrX/><t>c</t>`:       `<rPrX/><t>c</t>`,
	} {
		if got := withoutRunFormatting(in); got != want {
			t.Errorf("withoutRunFormatting(%s) = %s, want %s", in, got, want)
		}
	}
}
