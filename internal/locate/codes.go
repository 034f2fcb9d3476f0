package locate

import (
	"fmt"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// codeColumns says where a code table keeps its 科目编码: one column, or 类,
// 款 and 项 split over three (款 and 项 then hold two digits).
type codeColumns struct {
	one             int
	lei, kuan, xian int
	name            int
}

func (cc codeColumns) split() bool { return cc.lei > 0 && (cc.kuan > 0 || cc.xian > 0) }

// parseCodes reads 02/03/05/07/08: rows keyed by 科目编码 or 合计.
func parseCodes(g *grid, t *Table, width, dataBottom int, res *Result) {
	numberRow, nums := g.columnNumbers(t.Top, min(t.Top+12, dataBottom), width)
	first := firstDataRow(g, t, width, dataBottom, numberRow)
	headerBottom := first - 1
	cc := findCodeColumns(g, width, t.Top, headerBottom, first, dataBottom)
	from := max(cc.one, cc.lei, cc.kuan, cc.xian, cc.name) + 1
	amountColumns(g, t, width, t.Top, headerBottom, from, nums, -1, res)
	if len(t.Columns) == 0 {
		byPosition(g, t, width, first, dataBottom, from, nums, res)
	}
	if len(t.Columns) == 0 {
		return
	}
	missingColumns(t, res)
	firstAmount := t.Columns[0].Col
	// A 合计 label on the last header row (an empty table's 合计 printed on
	// the line of the sub-headers) is the 合计 row.
	for r := t.Top + 1; r <= headerBottom; r++ {
		for c := 1; c < firstAmount; c++ {
			if isTotalLabel(g.own(r, c)) && t.RowByKey(template.RowTotal) == nil {
				row := &Row{Key: template.RowTotal, SheetRow: r, NameCell: workbook.CellName(r, c), Cells: map[string]*Cell{}}
				for _, col := range t.Columns {
					if !g.covered(r, col.Col) && g.isNumber(r, col.Col) {
						row.Cells[col.Key] = newCell(g, t, r, col.Col, res)
					}
				}
				t.Rows = append(t.Rows, row)
			}
		}
	}
	var curLei, curKuan string
	var prev *Row
	for r := first; r <= dataBottom; r++ {
		row := &Row{SheetRow: r, Cells: map[string]*Cell{}}
		// Labels left of the amounts: code, name, or 合计.
		for c := 1; c < firstAmount; c++ {
			s := g.own(r, c)
			if s == "" {
				continue
			}
			raw := g.raw(r, c)
			switch {
			case isTotalLabel(s):
				row.Key, row.NameCell = template.RowTotal, workbook.CellName(r, c)
			case cc.split() && (c == cc.lei || c == cc.kuan || c == cc.xian):
			case row.Code == "" && isClassCode(s) && (cc.one == 0 || c == cc.one):
				row.Code, row.CodeCell = s, workbook.CellName(r, c)
			case row.Code == "" && hasLeadCode(strings.TrimSpace(raw)) && (cc.one == 0 || c == cc.one || c == cc.name):
				code, name, _ := splitLeadCode(strings.TrimSpace(raw))
				row.Code, row.CodeCell = code, workbook.CellName(r, c)
				row.Name, row.NameCell = template.Unwrap(name), workbook.CellName(r, c)
			case row.Name == "" && !isEmptyStatement(s) && (cc.name == 0 || c == cc.name || c > cc.name):
				row.Name, row.NameCell = template.Unwrap(raw), workbook.CellName(r, c)
			}
		}
		if cc.split() {
			code, cell := splitCode(g, r, cc, &curLei, &curKuan)
			if code != "" && row.Key == "" {
				row.Code, row.CodeCell = code, cell
			}
		}
		numbers := false
		for _, col := range t.Columns {
			cell := newCell(g, t, r, col.Col, res)
			if cell.Value.Kind != amount.Blank {
				numbers = true
			}
			row.Cells[col.Key] = cell
		}
		switch {
		case row.Code != "" || row.Key != "":
		case !numbers && row.Name != "" && prev != nil && prev.SheetRow == r-1 && prev.Code != "" && !isEmptyStatement(row.Name):
			// The rest of a 科目名称 wrapped onto the next row.
			prev.Name += row.Name
			continue
		case numbers && prev != nil && prev.SheetRow == r-1 && prev.Code != "" && !rowHasNumbers(prev):
			// The amounts of a name wrapped over two rows stand on the second.
			prev.Name += row.Name
			prev.Cells = row.Cells
			continue
		case numbers:
			// Amounts without a code or label: a row the rules cannot place.
			res.Problems = append(res.Problems, Problem{Kind: "row_without_code", Form: t.Form, Sheet: t.Sheet,
				Cell: workbook.CellName(r, firstAmount), Text: row.Name,
				Message: fmt.Sprintf("%s第 %d 行有金额但没有科目编码，无法核对", t.Label(), r)})
			continue
		default:
			continue
		}
		if row.Key != "" && t.RowByKey(row.Key) != nil {
			continue // a second 合计 label (合计 printed twice) adds nothing
		}
		t.Rows = append(t.Rows, row)
		prev = row
	}
	if t.RowByKey(template.RowTotal) == nil && len(t.Rows) > 0 {
		res.Notes = append(res.Notes, Note{Kind: "missing_rows", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s中没有找到“合计”行，合计与各类、与其他表的核对未进行", t.Label())})
	}
}

func rowHasNumbers(r *Row) bool {
	for _, c := range r.Cells {
		if c.Value.Kind != amount.Blank {
			return true
		}
	}
	return false
}

// splitCode joins 类 | 款 | 项 cells into a code, carrying the 类 and 款 of
// rows above when a child row leaves them blank. Excel keeps 06 as 6.
func splitCode(g *grid, r int, cc codeColumns, curLei, curKuan *string) (string, string) {
	part := func(c int) string {
		if c == 0 {
			return ""
		}
		s := g.own(r, c)
		if !allDigits(s) {
			return ""
		}
		if len(s) == 1 {
			s = "0" + s
		}
		return s
	}
	lei, kuan, xian := part(cc.lei), part(cc.kuan), part(cc.xian)
	code, cell := "", ""
	if len(lei) == 3 {
		*curLei, *curKuan = lei, ""
		code, cell = lei, workbook.CellName(r, cc.lei)
	}
	switch len(kuan) {
	case 2:
		if *curLei != "" {
			*curKuan = *curLei + kuan
			code, cell = *curKuan, workbook.CellName(r, cc.kuan)
		}
	case 5:
		*curKuan = kuan
		code, cell = kuan, workbook.CellName(r, cc.kuan)
	}
	switch len(xian) {
	case 2:
		if *curKuan != "" {
			code, cell = *curKuan+xian, workbook.CellName(r, cc.xian)
		}
	case 7:
		code, cell = xian, workbook.CellName(r, cc.xian)
	}
	return code, cell
}

func allDigits(s string) bool {
	if s == "" || len(s) > 7 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// findCodeColumns reads the header for 科目编码 (one column, or 类/款/项) and
// 科目名称; without such a header, the code column is the one holding codes.
func findCodeColumns(g *grid, width, top, bottom, first, dataBottom int) codeColumns {
	var cc codeColumns
	limit := min(width, 6) // codes and names stand left of the amounts
	for c := 1; c <= limit; c++ {
		parts := g.headerParts(top, bottom, c)
		if len(parts) == 0 {
			continue
		}
		last := parts[len(parts)-1]
		if isTotalLabel(last) && len(parts) > 1 {
			last = parts[len(parts)-2] // an empty table's 合计 row read as header
		}
		joined := strings.Join(parts, "")
		named := false
		for _, p := range parts {
			named = named || strings.HasSuffix(p, "名称") || p == "科目"
		}
		switch {
		case last == "类" && cc.lei == 0:
			cc.lei = c
		case last == "款" && cc.kuan == 0:
			cc.kuan = c
		case last == "项" && cc.xian == 0:
			cc.xian = c
		case strings.Contains(joined, "编码") && cc.one == 0 && !strings.HasSuffix(last, "名称"):
			cc.one = c
		case (named || last == "项目") && cc.name == 0:
			cc.name = c
		}
	}
	if cc.split() {
		cc.one = 0
		return cc
	}
	cc.lei, cc.kuan, cc.xian = 0, 0, 0
	if cc.one == 0 {
		// The column that holds the most codes.
		best, bestN := 0, 0
		for c := 1; c <= limit; c++ {
			n := 0
			for r := first; r <= dataBottom; r++ {
				if isClassCode(g.own(r, c)) {
					n++
				}
			}
			if n > bestN {
				best, bestN = c, n
			}
		}
		cc.one = best
	}
	if cc.name == cc.one {
		cc.name = 0
	}
	return cc
}
