package locate

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

func parseTable(sh *workbook.Sheet, t *Table, res *Result) {
	g := newGrid(sh)
	width := g.width(t.Top, t.Bottom)
	t.Right = width
	// Header facts: unit, department, note, the empty-table statement.
	noteRow := 0
	for r := t.Top; r <= t.Bottom; r++ {
		for c := 1; c <= width; c++ {
			s := g.own(r, c)
			if s == "" {
				continue
			}
			switch {
			case t.Unit == amount.UnitUnknown && strings.Contains(s, "单位:") && strings.Contains(s, "元") && utf8.RuneCountInString(s) < 20:
				t.Unit = amount.ParseUnit(s)
				t.UnitCell, t.UnitText = workbook.CellName(r, c), g.raw(r, c)
			case t.Dept == "" && (strings.HasPrefix(s, "部门:") || strings.HasPrefix(s, "单位名称:") || strings.HasPrefix(s, "编制单位:") ||
				strings.HasPrefix(s, "编制部门:") || strings.HasPrefix(s, "填报单位:") || strings.HasPrefix(s, "部门名称:")):
				t.Dept = strings.TrimSpace(s[strings.Index(s, ":")+1:])
			case strings.HasPrefix(s, "注:") || strings.HasPrefix(s, "注1") || s == "注":
				if noteRow == 0 {
					noteRow = r
					t.NoteCell = workbook.CellName(r, c)
				}
			}
			if t.EmptyText == "" && isEmptyStatement(s) {
				t.EmptyText, t.EmptyCell = g.raw(r, c), workbook.CellName(r, c)
			}
		}
	}
	dataBottom := t.Bottom
	if noteRow > 0 {
		dataBottom = noteRow - 1
		t.Note = collectNote(g, noteRow, t.Bottom, width)
	}
	// Trim trailing blank rows so the range reads well.
	for t.Bottom > t.Top && rowBlank(g, t.Bottom, width) {
		t.Bottom--
	}
	if t.Unit == amount.UnitUnknown {
		res.Problems = append(res.Problems, Problem{Kind: "no_unit", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s未写明金额单位，按万元处理", t.Label())})
	}
	if t.Spec == nil {
		return
	}
	switch template.Schema(t.Form).Shape {
	case template.ShapeSides:
		parseSides(g, t, width, dataBottom, res)
	case template.ShapeBlocks:
		parseBlocks(g, t, width, dataBottom, res)
	case template.ShapeSingle:
		parseSingle(g, t, width, dataBottom, res)
	default:
		parseCodes(g, t, width, dataBottom, res)
	}
}

func collectNote(g *grid, from, to, width int) string {
	var parts []string
	for r := from; r <= to && r < from+6; r++ {
		line := ""
		for c := 1; c <= width; c++ {
			if g.covered(r, c) {
				continue
			}
			line += g.raw(r, c)
		}
		if line == "" && r > from {
			break
		}
		parts = append(parts, line)
	}
	return strings.Join(parts, "\n")
}

func isTotalLabel(s string) bool {
	switch template.StripNumbering(s) {
	case "合计", "总计", "合计数", "本年合计", "本年收入合计", "本年支出合计", "收入合计", "支出合计":
		return true
	}
	return false
}

// firstDataRow is the first row below the title that holds an amount, a
// classification code or an empty-table statement (a 栏次 row is header).
func firstDataRow(g *grid, t *Table, width, dataBottom, numberRow int) int {
	for r := t.Top + 1; r <= dataBottom; r++ {
		if r == numberRow {
			continue
		}
		for c := 1; c <= width; c++ {
			s := g.own(r, c)
			if s == "" {
				continue
			}
			if isClassCode(s) || hasLeadCode(s) || isEmptyStatement(s) {
				return r
			}
			if g.isNumber(r, c) {
				return r
			}
		}
	}
	return dataBottom + 1
}

// amountColumns maps sheet columns to the template's columns by their
// header text, then by a printed 栏次, then — only when the count agrees —
// by position. It fills t.Columns in sheet order.
func amountColumns(g *grid, t *Table, width, headerTop, headerBottom, from int, nums map[int]int, side int, res *Result) {
	specs := t.Spec.Columns
	used := map[string]bool{}
	for _, c := range t.Columns {
		used[c.Key] = true
	}
	var found []Column
	for c := from; c <= width; c++ {
		parts := g.headerParts(headerTop, headerBottom, c)
		key, ok := matchColumn(parts, specs, side)
		if !ok || used[key] {
			continue
		}
		used[key] = true
		found = append(found, Column{Key: key, Number: nums[c], Col: c, Header: strings.Join(parts, "/"), Side: max(side, 0)})
	}
	// Columns the header did not name but a 栏次 numbers as the template does.
	for c, n := range nums {
		if c < from || t.columnAt(c) != nil || hasCol(found, c) {
			continue
		}
		for _, spec := range specs {
			if spec.Number == n && !used[spec.Key] && (side < 0 || spec.Side == side) {
				used[spec.Key] = true
				found = append(found, Column{Key: spec.Key, Number: n, Col: c, Header: strings.Join(g.headerParts(headerTop, headerBottom, c), "/"), Side: spec.Side})
			}
		}
	}
	sortColumns(found)
	t.Columns = append(t.Columns, found...)
	sortColumns(t.Columns)
}

func hasCol(cols []Column, c int) bool {
	for _, x := range cols {
		if x.Col == c {
			return true
		}
	}
	return false
}

func sortColumns(cols []Column) {
	for i := 1; i < len(cols); i++ {
		for j := i; j > 0 && cols[j].Col < cols[j-1].Col; j-- {
			cols[j], cols[j-1] = cols[j-1], cols[j]
		}
	}
}

// byPosition numbers the amount columns left to right when no header names
// them: only when as many columns hold amounts as the template has.
func byPosition(g *grid, t *Table, width, first, dataBottom, from int, nums map[int]int, res *Result) {
	var cand []int
	for c := from; c <= width; c++ {
		numeric, other := 0, 0
		for r := first; r <= dataBottom; r++ {
			s := g.raw(r, c)
			if s == "" {
				continue
			}
			switch amount.Parse(s).Kind {
			case amount.Number, amount.Dash:
				numeric++
			default:
				if !isEmptyStatement(s) {
					other++
				}
			}
		}
		if numeric > 0 && numeric >= other {
			cand = append(cand, c)
		}
	}
	specs := t.Spec.Columns
	if len(cand) != len(specs) {
		res.Notes = append(res.Notes, Note{Kind: "no_columns", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s的表头中没有可识别的栏名（如“%s”），无法逐栏核对", t.Label(), specs[0].ColumnNames()[0])})
		return
	}
	for i, c := range cand {
		t.Columns = append(t.Columns, Column{Key: specs[i].Key, Number: nums[c], Col: c, Header: "", Side: specs[i].Side})
	}
	res.Notes = append(res.Notes, Note{Kind: "columns_by_position", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
		Message: fmt.Sprintf("%s的表头中没有可识别的栏名，按从左到右的顺序识别为“%s”等 %d 栏", t.Label(), specs[0].Key, len(specs))})
}

// missingColumns notes the template columns a table lacks: the rules that
// need them do not run on it.
func missingColumns(t *Table, res *Result) {
	if len(t.Columns) == 0 {
		return
	}
	var lack []string
	for _, spec := range t.Spec.Columns {
		if t.Column(spec.Key) == nil {
			lack = append(lack, spec.ColumnNames()[0])
		}
	}
	if len(lack) > 0 {
		res.Notes = append(res.Notes, Note{Kind: "missing_columns", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s未找到“%s”栏，涉及这些栏的核对未进行", t.Label(), strings.Join(lack, "”“"))})
	}
}
