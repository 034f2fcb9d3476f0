package kpi

import (
	"fmt"
	"sort"

	"reportcheck/internal/catalog"
	"reportcheck/internal/report"
	"reportcheck/internal/trim"
)

// The sums and the rest of a table: K0005, K0018, K0003, K0004, K0013,
// K0014, K0019.

// K0005 指标得分合计超过指标分值
var indicatorSumRule = &Rule{
	Rule: catalog.Rule{ID: RuleIndicatorSum, Severity: report.Error, Form: "kpi", Title: "指标得分合计超过指标分值",
		Expr: "Σ指标得分 ≤ 指标分值（湖北 80 分；中央模板 90 分：产出 50、效益 30、满意度 10）",
		Doc:  "各项绩效指标得分之和不能超过年度绩效指标的总分值，分一级指标规定分值的，各一级指标得分之和也不能超过其分值。"},
	table: checkIndicatorSum,
}

// checkIndicatorSum: Σ指标得分 ≤ the indicator points, and each 一级指标's
// sum ≤ its points when the profile fixes them (产出 50, 效益 30, 满意度 10).
// One score standing far above its peers, or the one score above its
// weight, is named as the likely slip.
func checkIndicatorSum(tc *tableContext) []finding {
	t, k, IP, sum := tc.t, tc.k, tc.IP, tc.sum
	var out []finding
	if len(tc.scoreCells) > 0 && sum.GreaterThan(IP) {
		cell, note := tc.anchorRef, ""
		if ind, sc, mode := outlier(t.Indicators, sum.Sub(IP), false); ind != nil {
			cell = ind.Score.Ref
			note = fmt.Sprintf("；指标“%s”得分 %s 远高于其他指标（多为 %s），可能误填", ind.Name.Text, dec(sc), dec(mode))
		} else if len(tc.overWeight) == 1 {
			cell = tc.overWeight[0].Score.Ref
			note = fmt.Sprintf("；指标“%s”得分超过其分值", tc.overWeight[0].Name.Text)
		}
		out = append(out, finding{at: at(slotIndicatorSum), cell: cell, cells: append([]string{tc.anchorRef}, tc.scoreCells...),
			expected: dec(IP), actual: dec(sum), diff: dec(sum.Sub(IP)),
			message: fmt.Sprintf("%s各指标得分合计 %s，超过指标分值 %s，多 %s%s", tc.label, dec(sum), dec(IP), dec(sum.Sub(IP)), note)})
	}
	groupPoints := k.GroupPoints
	if !IP.Equal(k.IndicatorPoints) {
		// The table follows another scheme than the profile's groups.
		groupPoints = nil
	}
	names := make([]string, 0, len(groupPoints))
	for name := range groupPoints {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		pts := groupPoints[name]
		g := stem1(name)
		got, ok := tc.groupSums[g]
		if !ok || !got.GreaterThan(pts) {
			continue
		}
		cell := tc.groupCells[g][0]
		var inGroup []*Indicator
		for _, ind := range tc.overWeight {
			if stem1(ind.Level1) == g {
				inGroup = append(inGroup, ind)
			}
		}
		if len(inGroup) == 1 {
			cell = inGroup[0].Score.Ref
		}
		out = append(out, finding{at: at(slotIndicatorSum), cell: cell, cells: tc.groupCells[g],
			expected: dec(pts), actual: dec(got), diff: dec(got.Sub(pts)),
			message: fmt.Sprintf("%s%s得分合计 %s，超过其分值 %s，多 %s", tc.label, name, dec(got), dec(pts), dec(got.Sub(pts)))})
	}
	return out
}

// K0018 指标分值合计不等于指标总分值
var weightSumRule = &Rule{
	Rule: catalog.Rule{ID: RuleWeightSum, Severity: report.Error, Form: "kpi", Title: "指标分值合计不等于指标总分值",
		Expr: "Σ指标分值 = 指标分值（80 / 90）",
		Doc:  "列有分值（权重）的模板，各指标分值之和应等于年度绩效指标总分值；少了或多了指标行都会使其不等。"},
	table: checkWeightSum,
}

// checkWeightSum: where every indicator prints a 分值, Σ分值 = the indicator
// points, and a printed 分值 total agrees (with or without the 预算执行
// points).
func checkWeightSum(tc *tableContext) []finding {
	t, IP, sum := tc.t, tc.IP, tc.weightSum
	if !tc.weightsAll || len(t.Indicators) == 0 {
		return nil
	}
	ref := t.WeightTotal.Ref
	wt := t.WeightTotal.Num()
	if ref == "" || !wt.IsNumber() {
		ref = t.Indicators[len(t.Indicators)-1].Weight.Ref
	}
	switch {
	case !sum.Equal(IP):
		return []finding{{at: at(slotWeightSum), cell: ref, expected: dec(IP), actual: dec(sum), diff: dec(sum.Sub(IP)),
			message: fmt.Sprintf("%s各指标分值合计 %s，应为 %s，差 %s（可能缺少或多出指标行）", tc.label, dec(sum), dec(IP), dec(sum.Sub(IP)))}}
	case wt.IsNumber() && !wt.Dec.Equal(sum) && !wt.Dec.Equal(sum.Add(tc.W)):
		return []finding{{at: at(slotWeightSum), cell: t.WeightTotal.Ref, expected: dec(sum), actual: dec(wt.Dec), diff: dec(wt.Dec.Sub(sum)),
			message: fmt.Sprintf("%s分值合计栏为 %s，各指标分值合计为 %s", tc.label, dec(wt.Dec), dec(sum))}}
	}
	return nil
}

