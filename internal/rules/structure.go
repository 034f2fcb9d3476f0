package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
	"reportcheck/internal/report"
)

// parentCode is the code one level up: 2060101 → 20601 → 206 → 合计.
func parentCode(code string) string {
	switch len(code) {
	case 7, 5:
		return code[:len(code)-2]
	case 3:
		return "合计"
	}
	return ""
}

// hierarchy checks 上级 = Σ下级 in every column of the rule's table.
func (ev *evaluator) hierarchy(r *Rule) {
	t := ev.res.Table(r.Form)
	if t == nil {
		return
	}
	children := map[string][]*locate.Row{}
	has7 := false
	for _, row := range t.Rows {
		if row.Code == "" {
			continue
		}
		if len(row.Code) == 7 {
			has7 = true
		}
		p := parentCode(row.Code)
		if t.Form == "06" && len(row.Code) == 3 {
			continue // 06 has no 合计 over its 类; 人员/公用经费 rules cover it
		}
		children[p] = append(children[p], row)
	}
	parents := make([]*locate.Row, 0)
	for _, row := range t.Rows {
		key := row.Code
		if row.Label == "合计" {
			key = "合计"
		}
		if key == "" {
			continue
		}
		if len(children[key]) > 0 {
			parents = append(parents, row)
		}
	}
	for _, p := range parents {
		key := p.Code
		if p.Label == "合计" {
			key = "合计"
		}
		kids := children[key]
		cols := make([]int, 0, len(p.Cells))
		for n := range p.Cells {
			cols = append(cols, n)
		}
		sort.Ints(cols)
		for _, col := range cols {
			lhs := []operand{{sign: 1, table: t, row: p, cell: p.Cells[col]}}
			var rhs []operand
			for _, k := range kids {
				rhs = append(rhs, operand{sign: 1, table: t, row: k, cell: k.Cells[col]})
			}
			ev.compareOps(r, binding{row: p, col: col}, lhs, rhs)
		}
	}
	if r.Form == "06" || !ev.p.Enabled("S0001") {
		return
	}
	// S0001: a code without its parent; S0011: a 款 without any 项.
	present := map[string]bool{}
	for _, row := range t.Rows {
		present[row.Code] = true
	}
	s1, s11 := byID("S0001"), byID("S0011")
	for _, row := range t.Rows {
		if (len(row.Code) == 5 || len(row.Code) == 7) && !present[parentCode(row.Code)] {
			ev.out = append(ev.out, report.Finding{Rule: s1.ID, Severity: s1.Severity, Title: s1.Title, Form: t.Form,
				Sheet: t.Sheet, Cell: firstNonEmpty(row.CodeCell, row.NameCell), Cells: []string{},
				Actual: row.Code, Expected: parentCode(row.Code),
				Message: fmt.Sprintf("公开%s表 科目 %s %s 缺少上级科目 %s，可能误删了该行", t.Form, row.Code, row.Name, parentCode(row.Code))})
		}
		if has7 && len(row.Code) == 5 && len(children[row.Code]) == 0 && ev.p.Enabled("S0011") && rowHasAmount(row) {
			ev.out = append(ev.out, report.Finding{Rule: s11.ID, Severity: s11.Severity, Title: s11.Title, Form: t.Form,
				Sheet: t.Sheet, Cell: firstNonEmpty(row.CodeCell, row.NameCell), Cells: []string{}, Actual: row.Code,
				Message: fmt.Sprintf("公开%s表 款级科目 %s %s 下没有项级科目，可能误删了项级科目行", t.Form, row.Code, row.Name)})
		}
	}
}

