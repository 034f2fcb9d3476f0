package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// reviewBook is a draft of four sheets whose names need every kind of
// quoting, with merged cells, a formula, print areas and print titles
// (sheet-scoped names, which must stay on their sheets when the index sheet
// is put first) and a workbook-scoped name.
func reviewBook(t *testing.T, extra ...string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	names := append([]string{"Sheet 1", "公开01表", "O'Brien", "Data"}, extra...)
	if err := f.SetSheetName("Sheet1", names[0]); err != nil {
		t.Fatal(err)
	}
	for _, n := range names[1:] {
		if _, err := f.NewSheet(n); err != nil {
			t.Fatal(err)
		}
	}
	for i, n := range names {
		f.SetCellValue(n, "A1", "2023 年度收入决算表 "+n)
		f.SetCellValue(n, "B7", 120.5)
		f.SetCellValue(n, "C17", "3,311.20")
		f.SetCellFloat(n, "D2", float64(i)+0.25, 2, 64)
		if err := f.SetCellFormula(n, "E2", "B7*2"); err != nil {
			t.Fatal(err)
		}
		if err := f.MergeCell(n, "A3", "C3"); err != nil {
			t.Fatal(err)
		}
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: QuoteSheet(n) + "!$A$1:$E$20", Scope: n}); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'公开01表'!$1:$3", Scope: "公开01表"}); err != nil {
		t.Fatal(err)
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "合计", RefersTo: "Data!$B$7"}); err != nil {
		t.Fatal(err)
	}
	f.SetActiveSheet(1)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// contents is everything of a workbook's sheets a clerk could see: every
// cell's value and formula, the merges, and the defined names.
type contents struct {
	cells    map[string][][]string
	formulas map[string]string
	merges   map[string][]string
	names    []excelize.DefinedName
}

func readContents(t *testing.T, g *excelize.File, sheets []string) contents {
	t.Helper()
	c := contents{cells: map[string][][]string{}, formulas: map[string]string{}, merges: map[string][]string{}, names: g.GetDefinedName()}
	for _, s := range sheets {
		rows, err := g.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		c.cells[s] = rows
		for r, row := range rows {
			for col := range row {
				ref, _ := excelize.CoordinatesToCellName(col+1, r+1)
				if fm, _ := g.GetCellFormula(s, ref); fm != "" {
					c.formulas[s+"!"+ref] = fm
				}
			}
		}
		ms, _ := g.GetMergeCells(s)
		for _, m := range ms {
			c.merges[s] = append(c.merges[s], m.GetStartAxis()+":"+m.GetEndAxis())
		}
	}
	return c
}

func reviewReport() *Report {
	return &Report{
		Tables: []Table{{Form: "01", Sheet: "公开01表", Code: "01"}, {Form: "02", Sheet: "Sheet 1", Code: "02"}},
		Findings: []Finding{
			{Rule: "S0016", Severity: Error, Form: "02", Sheet: "Sheet 1", Cell: "B7", Message: "公开02表金额似乎以元填列", Expected: "1", Actual: "10000", Cause: "Sheet 1!B7"},
			{Rule: "X0001", Severity: Error, Form: "01", Sheet: "公开01表", Cell: "B7", Message: "应等于 6,050.66，实为 60,506,600.00", Expected: "6050.66", Actual: "60506600.00", Diff: "60500549.34", Cause: "Sheet 1!B7", Consequence: true},
			{Rule: "R0001", Severity: Warning, Form: "02", Sheet: "Sheet 1", Cell: "C17", Message: "尾差", Expected: "3311.19", Actual: "3311.20", Diff: "0.01"},
			{Rule: "S0002", Severity: Warning, Sheet: "O'Brien", Cell: "C17", Message: "名称不一致", Expected: "人大事务", Actual: "人大事务 "},
			{Rule: "K0003", Severity: Error, Form: "kpi", Sheet: "Data", Cell: "A1", Message: "总分不符", Expected: "92", Actual: "98", Diff: "6"},
			{Rule: "S0007", Severity: Warning, Message: "未找到 公开09表"},
			{Rule: "D0101", Severity: Error, File: "情况说明.docx", Para: 4, Message: "金额与表不符"},
			{Rule: "T0101", Severity: Error, Sheet: "不存在", Cell: "A1", Message: "另一工作簿的表"},
		},
	}
}