// K0003 总分不等于执行得分与指标得分之和
var totalRule = &Rule{
	Rule: catalog.Rule{ID: RuleTotal, Severity: report.Error, Form: "kpi", Title: "总分不等于执行得分与指标得分之和",
		Expr: "总分 = 执行得分 + Σ指标得分",
		Doc:  "总分应等于预算执行得分加上各项绩效指标得分之和。"},
	table: checkTotal,
}

// checkTotal: 总分 = 执行得分 + Σ指标得分. A total that follows the
// recomputed 执行得分 while the printed one is wrong (K0002) is right; so is
// one rescaled to the full points after not-applicable indicators were
// dropped. A total rounded to fewer decimals than its terms is 信息.
func checkTotal(tc *tableContext) []finding {
	t, k, T, sum := tc.t, tc.k, tc.total, tc.sum
	if !T.IsNumber() || !(tc.execPrinted.IsNumber() || tc.execKnown) {
		return nil
	}
	execTerm := tc.execScore
	if tc.execPrinted.IsNumber() {
		execTerm = tc.execPrinted.Dec
	}
	expected := execTerm.Add(sum)
	rescaled := false
	if tc.dropped > 0 && !tc.droppedUnknown && tc.IP.GreaterThan(tc.droppedW) {
		// Not-applicable indicators dropped and the rest rescaled to the
		// full indicator points.
		r := execTerm.Add(sum.Mul(tc.IP).Div(tc.IP.Sub(tc.droppedW)))
		rescaled = T.Dec.Equal(r.Round(k.ScorePlaces)) || (T.Places < k.ScorePlaces && T.Dec.Equal(r.Round(T.Places)))
	}
	viaRecomputed := tc.execKnown && tc.execPrinted.IsNumber() && T.Dec.Equal(tc.execScore.Add(sum))
	if T.Dec.Equal(expected) || rescaled || viaRecomputed {
		return nil
	}
	diff := T.Dec.Sub(expected)
	sev, note := report.Severity(""), ""
	switch {
	case T.Places >= 1 && T.Places < tc.sumPlaces && expected.Round(T.Places).Equal(T.Dec):
		sev, note = report.Info, "（按总分所列小数位取整后一致）"
	case tc.dropped > 0 && tc.droppedUnknown && T.Dec.GreaterThan(expected):
		// The weights of the dropped indicators are not printed: a
		// rescaled total cannot be recomputed.
		sev, note = report.Warning, fmt.Sprintf("（有 %d 项指标不适用，若已按比例折算请核对）", tc.dropped)
	}
	cell := tc.totalRef
	if diff.IsNegative() && sev == "" {
		// Σ is too high: one score raised above all its peers by exactly
		// the gap is the likelier culprit than the total.
		if ind, sc, mode := outlier(t.Indicators, diff.Neg(), true); ind != nil {
			cell = ind.Score.Ref
			note = fmt.Sprintf("；指标“%s”得分 %s 比其他指标（多为 %s）恰好多出 %s，可能误填", ind.Name.Text, dec(sc), dec(mode), dec(diff.Neg()))
		} else if len(tc.overWeight) == 1 {
			cell = tc.overWeight[0].Score.Ref
			note = fmt.Sprintf("；指标“%s”得分超过其分值，可能误填", tc.overWeight[0].Name.Text)
		}
	}
	return []finding{{at: at(slotTotal), severity: sev, cell: cell, cells: append([]string{tc.totalRef, t.ExecScore.Ref}, tc.scoreCells...),
		expected: dec(expected), actual: dec(T.Dec), diff: dec(diff),
		message: fmt.Sprintf("%s总分应为 执行得分 %s + 指标得分合计 %s = %s，实为 %s，差 %s%s", tc.label, dec(execTerm), dec(sum), dec(expected), dec(T.Dec), dec(diff), note)}}
}

// K0004 总分超过 100 分
var totalMaxRule = &Rule{
	Rule: catalog.Rule{ID: RuleTotalMax, Severity: report.Error, Form: "kpi", Title: "总分超过 100 分",
		Expr: "总分 ≤ 100",
		Doc:  "绩效自评总分满分为 100 分。"},
	table: checkTotalMax,
}

// checkTotalMax: 总分 ≤ 100.
func checkTotalMax(tc *tableContext) []finding {
	T := tc.total
	if !T.IsNumber() || !T.Dec.GreaterThan(hundred) {
		return nil
	}
	return []finding{{at: at(slotTotalMax), cell: tc.totalRef, expected: "100", actual: dec(T.Dec), diff: dec(T.Dec.Sub(hundred)),
		message: fmt.Sprintf("%s总分 %s 超过满分 100 分", tc.label, dec(T.Dec))}}
}

