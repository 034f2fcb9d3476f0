package locate

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// grid gives squashed cell text within a table, merged cells resolved to
// their top-left value so unmerged and merged headers read alike. The merges
// are resolved by workbook.Grid; a merge over more than 4096 cells is dropped
// (a hostile merge over a whole sheet is not a header).
type grid struct {
	*workbook.Grid
	sh *workbook.Sheet
}

func newGrid(sh *workbook.Sheet) *grid {
	return &grid{Grid: workbook.NewGrid(sh, workbook.GridOptions{MaxMergeCells: 4096}), sh: sh}
}

// covered reports whether (r, c) lies inside a merge but is not its top-left.
func (g *grid) covered(r, c int) bool { return g.Covered(r, c) }

// raw is the cell's own text (no merge resolution): amounts live only in
// their own cell.
func (g *grid) raw(r, c int) string { return g.Own(r, c) }

// label is the squashed text shown at (r, c), following merges.
func (g *grid) label(r, c int) string { return template.Squash(g.sh.Value(g.Anchor(r, c))) }

// own is the squashed text of the cell itself, "" for a merge's covered cells.
func (g *grid) own(r, c int) string {
	if g.Covered(r, c) {
		return ""
	}
	return template.Squash(g.sh.Value(r, c))
}

// width is the widest row in [top, bottom], capped at maxScanCols (merges
// are not clipped: a header merge may reach further right).
func (g *grid) width(top, bottom int) int { return min(g.Width(top, bottom), maxScanCols) }

func rowBlank(g *grid, r, width int) bool {
	for c := 1; c <= width; c++ {
		if g.raw(r, c) != "" {
			return false
		}
	}
	return true
}

// isNumber reports whether the cell holds an amount (a number or a dash).
func (g *grid) isNumber(r, c int) bool {
	s := g.raw(r, c)
	if s == "" {
		return false
	}
	k := amount.Parse(s).Kind
	return k == amount.Number
}

// isEmptyStatement recognises the sentence an empty table carries instead of
// amounts: 本单位无…, …本年度没有…，故本表无数据, 无…支出. The blank template's
// instruction (无…的，仍保留该表格式…) is not one.
func isEmptyStatement(s string) bool {
	// Every such sentence says 无, 没(有) or (为)空; the check runs on
	// every cell of a table, amounts included.
	if asciiOnly(s) || !strings.Contains(s, "无") && !strings.Contains(s, "没") && !strings.Contains(s, "空") {
		return false
	}
	s = template.Squash(s)
	if amount.ContainsText(s, "仍保留") || utf8.RuneCountInString(s) > 120 {
		return false
	}
	for _, w := range []string{"本单位无", "本部门无", "本单位没有", "本部门没有", "本表无数据", "故本表为空", "本年度没有", "本年度无", "本年无", "年度无"} {
		if amount.ContainsText(s, w) {
			return true
		}
	}
	s = strings.TrimPrefix(strings.TrimPrefix(s, "说明:"), "注:")
	return strings.HasPrefix(s, "无") && (amount.ContainsText(s, "收入") || amount.ContainsText(s, "支出") || amount.ContainsText(s, "经费"))
}

// isNoise tells header text that names no column: the title, the unit, the
// department, the form code, 栏次 and bare numbers.
func isNoise(s string) bool {
	switch {
	case s == "" || s == "栏次" || s == "行次" || isSmallInt(s):
		return true
	case strings.Contains(s, "单位:") || strings.HasPrefix(s, "部门:") || strings.HasPrefix(s, "编制部门:"):
		return true
	case formCode(s) != "" || (strings.Contains(s, "决算") && strings.HasSuffix(s, "表")):
		return true
	}
	return false
}

