package locate

import (
	"fmt"
	"sort"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// rowMatcher assigns printed labels to the template's named rows in order:
// a name printed twice (一般公共预算财政拨款 under 本年收入 and again under
// 年初结转和结余) is the first unused row at or after the last match.
type rowMatcher struct {
	rows     []template.Row
	rowNames [][]string
	used     map[string]bool
	pos      [2]int
	classes  []template.Class
}

func newRowMatcher(spec *template.Form, classes []template.Class) *rowMatcher {
	m := &rowMatcher{rows: spec.Rows, used: map[string]bool{}, classes: classes}
	for _, r := range spec.Rows {
		var ns []string
		for _, n := range r.RowNames() {
			ns = append(ns, template.Squash(n))
		}
		m.rowNames = append(m.rowNames, ns)
	}
	return m
}

// match finds the row a label names on a side (-1: either side).
func (m *rowMatcher) match(label string, side int) (template.Row, bool) {
	s := template.Norm(label)
	if s == "" {
		return template.Row{}, false
	}
	first, after := -1, -1
	for i, r := range m.rows {
		if m.used[r.Key] || (side >= 0 && r.Side != side) {
			continue
		}
		if !containsStr(m.rowNames[i], s) {
			continue
		}
		if first < 0 {
			first = i
		}
		if after < 0 && i >= m.pos[r.Side] {
			after = i
		}
	}
	pick := after
	if pick < 0 {
		pick = first
	}
	if pick < 0 {
		return template.Row{}, false
	}
	r := m.rows[pick]
	m.used[r.Key] = true
	m.pos[r.Side] = pick + 1
	return r, true
}

// exact reports whether a label names some row or a 功能分类 类 as printed
// in full, without using it up.
func (m *rowMatcher) exact(label string) bool { return m.names(label, template.ClassExact) }

// known reports whether a label names some row or a 功能分类 类 (a class name
// cut short included), without using it up.
func (m *rowMatcher) known(label string) bool { return m.names(label, template.ClassByName) }

func (m *rowMatcher) names(label string, class func(string, []template.Class) (template.Class, bool)) bool {
	s := template.Norm(label)
	if s == "" {
		return false
	}
	for i := range m.rows {
		if containsStr(m.rowNames[i], s) {
			return true
		}
	}
	_, ok := class(label, m.classes)
	return ok
}

func (m *rowMatcher) byLine(line, side int) (template.Row, bool) {
	for _, r := range m.rows {
		if r.Line == line && line > 0 && !m.used[r.Key] && (side < 0 || r.Side == side) {
			m.used[r.Key] = true
			return r, true
		}
	}
	return template.Row{}, false
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sideBlock is one side of 01/04: its label column, 行次 column and amount
// columns.
type sideBlock struct {
	label, line int
	side        int
}

// parseSides reads 01/04: each side of a sheet row is a logical row named
// by its label (or, where printed, its 行次); the amount columns right of a
// label column belong to it.
func parseSides(g *grid, t *Table, width, dataBottom int, res *Result) {
	classes := res.Template.Classes
	probe := newRowMatcher(t.Spec, classes)
	// Label columns: those where several cells name a template row or a 类.
	counts := map[int]int{}
	firstIn := map[int]int{}
	for r := t.Top + 1; r <= dataBottom; r++ {
		for c := 1; c <= width; c++ {
			if s := g.own(r, c); s != "" && probe.known(s) {
				counts[c]++
				if firstIn[c] == 0 {
					firstIn[c] = r
				}
			}
		}
	}
	var labelCols []int
	for c, n := range counts {
		if n >= 2 {
			labelCols = append(labelCols, c)
		}
	}
	sort.Ints(labelCols)
	if len(labelCols) > 2 {
		labelCols = labelCols[:2]
	}
	firstLabel := dataBottom + 1
	for _, c := range labelCols {
		firstLabel = min(firstLabel, firstIn[c])
	}
	if len(labelCols) == 0 {
		res.Notes = append(res.Notes, Note{Kind: "no_rows", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s中没有找到“本年收入合计”“总计”等项目名称，无法逐行核对", t.Label())})
		return
	}
	headerBottom := firstLabel - 1
	numberRow, nums := g.columnNumbers(t.Top, min(t.Top+12, dataBottom), width)
	if numberRow >= firstLabel {
		nums = nil // a row of the data, not the 栏次
	}
	// 行次 columns: headed 行次, or small integers rising down a column.
	lineCols := map[int]bool{}
	for r := t.Top; r <= headerBottom; r++ {
		for c := 1; c <= width; c++ {
			if g.own(r, c) == "行次" {
				lineCols[c] = true
			}
		}
	}
	if len(lineCols) == 0 {
		for _, c := range guessLineCols(g, width, headerBottom, dataBottom, labelCols) {
			lineCols[c] = true
		}
	}
	blocks := make([]sideBlock, len(labelCols))
	for i, lc := range labelCols {
		side := i
		if len(labelCols) == 1 {
			side = -1
		}
		next := width + 1
		if i+1 < len(labelCols) {
			next = labelCols[i+1]
		}
		blocks[i] = sideBlock{label: lc, side: side}
		for c := lc + 1; c < next; c++ {
			if lineCols[c] && blocks[i].line == 0 {
				blocks[i].line = c
			}
		}
		before := len(t.Columns)
		amountColumnsBetween(g, t, t.Top, headerBottom, lc+1, next-1, lineCols, nums, side)
		if len(t.Columns) == before {
			// One unnamed amount column on a side with one: 金额.
			sideSpecs := specsOfSide(t.Spec, side)
			var cand []int
			for c := lc + 1; c < next; c++ {
				if !lineCols[c] && columnHasNumbers(g, c, firstLabel, dataBottom) {
					cand = append(cand, c)
				}
			}
			if len(cand) == 1 && len(sideSpecs) == 1 {
				t.Columns = append(t.Columns, Column{Key: sideSpecs[0].Key, Number: nums[cand[0]], Col: cand[0], Side: sideSpecs[0].Side})
				sortColumns(t.Columns)
			}
		}
	}
	if len(t.Columns) == 0 {
		res.Notes = append(res.Notes, Note{Kind: "no_columns", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s中没有找到金额栏（如“决算数”“金额”），无法核对", t.Label())})
		return
	}
	missingColumns(t, res)
	m := newRowMatcher(t.Spec, classes)
	consumed := map[[2]int]bool{}
	for r := firstLabel; r <= dataBottom; r++ {
		for i, b := range blocks {
			if consumed[[2]int{r, i}] {
				continue
			}
			next := width + 1
			if i+1 < len(blocks) {
				next = blocks[i+1].label
			}
			label := g.own(r, b.label)
			line := 0
			if b.line > 0 {
				if s := g.own(r, b.line); isSmallInt(s) {
					line = atoi(s)
				}
			}
			row := &Row{Line: line, SheetRow: r, Name: template.Unwrap(g.raw(r, b.label)), Cells: map[string]*Cell{}}
			if label != "" {
				row.NameCell = workbook.CellName(r, b.label)
			}
			side := b.side
			tr, ok := m.match(label, side)
			if !ok && label != "" && !probe.exact(label) && r+1 <= dataBottom {
				// A label wrapped over two cells: 灾害防治及应急管理支 / 出.
				more := g.own(r+1, b.label)
				if more != "" && !probe.exact(more) {
					if tr2, ok2 := m.match(label+more, side); ok2 {
						tr, ok = tr2, true
						row.Name += template.Unwrap(g.raw(r+1, b.label))
						consumed[[2]int{r + 1, i}] = true
					} else if c, ok3 := template.ClassExact(label+more, classes); ok3 {
						row.Name += template.Unwrap(g.raw(r+1, b.label))
						consumed[[2]int{r + 1, i}] = true
						label = c.Name
					}
				}
			}
			if !ok && label == "" && line > 0 {
				tr, ok = m.byLine(line, side)
			}
			var cls template.Class
			isClass := false
			if !ok {
				cls, isClass = template.ClassByName(label, classes)
			}
			rowSide := side
			switch {
			case ok:
				row.Key, rowSide = tr.Key, tr.Side
			case isClass:
				row.Code, row.Class, rowSide = cls.Code, true, 1
			}
			for _, col := range t.Columns {
				if col.Col <= b.label || col.Col >= next || (rowSide >= 0 && col.Side != rowSide) {
					continue
				}
				row.Cells[col.Key] = newCell(g, t, r, col.Col, res)
			}
			if consumed[[2]int{r + 1, i}] && !rowHasNumbers(row) {
				// The amounts of a wrapped label may stand on its second line.
				for _, col := range t.Columns {
					if _, mine := row.Cells[col.Key]; mine {
						row.Cells[col.Key] = newCell(g, t, r+1, col.Col, res)
					}
				}
			}
			switch {
			case ok || isClass:
			case label != "" && rowSide != 0 && !isTotalLabel(label) &&
				(strings.HasSuffix(template.Norm(label), "支出") || (b.side == 1 && rowHasNumbers(row))):
				// A 类 the template does not know (a new year's class): read it,
				// sum it, and say so.
				row.Class, row.Side = true, 1
				for _, col := range t.Columns {
					if col.Side == 1 && col.Col > b.label && col.Col < next {
						row.Cells[col.Key] = newCell(g, t, r, col.Col, res)
					}
				}
				t.Rows = append(t.Rows, row)
				continue
			case rowHasNumbers(row):
				what := "没有项目名称"
				if label != "" {
					what = "项目名称“" + row.Name + "”不在模板中"
				}
				res.Problems = append(res.Problems, Problem{Kind: "row_without_code", Form: t.Form, Sheet: t.Sheet,
					Cell: firstNonBlank(row), Text: row.Name,
					Message: fmt.Sprintf("%s第 %d 行有金额但%s，无法核对", t.Label(), r, what)})
				continue
			default:
				continue
			}
			row.Side = max(rowSide, 0)
			t.Rows = append(t.Rows, row)
		}
	}
	var lack []string
	for _, key := range []string{"本年收入合计", "本年支出合计", "收入总计", "支出总计"} {
		if t.RowByKey(key) == nil {
			lack = append(lack, key)
		}
	}
	if len(lack) > 0 {
		res.Notes = append(res.Notes, Note{Kind: "missing_rows", Form: t.Form, Sheet: t.Sheet, Cell: t.FormCell,
			Message: fmt.Sprintf("%s中没有找到“%s”行，涉及这些行的核对未进行", t.Label(), strings.Join(lack, "”“"))})
	}
}

func firstNonBlank(r *Row) string {
	best := ""
	for _, c := range r.Cells {
		if c.Value.Kind != amount.Blank && (best == "" || cellOrder(c.Ref) < cellOrder(best)) {
			best = c.Ref
		}
	}
	return best
}

func cellOrder(a1 string) int {
	r, c, _ := workbook.ParseCellName(a1)
	return r*1000 + c
}

func specsOfSide(f *template.Form, side int) []template.Column {
	var out []template.Column
	for _, c := range f.Columns {
		if side < 0 || c.Side == side {
			out = append(out, c)
		}
	}
	return out
}

func columnHasNumbers(g *grid, c, from, to int) bool {
	for r := from; r <= to; r++ {
		if g.isNumber(r, c) {
			return true
		}
	}
	return false
}

// amountColumnsBetween maps the columns from..to of one side by header.
func amountColumnsBetween(g *grid, t *Table, top, bottom, from, to int, lineCols map[int]bool, nums map[int]int, side int) {
	specs := specsOfSide(t.Spec, side)
	used := map[string]bool{}
	for _, c := range t.Columns {
		used[c.Key] = true
	}
	for c := from; c <= to; c++ {
		if lineCols[c] {
			continue
		}
		parts := g.headerParts(top, bottom, c)
		key, ok := matchColumn(parts, specs, -1)
		if !ok && nums[c] > 0 {
			for _, s := range specs {
				if s.Number == nums[c] {
					key, ok = s.Key, true
				}
			}
		}
		if !ok || used[key] {
			continue
		}
		used[key] = true
		spec := t.Spec.Column(key)
		t.Columns = append(t.Columns, Column{Key: key, Number: nums[c], Col: c, Header: strings.Join(parts, "/"), Side: spec.Side})
	}
	sortColumns(t.Columns)
}

// guessLineCols finds 行次 columns by their content when the header does not
// name them: small integers that rise by one down the column.
func guessLineCols(g *grid, width, head, dataBottom int, labelCols []int) []int {
	var cols []int
	for c := 1; c <= width; c++ {
		if containsInt(labelCols, c) {
			continue
		}
		prev, run := -1, 0
		for r := head + 1; r <= dataBottom; r++ {
			s := g.raw(r, c)
			if !isSmallInt(s) {
				continue
			}
			n := atoi(s)
			if n == prev+1 {
				run++
			}
			prev = n
		}
		if run >= 5 {
			cols = append(cols, c)
		}
	}
	return cols
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}