// K0013 未填写偏差原因分析或改进措施
var reasonRule = &Rule{
	Rule: catalog.Rule{ID: RuleReason, Severity: report.Warning, Form: "kpi", Title: "未填写偏差原因分析或改进措施",
		Doc: "总分低于 100 分或有指标未完成时，应填写偏差原因分析和改进措施。"},
	table: checkReason,
}

// checkReason: a missed target, or a 总分 below 100, has its 偏差原因 and
// 改进措施 written: in the indicator's row where the template has a column
// for it, and for the table.
func checkReason(tc *tableContext) []finding {
	t := tc.t
	var out []finding
	for _, f := range tc.indicators {
		if f.failed() && f.Reason.Found && trim.Space(f.Reason.Text) == "" {
			out = append(out, finding{at: atRow(slotRowReason, f), cell: f.Reason.Ref, cells: []string{f.Actual.Ref},
				message: fmt.Sprintf("%s未完成（目标 %s，实际 %s），未填写偏差原因分析及改进措施", f.where(), f.Target.Text, f.Actual.Text)})
		}
	}
	total := tc.recTotal
	if tc.total.IsNumber() {
		total = tc.total.Dec
	}
	if !total.LessThan(hundred) && !tc.missed {
		return out
	}
	why := fmt.Sprintf("总分 %s 低于 100 分", dec(total))
	if !total.LessThan(hundred) {
		why = "有指标未完成"
	}
	if t.Reason.Found && trim.Space(t.Reason.Text) == "" {
		out = append(out, finding{at: at(slotReason), cell: t.Reason.Ref, cells: []string{tc.totalRef},
			message: fmt.Sprintf("%s%s，未填写偏差原因分析", tc.label, why)})
	}
	if t.Measures.Found && trim.Space(t.Measures.Text) == "" && t.Measures.Ref != t.Reason.Ref {
		out = append(out, finding{at: at(slotReason), cell: t.Measures.Ref, cells: []string{tc.totalRef},
			message: fmt.Sprintf("%s%s，未填写改进措施", tc.label, why)})
	}
	return out
}

// K0014 勾选项未勾选或勾选多项
var ticksRule = &Rule{
	Rule: catalog.Rule{ID: RuleTicks, Severity: report.Warning, Form: "kpi", Title: "勾选项未勾选或勾选多项",
		Doc: "项目类别、项目属性、项目类型各应勾选且只勾选一项。"},
	table: checkTicks,
}

// checkTicks: each tick-box group (项目类别, 项目属性, 项目类型) has one box
// ticked.
func checkTicks(tc *tableContext) []finding {
	var out []finding
	for _, g := range tc.t.Ticks {
		if !g.Known {
			continue
		}
		switch {
		case g.Ticked == 0:
			out = append(out, finding{at: at(slotTicks), cell: g.Ref, expected: "1", actual: "0",
				message: fmt.Sprintf("%s%s未勾选", tc.label, g.Label)})
		case g.Ticked > 1:
			out = append(out, finding{at: at(slotTicks), cell: g.Ref, expected: "1", actual: fmt.Sprint(g.Ticked),
				message: fmt.Sprintf("%s%s勾选了 %d 项，应只勾选一项", tc.label, g.Label, g.Ticked)})
		}
	}
	return out
}

// K0019 部门整体支出总额不等于基本支出与项目支出之和
var deptSumRule = &Rule{
	Rule: catalog.Rule{ID: RuleDeptSum, Severity: report.Error, Form: "kpi", Title: "部门整体支出总额不等于基本支出与项目支出之和",
		Expr: "部门整体支出总额 = 基本支出总额 + 项目支出总额",
		Doc:  "部门整体绩效自评表中，部门整体支出总额应等于基本支出总额加项目支出总额。"},
	table: checkDeptSum,
}

// checkDeptSum: 部门整体 执行数 (or 预算数) = 基本支出总额 + 项目支出总额.
func checkDeptSum(tc *tableContext) []finding {
	t, A, B := tc.t, tc.budget, tc.executed
	if !t.Dept {
		return nil
	}
	bs, ps := t.Basic.Num(), t.Project.Num()
	if !bs.IsNumber() || !ps.IsNumber() || !(B.IsNumber() || A.IsNumber()) {
		return nil
	}
	got := bs.Dec.Add(ps.Dec)
	if (B.IsNumber() && got.Equal(B.Dec)) || (A.IsNumber() && got.Equal(A.Dec)) {
		return nil
	}
	ref, want := t.Executed.Ref, B
	if !B.IsNumber() {
		ref, want = t.Budget.Ref, A
	}
	return []finding{{at: at(slotDeptSum), cell: ref, cells: []string{t.Basic.Ref, t.Project.Ref},
		expected: dec(got), actual: dec(want.Dec), diff: dec(want.Dec.Sub(got)),
		message: fmt.Sprintf("%s部门整体支出总额应为 基本支出总额 %s + 项目支出总额 %s = %s，实为 %s，差 %s", tc.label, dec(bs.Dec), dec(ps.Dec), dec(got), dec(want.Dec), dec(want.Dec.Sub(got)))}}
}
