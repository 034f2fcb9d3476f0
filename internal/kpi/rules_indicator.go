package kpi

import (
	"fmt"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/catalog"
	"reportcheck/internal/report"
	"reportcheck/internal/template"
	"reportcheck/internal/trim"
)

// The indicator rows: what is written (K0016, K0010, K0011, K0012, K0015)
// and how each is scored (K0006, K0007, K0008, K0009).

// K0016 得分或总分缺失
var scoreMissingRule = &Rule{
	Rule: catalog.Rule{ID: RuleScoreMissing, Severity: report.Warning, Form: "kpi", Title: "得分或总分缺失",
		Doc: "指标得分、执行得分或总分为空或不是数值，无法复核。"},
	table: checkScoreMissing,
}

// checkScoreMissing: the 执行得分, every indicator's 得分 and the 总分 are
// numbers. An indicator scored "—" or "/" does not apply and is not missing.
func checkScoreMissing(tc *tableContext) []finding {
	t := tc.t
	var out []finding
	if !tc.execPrinted.IsNumber() && t.ExecScore.Found {
		out = append(out, finding{at: at(slotExecScoreRead), cell: t.ExecScore.Ref, actual: t.ExecScore.Text,
			message: fmt.Sprintf("%s预算执行得分%s", tc.label, emptyOr(t.ExecScore.Text))})
	}
	for _, f := range tc.indicators {
		if !f.scored() && f.scoreNum.Kind != amount.Dash {
			out = append(out, finding{at: atRow(slotScoreRead, f), cell: f.Score.Ref, actual: f.Score.Text,
				message: fmt.Sprintf("%s得分%s", f.where(), emptyOr(f.Score.Text))})
		}
	}
	if !tc.total.IsNumber() && t.Total.Found {
		out = append(out, finding{at: at(slotTotalRead), cell: tc.totalRef, actual: t.Total.Text,
			message: fmt.Sprintf("%s总分%s", tc.label, emptyOr(t.Total.Text))})
	}
	return out
}

// K0010 年初目标值缺失
var targetRule = &Rule{
	Rule: catalog.Rule{ID: RuleTarget, Severity: report.Warning, Form: "kpi", Title: "年初目标值缺失",
		Doc: "年初目标值为空或填“/”，无法据以评价完成情况，请补充目标值或说明原因。"},
	table: checkTarget,
}

// checkTarget: every indicator has a 年初目标值.
func checkTarget(tc *tableContext) []finding {
	var out []finding
	for _, f := range tc.indicators {
		if f.TargetV.Kind == Missing {
			out = append(out, finding{at: atRow(slotTarget, f), cell: f.Target.Ref, actual: f.Target.Text,
				message: fmt.Sprintf("%s的年初目标值%s，无法评价完成情况", f.where(), slashOrEmpty(f.Target.Text))})
		}
	}
	return out
}

// K0011 实际完成值填写为区间
var actualRangeRule = &Rule{
	Rule: catalog.Rule{ID: RuleActualRange, Severity: report.Warning, Form: "kpi", Title: "实际完成值填写为区间",
		Doc: "实际完成值应填写实际达到的数值（如 96%），不应照抄目标的区间写法（如 ≥90%）。"},
	table: checkActualRange,
}

// checkActualRange: an 实际完成值 is a figure, not a bound copied from the
// target ("≥90%"). "30 个日历日内" states a deadline met, not a range.
func checkActualRange(tc *tableContext) []finding {
	var out []finding
	for _, f := range tc.indicators {
		if f.ActualV.IsRange() && !strings.Contains(template.FoldValue(f.ActualV.Raw), "内") {
			out = append(out, finding{at: atRow(slotActual, f), cell: f.Actual.Ref, actual: f.Actual.Text,
				message: fmt.Sprintf("%s的实际完成值“%s”是区间写法，应填写实际达到的数值", f.where(), f.Actual.Text)})
		}
	}
	return out
}

// K0012 实际完成值大幅超过目标且未说明原因
var deviationRule = &Rule{
	Rule: catalog.Rule{ID: RuleDeviation, Severity: report.Warning, Form: "kpi", Title: "实际完成值大幅超过目标且未说明原因",
		Expr: "实际 ≥ 1.5 × 目标 时应填写偏差原因（倍数可配置）",
		Doc:  "实际完成值远超年初目标，通常说明目标设定偏低，应在偏差原因分析中说明。"},
	table: checkDeviation,
}

