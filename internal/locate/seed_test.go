package locate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/testkit/layout"
	"reportcheck/internal/testkit/seeddata"
	"reportcheck/internal/workbook"
)

// seedCell is an amount of the seed report: table, row (by key, code or
// 行次), column, the cell it is printed in and its value in 万元.
type seedCell struct {
	form, row, col string
	line           int
	sheet, ref     string
	wan            string
}

var seedCells = []seedCell{
	{form: "01", row: "本年收入合计", col: "收入决算数", sheet: "01 收入支出决算总表", ref: "C33", wan: "6050.66"},
	{form: "01", row: "支出总计", col: "支出决算数", sheet: "01 收入支出决算总表", ref: "F36", wan: "6050.66"},
	{form: "01", row: "206", col: "支出决算数", sheet: "01 收入支出决算总表", ref: "F12", wan: "3959.66"},
	{form: "01", line: 57, col: "支出决算数", sheet: "01 收入支出决算总表", ref: "F33", wan: "6050.66"},
	{form: "02", row: "合计", col: "财政拨款收入", sheet: "02 收入决算表", ref: "D7", wan: "6050.66"},
	{form: "02", row: "2210203", col: "本年收入合计", sheet: "02 收入决算表", ref: "C51", wan: "21.63"},
	{form: "03", row: "合计", col: "基本支出", sheet: "03 支出决算表", ref: "D7", wan: "1190.74"},
	{form: "03", row: "合计", col: "项目支出", sheet: "03 支出决算表", ref: "E7", wan: "4859.92"},
	{form: "04", row: "支出总计", col: "一般公共预算财政拨款", sheet: "04 财政拨款收支总表", ref: "G38", wan: "6050.66"},
	{form: "05", row: "20104", col: "项目支出", sheet: "05 一般公共预算支出表", ref: "E9", wan: "5"},
	{form: "06", row: "人员经费合计", col: "决算数", sheet: "06 基本支出明细表", ref: "C34", wan: "1152.56"},
	{form: "06", row: "30101", col: "决算数", sheet: "06 基本支出明细表", ref: "C7", wan: "113.14"},
	{form: "06", row: "30201", col: "决算数", sheet: "06 基本支出明细表", ref: "F7", wan: "1.99"},
	{form: "09", row: "", col: "预算合计", sheet: "09 三公经费表", ref: "A8", wan: "0.5"},
	{form: "09", row: "", col: "决算合计", sheet: "09 三公经费表", ref: "G8", wan: "0"},
}

// seedRow finds the row a seedCell names.
func seedRow(t *Table, c seedCell) *Row {
	switch {
	case c.line > 0:
		return t.RowByLine(c.line)
	case c.form == "09":
		if len(t.Rows) == 0 {
			return nil
		}
		return t.Rows[0]
	case c.row != "" && c.row[0] >= '0' && c.row[0] <= '9':
		return t.RowByCode(c.row)
	default:
		return t.RowByKey(c.row)
	}
}

// TestSeedDraft: the 江岸区 2023 draft is read as the 湖北 template, each of
// its nine tables with its code, unit and department, and each amount at
// the cell it is printed in.
func TestSeedDraft(t *testing.T) {
	res := Find(seeddata.Nine())
	if res.Template == nil || res.Template.ID != "hubei-2023" {
		t.Fatalf("template %v", res.Template)
	}
	if res.Dept != "江岸区科经局本级" || res.Year != "2023" {
		t.Errorf("department %q year %q", res.Dept, res.Year)
	}
	if len(res.Problems) != 0 {
		t.Errorf("problems in a clean read: %+v", res.Problems)
	}
	if len(res.Tables) != 9 {
		t.Fatalf("%d tables", len(res.Tables))
	}
	for i, tb := range res.Tables {
		want := fmt.Sprintf("%02d", i+1)
		if tb.Form != want || tb.Code != want || tb.Label() != "公开"+want+"表" || res.FormLabel(want) != tb.Label() {
			t.Errorf("table %d: form %s code %s label %s", i, tb.Form, tb.Code, tb.Label())
		}
		if tb.Unit != amount.WanYuan || tb.Dept != "江岸区科经局本级" || tb.Year != "2023" {
			t.Errorf("%s: unit %v dept %q year %q", tb.Form, tb.Unit, tb.Dept, tb.Year)
		}
		if tb.Spec == nil || tb.Spec.Key != tb.Form {
			t.Errorf("%s: template form %v", tb.Form, tb.Spec)
		}
	}
	for _, c := range seedCells {
		t.Run(c.form+" "+c.row+c.col, func(t *testing.T) {
			tb := res.Table(c.form)
			r := seedRow(tb, c)
			if r == nil {
				t.Fatalf("row %q (行次 %d) not found", c.row, c.line)
			}
			cell := r.Cells[c.col]
			if cell == nil {
				t.Fatalf("row has no %s cell: %+v", c.col, r.Cells)
			}
			if cell.Sheet != c.sheet || cell.Ref != c.ref || !cell.Wan.Equal(decimal.RequireFromString(c.wan)) {
				t.Errorf("%s!%s = %s, want %s!%s = %s", cell.Sheet, cell.Ref, cell.Wan, c.sheet, c.ref, c.wan)
			}
		})
	}
}

