package kpi

import (
	"fmt"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
)

var tenThousand = decimal.NewFromInt(10000)

// totals are the 合计 row of 公开05表 (or 03表) in 万元.
type totals struct {
	form       string
	sheet      string
	all, basic *locate.Cell
	project    *locate.Cell
	label      string
}

func tableTotals(tables *locate.Result, form string) *totals {
	if tables == nil {
		return nil
	}
	t := tables.Table(form)
	if t == nil {
		return nil
	}
	row := t.RowByKey("合计")
	if row == nil {
		return nil
	}
	out := &totals{form: form, sheet: t.Sheet, label: t.Label()}
	get := func(key string) *locate.Cell {
		if c, ok := row.Cells[key]; ok && c != nil && c.Value.IsNumber() {
			return c
		}
		return nil
	}
	out.all, out.basic, out.project = get("本年支出合计"), get("基本支出"), get("项目支出")
	return out
}

// wan is a table amount in 万元.
func wan(t *Table, v amount.Value) decimal.Decimal {
	return t.unit().ToWan(v.Dec)
}

func cellRef(sheet, ref string) string {
	if ref == "" {
		return ""
	}
	return sheet + "!" + ref
}

// unitHint explains a difference of exactly a factor 10000.
func unitHint(a, b decimal.Decimal) string {
	if a.IsZero() || b.IsZero() {
		return ""
	}
	if a.Mul(tenThousand).Equal(b) || b.Mul(tenThousand).Equal(a) {
		return "（相差 10000 倍，可能是金额单位元/万元不一致）"
	}
	return ""
}

// cross checks the 绩效自评表 against each other and against 公开05表 (or
// 03表, which a unit with other funds than 一般公共预算 may match instead).
func (c *checker) cross(res []*scored, tables *locate.Result) {
	var dept *scored
	var projects []*scored
	for _, s := range res {
		if s.t.Dept {
			if dept == nil {
				dept = s
			}
		} else {
			projects = append(projects, s)
		}
	}
	t05, t03 := tableTotals(tables, "05"), tableTotals(tables, "03")
	refs := []*totals{}
	for _, x := range []*totals{t05, t03} {
		if x != nil {
			refs = append(refs, x)
		}
	}
	// matches reports whether v equals the chosen column of any reference.
	matches := func(v decimal.Decimal, pick func(*totals) *locate.Cell) (bool, *totals, *locate.Cell) {
		var first *totals
		var firstCell *locate.Cell
		for _, r := range refs {
			cell := pick(r)
			if cell == nil {
				continue
			}
			if first == nil {
				first, firstCell = r, cell
			}
			if cell.Wan.Equal(v) {
				return true, r, cell
			}
		}
		return first == nil, first, firstCell
	}

	// Σ project 执行数.
	sum := decimal.Zero
	var cells []string
	n := 0
	for _, p := range projects {
		if p.executed.IsNumber() {
			sum = sum.Add(wan(p.t, p.executed))
			cells = append(cells, cellRef(p.t.Sheet, p.t.Executed.Ref))
			n++
		}
	}
	if n > 0 && len(refs) > 0 {
		ok, ref, cell := matches(sum, func(t *totals) *locate.Cell { return t.project })
		if !ok && cell != nil {
			diff := sum.Sub(cell.Wan)
			sheet, at := ref.sheet, cell.Ref
			related := cells
			// One project whose 执行数 disagrees with its own 执行率 and
			// whose rate-consistent amount restores the sum is the cause.
			if culprit := findCulprit(projects, cell.Wan.Sub(sum)); culprit != nil {
				sheet, at = culprit.t.Sheet, culprit.t.Executed.Ref
				related = append([]string{cellRef(ref.sheet, cell.Ref)}, cells...)
				c.blame(culprit, ref.label, RuleProjects05)
			} else {
				related = append([]string{}, cells...)
			}
			idx := c.emit(RuleProjects05, "", sheet, at, related, dec(cell.Wan), dec(sum), dec(diff),
				fmt.Sprintf("各项目绩效自评表执行数合计 %s 万元（%d 个项目），与%s合计行项目支出 %s 万元不符，差 %s%s",
					dec(sum), n, ref.label, dec(cell.Wan), dec(diff), unitHint(sum, cell.Wan)))
			if idx >= 0 && sheet != ref.sheet {
				c.findings[idx].Cause = RuleProjects05 + "@" + cellRef(sheet, at)
			}
		}
	}
	if dept == nil {
		return
	}
	t := dept.t
	label := t.Label()
	type pair struct {
		f    Field
		what string
		pick func(*totals) *locate.Cell
		rule string
		col  string
	}
	for _, pr := range []pair{
		{t.Basic, "基本支出总额", func(x *totals) *locate.Cell { return x.basic }, RuleDept05, "基本支出"},
		{t.Project, "项目支出总额", func(x *totals) *locate.Cell { return x.project }, RuleDept05, "项目支出"},
		{t.Executed, "执行数", func(x *totals) *locate.Cell { return x.all }, RuleDeptTotal05, "合计"},
	} {
		v := pr.f.Num()
		if !v.IsNumber() || len(refs) == 0 {
			continue
		}
		w := wan(t, v)
		ok, ref, cell := matches(w, pr.pick)
		if ok || cell == nil {
			continue
		}
		diff := w.Sub(cell.Wan)
		if pr.rule == RuleDeptTotal05 {
			c.blame(dept, ref.label, RuleDeptTotal05)
		}
		c.emit(pr.rule, "", t.Sheet, pr.f.Ref, []string{cellRef(ref.sheet, cell.Ref)}, dec(cell.Wan), dec(w), dec(diff),
			fmt.Sprintf("%s%s %s 万元，与%s合计行%s %s 万元不符，差 %s%s", label, pr.what, dec(w), ref.label, pr.col, dec(cell.Wan), dec(diff), unitHint(w, cell.Wan)))
	}
	// Without the tables, the 部门整体 table is the reference for projects.
	if len(refs) == 0 && n > 0 {
		if v := t.Project.Num(); v.IsNumber() {
			w := wan(t, v)
			if !w.Equal(sum) {
				diff := sum.Sub(w)
				sheet, at, related := t.Sheet, t.Project.Ref, cells
				if culprit := findCulprit(projects, w.Sub(sum)); culprit != nil {
					sheet, at = culprit.t.Sheet, culprit.t.Executed.Ref
					related = append([]string{cellRef(t.Sheet, t.Project.Ref)}, cells...)
					c.blame(culprit, label+"项目支出总额", RuleProjectsDept)
				}
				c.emit(RuleProjectsDept, "", sheet, at, related, dec(w), dec(sum), dec(diff),
					fmt.Sprintf("各项目绩效自评表执行数合计 %s 万元（%d 个项目），与%s项目支出总额 %s 万元不符，差 %s%s",
						dec(sum), n, label, dec(w), dec(diff), unitHint(sum, w)))
			}
		}
	}
}