// checkDeviation: an actual at least the profile's multiple (1.5) of a
// positive target has its 偏差原因 written, in the row or for the table.
func checkDeviation(tc *tableContext) []finding {
	t := tc.t
	var out []finding
	for _, f := range tc.indicators {
		j := f.j
		if j.Dir == DirPositive && !j.Ratio.IsZero() && j.Ratio.GreaterThanOrEqual(tc.k.Deviation()) &&
			trim.Space(t.Reason.Text) == "" && trim.Space(f.Reason.Text) == "" {
			ref := t.Reason.Ref
			if f.Reason.Found {
				ref = f.Reason.Ref
			}
			out = append(out, finding{at: atRow(slotDeviation, f), cell: f.Actual.Ref, cells: []string{f.Target.Ref, ref}, actual: f.Actual.Text,
				message: fmt.Sprintf("%s实际完成值 %s 为目标值 %s 的 %s 倍，未填写偏差原因分析", f.where(), f.Actual.Text, f.Target.Text, dec(j.Ratio.Round(2)))})
		}
	}
	return out
}

// K0006 指标得分超出分值范围
var scoreRangeRule = &Rule{
	Rule: catalog.Rule{ID: RuleScoreRange, Severity: report.Error, Form: "kpi", Title: "指标得分超出分值范围",
		Expr: "0 ≤ 得分 ≤ 分值",
		Doc:  "每项指标的得分应在 0 与该指标分值之间。"},
	table: checkScoreRange,
}

// checkScoreRange: 0 ≤ 得分 ≤ 分值.
func checkScoreRange(tc *tableContext) []finding {
	var out []finding
	for _, f := range tc.indicators {
		if !f.scored() {
			continue
		}
		sc, w := f.scoreNum.Dec, f.weightNum.Dec
		switch {
		case sc.IsNegative():
			out = append(out, finding{at: atRow(slotScore, f), cell: f.Score.Ref, expected: "0", actual: dec(sc), diff: dec(sc),
				message: fmt.Sprintf("%s得分 %s 为负数", f.where(), dec(sc))})
		case f.hasWeight && sc.GreaterThan(w):
			out = append(out, finding{at: atRow(slotScore, f), cell: f.Score.Ref, cells: []string{f.Weight.Ref},
				expected: dec(w), actual: dec(sc), diff: dec(sc.Sub(w)),
				message: fmt.Sprintf("%s得分 %s 超过其分值 %s，差 %s", f.where(), dec(sc), dec(w), dec(sc.Sub(w)))})
		}
	}
	return out
}

// K0008 目标未完成却得满分
var missedFullRule = &Rule{
	Rule: catalog.Rule{ID: RuleMissedFull, Severity: report.Error, Form: "kpi", Title: "目标未完成却得满分",
		Doc: "实际完成值未达到年初目标值的指标不应得满分。"},
	table: checkMissedFull,
}

// checkMissedFull: a target missed (or partly missed) does not score the
// full weight.
func checkMissedFull(tc *tableContext) []finding {
	var out []finding
	for _, f := range tc.indicators {
		if f.missedFull() {
			out = append(out, finding{at: atRow(slotScore, f), cell: f.Score.Ref, cells: []string{f.Target.Ref, f.Actual.Ref}, actual: dec(f.scoreNum.Dec),
				message: fmt.Sprintf("%s实际完成值 %s 未达到年初目标值 %s，却得满分 %s", f.where(), f.Actual.Text, f.Target.Text, dec(f.weightNum.Dec))})
		}
	}
	return out
}

// K0007 指标得分与计分方法不符
var formulaRule = &Rule{
	Rule: catalog.Rule{ID: RuleFormula, Severity: report.Warning, Form: "kpi", Title: "指标得分与计分方法不符",
		Expr: "正向：完成得满分，否则 分值×实际/目标；反向：完成得满分，否则 分值×目标/实际",
		Doc:  "列有分值、且目标值与实际完成值可以比较的定量指标，其得分应符合评分配置的计分方法。"},
	table: checkFormula,
}