func reviewNotes(f Finding) string {
	switch f.Rule {
	case "R0001":
		return "元折算万元的尾差，已与财政核对"
	case "S0002":
		return "  名称照财政下发的科目表  "
	}
	return ""
}

// TestAnnotateIndexSheet: the annotated workbook opens on 审核结果, which
// lists every finding in the report's order with a link to its cell, the
// numbers, the message and its 审核说明; the comments carry the 审核说明
// too; every original sheet keeps every cell, formula, merge and name.
func TestAnnotateIndexSheet(t *testing.T) {
	data := reviewBook(t)
	orig, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer orig.Close()
	sheets := orig.GetSheetList()
	before := readContents(t, orig, sheets)

	out, err := Annotate(data, reviewReport(), reviewNotes)
	if err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if got := g.GetSheetList(); !reflect.DeepEqual(got, append([]string{IndexSheet}, sheets...)) {
		t.Fatalf("sheets %q", got)
	}
	if g.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet %d, want the index", g.GetActiveSheetIndex())
	}
	after := readContents(t, g, sheets)
	if !reflect.DeepEqual(before.cells, after.cells) || !reflect.DeepEqual(before.formulas, after.formulas) || !reflect.DeepEqual(before.merges, after.merges) {
		t.Errorf("original sheets changed:\nbefore %v %v %v\nafter  %v %v %v", before.cells, before.formulas, before.merges, after.cells, after.formulas, after.merges)
	}
	if !reflect.DeepEqual(before.names, after.names) {
		t.Errorf("defined names moved:\nbefore %+v\nafter  %+v", before.names, after.names)
	}

	rows, err := g.GetRows(IndexSheet)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"序号", "级别", "规则", "表", "单元格", "应为", "实为", "差额", "问题说明", "审核说明"},
		{"1", "错误", "S0016", "公开02表 收入决算表", "'Sheet 1'!B7", "1", "10000", "", "公开02表金额似乎以元填列"},
		{"2", "错误", "X0001", "公开01表 收入支出决算总表", "'公开01表'!B7", "6,050.66", "60,506,600.00", "60,500,549.34", "应等于 6,050.66，实为 60,506,600.00（由第 1 项引起）"},
		{"3", "提示", "R0001", "公开02表 收入决算表", "'Sheet 1'!C17", "3,311.19", "3,311.20", "0.01", "尾差", "元折算万元的尾差，已与财政核对"},
		{"4", "提示", "S0002", "", "'O''Brien'!C17", "人大事务", "人大事务 ", "", "名称不一致", "名称照财政下发的科目表"},
		{"5", "错误", "K0003", "绩效自评表", "Data!A1", "92", "98", "6", "总分不符"},
		{"6", "提示", "S0007", "", "", "", "", "", "未找到 公开09表"},
		{"7", "错误", "D0101", "", "情况说明.docx 第 4 段", "", "", "", "金额与表不符"},
		{"8", "错误", "T0101", "", "不存在!A1", "", "", "", "另一工作簿的表"},
	}
	if !numberFormatsApplied { // the amounts as stored, unformatted
		want[2][5], want[2][6], want[2][7] = "6050.66", "60506600", "60500549.34"
		want[3][5], want[3][6] = "3311.19", "3311.2"
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("index rows:\n got %q\nwant %q", rows, want)
	}
	// Each cell on a sheet of the workbook is a link Excel follows: the
	// HYPERLINK formula to its 定位 reference, with that text as its value.
	for cell, ref := range map[string]string{"E2": "'Sheet 1'!B7", "E3": "'公开01表'!B7", "E5": "'O''Brien'!C17", "E6": "Data!A1"} {
		fm, _ := g.GetCellFormula(IndexSheet, cell)
		lit := strings.ReplaceAll(ref, `"`, `""`)
		if fm != `HYPERLINK("#`+lit+`","`+lit+`")` {
			t.Errorf("%s formula %q", cell, fm)
		}
	}
	for _, cell := range []string{"E7", "E8", "E9"} {
		if fm, _ := g.GetCellFormula(IndexSheet, cell); fm != "" {
			t.Errorf("%s links %q to nothing in the workbook", cell, fm)
		}
	}
	// Amounts are numbers (the clerk can sort and add them), exactly the
	// report's; a factor or a name stays text.
	for cell, number := range map[string]bool{"F3": true, "H3": true, "F6": true, "F2": false, "F5": false} {
		if got, _ := g.GetCellType(IndexSheet, cell); (got != excelize.CellTypeInlineString) != number {
			t.Errorf("%s type %v, a number: %v", cell, got, number)
		}
	}
	if raw, _ := g.GetCellValue(IndexSheet, "G3", excelize.Options{RawCellValue: true}); raw != "60506600.00" { // the exact decimal, not a float64's text
		t.Errorf("G3 raw %q", raw)
	}
	// The header is bold and frozen.
	id, _ := g.GetCellStyle(IndexSheet, "A1")
	if st, _ := g.GetStyle(id); st == nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("header style %+v", st)
	}
	if p, err := g.GetPanes(IndexSheet); err != nil || !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
		t.Errorf("panes %+v %v", p, err)
	}
	// The comment carries the 审核说明 after the message.
	comments, _ := g.GetComments("Sheet 1")
	var text string
	for _, cm := range comments {
		if cm.Cell == "C17" {
			for _, p := range cm.Paragraph {
				text += p.Text
			}
		}
	}
	if !strings.Contains(text, "[R0001 提示] 尾差\n审核说明：元折算万元的尾差，已与财政核对") {
		t.Errorf("comment %q", text)
	}
}

