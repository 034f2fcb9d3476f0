package locate

import (
	"fmt"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// parseSingle reads 三公: one data row under a header of up to three rows
// (预算数/决算数 above or below each item, 公务用车 小计/购置费/运行维护费).
func parseSingle(g *grid, t *Table, width, dataBottom int, res *Result) {
	numberRow, nums := g.columnNumbers(t.Top, min(t.Top+12, dataBottom), width)
	first := firstDataRow(g, t, width, dataBottom, numberRow)
	amountColumns(g, t, width, t.Top, first-1, 1, nums, -1, res)
	if len(t.Columns) == 0 && parseSingleByRows(g, t, width, first, dataBottom, res) {
		return
	}
	if len(t.Columns) == 0 {
		byPosition(g, t, width, first, dataBottom, 1, nums, res)
	}
	if len(t.Columns) == 0 {
		return
	}
	missingColumns(t, res)
	for r := first; r <= dataBottom; r++ {
		row := &Row{SheetRow: r, Cells: map[string]*Cell{}}
		filled := false
		for _, col := range t.Columns {
			cell := newCell(g, t, r, col.Col, res)
			row.Cells[col.Key] = cell
			filled = filled || cell.Value.Kind != amount.Blank
		}
		if !filled {
			continue
		}
		for c := 1; c < t.Columns[0].Col; c++ {
			if raw := g.raw(r, c); raw != "" {
				row.Name, row.NameCell = template.Unwrap(raw), workbook.CellName(r, c)
				break
			}
		}
		if len(t.Rows) > 0 {
			res.Notes = append(res.Notes, Note{Kind: "extra_row", Form: t.Form, Sheet: t.Sheet, Cell: workbook.CellName(r, t.Columns[0].Col),
				Message: fmt.Sprintf("%s第 %d 行也有金额，只核对了第 %d 行", t.Label(), r, t.Rows[0].SheetRow)})
			break
		}
		t.Rows = append(t.Rows, row)
	}
}

// parseSingleByRows reads a 三公 table laid out the other way round: the items
// (合计, 因公出国（境）费, 公务用车 …) as columns and 预算数 / 决算数 as rows.
// It reports whether the table was read so.
func parseSingleByRows(g *grid, t *Table, width, first, dataBottom int, res *Result) bool {
	// The items, matched without their 预算数/决算数 qualifier.
	var items []template.Column
	for _, spec := range t.Spec.Columns {
		if strings.HasPrefix(spec.Key, "预算") {
			spec.With = nil
			items = append(items, spec)
		}
	}
	itemAt := map[int]string{}
	firstCol := 0
	for c := 1; c <= width; c++ {
		if key, ok := matchColumn(g.headerParts(t.Top, first-1, c), items, -1); ok {
			itemAt[c] = strings.TrimPrefix(key, "预算")
			if firstCol == 0 {
				firstCol = c
			}
		}
	}
	if len(itemAt) < 2 {
		return false
	}
	row := &Row{SheetRow: first, Cells: map[string]*Cell{}}
	kinds := 0
	for r := first; r <= dataBottom; r++ {
		label := ""
		for c := 1; c < firstCol && label == ""; c++ {
			label = g.own(r, c)
		}
		kind := ""
		switch {
		case strings.Contains(label, "预算"):
			kind = "预算"
		case strings.Contains(label, "决算"):
			kind = "决算"
		default:
			continue
		}
		kinds++
		for c := 1; c <= width; c++ {
			if item, ok := itemAt[c]; ok && t.Column(kind+item) == nil {
				t.Columns = append(t.Columns, Column{Key: kind + item, Col: c, Header: label + "/" + item})
				row.Cells[kind+item] = newCell(g, t, r, c, res)
			}
		}
	}
	if kinds == 0 {
		t.Columns = nil
		return false
	}
	t.Rows = append(t.Rows, row)
	res.Notes = append(res.Notes, Note{Kind: "columns_by_rows", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
		Message: fmt.Sprintf("%s的预算数、决算数列在行上，已按行读取", t.Label())})
	missingColumns(t, res)
	return true
}