// checkFormula: a weighed 正向/反向 indicator scores what the direction
// formula gives (formula, in scoring.go): full marks when met; when missed
// w × B/A (正向) or w × A/B, or the linear deduction (反向). A score written
// with fewer decimals than the profile keeps (14.3 for 14.25) is the same
// score.
func checkFormula(tc *tableContext) []finding {
	var out []finding
	for _, f := range tc.indicators {
		if !f.weighed() || f.missedFull() || f.j.Outcome == Undecided || !f.decided ||
			(f.j.Dir != DirPositive && f.j.Dir != DirReverse) {
			continue
		}
		v, sc := f.recomputed, f.scoreNum.Dec
		p := places(sc)
		rounded := p < tc.k.ScorePlaces && v.Round(p).Equal(sc)
		if v.Equal(sc) || rounded {
			continue
		}
		how := "目标已完成，应得满分"
		if f.j.Outcome == Missed {
			how = "目标未完成，按计分方法"
		}
		out = append(out, finding{at: atRow(slotScore, f), cell: f.Score.Ref, cells: []string{f.Target.Ref, f.Actual.Ref, f.Weight.Ref},
			expected: dec(v), actual: dec(sc), diff: dec(sc.Sub(v)),
			message: fmt.Sprintf("%s目标值 %s、实际完成值 %s，%s应得 %s 分，实为 %s", f.where(), f.Target.Text, f.Actual.Text, how, dec(v), dec(sc))})
	}
	return out
}

// K0009 定性指标得分不在对应档次
var bandRule = &Rule{
	Rule: catalog.Rule{ID: RuleBand, Severity: report.Warning, Form: "kpi", Title: "定性指标得分不在对应档次",
		Expr: "达成 [80%,100%]；部分达成 [60%,80%)；未达成 [0,60%)（按配置）",
		Doc:  "定性或是否类指标应按达成程度在相应档次内给分。"},
	table: checkBand,
}

// checkBand: a weighed pass/fail indicator that passed scores its weight; a
// qualitative one (or a failed pass/fail one) scores within its band
// (band, in scoring.go).
func checkBand(tc *tableContext) []finding {
	var out []finding
	for _, f := range tc.indicators {
		sc, w := f.scoreNum.Dec, f.weightNum.Dec
		switch {
		case f.weighed() && !f.missedFull() && f.j.Dir == DirEvent && f.j.Outcome == Met:
			if !sc.Equal(w) {
				out = append(out, finding{at: atRow(slotScore, f), cell: f.Score.Ref, cells: []string{f.Target.Ref, f.Actual.Ref, f.Weight.Ref},
					expected: dec(w), actual: dec(sc), diff: dec(sc.Sub(w)),
					message: fmt.Sprintf("%s已达成（%s），应得满分 %s，实为 %s", f.where(), f.Actual.Text, dec(w), dec(sc))})
			}
		case f.banded():
			lo, hi, open := band(tc.k, w, f.j.Outcome)
			if sc.GreaterThanOrEqual(lo) && (sc.LessThan(hi) || (!open && sc.Equal(hi))) {
				continue
			}
			out = append(out, finding{at: atRow(slotScore, f), cell: f.Score.Ref, cells: []string{f.Target.Ref, f.Actual.Ref, f.Weight.Ref},
				actual:  dec(sc),
				message: fmt.Sprintf("%s%s（目标 %s，实际 %s），得分应在 %s，实为 %s", f.where(), outcomeChinese(f.j.Outcome), f.Target.Text, f.Actual.Text, bandText(lo, hi, open), dec(sc))})
		}
	}
	return out
}

// K0015 二级指标与一级指标不对应
var level2Rule = &Rule{
	Rule: catalog.Rule{ID: RuleLevel2, Severity: report.Warning, Form: "kpi", Title: "二级指标与一级指标不对应",
		Doc: "二级指标应归属于相应的一级指标：产出（数量、质量、时效、成本）、效益（经济、社会、生态效益，可持续影响）、满意度（服务对象满意度）、成本（经济、社会、生态环境成本）。"},
	table: checkLevel2,
}

// checkLevel2: each 二级指标 belongs under its 一级指标 in the profile's
// framework; each pair is reported once per table.
func checkLevel2(tc *tableContext) []finding {
	l2map := tc.k.Level2Map()
	seen := map[string]bool{}
	var out []finding
	for _, f := range tc.indicators {
		if f.Level1 == "" || f.Level2 == "" {
			continue
		}
		key := f.Level1 + "\x00" + f.Level2
		if seen[key] {
			continue
		}
		seen[key] = true
		if ok, known := belongs(l2map, f.Level1, f.Level2); known && !ok {
			out = append(out, finding{at: atRow(slotHeading, f), cell: f.L2Ref, cells: []string{f.L1Ref}, actual: f.Level2,
				message: fmt.Sprintf("%s二级指标“%s”不属于一级指标“%s”", tc.label, f.Level2, f.Level1)})
		}
	}
	return out
}