func newCell(g *grid, t *Table, r, c int, res *Result) *Cell {
	s := g.raw(r, c)
	v := amount.Parse(s)
	cell := res.newCell()
	*cell = Cell{Sheet: t.Sheet, Ref: workbook.CellName(r, c), Value: v}
	unit := t.Unit
	if unit == amount.UnitUnknown {
		unit = amount.WanYuan
	}
	if v.Kind == amount.Blank && g.sh.Uncached[cell.Ref] {
		cell.Value = amount.Value{Kind: amount.Text, Raw: "=（未计算的公式）"}
		res.Problems = append(res.Problems, Problem{Kind: "uncached_formula", Form: t.Form, Sheet: t.Sheet, Cell: cell.Ref,
			Message: fmt.Sprintf("%s %s 是公式，但文件中没有保存计算结果，无法核对。请在 Excel 中打开、重新计算并保存后再检查", t.Label(), cell.Ref)})
		return cell
	}
	switch v.Kind {
	case amount.Number:
		cell.Wan = unit.ToWan(v.Dec)
		cell.Places = unit.ShownPlacesInWan(v.Places)
	case amount.Text:
		if isEmptyStatement(s) {
			cell.Value = amount.Value{Kind: amount.Blank, Raw: s}
			break
		}
		switch template.Squash(s) {
		case "无", "空", "不适用", "零":
			// Words a clerk types for "nothing here": no amount, like a dash.
			cell.Value = amount.Value{Kind: amount.Dash, Raw: s}
			return cell
		}
		res.Problems = append(res.Problems, Problem{Kind: "unreadable_cell", Form: t.Form, Sheet: t.Sheet, Cell: cell.Ref, Text: s,
			Message: fmt.Sprintf("%s %s 单元格内容“%s”不是金额，无法参与计算", t.Label(), cell.Ref, clip(s, 20))})
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

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// headerParts lists the header texts above column c, top to bottom, merged
// cells resolved, repeats and noise dropped.
func (g *grid) headerParts(top, bottom, c int) []string {
	var parts []string
	for r := top; r <= bottom; r++ {
		s := g.label(r, c)
		if s == "" && c > 1 && g.below(r, bottom, c) {
			// An unmerged two-column header keeps its text in the left cell
			// only (合计 over 预算数 | 决算数): a parent header with a
			// sub-header under it reads its left neighbour's text.
			s = g.label(r, c-1)
		}
		s = template.StripNumbering(s)
		if isNoise(s) {
			continue
		}
		if len(parts) == 0 || parts[len(parts)-1] != s {
			parts = append(parts, s)
		}
	}
	return parts
}

// below reports a header text under (r, c) down to bottom.
func (g *grid) below(r, bottom, c int) bool {
	for r2 := r + 1; r2 <= bottom; r2++ {
		if s := g.label(r2, c); s != "" && !isNoise(s) {
			return true
		}
	}
	return false
}

// matchColumn finds the template column a header names. A name matches one
// header text or several consecutive ones (a header wrapped over unmerged
// rows), and must end at the column's deepest header — below a qualifier
// such as 预算数 — so that 人员经费 under 基本支出 is not taken for 基本支出,
// nor 购置费 under 公务用车购置及运行维护费 for the 小计. Then the longest
// name wins (基本支出小计 over 小计). Every With entry must also appear.
func matchColumn(parts []string, specs []template.Column, side int) (key string, ok bool) {
	last := len(parts) - 1
	for last >= 0 && isQualifier(parts[last], specs) {
		last--
	}
	if last < 0 {
		return "", false
	}
	bestLen := 0
	for _, spec := range specs {
		if side >= 0 && spec.Side != side {
			continue
		}
		if !withOK(parts, spec.With) {
			continue
		}
		for _, name := range spec.ColumnNames() {
			n := template.Squash(name)
			if endsAt(parts, last, n) && len(n) > bestLen {
				key, bestLen, ok = spec.Key, len(n), true
			}
		}
	}
	return key, ok
}

// isQualifier tells a header that qualifies the columns under or over it
// (预算数, 决算数) rather than naming one.
func isQualifier(part string, specs []template.Column) bool {
	for _, spec := range specs {
		for _, w := range spec.With {
			for _, alt := range strings.Split(w, "|") {
				if template.Squash(alt) == part {
					return true
				}
			}
		}
	}
	return false
}

// endsAt reports whether parts[i..j] spell name for some i ≤ j.
func endsAt(parts []string, j int, name string) bool {
	joined := ""
	for i := j; i >= 0 && len(joined) < len(name); i-- {
		joined = parts[i] + joined
		if joined == name {
			return true
		}
	}
	return false
}

// deepest is the index of the last header part that ends a run of parts
// spelling name, or -1.
func deepest(parts []string, name string) int {
	found := -1
	for j := range parts {
		joined := ""
		for i := j; i >= 0 && len(joined) < len(name); i-- {
			joined = parts[i] + joined
			if joined == name {
				found = j
				break
			}
		}
	}
	return found
}

func withOK(parts []string, with []string) bool {
	for _, w := range with {
		ok := false
		for _, alt := range strings.Split(w, "|") {
			if deepest(parts, template.Squash(alt)) >= 0 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// columnNumbers reads a 栏次 row in [top, bottom]: the row labelled 栏次, or
// holding 1, 2, 3 … left to right. It returns the row (0 when none) and the
// number printed above each sheet column.
func (g *grid) columnNumbers(top, bottom, width int) (int, map[int]int) {
	for r := top; r <= bottom; r++ {
		nums := map[int]int{}
		var order []int
		hasLabel, ok := false, true
		for c := 1; c <= width && ok; c++ {
			s := g.own(r, c)
			switch {
			case s == "":
			case s == "栏次":
				hasLabel = true
			case isSmallInt(s):
				nums[c] = atoi(s)
				order = append(order, atoi(s))
			default:
				ok = false
			}
		}
		if !ok || len(nums) == 0 {
			continue
		}
		if hasLabel || ascending(order) {
			return r, nums
		}
	}
	return 0, nil
}

// ascending reports 1, 2, 3 … (or two such runs side by side: 1 | 2).
func ascending(ns []int) bool {
	if len(ns) < 2 || ns[0] != 1 {
		return false
	}
	for i := 1; i < len(ns); i++ {
		if ns[i] != ns[i-1]+1 {
			return false
		}
	}
	return true
}
