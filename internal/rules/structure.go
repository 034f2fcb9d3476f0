package rules

import (
	"fmt"
	"sort"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
	"reportcheck/internal/report"
	"reportcheck/internal/template"
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
	for _, p := range t.Rows {
		key := p.Code
		if p.Key == "合计" {
			key = "合计"
		}
		kids := children[key]
		if key == "" || len(kids) == 0 {
			continue
		}
		for i := range t.Columns { // sortedCols(t, p), without its slice
			col := t.Columns[i].Key
			pc, ok := p.Cells[col]
			if !ok {
				continue
			}
			c := t.Column(col)
			lhs := append(ev.lhs[:0], operand{sign: 1, table: t, row: p, col: c, cell: pc})
			rhs := ev.rhs[:0]
			for _, k := range kids {
				rhs = append(rhs, operand{sign: 1, table: t, row: k, col: c, cell: k.Cells[col]})
			}
			ev.lhs, ev.rhs = lhs, rhs
			// Kept only when it fails (it may follow from the table's unit).
			if v := ev.check(r, binding{row: p, col: col}, lhs, rhs, opEq); v.compared && !v.holds {
				ev.record(lhs, rhs, opEq, v)
			}
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
				Message: fmt.Sprintf("%s 科目 %s %s 缺少上级科目 %s，可能误删了该行", t.Label(), row.Code, row.Name, parentCode(row.Code))})
		}
		if has7 && len(row.Code) == 5 && len(children[row.Code]) == 0 && ev.p.Enabled("S0011") && rowHasAmount(row) {
			ev.out = append(ev.out, report.Finding{Rule: s11.ID, Severity: s11.Severity, Title: s11.Title, Form: t.Form,
				Sheet: t.Sheet, Cell: firstNonEmpty(row.CodeCell, row.NameCell), Cells: []string{}, Actual: row.Code,
				Message: fmt.Sprintf("%s 款级科目 %s %s 下没有项级科目，可能误删了项级科目行", t.Label(), row.Code, row.Name)})
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
		if ev.ctx.KPITables > 0 {
			return // a workbook of 绩效自评表 only: the nine tables are not expected
		}
		add("S0008", report.Finding{Message: "未在工作簿中识别到任何部门决算公开表。请确认各表带有标准表名（如“收入支出决算总表”“收入决算表”）或“公开01表”等表号。"})
		return
	}
	// S0007: missing forms.
	var missing []string
	for _, f := range template.FormKeys {
		if res.Table(f) == nil {
			missing = append(missing, f)
		}
	}
	if len(missing) > 0 {
		names := make([]string, len(missing))
		for i, m := range missing {
			names[i] = res.FormLabel(m)
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
			for _, n := range sortedCols(t, row) {
				c := row.Cells[n]
				if c.Value.Kind == amount.Number && c.Value.Dec.IsNegative() {
					add("S0003", report.Finding{Form: t.Form, Sheet: t.Sheet, Cell: c.Ref, Actual: c.Value.Dec.String(),
						Message: fmt.Sprintf("%s %s 金额为负数 %s，请核实", t.Label(), c.Ref, c.Value.Raw)})
				}
			}
		}
	}
}

// sortedCols lists a row's column keys in the table's order.
func sortedCols(t *locate.Table, row *locate.Row) []string {
	out := make([]string, 0, len(row.Cells))
	for _, c := range t.Columns {
		if _, ok := row.Cells[c.Key]; ok {
			out = append(out, c.Key)
		}
	}
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
				Message: fmt.Sprintf("%s金额单位为“%s”，其他表多为“%s”。已按各表单位换算后核对，请确认单位是否标错", t.Label(), t.Unit, major)})
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
			byCode[row.Code] = append(byCode[row.Code], use{t, row, template.Fold(row.Name)})
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
				Message: fmt.Sprintf("%s 科目 %s 名称为“%s”，%s为“%s”，同一科目名称应一致", u.t.Label(), code, u.row.Name, ref.t.Label(), ref.row.Name)})
		}
	}
}

func quoteIfOther(sheet, other, cell string) string {
	if sheet == other {
		return cell
	}
	return quoteSheet(other) + "!" + cell
}

// emptyTables checks the tables a unit may have nothing to report in
// (政府性基金, 国有资本经营, 三公) against their statement (S0009, S0010). A
// zero typed in is a statement of its own; only blank tables need words.
func (ev *evaluator) emptyTables(add func(string, report.Finding)) {
	for _, f := range []string{"07", "08", "09"} {
		t := ev.res.Table(f)
		if t == nil || len(t.Columns) == 0 {
			continue
		}
		var filled []*locate.Cell
		typed := false
		for _, row := range t.Rows {
			for _, n := range sortedCols(t, row) {
				c := row.Cells[n]
				if c.Value.Kind == amount.Number || c.Value.Kind == amount.Dash {
					typed = true
				}
				if c.Value.Kind == amount.Number && !c.Wan.IsZero() {
					filled = append(filled, c)
				}
			}
		}
		switch {
		case t.EmptyText != "" && len(filled) > 0:
			add("S0009", report.Finding{Form: f, Sheet: t.Sheet, Cell: filled[0].Ref, Cells: []string{t.EmptyCell}, Actual: filled[0].Value.Raw,
				Message: fmt.Sprintf("%s注明“%s”，但 %s 填有金额 %s", t.Label(), clip(t.EmptyText, 30), filled[0].Ref, filled[0].Value.Raw)})
		case t.EmptyText == "" && !typed:
			add("S0010", report.Finding{Form: f, Sheet: t.Sheet, Cell: t.FormCell,
				Message: fmt.Sprintf("%s没有金额，但未注明“本单位无……”或“……本年度没有……，故本表无数据”等说明", t.Label())})
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