func rowHasAmount(row *locate.Row) bool {
	for _, c := range row.Cells {
		if c.Value.Kind == amount.Number && !c.Wan.IsZero() {
			return true
		}
	}
	return false
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// compareOps is compare() for operands built by hand (hierarchy).
func (ev *evaluator) compareOps(r *Rule, b binding, lhs, rhs []operand) {
	all := append(append([]operand{}, lhs...), rhs...)
	filled := false
	var terms []amount.Term
	for _, o := range all {
		if o.cell == nil {
			continue
		}
		switch o.cell.Value.Kind {
		case amount.Text:
			return
		case amount.Number:
			filled = true
			terms = append(terms, amount.Term{Dec: o.cell.Wan, Places: o.cell.Places, Shown: shownPlaces(o.table)})
		}
	}
	if !filled {
		return
	}
	actual, expected := sum(lhs), sum(rhs)
	verdict, _ := amount.Compare(expected, actual, terms)
	if verdict == amount.Equal {
		return
	}
	at := lhs[0]
	unit := at.table.Unit
	if unit == amount.UnitUnknown {
		unit = amount.WanYuan
	}
	places := displayPlaces(unit, all)
	show := func(d decimal.Decimal) decimal.Decimal { return fromWan(unit, d) }
	fmtv := func(d decimal.Decimal) string { return amount.Format(show(d), places) }
	diff := actual.Sub(expected)
	f := report.Finding{Rule: r.ID, Severity: r.Severity, Title: r.Title, Form: at.table.Form, Sheet: at.table.Sheet,
		Cell: at.cell.Ref, Expected: show(expected).StringFixed(places), Actual: show(actual).StringFixed(places),
		Diff: show(diff).StringFixed(places)}
	var kidNames []string
	for _, o := range rhs {
		if o.cell != nil {
			f.Cells = append(f.Cells, cellRef(at.table.Sheet, o.cell))
		}
		kidNames = append(kidNames, o.row.Code)
	}
	name := at.row.Code + " " + at.row.Name
	level := "下级科目"
	switch {
	case at.row.Label == "合计":
		name, level = "合计", "各类"
	case len(at.row.Code) == 3:
		level = "其下各款"
	case len(at.row.Code) == 5:
		level = "其下各项"
	}
	colName := fmt.Sprintf("%d栏", b.col)
	if at.table.Form == "06" {
		colName = "决算数"
	}
	f.Message = fmt.Sprintf("公开%s表 %s %s 应等于%s（%s）之和 %s，实为 %s，差 %s（%s）",
		at.table.Form, name, colName, level, clipList(kidNames, 6), fmtv(expected), fmtv(actual), fmtv(diff), unit)
	if verdict == amount.Rounding {
		f.Severity = report.Info
		slack := decimal.Zero
		for _, t := range terms {
			slack = slack.Add(decimal.New(5, -t.Shown-1))
		}
		f.Tolerance = "±" + show(slack).String()
		f.Message += fmt.Sprintf("。差额在显示精度的取整范围内（±%s），可能为取整误差", f.Tolerance[len("±"):])
	}
	ev.out = append(ev.out, f)
}

func clipList(items []string, n int) string {
	if len(items) > n {
		return strings.Join(items[:n], "、") + fmt.Sprintf(" 等 %d 项", len(items))
	}
	return strings.Join(items, "、")
}

// structure runs the S and N rules.
func (ev *evaluator) structure() {
	res := ev.res
	add := func(id string, f report.Finding) {
		if !ev.p.Enabled(id) {
			return
		}
		r := byID(id)
		f.Rule, f.Title = r.ID, r.Title
		if f.Severity == "" {
			f.Severity = r.Severity
		}
		if f.Cells == nil {
			f.Cells = []string{}
		}
		ev.out = append(ev.out, f)
	}
	if len(res.Tables) == 0 {
		add("S0008", report.Finding{Message: "未在工作簿中识别到任何部门决算公开表（公开01表–公开09表）。请确认表格带有表名或“公开01表”等表号。"})
		return
	}
	// S0007: missing forms.
	var missing []string
	for _, f := range locate.Forms {
		if res.Table(f) == nil {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		names := make([]string, len(missing))
		for i, m := range missing {
			names[i] = "公开" + m + "表（" + locate.FormTitle(m) + "）"
		}
		add("S0007", report.Finding{Sheet: res.Tables[0].Sheet, Actual: strings.Join(missing, ","),
			Message: "未找到 " + strings.Join(names, "、") + "，相关的表内和表间核对未能进行"})
	}
	// Layout problems found while recognising.
	for _, pr := range res.Problems {
		id := ""
		switch pr.Kind {
		case "unreadable_cell":
			id = "S0006"
		case "row_without_code":
			id = "S0012"
		case "no_line_numbers", "no_columns":
			id = "S0013"
		case "no_unit":
			id = "S0014"
		case "uncached_formula":
			id = "S0015"
		}
		if id == "" {
			continue
		}
		add(id, report.Finding{Form: pr.Form, Sheet: pr.Sheet, Cell: pr.Cell, Actual: pr.Text, Message: pr.Message})
	}
	ev.negatives(add)
	ev.units(add)
	ev.names(add)
	ev.emptyTables(add)
	ev.notes(add)
}

func (ev *evaluator) negatives(add func(string, report.Finding)) {
	for _, t := range ev.res.Tables {
		for _, row := range t.Rows {
			for _, n := range sortedCols(row) {
				c := row.Cells[n]
				if c.Value.Kind == amount.Number && c.Value.Dec.IsNegative() {
					add("S0003", report.Finding{Form: t.Form, Sheet: t.Sheet, Cell: c.Ref, Actual: c.Value.Dec.String(),
						Message: fmt.Sprintf("公开%s表 %s 金额为负数 %s，请核实", t.Form, c.Ref, c.Value.Raw)})
				}
			}
		}
	}
}

func sortedCols(row *locate.Row) []int {
	out := make([]int, 0, len(row.Cells))
	for n := range row.Cells {
		out = append(out, n)
	}
	sort.Ints(out)
	return out
}

// units flags tables whose unit differs from the majority (S0004).
func (ev *evaluator) units(add func(string, report.Finding)) {
	count := map[amount.Unit]int{}
	for _, t := range ev.res.Tables {
		if t.Unit != amount.UnitUnknown {
			count[t.Unit]++
		}
	}
	if len(count) < 2 {
		return
	}
	major := amount.WanYuan
	if count[amount.Yuan] > count[amount.WanYuan] {
		major = amount.Yuan
	}
	for _, t := range ev.res.Tables {
		if t.Unit != amount.UnitUnknown && t.Unit != major {
			add("S0004", report.Finding{Form: t.Form, Sheet: t.Sheet, Cell: t.UnitCell, Actual: t.Unit.String(), Expected: major.String(),
				Message: fmt.Sprintf("公开%s表金额单位为“%s”，其他表多为“%s”。已按各表单位换算后核对，请确认单位是否标错", t.Form, t.Unit, major)})
		}
	}
}

// names flags a code whose name differs from the majority of tables (S0002).
func (ev *evaluator) names(add func(string, report.Finding)) {
	type use struct {
		t    *locate.Table
		row  *locate.Row
		name string
	}
	byCode := map[string][]use{}
	var codes []string
	for _, f := range []string{"02", "03", "05", "07", "08"} {
		t := ev.res.Table(f)
		if t == nil {
			continue
		}
		for _, row := range t.Rows {
			if row.Code == "" || row.Name == "" {
				continue
			}
			if _, ok := byCode[row.Code]; !ok {
				codes = append(codes, row.Code)
			}
			byCode[row.Code] = append(byCode[row.Code], use{t, row, normName(row.Name)})
		}
	}
	sort.Strings(codes)
	for _, code := range codes {
		uses := byCode[code]
		votes := map[string]int{}
		for _, u := range uses {
			votes[u.name]++
		}
		if len(votes) < 2 {
			continue
		}
		major, best := "", 0
		for _, u := range uses { // first table wins a tie
			if votes[u.name] > best {
				major, best = u.name, votes[u.name]
			}
		}
		var ref *use
		for i := range uses {
			if uses[i].name == major {
				ref = &uses[i]
				break
			}
		}
		for _, u := range uses {
			if u.name == major {
				continue
			}
			add("S0002", report.Finding{Form: u.t.Form, Sheet: u.t.Sheet, Cell: u.row.NameCell,
				Cells: []string{quoteIfOther(u.t.Sheet, ref.t.Sheet, ref.row.NameCell)}, Expected: ref.row.Name, Actual: u.row.Name,
				Message: fmt.Sprintf("公开%s表 科目 %s 名称为“%s”，公开%s表为“%s”，同一科目名称应一致", u.t.Form, code, u.row.Name, ref.t.Form, ref.row.Name)})
		}
	}
}

func quoteIfOther(sheet, other, cell string) string {
	if sheet == other {
		return cell
	}
	return quoteSheet(other) + "!" + cell
}

func normName(s string) string {
	s = strings.Join(strings.Fields(s), "")
	return bracketReplacer.Replace(s)
}

// bracketReplacer is built once: normName runs for every table label.
var bracketReplacer = strings.NewReplacer("（", "(", "）", ")")

// emptyTables checks 07/08 against their 本单位无 statement (S0009, S0010).
func (ev *evaluator) emptyTables(add func(string, report.Finding)) {
	for _, f := range []string{"07", "08"} {
		t := ev.res.Table(f)
		if t == nil {
			continue
		}
		var filled []*locate.Cell
		for _, row := range t.Rows {
			for _, n := range sortedCols(row) {
				c := row.Cells[n]
				if c.Value.Kind == amount.Number && !c.Wan.IsZero() {
					filled = append(filled, c)
				}
			}
		}
		switch {
		case t.EmptyText != "" && len(filled) > 0:
			add("S0009", report.Finding{Form: f, Sheet: t.Sheet, Cell: filled[0].Ref, Cells: []string{t.EmptyCell}, Actual: filled[0].Value.Raw,
				Message: fmt.Sprintf("公开%s表注明“%s”，但 %s 填有金额 %s", f, clip(t.EmptyText, 30), filled[0].Ref, filled[0].Value.Raw)})
		case t.EmptyText == "" && len(filled) == 0:
			add("S0010", report.Finding{Form: f, Sheet: t.Sheet, Cell: t.FormCell,
				Message: fmt.Sprintf("公开%s表没有金额，但未注明“本单位无……”说明", f)})
		}
	}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