// TestSeedTableDetails: what the rules and the clerk need besides amounts —
// the unit label cell, the note with its identities, 栏次 lookups, the
// empty-table statement of 07 and 08.
func TestSeedTableDetails(t *testing.T) {
	res := Find(seeddata.Nine())
	t01, t02, t07 := res.Table("01"), res.Table("02"), res.Table("07")
	if t01.UnitCell != "F3" || !strings.Contains(t01.UnitText, "万元") {
		t.Errorf("01 unit at %s %q", t01.UnitCell, t01.UnitText)
	}
	if t01.NoteCell != "A37" || !strings.Contains(t01.Note, "60行=（57+58+59）行") || !strings.Contains(t01.Note, "本表反映") {
		t.Errorf("01 note at %s: %q", t01.NoteCell, t01.Note)
	}
	if r := t01.RowByLine(27); r == nil || r.Key != "本年收入合计" || r.NameCell != "A33" {
		t.Errorf("01 行次 27: %+v", r)
	}
	if r := t01.RowByLine(999); r != nil {
		t.Errorf("01 行次 999: %+v", r)
	}
	if c := t02.ColumnByNumber(2); c == nil || c.Key != "财政拨款收入" || c.Col != 4 {
		t.Errorf("02 栏次 2: %+v", c)
	}
	if t02.ColumnByNumber(0) != nil || t02.ColumnByNumber(8) != nil {
		t.Error("02 has a column with 栏次 0 or 8")
	}
	if c := t02.Column("其他收入"); c == nil || c.Number != 7 || workbook.CellName(1, c.Col) != "I1" {
		t.Errorf("02 其他收入: %+v", c)
	}
	if t02.Column("基本支出") != nil || t02.RowByCode("999") != nil || t02.RowByKey("总计") != nil {
		t.Error("02 found a column or row it does not have")
	}
	if r := t02.RowByCode("2060101"); r == nil || r.Name != "行政运行" || r.CodeCell != "A16" || r.NameCell != "B16" {
		t.Errorf("02 2060101: %+v", r)
	}
	if t07.EmptyCell != "C7" || t07.EmptyText != "本单位无政府性基金预算财政拨款收入及支出" {
		t.Errorf("07 empty statement %s %q", t07.EmptyCell, t07.EmptyText)
	}
	if res.Table("02").EmptyText != "" {
		t.Error("02 has amounts but an empty statement was read")
	}
	if res.Table("10") != nil {
		t.Error("a table 10 was found")
	}
}

// TestFormLabelOfMissingTable: a table the draft lacks is named in the
// draft's own terms — 公开NN表 where the draft prints codes.
func TestFormLabelOfMissingTable(t *testing.T) {
	book := seeddata.Nine()
	book.Sheets = book.Sheets[:7] // no 08, no 09
	res := Find(book)
	if got := res.FormLabel("08"); got != "公开08表（国有资本经营预算财政拨款收入支出决算表）" {
		t.Errorf("FormLabel(08) = %q", got)
	}
	if got := res.FormLabel("09"); got != "公开09表（财政拨款“三公”经费支出决算表）" {
		t.Errorf("FormLabel(09) = %q", got)
	}
	empty := &Result{}
	if got := empty.FormLabel("03"); got != "《支出决算表》" {
		t.Errorf("FormLabel without tables = %q", got)
	}
}

// TestSeedInEveryLayout: however the draft is laid out — sheets renamed or
// stacked, shifted, gaps, unmerged, labels filled down, amounts typed as
// text or in full-width digits, restated in 元 — every amount is read with
// the same value in 万元 at the cell it moved to.
func TestSeedInEveryLayout(t *testing.T) {
	orig := Find(seeddata.Nine())
	for _, l := range layout.All() {
		t.Run(l.Name, func(t *testing.T) {
			book, move := l.Apply(seeddata.Nine())
			res := Find(book)
			if len(res.Tables) != 9 || len(res.Problems) != 0 {
				t.Fatalf("%d tables, problems %+v", len(res.Tables), res.Problems)
			}
			if res.Template.ID != "hubei-2023" {
				t.Errorf("template %s", res.Template.ID)
			}
			wantUnit := amount.WanYuan
			if l.Name == "yuan" {
				wantUnit = amount.Yuan
			}
			for _, c := range seedCells {
				tb := res.Table(c.form)
				if tb == nil {
					t.Fatalf("table %s not found", c.form)
				}
				if tb.Unit != wantUnit {
					t.Errorf("%s unit %v, want %v", c.form, tb.Unit, wantUnit)
				}
				r := seedRow(tb, c)
				if r == nil || r.Cells[c.col] == nil {
					t.Errorf("%s %s%s: not found", c.form, c.row, c.col)
					continue
				}
				cell := r.Cells[c.col]
				sheet, ref := move(c.sheet, c.ref)
				if cell.Sheet != sheet || cell.Ref != ref || !cell.Wan.Equal(decimal.RequireFromString(c.wan)) {
					t.Errorf("%s %s%s: %s!%s = %s, want %s!%s = %s", c.form, c.row, c.col, cell.Sheet, cell.Ref, cell.Wan, sheet, ref, c.wan)
				}
			}
			// Every amount of every table, not only the sample above.
			for _, ot := range orig.Tables {
				nt := res.Table(ot.Form)
				if len(nt.Rows) != len(ot.Rows) {
					t.Errorf("%s: %d rows, want %d", ot.Form, len(nt.Rows), len(ot.Rows))
					continue
				}
				for i, or := range ot.Rows {
					nr := nt.Rows[i]
					for key, oc := range or.Cells {
						nc := nr.Cells[key]
						if nc == nil || !nc.Wan.Equal(oc.Wan) || nc.Value.Kind != oc.Value.Kind {
							t.Errorf("%s row %d %s: %+v, want %s (%v)", ot.Form, i, key, nc, oc.Wan, oc.Value.Kind)
						}
					}
				}
			}
		})
	}
}
