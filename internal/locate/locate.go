package locate

import (
	"fmt"
	"sort"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/workbook"
)

// anchor is a cell that names a table: its title or its form code.
type anchor struct {
	form     string
	row, col int
	isCode   bool
	text     string
}

// maxScanCols bounds how far right a table is looked for; real tables are
// at most ~20 columns wide, so a stray cell at XFD does not cost a full scan.
const maxScanCols = 64

// Find recognises every public table in the book.
func Find(book *workbook.Book) *Result {
	res := &Result{}
	for _, sh := range book.Sheets {
		findInSheet(sh, res)
	}
	return res
}

func findInSheet(sh *workbook.Sheet, res *Result) {
	var anchors []anchor
	var stops []int // rows that end a table: KPI titles
	for r, row := range sh.Rows {
		for c, v := range row {
			if c >= maxScanCols {
				break
			}
			// Every title and form code contains 表; testing for it first keeps
			// a sheet of 200,000 numeric rows from being normalised cell by cell.
			if !strings.Contains(v, "表") {
				continue
			}
			s := squash(v)
			if f := formFromCode(s); f != "" {
				anchors = append(anchors, anchor{form: f, row: r + 1, col: c + 1, isCode: true, text: v})
			}
			if f := formFromTitle(s); f != "" {
				anchors = append(anchors, anchor{form: f, row: r + 1, col: c + 1, text: v})
			} else if isKPITitle(s) {
				stops = append(stops, r+1)
			}
		}
	}
	if len(anchors) == 0 {
		return
	}
	// Cluster anchors: a title and its form code stand within a few rows.
	sort.SliceStable(anchors, func(i, j int) bool { return anchors[i].row < anchors[j].row })
	type cluster struct {
		top         int
		form        string
		title, code *anchor
	}
	var clusters []*cluster
	for i := range anchors {
		a := &anchors[i]
		var cur *cluster
		if n := len(clusters); n > 0 {
			last := clusters[n-1]
			if a.row-last.top <= 4 && (last.form == a.form || (a.isCode && last.code == nil) || (!a.isCode && last.title == nil)) {
				cur = last
			}
		}
		if cur == nil {
			cur = &cluster{top: a.row, form: a.form}
			clusters = append(clusters, cur)
		}
		if a.isCode {
			if cur.code == nil {
				cur.code = a
				cur.form = a.form // the printed form code wins over the title
			}
		} else if cur.title == nil {
			cur.title = a
		}
	}
	for i, cl := range clusters {
		bottom := len(sh.Rows)
		if i+1 < len(clusters) {
			bottom = clusters[i+1].top - 1
		}
		for _, s := range stops {
			if s > cl.top && s-1 < bottom {
				bottom = s - 1
			}
		}
		t := &Table{Form: cl.form, Sheet: sh.Name, Top: cl.top, Bottom: bottom, Left: 1}
		if cl.title != nil {
			t.Title = strings.TrimSpace(cl.title.text)
			if m := yearRe.FindStringSubmatch(squash(t.Title)); m != nil {
				t.Year = m[1]
			}
		}
		if cl.code != nil {
			t.FormCell = workbook.CellName(cl.code.row, cl.code.col)
		}
		parseTable(sh, t, res)
		res.Tables = append(res.Tables, t)
	}
}

// grid gives squashed cell text within a table, merged cells resolved to
// their top-left value so unmerged and merged headers read alike.
type grid struct {
	sh     *workbook.Sheet
	merges *workbook.MergeIndex
}

func newGrid(sh *workbook.Sheet) *grid {
	var merges []workbook.Merge
	for _, m := range sh.Merges {
		if (m.Bottom-m.Top+1)*(m.Right-m.Left+1) > 4096 {
			continue // a hostile merge over a whole sheet is not a header
		}
		// Below the last row there is nothing to read.
		if m.Top < 1 || m.Left < 1 || m.Top > len(sh.Rows) {
			continue
		}
		m.Bottom = min(m.Bottom, len(sh.Rows))
		merges = append(merges, m)
	}
	return &grid{sh: sh, merges: workbook.NewMergeIndex(merges)}
}

