// Package locate recognises the nine public tables (公开01表–公开09表) in a
// workbook, whatever its layout: by title and form code, never by sheet name
// or position. Every value it returns keeps its sheet and cell.
package locate

import (
	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
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

// Column is one numbered column (栏次) of a table.
type Column struct {
	Number int    // the printed 栏次 (1-based)
	Col    int    // sheet column (1-based)
	Header string // header text above it, joined
}

// Row is one logical data row. A sheet row of 01/04 holds two logical rows
// (income and expense side); a sheet row of 06 holds up to three.
type Row struct {
	Line     int    // 行次, 0 when the table prints none
	Code     string // 功能/经济分类 code (类3/款5/项7 digits), "" when none
	Name     string // 科目名称 or 项目 label
	Label    string // special labels: "合计", "人员经费合计", "公用经费合计"
	SheetRow int    // 1-based sheet row
	NameCell string // A1 of the label/name cell
	CodeCell string
	Cells    map[int]*Cell // by 栏次 number
}

// Table is a recognised public table.
type Table struct {
	Form      string // "01".."09"
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
	EmptyText string // "本单位无…" statement, when printed
	EmptyCell string
}

// Result is everything recognised in a workbook.
type Result struct {
	Tables []*Table
	// Problems are layout-level observations (unreadable cells, a table
	// without its 栏次 row, …) that the rules turn into findings.
	Problems []Problem
}

// Problem is something locate could not make sense of.
type Problem struct {
	Kind    string // stable key, e.g. "unreadable_cell", "no_columns"
	Form    string
	Sheet   string
	Cell    string
	Text    string // the raw text involved
	Message string // Chinese
}

// Table returns the first table of a form, or nil.
func (r *Result) Table(form string) *Table {
	for _, t := range r.Tables {
		if t.Form == form {
			return t
		}
	}
	return nil
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

// RowByLabel finds a row with a special label such as "合计".
func (t *Table) RowByLabel(label string) *Row {
	for _, r := range t.Rows {
		if r.Label == label {
			return r
		}
	}
	return nil
}