// findCulprit returns the one project whose 执行数, replaced by the amount
// its own budget and printed 执行率 imply, would close the gap (want − sum).
func findCulprit(projects []*scored, gap decimal.Decimal) *scored {
	var found *scored
	for _, p := range projects {
		if !p.executed.IsNumber() || !p.budget.IsNumber() {
			continue
		}
		r := p.t.Rate.Num()
		if !r.IsNumber() {
			continue
		}
		rate := r.Dec
		if r.Percent || rate.GreaterThan(decimal.NewFromInt(2)) {
			rate = rate.Div(hundred)
		}
		implied := p.budget.Dec.Mul(rate)
		delta := p.t.unit().ToWan(implied.Sub(p.executed.Dec))
		if delta.IsZero() {
			continue
		}
		// Rates are rounded: accept when the implied amount is within the
		// precision the rate was printed at.
		tol := p.t.unit().ToWan(p.budget.Dec.Mul(decimal.New(5, -r.Places-3)))
		if delta.Sub(gap).Abs().LessThanOrEqual(tol) {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// blame moves the 执行率/执行得分 findings of a project whose 执行数 the
// cross check proved wrong onto that 执行数: the rate and score printed
// follow from the right amount, so they are not the cells to fix.
func (c *checker) blame(p *scored, against, rule string) {
	at := p.t.Executed.Ref
	for _, idx := range []int{p.rateIdx, p.scoreIdx} {
		if idx < 0 || idx >= len(c.findings) {
			continue
		}
		f := &c.findings[idx]
		if f.Cell != at {
			f.Cells = append([]string{f.Cell}, f.Cells...)
			var keep []string
			for _, x := range f.Cells {
				if x != at {
					keep = append(keep, x)
				}
			}
			f.Cells = keep
			f.Cell = at
		}
		f.Message += "；对照" + against + "，应是执行数有误"
		f.Cause = rule + "@" + cellRef(p.t.Sheet, at)
		f.Consequence = true
	}
}
