package kpi

import (
	"fmt"

	"github.com/shopspring/decimal"

	"reportcheck/internal/catalog"
	"reportcheck/internal/report"
)

// The 预算执行 block and the points a table prints: K0017, K0024, K0001,
// K0002.

// K0017 表中分值与评分配置不一致
var profileRule = &Rule{
	Rule: catalog.Rule{ID: RuleProfile, Severity: report.Warning, Form: "kpi", Title: "表中分值与评分配置不一致",
		Doc: "表中印出的预算执行分值或指标分值与所选地区评分配置不同，复核按表中分值进行。请确认所选配置是否正确。"},
	table: checkPoints,
}

// checkPoints: the 预算执行 and indicator points the table prints, against
// the profile's. The table's own points rule its arithmetic (facts.go).
func checkPoints(tc *tableContext) []finding {
	t, k := tc.t, tc.k
	var out []finding
	if W := k.ExecutionWeight; !t.ExecPoints.IsZero() && !t.ExecPoints.Equal(W) {
		out = append(out, finding{at: at(slotPoints), cell: t.ExecPointsRef,
			expected: dec(W), actual: dec(t.ExecPoints), diff: dec(t.ExecPoints.Sub(W)),
			message: fmt.Sprintf("%s预算执行分值为 %s 分，所选评分配置（%s）为 %s 分；本表按表中 %s 分复核", tc.label, dec(t.ExecPoints), tc.p.Name, dec(W), dec(t.ExecPoints))})
	}
	if IP := k.IndicatorPoints; !t.IndPoints.IsZero() && !t.IndPoints.Equal(IP) {
		out = append(out, finding{at: at(slotPoints), cell: t.IndPointsRef,
			expected: dec(IP), actual: dec(t.IndPoints), diff: dec(t.IndPoints.Sub(IP)),
			message: fmt.Sprintf("%s年度绩效指标分值为 %s 分，所选评分配置（%s）为 %s 分；本表按表中 %s 分复核", tc.label, dec(t.IndPoints), tc.p.Name, dec(IP), dec(t.IndPoints))})
	}
	return out
}

// K0024 预算执行数据缺失
var budgetMissingRule = &Rule{
	Rule: catalog.Rule{ID: RuleBudgetMissing, Severity: report.Warning, Form: "kpi", Title: "预算执行数据缺失",
		Doc: "预算数、执行数或执行率为空或不是数值，无法复核执行率和执行得分。"},
	table: checkBudgetMissing,
}

// checkBudgetMissing: 预算数 and 执行数 are numbers, and so is 执行率 when
// they define it.
func checkBudgetMissing(tc *tableContext) []finding {
	t := tc.t
	var out []finding
	if t.Budget.Found {
		for _, f := range []Field{t.Budget, t.Executed} {
			if f.Found && !f.Num().IsNumber() {
				what := "预算数"
				if f == t.Executed {
					what = "执行数"
				}
				out = append(out, finding{at: at(slotBudget), cell: f.Ref, actual: f.Text,
					message: fmt.Sprintf("%s%s%s，无法复核执行率和执行得分", tc.label, what, emptyOr(f.Text))})
			}
		}
	}
	if tc.rated && t.Rate.Found && !t.Rate.Num().IsNumber() {
		out = append(out, finding{at: at(slotRate), cell: t.Rate.Ref, actual: t.Rate.Text,
			message: fmt.Sprintf("%s执行率%s，无法复核", tc.label, emptyOr(t.Rate.Text))})
	}
	return out
}

// K0001 执行率与预算数、执行数不符
var rateRule = &Rule{
	Rule: catalog.Rule{ID: RuleRate, Severity: report.Error, Form: "kpi", Title: "执行率与预算数、执行数不符",
		Expr: "执行率 = 执行数 ÷ 预算数（按表中小数位四舍五入）",
		Doc:  "预算执行情况中的执行率应等于执行数除以预算数，按表中所列小数位四舍五入。"},
	table: checkRate,
}