// covered reports whether (r, c) lies inside a merge but is not its top-left.
func (g *grid) covered(r, c int) bool {
	_, ok := g.merges.CoveredBy(r, c)
	return ok
}

// raw is the cell's own text (no merge resolution): amounts live only in
// their own cell.
func (g *grid) raw(r, c int) string { return strings.TrimSpace(g.sh.Value(r, c)) }

// label is the squashed text shown at (r, c), following merges.
func (g *grid) label(r, c int) string {
	if m, ok := g.merges.CoveredBy(r, c); ok {
		r, c = m.Top, m.Left
	}
	return squash(g.sh.Value(r, c))
}

func (g *grid) width(top, bottom int) int {
	w := 0
	for r := top; r <= bottom && r <= len(g.sh.Rows); r++ {
		if n := len(g.sh.Rows[r-1]); n > w {
			w = n
		}
	}
	if w > maxScanCols {
		w = maxScanCols
	}
	return w
}

func parseTable(sh *workbook.Sheet, t *Table, res *Result) {
	g := newGrid(sh)
	width := g.width(t.Top, t.Bottom)
	t.Right = width
	// Header facts: unit, department, note, 本单位无.
	noteRow := 0
	for r := t.Top; r <= t.Bottom; r++ {
		for c := 1; c <= width; c++ {
			s := g.label(r, c)
			if s == "" || g.covered(r, c) {
				continue
			}
			switch {
			case t.Unit == amount.UnitUnknown && strings.Contains(s, "单位:") && strings.Contains(s, "元") && len([]rune(s)) < 20:
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
			case strings.Contains(s, "本单位无") || strings.Contains(s, "本部门无"):
				if t.EmptyText == "" {
					t.EmptyText, t.EmptyCell = g.raw(r, c), workbook.CellName(r, c)
				}
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
			Message: fmt.Sprintf("公开%s表未写明金额单位，按万元处理", t.Form)})
	}
	switch t.Form {
	case "06":
		parse06(g, t, width, dataBottom, res)
	case "01", "04":
		head := columnRow(g, t, width, dataBottom)
		parseLines(g, t, width, head, dataBottom, res)
	default:
		head := columnRow(g, t, width, dataBottom)
		parseCodes(g, t, width, head, dataBottom, res)
	}
}

