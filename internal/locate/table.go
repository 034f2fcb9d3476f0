// Package locate recognises the nine public tables in a workbook, whatever
// its template and layout: by title and form code, never by sheet name or
// position; rows by their printed names (or 行次), columns by their printed
// headers (or 栏次), both mapped onto the canonical keys of package template.
// Every value it returns keeps its sheet and cell.
package locate

import (
	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
)

// Cell is one amount cell of a table.
type Cell struct {
	Sheet string
	Ref   string // A1
	Value amount.Value
	Wan   decimal.Decimal // the amount in 万元 (zero for blank/dash/text)
	// Places is the decimals the stored value carries, in 万元.
	Places int32
}

// Column is one amount column of a table.
type Column struct {
	Key    string // canonical column key (template.FormSchema.Columns)
	Number int    // the printed 栏次, 0 when the table prints none
	Col    int    // sheet column (1-based)
	Header string // header text above it, joined
	Side   int    // 0 收入 (left), 1 支出 (right) in 01/04
}

// Row is one logical data row. A sheet row of 01/04 holds two logical rows
// (income and expense side); a sheet row of 06 holds up to three.
type Row struct {
	// Key is the canonical key of a named row (本年收入合计, 合计,
	// 人员经费合计 …); "" for a code row.
	Key      string
	Line     int    // 行次, 0 when the table prints none
	Code     string // 功能/经济分类 code (类3/款5/项7 digits), "" when none
	Class    bool   // a 功能分类 类 row of 01/04, Code set when the class is known
	Name     string // 科目名称 or printed label
	Side     int
	SheetRow int    // 1-based sheet row
	NameCell string // A1 of the label/name cell
	CodeCell string
	Cells    map[string]*Cell // by column key
}

// Table is a recognised public table.
type Table struct {
	Form      string // canonical key "01".."09" (三公 is 09 in every template)
	Code      string // the printed 公开NN表 number, "" when none
	Title     string
	Sheet     string
	Top, Left int // 1-based bounds on the sheet
	Bottom    int
	Right     int
	Unit      amount.Unit
	UnitCell  string
	UnitText  string
	Dept      string
	Year      string
	FormCell  string
	Columns   []Column
	Rows      []*Row
	Note      string
	NoteCell  string
	EmptyText string // "本单位无…" / "…故本表无数据" statement, when printed
	EmptyCell string
	Spec      *template.Form // the template's description of this table
}

// Result is everything recognised in a workbook.
type Result struct {
	Tables []*Table
	// Template is the template the workbook was read with.
	Template *template.Template
	// Dept and Year are read from titles, the cover or the unit line.
	Dept, Year string
	// Problems are observations about the draft itself (unreadable cells,
	// rows with amounts but no code, …) that the rules turn into findings.
	Problems []Problem
	// Notes say how the workbook was read (识别说明): a template chosen, a
	// column found by position, a row name not in the template. They are
	// not problems of the draft.
	Notes []Note
	// cells is the block the tables' cells are carved from: a workbook has
	// a thousand of them, and one allocation per cell cost more than
	// reading it in wasm.
	cells []Cell
}

// newCell is a zeroed cell from res's block.
func (res *Result) newCell() *Cell {
	if len(res.cells) == cap(res.cells) {
		res.cells = make([]Cell, 0, 256)
	}
	res.cells = res.cells[:len(res.cells)+1]
	return &res.cells[len(res.cells)-1]
}

// Problem is something in the draft that the rules report.
type Problem struct {
	Kind    string // stable key, e.g. "unreadable_cell", "row_without_code"
	Form    string
	Sheet   string
	Cell    string
	Text    string // the raw text involved
	Message string // Chinese
}

// Note is one remark about how the workbook was read.
type Note struct {
	Kind    string `json:"kind"` // stable key, e.g. "template", "unknown_class_row"
	Form    string `json:"form,omitempty"`
	Sheet   string `json:"sheet,omitempty"`
	Cell    string `json:"cell,omitempty"`
	Message string `json:"message"` // Chinese
}

// Table returns the table of a form, or nil.
func (r *Result) Table(form string) *Table {
	for _, t := range r.Tables {
		if t.Form == form {
			return t
		}
	}
	return nil
}

// Label names a table for the clerk: 公开02表 where the draft prints form
// codes, else its title (《收入决算表》).
func (t *Table) Label() string {
	if t.Code != "" {
		return "公开" + t.Code + "表"
	}
	return "《" + template.StandardName(t.Form) + "》"
}

// FormLabel names a form, present or not, in the draft's own terms: with its
// 公开NN表 code when the draft prints codes.
func (r *Result) FormLabel(form string) string {
	if t := r.Table(form); t != nil {
		return t.Label()
	}
	name := template.StandardName(form)
	printsCodes := false
	for _, t := range r.Tables {
		printsCodes = printsCodes || t.Code != ""
	}
	if printsCodes && r.Template != nil {
		if f := r.Template.Form(form); f != nil && f.Code != "" {
			return "公开" + f.Code + "表（" + name + "）"
		}
	}
	return "《" + name + "》"
}

// RowByLine finds a row by its printed 行次.
func (t *Table) RowByLine(line int) *Row {
	for _, r := range t.Rows {
		if r.Line == line {
			return r
		}
	}
	return nil
}

// RowByCode finds a row by its classification code.
func (t *Table) RowByCode(code string) *Row {
	for _, r := range t.Rows {
		if r.Code == code {
			return r
		}
	}
	return nil
}

// RowByKey finds a named row such as 合计 or 本年收入合计.
func (t *Table) RowByKey(key string) *Row {
	for _, r := range t.Rows {
		if r.Key == key {
			return r
		}
	}
	return nil
}

// Column finds a column by key.
func (t *Table) Column(key string) *Column {
	for i := range t.Columns {
		if t.Columns[i].Key == key {
			return &t.Columns[i]
		}
	}
	return nil
}

// ColumnByNumber finds a column by its printed 栏次.
func (t *Table) ColumnByNumber(n int) *Column {
	for i := range t.Columns {
		if t.Columns[i].Number == n && n > 0 {
			return &t.Columns[i]
		}
	}
	return nil
}

func (t *Table) columnAt(c int) *Column {
	for i := range t.Columns {
		if t.Columns[i].Col == c {
			return &t.Columns[i]
		}
	}
	return nil
}
