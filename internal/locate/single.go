package locate

import (
	"fmt"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/workbook"
)

// parseSingle reads 三公: one data row under a header of up to three rows
// (预算数/决算数 above or below each item, 公务用车 小计/购置费/运行维护费).
func parseSingle(g *grid, t *Table, width, dataBottom int, res *Result) {
	numberRow, nums := g.columnNumbers(t.Top, min(t.Top+12, dataBottom), width)
	first := firstDataRow(g, t, width, dataBottom, numberRow)
	amountColumns(g, t, width, t.Top, first-1, 1, nums, -1, res)
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
				row.Name, row.NameCell = strings.Join(strings.Fields(raw), ""), workbook.CellName(r, c)
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
