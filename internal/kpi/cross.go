package kpi

import (
	"fmt"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/catalog"
	"reportcheck/internal/locate"
	"reportcheck/internal/report"
)

// The cross rules: the 绩效自评表 against each other and against 公开05表
// (or 03表, which a unit with other funds than 一般公共预算 may match
// instead): K0020, K0021, K0022, K0023.

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

// crossContext is every checked table, the 05/03 totals, and Σ project 执行数.
type crossContext struct {
	ev       *evaluator
	dept     *tableContext // the first 部门整体 table, nil when none
	projects []*tableContext
	refs     []*totals // 05, then 03, those found
	// Σ project 执行数 in 万元, the cells summed, how many.
	sum   decimal.Decimal
	cells []string
	n     int
}

func newCrossContext(ev *evaluator, checked []*tableContext, tables *locate.Result) *crossContext {
	cc := &crossContext{ev: ev}
	for _, tc := range checked {
		if tc.t.Dept {
			if cc.dept == nil {
				cc.dept = tc
			}
		} else {
			cc.projects = append(cc.projects, tc)
		}
	}
	for _, x := range []*totals{tableTotals(tables, "05"), tableTotals(tables, "03")} {
		if x != nil {
			cc.refs = append(cc.refs, x)
		}
	}
	for _, p := range cc.projects {
		if p.executed.IsNumber() {
			cc.sum = cc.sum.Add(wan(p.t, p.executed))
			cc.cells = append(cc.cells, cellRef(p.t.Sheet, p.t.Executed.Ref))
			cc.n++
		}
	}
	return cc
}