func rowBlank(g *grid, r, width int) bool {
	for c := 1; c <= width; c++ {
		if g.raw(r, c) != "" {
			return false
		}
	}
	return true
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

// columnRow finds the 栏次 row and fills t.Columns; it returns the row, or
// the last header row when the table prints no 栏次 (then columns are
// numbered in order, left to right).
func columnRow(g *grid, t *Table, width, dataBottom int) int {
	for r := t.Top; r <= dataBottom; r++ {
		var cols []Column
		hasLabel, ok := false, true
		for c := 1; c <= width && ok; c++ {
			if g.covered(r, c) {
				continue
			}
			s := g.label(r, c)
			switch {
			case s == "":
			case s == "栏次":
				hasLabel = true
			case intRe.MatchString(s):
				n := atoi(s)
				cols = append(cols, Column{Number: n, Col: c})
			default:
				ok = false
			}
		}
		if !ok || len(cols) == 0 {
			continue
		}
		if !hasLabel && !ascendingFromOne(cols) {
			continue
		}
		if hasLabel || len(cols) >= 2 {
			for i := range cols {
				cols[i].Header = headerText(g, t.Top, r, cols[i].Col)
			}
			t.Columns = cols
			return r
		}
	}
	return inferColumns(g, t, width, dataBottom)
}

func ascendingFromOne(cols []Column) bool {
	if len(cols) < 2 || cols[0].Number != 1 {
		return false
	}
	for i := 1; i < len(cols); i++ {
		if cols[i].Number != cols[i-1].Number+1 {
			return false
		}
	}
	return true
}

// headerText joins the header labels above a column, for display.
func headerText(g *grid, top, bottom, c int) string {
	var parts []string
	for r := top + 1; r < bottom; r++ {
		s := g.label(r, c)
		if s == "" || strings.Contains(s, "单位:") || strings.HasPrefix(s, "部门:") || formFromCode(s) != "" || formFromTitle(s) != "" {
			continue
		}
		if len(parts) == 0 || parts[len(parts)-1] != s {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "/")
}

// inferColumns numbers the amount columns left to right when a table prints
// no 栏次 row: a column is an amount column when its data cells hold numbers
// other than 行次 or codes.
func inferColumns(g *grid, t *Table, width, dataBottom int) int {
	header := t.Top
	for r := t.Top; r <= dataBottom; r++ {
		for c := 1; c <= width; c++ {
			s := g.label(r, c)
			if s == "项目" || s == "科目名称" || s == "行次" || strings.Contains(s, "科目编码") {
				header = r
			}
		}
	}
	n := 0
	for c := 1; c <= width; c++ {
		numeric, other := 0, 0
		for r := header + 1; r <= dataBottom; r++ {
			s := g.raw(r, c)
			if s == "" {
				continue
			}
			v := amount.Parse(s)
			switch {
			case v.Kind == amount.Number && (intRe.MatchString(s) || codeRe.MatchString(s)) && !strings.Contains(s, "."):
				other++ // 行次 or 科目编码
			case v.Kind == amount.Number || v.Kind == amount.Dash:
				numeric++
			default:
				other++
			}
		}
		if numeric > 0 && numeric >= other {
			n++
			t.Columns = append(t.Columns, Column{Number: n, Col: c, Header: headerText(g, t.Top, header+1, c)})
		}
	}
	return header
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func (t *Table) columnAt(c int) *Column {
	for i := range t.Columns {
		if t.Columns[i].Col == c {
			return &t.Columns[i]
		}
	}
	return nil
}

func newCell(g *grid, t *Table, r, c int, res *Result) *Cell {
	s := g.raw(r, c)
	v := amount.Parse(s)
	cell := &Cell{Sheet: t.Sheet, Ref: workbook.CellName(r, c), Value: v}
	unit := t.Unit
	if unit == amount.UnitUnknown {
		unit = amount.WanYuan
	}
	if v.Kind == amount.Blank && g.sh.Uncached[cell.Ref] {
		cell.Value = amount.Value{Kind: amount.Text, Raw: "=（未计算的公式）"}
		res.Problems = append(res.Problems, Problem{Kind: "uncached_formula", Form: t.Form, Sheet: t.Sheet, Cell: cell.Ref,
			Message: fmt.Sprintf("公开%s表 %s 是公式，但文件中没有保存计算结果，无法核对。请在 Excel 中打开、重新计算并保存后再检查", t.Form, cell.Ref)})
		return cell
	}
	switch v.Kind {
	case amount.Number:
		cell.Wan = unit.ToWan(v.Dec)
		cell.Places = unit.ShownPlacesInWan(v.Places)
	case amount.Text:
		if strings.Contains(s, "本单位无") || strings.Contains(s, "本部门无") {
			cell.Value = amount.Value{Kind: amount.Blank, Raw: s}
			break
		}
		res.Problems = append(res.Problems, Problem{Kind: "unreadable_cell", Form: t.Form, Sheet: t.Sheet, Cell: cell.Ref, Text: s,
			Message: fmt.Sprintf("公开%s表 %s 单元格内容“%s”不是金额，无法参与计算", t.Form, cell.Ref, clip(s, 20))})
	}
	return cell
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// parseCodes reads 02/03/05/07/08/09: rows keyed by 科目编码 or 合计.
func parseCodes(g *grid, t *Table, width, head, dataBottom int, res *Result) {
	amountCol := map[int]bool{}
	firstAmount := width + 1
	for _, c := range t.Columns {
		amountCol[c.Col] = true
		if c.Col < firstAmount {
			firstAmount = c.Col
		}
	}
	for r := head + 1; r <= dataBottom; r++ {
		row := &Row{SheetRow: r, Cells: map[int]*Cell{}}
		// Labels left of the amounts: code, name, or 合计.
		for c := 1; c < firstAmount; c++ {
			s := g.label(r, c)
			if s == "" || g.covered(r, c) {
				continue
			}
			raw := g.raw(r, c)
			switch {
			case s == "合计" || s == "总计" || s == "合计数" || s == "本年合计":
				row.Label, row.NameCell = "合计", workbook.CellName(r, c)
			case row.Code == "" && codeRe.MatchString(s):
				row.Code, row.CodeCell = s, workbook.CellName(r, c)
			case row.Code == "" && leadCodeRe.MatchString(strings.TrimSpace(raw)):
				m := leadCodeRe.FindStringSubmatch(strings.TrimSpace(raw))
				row.Code, row.CodeCell = m[1], workbook.CellName(r, c)
				row.Name, row.NameCell = strings.TrimSpace(m[2]), workbook.CellName(r, c)
			case row.Name == "":
				row.Name, row.NameCell = strings.Join(strings.Fields(raw), ""), workbook.CellName(r, c)
			}
		}
		empty := true
		for _, col := range t.Columns {
			cell := newCell(g, t, r, col.Col, res)
			if cell.Value.Kind != amount.Blank {
				empty = false
			}
			row.Cells[col.Number] = cell
		}
		switch {
		case row.Code != "" || row.Label != "":
		case t.Form == "09" && !empty:
			row.Label = "决算"
		case !empty:
			// Amounts without a code or label: a row the rules cannot place.
			res.Problems = append(res.Problems, Problem{Kind: "row_without_code", Form: t.Form, Sheet: t.Sheet,
				Cell: workbook.CellName(r, firstAmount), Text: row.Name,
				Message: fmt.Sprintf("公开%s表第 %d 行有金额但没有科目编码，无法核对", t.Form, r)})
			continue
		default:
			continue
		}
		t.Rows = append(t.Rows, row)
	}
}

// parseLines reads 01/04: each side of a sheet row is a logical row keyed by
// its 行次; amount columns belong to the 行次 column on their left.
func parseLines(g *grid, t *Table, width, head, dataBottom int, res *Result) {
	var lineCols []int
	for r := t.Top; r <= head; r++ {
		for c := 1; c <= width; c++ {
			if g.covered(r, c) {
				continue
			}
			if g.label(r, c) == "行次" {
				lineCols = append(lineCols, c)
			}
		}
		if len(lineCols) > 0 {
			break
		}
	}
	if len(lineCols) == 0 {
		lineCols = guessLineCols(g, t, width, head, dataBottom)
	}
	if len(lineCols) == 0 {
		res.Problems = append(res.Problems, Problem{Kind: "no_line_numbers", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("公开%s表未找到“行次”列，无法按行次核对", t.Form)})
		return
	}
	sort.Ints(lineCols)
	for r := head + 1; r <= dataBottom; r++ {
		for i, lc := range lineCols {
			next := width + 1
			if i+1 < len(lineCols) {
				next = lineCols[i+1]
			}
			s := g.label(r, lc)
			if !intRe.MatchString(s) {
				continue
			}
			row := &Row{Line: atoi(s), SheetRow: r, Cells: map[int]*Cell{}}
			prev := 0
			if i > 0 {
				prev = lineCols[i-1]
			}
			for c := lc - 1; c > prev; c-- {
				if t.columnAt(c) != nil {
					break
				}
				if name := g.raw(r, c); name != "" {
					row.Name, row.NameCell = strings.Join(strings.Fields(name), ""), workbook.CellName(r, c)
					break
				}
			}
			for _, col := range t.Columns {
				if col.Col > lc && col.Col < next {
					row.Cells[col.Number] = newCell(g, t, r, col.Col, res)
				}
			}
			if code := classForName(row.Name); code != "" {
				row.Code = code
			} else if row.Name == "" {
				row.Code = classForLine(t.Form, row.Line)
			}
			t.Rows = append(t.Rows, row)
		}
	}
}

// guessLineCols finds 行次 columns by their content when the header does not
// name them: small integers that rise by one down the column.
func guessLineCols(g *grid, t *Table, width, head, dataBottom int) []int {
	var cols []int
	for c := 1; c <= width; c++ {
		prev, run := -1, 0
		for r := head + 1; r <= dataBottom; r++ {
			s := g.raw(r, c)
			if !intRe.MatchString(s) {
				continue
			}
			n := atoi(s)
			if n == prev+1 {
				run++
			}
			prev = n
		}
		if run >= 5 && t.columnAt(c) == nil {
			cols = append(cols, c)
		}
	}
	return cols
}

// parse06 reads the side-by-side 经济分类 blocks of 06: each 科目编码 column
// starts a block whose amount is the next 决算数 column to its right.
func parse06(g *grid, t *Table, width, dataBottom int, res *Result) {
	head := 0
	var codeCols, amtCols []int
	for r := t.Top; r <= dataBottom && head == 0; r++ {
		for c := 1; c <= width; c++ {
			if g.covered(r, c) {
				continue
			}
			s := g.label(r, c)
			switch {
			case s == "科目编码" || s == "编码":
				codeCols = append(codeCols, c)
			case s == "决算数" || s == "金额" || s == "本年支出":
				amtCols = append(amtCols, c)
			}
		}
		if len(codeCols) > 0 && len(amtCols) > 0 {
			head = r
		} else {
			codeCols, amtCols = nil, nil
		}
	}
	if head == 0 {
		res.Problems = append(res.Problems, Problem{Kind: "no_columns", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: "公开06表未找到“科目编码”“决算数”表头，无法核对"})
		return
	}
	// Header rows may continue below (merged two-row headers): skip rows
	// without any code.
	t.Columns = []Column{{Number: 1, Col: amtCols[0], Header: "决算数"}}
	type block struct{ code, amt int }
	var blocks []block
	for _, cc := range codeCols {
		for _, ac := range amtCols {
			if ac > cc {
				blocks = append(blocks, block{cc, ac})
				break
			}
		}
	}
	for r := head + 1; r <= dataBottom; r++ {
		for _, b := range blocks {
			s := g.label(r, b.code)
			if !codeRe.MatchString(s) || len(s) > 5 {
				continue
			}
			row := &Row{Code: s, CodeCell: workbook.CellName(r, b.code), SheetRow: r, Cells: map[int]*Cell{}}
			for c := b.code + 1; c < b.amt; c++ {
				if name := g.raw(r, c); name != "" {
					row.Name, row.NameCell = strings.Join(strings.Fields(name), ""), workbook.CellName(r, c)
					break
				}
			}
			row.Cells[1] = newCell(g, t, r, b.amt, res)
			t.Rows = append(t.Rows, row)
		}
		// 人员经费合计 / 公用经费合计: the amount is the next filled cell on the right.
		for c := 1; c <= width; c++ {
			if g.covered(r, c) {
				continue
			}
			s := g.label(r, c)
			label := ""
			switch {
			case strings.HasPrefix(s, "人员经费合计") || s == "人员经费":
				label = "人员经费合计"
			case strings.HasPrefix(s, "公用经费合计") || s == "公用经费":
				label = "公用经费合计"
			default:
				continue
			}
			if r == head || t.RowByLabel(label) != nil {
				continue
			}
			row := &Row{Label: label, SheetRow: r, NameCell: workbook.CellName(r, c), Cells: map[int]*Cell{}}
			for c2 := c + 1; c2 <= width; c2++ {
				if g.covered(r, c2) {
					continue
				}
				if raw := g.raw(r, c2); raw != "" {
					row.Cells[1] = newCell(g, t, r, c2, res)
					break
				}
			}
			if row.Cells[1] == nil {
				row.Cells[1] = newCell(g, t, r, c+1, res)
			}
			t.Rows = append(t.Rows, row)
		}
	}
}