// checkRate: the printed 执行率 is 执行数 ÷ 预算数 at its printed precision.
func checkRate(tc *tableContext) []finding {
	t := tc.t
	if !tc.rated || !t.Rate.Found {
		return nil
	}
	R := t.Rate.Num()
	if !R.IsNumber() {
		return nil // K0024
	}
	pct, pl := R.Dec, R.Places
	if !R.Percent && R.Dec.LessThanOrEqual(decimal.NewFromInt(2)) {
		// A fraction stored under a percent format (1 → 100%).
		pct = R.Dec.Mul(hundred)
		pl = R.Places - 2
		if pl < 0 {
			pl = 0
		}
	}
	if pl > 4 {
		// A formula's full-precision result: compare at four decimals of a percent.
		pl = 4
		pct = pct.Round(pl)
	}
	want := tc.ratio.Mul(hundred).Round(pl)
	if want.Equal(pct) {
		return nil
	}
	return []finding{{at: at(slotRate), cell: t.Rate.Ref, cells: []string{t.Budget.Ref, t.Executed.Ref},
		expected: dec(want), actual: dec(pct), diff: dec(pct.Sub(want)), role: roleRate,
		message: fmt.Sprintf("%s执行率应为 执行数 %s ÷ 预算数 %s = %s%%，实为 %s%%，差 %s 个百分点（或预算数、执行数有误）",
			tc.label, dec(tc.executed.Dec), dec(tc.budget.Dec), dec(want), dec(pct), dec(pct.Sub(want)))}}
}

// K0002 预算执行得分计算错误
var execScoreRule = &Rule{
	Rule: catalog.Rule{ID: RuleExecScore, Severity: report.Error, Form: "kpi", Title: "预算执行得分计算错误",
		Expr: "执行得分 = 分值 × min(执行率, 100%)",
		Doc:  "预算执行得分应等于预算执行分值（湖北 20 分、中央模板 10 分）乘以执行率，执行率超过 100% 的按 100% 计。"},
	table: checkExecScore,
}

// checkExecScore: 执行得分 = W × min(执行率, cap), rounded to the profile's
// places; a score computed from the printed (rounded) 执行率 is right too.
func checkExecScore(tc *tableContext) []finding {
	t, k := tc.t, tc.k
	S := t.ExecScore.Num()
	if !tc.rated || !S.IsNumber() {
		return nil
	}
	exact := tc.execExact
	want := exact.Round(k.ScorePlaces)
	if S.Dec.Equal(want) || S.Dec.Equal(exact) {
		return nil
	}
	if R := t.Rate.Num(); R.IsNumber() {
		r := R.Dec
		if R.Percent || R.Dec.GreaterThan(decimal.NewFromInt(2)) {
			r = r.Div(hundred)
		}
		if k.ExecutionCap.IsPositive() && r.GreaterThan(k.ExecutionCap) {
			r = k.ExecutionCap
		}
		if viaRate := tc.W.Mul(r); S.Dec.Equal(viaRate.Round(k.ScorePlaces)) || S.Dec.Equal(viaRate) {
			return nil
		}
	}
	diff := S.Dec.Sub(want)
	sev, note := report.Severity(""), ""
	if S.Places >= 1 && S.Places < k.ScorePlaces && exact.Round(S.Places).Equal(S.Dec) {
		// 18.5 for 18.46: rounded to fewer decimals than the profile keeps.
		// A whole number (20 for 19.8) is not rounding but the rate ignored.
		sev, note = report.Info, fmt.Sprintf("（按 %d 位小数取整后一致，评分配置为 %d 位）", S.Places, k.ScorePlaces)
	}
	rate := tc.capped.Mul(hundred).Round(4)
	return []finding{{at: at(slotExecScore), severity: sev, cell: t.ExecScore.Ref, cells: []string{t.Budget.Ref, t.Executed.Ref, t.Rate.Ref},
		expected: dec(want), actual: dec(S.Dec), diff: dec(diff), role: roleExecScore,
		message: fmt.Sprintf("%s预算执行得分应为 %s 分 × %s%% = %s，实为 %s，差 %s%s", tc.label, dec(tc.W), dec(rate), dec(want), dec(S.Dec), dec(diff), note)}}
}