// matches reports whether v equals the chosen column of any reference, and
// otherwise the first reference that has the column.
func (cc *crossContext) matches(v decimal.Decimal, pick func(*totals) *locate.Cell) (bool, *totals, *locate.Cell) {
	var first *totals
	var firstCell *locate.Cell
	for _, r := range cc.refs {
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

// K0020 项目执行数合计与 05 表项目支出不符
var projects05Rule = &Rule{
	Rule: catalog.Rule{ID: RuleProjects05, Severity: report.Error, Form: "kpi", Title: "项目执行数合计与 05 表项目支出不符",
		Expr: "Σ项目执行数 = 公开05表 合计 项目支出",
		Doc:  "各项目绩效自评表的执行数之和应等于一般公共预算财政拨款支出决算表（公开05表）合计行的项目支出。"},
	cross: checkProjects05,
}

// checkProjects05: Σ project 执行数 = 05表 (or 03表) 合计 项目支出. One project
// whose 执行数 disagrees with its own 执行率, and whose rate-consistent
// amount restores the sum, is named as the cause.
func checkProjects05(cc *crossContext) []finding {
	if cc.n == 0 || len(cc.refs) == 0 {
		return nil
	}
	ok, ref, cell := cc.matches(cc.sum, func(t *totals) *locate.Cell { return t.project })
	if ok || cell == nil {
		return nil
	}
	diff := cc.sum.Sub(cell.Wan)
	sheet, atCell := ref.sheet, cell.Ref
	related := append([]string{}, cc.cells...)
	if culprit := findCulprit(cc.projects, cell.Wan.Sub(cc.sum)); culprit != nil {
		sheet, atCell = culprit.t.Sheet, culprit.t.Executed.Ref
		related = append([]string{cellRef(ref.sheet, cell.Ref)}, cc.cells...)
		cc.blame(culprit, ref.label, RuleProjects05)
	}
	f := finding{sheet: sheet, cell: atCell, cells: related, expected: dec(cell.Wan), actual: dec(cc.sum), diff: dec(diff),
		message: fmt.Sprintf("各项目绩效自评表执行数合计 %s 万元（%d 个项目），与%s合计行项目支出 %s 万元不符，差 %s%s",
			dec(cc.sum), cc.n, ref.label, dec(cell.Wan), dec(diff), unitHint(cc.sum, cell.Wan))}
	if sheet != ref.sheet {
		f.cause = RuleProjects05 + "@" + cellRef(sheet, atCell)
	}
	return []finding{f}
}

// deptAgainst05 compares a 部门整体 amount with a column of the 05/03 合计 row.
func (cc *crossContext) deptAgainst05(fd Field, what, col string, pick func(*totals) *locate.Cell, blame string) []finding {
	t := cc.dept.t
	v := fd.Num()
	if !v.IsNumber() || len(cc.refs) == 0 {
		return nil
	}
	w := wan(t, v)
	ok, ref, cell := cc.matches(w, pick)
	if ok || cell == nil {
		return nil
	}
	if blame != "" {
		cc.blame(cc.dept, ref.label, blame)
	}
	diff := w.Sub(cell.Wan)
	return []finding{{sheet: t.Sheet, cell: fd.Ref, cells: []string{cellRef(ref.sheet, cell.Ref)}, expected: dec(cell.Wan), actual: dec(w), diff: dec(diff),
		message: fmt.Sprintf("%s%s %s 万元，与%s合计行%s %s 万元不符，差 %s%s", cc.dept.label, what, dec(w), ref.label, col, dec(cell.Wan), dec(diff), unitHint(w, cell.Wan))}}
}

// K0021 部门整体基本/项目支出总额与 05 表不符
var dept05Rule = &Rule{
	Rule: catalog.Rule{ID: RuleDept05, Severity: report.Error, Form: "kpi", Title: "部门整体基本/项目支出总额与 05 表不符",
		Expr: "基本支出总额 = 05表 合计 基本支出；项目支出总额 = 05表 合计 项目支出",
		Doc:  "部门整体绩效自评表的基本支出总额、项目支出总额应与公开05表（或公开03表）合计行一致。"},
	cross: checkDept05,
}

// checkDept05: 部门整体 基本支出总额, 项目支出总额 = 05表 (or 03表) 合计 基本支出, 项目支出.
func checkDept05(cc *crossContext) []finding {
	if cc.dept == nil {
		return nil
	}
	t := cc.dept.t
	out := cc.deptAgainst05(t.Basic, "基本支出总额", "基本支出", func(x *totals) *locate.Cell { return x.basic }, "")
	return append(out, cc.deptAgainst05(t.Project, "项目支出总额", "项目支出", func(x *totals) *locate.Cell { return x.project }, "")...)
}

// K0022 部门整体执行数与 05 表合计不符
var deptTotal05Rule = &Rule{
	Rule: catalog.Rule{ID: RuleDeptTotal05, Severity: report.Error, Form: "kpi", Title: "部门整体执行数与 05 表合计不符",
		Expr: "部门整体执行数 = 05表 合计",
		Doc:  "部门整体绩效自评表的执行数应与公开05表（或公开03表）合计行一致。"},
	cross: checkDeptTotal05,
}

// checkDeptTotal05: 部门整体 执行数 = 05表 (or 03表) 合计. The table's 执行率
// and 执行得分 findings then follow from the wrong 执行数.
func checkDeptTotal05(cc *crossContext) []finding {
	if cc.dept == nil {
		return nil
	}
	return cc.deptAgainst05(cc.dept.t.Executed, "执行数", "合计", func(x *totals) *locate.Cell { return x.all }, RuleDeptTotal05)
}

// K0023 项目执行数合计与部门整体项目支出总额不符
var projectsDeptRule = &Rule{
	Rule: catalog.Rule{ID: RuleProjectsDept, Severity: report.Warning, Form: "kpi", Title: "项目执行数合计与部门整体项目支出总额不符",
		Expr: "Σ项目执行数 = 部门整体 项目支出总额",
		Doc:  "未找到公开05表时，以部门整体绩效自评表的项目支出总额核对各项目执行数之和；如有项目未开展自评，请说明。"},
	cross: checkProjectsDept,
}

// checkProjectsDept: without the public tables, the 部门整体 table's
// 项目支出总额 is the reference for Σ project 执行数.
func checkProjectsDept(cc *crossContext) []finding {
	if cc.dept == nil || len(cc.refs) > 0 || cc.n == 0 {
		return nil
	}
	t := cc.dept.t
	v := t.Project.Num()
	if !v.IsNumber() {
		return nil
	}
	w := wan(t, v)
	if w.Equal(cc.sum) {
		return nil
	}
	diff := cc.sum.Sub(w)
	sheet, atCell, related := t.Sheet, t.Project.Ref, cc.cells
	if culprit := findCulprit(cc.projects, w.Sub(cc.sum)); culprit != nil {
		sheet, atCell = culprit.t.Sheet, culprit.t.Executed.Ref
		related = append([]string{cellRef(t.Sheet, t.Project.Ref)}, cc.cells...)
		cc.blame(culprit, cc.dept.label+"项目支出总额", RuleProjectsDept)
	}
	return []finding{{sheet: sheet, cell: atCell, cells: related, expected: dec(w), actual: dec(cc.sum), diff: dec(diff),
		message: fmt.Sprintf("各项目绩效自评表执行数合计 %s 万元（%d 个项目），与%s项目支出总额 %s 万元不符，差 %s%s",
			dec(cc.sum), cc.n, cc.dept.label, dec(w), dec(diff), unitHint(cc.sum, w))}}
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

// findCulprit returns the one project whose 执行数, replaced by the amount
// its own budget and printed 执行率 imply, would close the gap (want − sum).
func findCulprit(projects []*tableContext, gap decimal.Decimal) *tableContext {
	var found *tableContext
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

// blame moves the 执行率/执行得分 findings of a table whose 执行数 a cross
// rule proved wrong onto that 执行数: the rate and score printed follow
// from the right amount, so they are not the cells to fix. A profile that
// disables the cross rule does not trust that comparison (not every project
// is self-evaluated, say): then nothing is re-filed, and no finding names a
// cause the clerk is not shown.
func (cc *crossContext) blame(p *tableContext, against, rule string) {
	if !cc.ev.p.Enabled(rule) {
		return
	}
	findings := cc.ev.findings
	exec := p.t.Executed.Ref
	for _, idx := range []int{p.rateIdx, p.scoreIdx} {
		if idx < 0 || idx >= len(findings) {
			continue
		}
		f := &findings[idx]
		if f.Cell != exec {
			f.Cells = append([]string{f.Cell}, f.Cells...)
			var keep []string
			for _, x := range f.Cells {
				if x != exec {
					keep = append(keep, x)
				}
			}
			f.Cells = keep
			f.Cell = exec
		}
		f.Message += "；对照" + against + "，应是执行数有误"
		f.Cause = rule + "@" + cellRef(p.t.Sheet, exec)
		f.Consequence = true
	}
}