// TestAnnotateIndexNameTaken: a draft that has a sheet named 审核结果 (or
// 审核结果2) keeps it; the index takes the next free number.
func TestAnnotateIndexNameTaken(t *testing.T) {
	g := openAnnotated(t, reviewBook(t, "审核结果", "审核结果2"), &Report{})
	list := g.GetSheetList()
	if list[0] != "审核结果3" || len(list) != 7 {
		t.Fatalf("sheets %q", list)
	}
	if v, _ := g.GetCellValue("审核结果", "A1"); v != "2023 年度收入决算表 审核结果" {
		t.Errorf("the draft's own 审核结果 sheet changed: %q", v)
	}
	rows, _ := g.GetRows("审核结果3")
	if len(rows) != 2 || rows[1][len(rows[1])-1] != "未发现问题" {
		t.Errorf("empty index %q", rows)
	}
}

func TestQuoteSheet(t *testing.T) {
	for name, want := range map[string]string{
		"Sheet1": "Sheet1", "Data_2.x": "Data_2.x", "_x": "_x",
		"Sheet 1": "'Sheet 1'", "公开01表": "'公开01表'", "O'Brien": "'O''Brien'", "2023": "'2023'",
		"A1": "'A1'", "xfd1048576": "'xfd1048576'", "R1C1": "'R1C1'", "R": "'R'", "c": "'c'", "TRUE": "'TRUE'",
		"a-b": "'a-b'", "": "''",
	} {
		if got := QuoteSheet(name); got != want {
			t.Errorf("QuoteSheet(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestDecimalText(t *testing.T) {
	for s, want := range map[string]int32{
		"3131.20": 2, "-0.01": 2, "60506600.00": 2, "0.000001": 6, "123456789012345": 0, "92": 0,
		"12345678901234567.89": -1, "0.1000000000000000055": -1, "1e5": -1, "万元": -1, "": -1, "-": -1, "1.": -1, ".5": -1, "1.2.3": -1, "--1": -1,
	} {
		places, ok := decimalText(s)
		if ok != (want >= 0) || (ok && places != want) {
			t.Errorf("decimalText(%q) = %d, %v; want %d", s, places, ok, want)
		}
	}
}

// TestNotesByKey: notes are found by the key the caller computes.
func TestNotesByKey(t *testing.T) {
	key := func(f Finding) string { return f.Rule + "|" + f.Sheet + "|" + f.Cell }
	if NotesByKey(nil, key) != nil {
		t.Error("no notes should give nil")
	}
	n := NotesByKey(map[string]string{"R0001|02|C8": "尾差"}, key)
	if n(Finding{Rule: "R0001", Sheet: "02", Cell: "C8"}) != "尾差" || n(Finding{Rule: "R0001", Sheet: "02", Cell: "C9"}) != "" {
		t.Error("wrong lookup")
	}
}
