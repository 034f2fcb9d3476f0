// Package kpi recognises the 绩效自评表 of a 决算 draft (one 部门整体 table
// and one table per project), recomputes their scores under a region
// profile, and reports what arithmetic proves wrong (domain.md §3).
//
// Only what the table itself decides is checked: when a template prints no
// 分值 (weight) for its indicators, an indicator's full score is unknown and
// none is invented; the score's plausibility is then left alone.
package kpi

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

var (
	hundred = decimal.NewFromInt(100)
	one     = decimal.NewFromInt(1)
)

// Check recognises and checks every 绩效自评表 in book. tables, when it holds
// the nine public tables, enables the cross checks with 公开05表/03表.
func Check(book *workbook.Book, tables *locate.Result, p *profile.Profile) (findings []report.Finding, sheets []report.KPITable, recognised []report.Table) {
	if p == nil {
		p = profile.Default()
	}
	c := &checker{p: p, k: p.KPI}
	found := Find(book)
	results := make([]*scored, 0, len(found))
	for _, t := range found {
		s := c.table(t)
		results = append(results, s)
		sheets = append(sheets, s.sheet)
		form := "kpi-project"
		if t.Dept {
			form = "kpi-dept"
		}
		recognised = append(recognised, report.Table{Form: form, Sheet: t.Sheet, Range: t.Range(), Unit: t.unit().String(), Title: t.Title})
	}
	c.cross(results, tables)
	if sheets == nil {
		sheets = []report.KPITable{}
	}
	return c.findings, sheets, recognised
}

type checker struct {
	p        *profile.Profile
	k        profile.KPI
	findings []report.Finding
}

// scored is a table with what checking it found out.
type scored struct {
	t        *Table
	sheet    report.KPITable
	budget   amount.Value // in the table's unit
	executed amount.Value
	rateIdx  int // index of the 执行率 finding, −1 when none
	scoreIdx int // index of the 执行得分 finding, −1 when none
}

func (t *Table) unit() amount.Unit {
	if t.Unit == amount.UnitUnknown {
		return amount.WanYuan
	}
	return t.Unit
}

// emit appends a finding unless the profile disables the rule. sev, when
// not empty, overrides the catalogue severity (e.g. info for rounding).
func (c *checker) emit(id string, sev report.Severity, sheet, cell string, cells []string, expected, actual, diff, msg string) int {
	if !c.p.Enabled(id) {
		return -1
	}
	r := kpiRules[id]
	if sev == "" {
		sev = r.Severity
		if s, ok := c.p.Severity[id]; ok {
			sev = report.Severity(s)
		}
	}
	var rel []string
	for _, x := range cells {
		if x != "" && x != cell && x != sheet+"!"+cell {
			rel = append(rel, x)
		}
	}
	c.findings = append(c.findings, report.Finding{
		Rule: id, Severity: sev, Sheet: sheet, Cell: cell, Cells: rel, Message: msg,
		Expected: expected, Actual: actual, Diff: diff, Title: r.Title, Form: "kpi",
	})
	return len(c.findings) - 1
}

// dec prints a decimal plainly ("98", "97.5").
func dec(d decimal.Decimal) string { return d.String() }

func places(d decimal.Decimal) int32 {
	if e := d.Exponent(); e < 0 {
		s := strings.TrimRight(d.String(), "0")
		if i := strings.IndexByte(s, '.'); i >= 0 {
			return int32(len(s) - i - 1)
		}
	}
	return 0
}

// table checks one table and builds its score sheet.
func (c *checker) table(t *Table) *scored {
	k := c.k
	s := &scored{t: t, rateIdx: -1, scoreIdx: -1}
	label := t.Label()
	ks := report.KPITable{Sheet: t.Sheet, Range: t.Range(), Kind: "project", Name: t.Name, Indicators: []report.KPIIndicator{}}
	if t.Dept {
		ks.Kind = "dept"
	}
	if ks.Name == "" {
		ks.Name = t.Title
	}

	// Points: the table's printed ones rule its own arithmetic.
	W := k.ExecutionWeight
	if !t.ExecPoints.IsZero() && !t.ExecPoints.Equal(W) {
		c.emit(RuleProfile, "", t.Sheet, t.ExecPointsRef, nil, dec(W), dec(t.ExecPoints), dec(t.ExecPoints.Sub(W)),
			fmt.Sprintf("%s预算执行分值为 %s 分，所选评分配置（%s）为 %s 分；本表按表中 %s 分复核", label, dec(t.ExecPoints), c.p.Name, dec(W), dec(t.ExecPoints)))
		W = t.ExecPoints
	}
	IP := k.IndicatorPoints
	if t.IndPoints.IsZero() && !W.Equal(k.ExecutionWeight) && W.LessThan(hundred) {
		// The table prints its execution points only: the indicators have
		// the rest of the 100.
		IP = hundred.Sub(W)
	} else if !t.IndPoints.IsZero() && !t.IndPoints.Equal(IP) {
		c.emit(RuleProfile, "", t.Sheet, t.IndPointsRef, nil, dec(IP), dec(t.IndPoints), dec(t.IndPoints.Sub(IP)),
			fmt.Sprintf("%s年度绩效指标分值为 %s 分，所选评分配置（%s）为 %s 分；本表按表中 %s 分复核", label, dec(t.IndPoints), c.p.Name, dec(IP), dec(t.IndPoints)))
		IP = t.IndPoints
	}

	// 预算执行.
	A, B := t.Budget.Num(), t.Executed.Num()
	s.budget, s.executed = A, B
	if A.IsNumber() {
		ks.Budget = dec(A.Dec)
	}
	if B.IsNumber() {
		ks.Executed = dec(B.Dec)
	}
	ks.Rate = t.Rate.Text
	var execRecomputed decimal.Decimal
	execKnown := false
	if t.Budget.Found {
		for _, f := range []Field{t.Budget, t.Executed} {
			if f.Found && !f.Num().IsNumber() {
				what := "预算数"
				if f == t.Executed {
					what = "执行数"
				}
				c.emit(RuleBudgetMissing, "", t.Sheet, f.Ref, nil, "", f.Text, "",
					fmt.Sprintf("%s%s%s，无法复核执行率和执行得分", label, what, emptyOr(f.Text)))
			}
		}
	}
	if A.IsNumber() && B.IsNumber() && A.Dec.IsPositive() {
		ratio := B.Dec.Div(A.Dec)
		if t.Rate.Found {
			s.rateIdx = c.checkRate(t, label, A, B, ratio)
		}
		capped := ratio
		if k.ExecutionCap.IsPositive() && capped.GreaterThan(k.ExecutionCap) {
			capped = k.ExecutionCap
		}
		exact := W.Mul(capped)
		execRecomputed = exact.Round(k.ScorePlaces)
		execKnown = true
		s.scoreIdx = c.checkExecScore(t, label, W, exact, capped)
	}
	// With nothing budgeted the 执行率 is undefined and nothing is checked.
	execPrinted := t.ExecScore.Num()
	if execPrinted.IsNumber() {
		ks.PrintedExecution = dec(execPrinted.Dec)
	} else if t.ExecScore.Found {
		c.emit(RuleScoreMissing, "", t.Sheet, t.ExecScore.Ref, nil, "", t.ExecScore.Text, "",
			fmt.Sprintf("%s预算执行得分%s", label, emptyOr(t.ExecScore.Text)))
	}
	if execKnown {
		ks.ExecutionScore = dec(execRecomputed)
	} else if execPrinted.IsNumber() {
		ks.ExecutionScore = dec(execPrinted.Dec)
		execRecomputed = execPrinted.Dec
	}

	// Indicators.
	sum := decimal.Zero
	sumPlaces := int32(0)
	recSum := decimal.Zero
	missed := false
	dropped, droppedW, droppedUnknown := 0, decimal.Zero, false
	var overWeight []*Indicator // scores above their printed weight (K0006)
	weightSum := decimal.Zero
	weightsAll := t.HasWeights
	var scoreCells []string
	groupSums := map[string]decimal.Decimal{}
	groupCells := map[string][]string{}
	seenPair := map[string]bool{}
	l2map := k.Level2Map()
	for _, ind := range t.Indicators {
		ki := report.KPIIndicator{Cell: ind.Score.Ref, Level1: ind.Level1, Level2: ind.Level2, Name: ind.Name.Text,
			Target: ind.Target.Text, Actual: ind.Actual.Text, Printed: ind.Score.Text}
		sc := amount.Parse(ind.Score.Text)
		w := amount.Parse(ind.Weight.Text)
		hasW := ind.Weight.Found && w.IsNumber()
		if ind.Weight.Found {
			ki.Weight = ind.Weight.Text
			if hasW {
				weightSum = weightSum.Add(w.Dec)
				ki.Weight = dec(w.Dec)
			} else {
				weightsAll = false
			}
		}
		name := ind.Name.Text
		if name == "" {
			name = "第 " + fmt.Sprint(ind.Row) + " 行指标"
		}
		where := fmt.Sprintf("%s指标“%s”", label, name)
		if sc.IsNumber() {
			ki.Printed = dec(sc.Dec)
			sum = sum.Add(sc.Dec)
			if p := places(sc.Dec); p > sumPlaces {
				sumPlaces = p
			}
			scoreCells = append(scoreCells, ind.Score.Ref)
			g := stem1(ind.Level1)
			groupSums[g] = groupSums[g].Add(sc.Dec)
			groupCells[g] = append(groupCells[g], ind.Score.Ref)
		} else if sc.Kind == amount.Dash {
			// "—" / "/": the indicator does not apply this year.
			dropped++
			if hasW {
				droppedW = droppedW.Add(w.Dec)
			} else {
				droppedUnknown = true
			}
		} else {
			c.emit(RuleScoreMissing, "", t.Sheet, ind.Score.Ref, nil, "", ind.Score.Text, "",
				fmt.Sprintf("%s得分%s", where, emptyOr(ind.Score.Text)))
		}
		// Target and actual as written.
		if ind.TargetV.Kind == Missing {
			c.emit(RuleTarget, "", t.Sheet, ind.Target.Ref, nil, "", ind.Target.Text, "",
				fmt.Sprintf("%s的年初目标值%s，无法评价完成情况", where, slashOrEmpty(ind.Target.Text)))
		}
		if ind.ActualV.IsRange() && !strings.Contains(template.FoldValue(ind.ActualV.Raw), "内") {
			c.emit(RuleActualRange, "", t.Sheet, ind.Actual.Ref, nil, "", ind.Actual.Text, "",
				fmt.Sprintf("%s的实际完成值“%s”是区间写法，应填写实际达到的数值", where, ind.Actual.Text))
		}
		cost := strings.Contains(ind.Level1, "成本") || strings.Contains(ind.Level2, "成本")
		j := Judge(ind.TargetV, ind.ActualV, cost)
		ki.Kind = j.Dir.String()
		if j.Outcome != Undecided {
			ki.Note = outcomeChinese(j.Outcome)
		} else {
			ki.Note = j.Reason
		}
		if !hasW {
			ki.Note += "；未列分值，得分不复核"
		}
		if sc.Kind == amount.Dash {
			ki.Note = "不适用"
		}
		if (j.Outcome == Missed || j.Outcome == Partly) && ind.Reason.Found && strings.TrimSpace(ind.Reason.Text) == "" {
			c.emit(RuleReason, "", t.Sheet, ind.Reason.Ref, []string{ind.Actual.Ref}, "", "", "",
				fmt.Sprintf("%s未完成（目标 %s，实际 %s），未填写偏差原因分析及改进措施", where, ind.Target.Text, ind.Actual.Text))
		}
		if j.Outcome == Missed || j.Outcome == Partly {
			missed = true
		}
		// 偏差: far above target with nothing said.
		if j.Dir == DirPositive && !j.Ratio.IsZero() && j.Ratio.GreaterThanOrEqual(k.Deviation()) &&
			strings.TrimSpace(t.Reason.Text) == "" && strings.TrimSpace(ind.Reason.Text) == "" {
			ref := t.Reason.Ref
			if ind.Reason.Found {
				ref = ind.Reason.Ref
			}
			c.emit(RuleDeviation, "", t.Sheet, ind.Actual.Ref, []string{ind.Target.Ref, ref}, "", ind.Actual.Text, "",
				fmt.Sprintf("%s实际完成值 %s 为目标值 %s 的 %s 倍，未填写偏差原因分析", where, ind.Actual.Text, ind.Target.Text, dec(j.Ratio.Round(2))))
		}
		// Score against weight and formula.
		recomputed, decided := decimal.Zero, false
		if sc.IsNumber() {
			switch {
			case sc.Dec.IsNegative():
				c.emit(RuleScoreRange, "", t.Sheet, ind.Score.Ref, nil, "0", dec(sc.Dec), dec(sc.Dec),
					fmt.Sprintf("%s得分 %s 为负数", where, dec(sc.Dec)))
			case hasW && sc.Dec.GreaterThan(w.Dec):
				overWeight = append(overWeight, ind)
				c.emit(RuleScoreRange, "", t.Sheet, ind.Score.Ref, []string{ind.Weight.Ref}, dec(w.Dec), dec(sc.Dec), dec(sc.Dec.Sub(w.Dec)),
					fmt.Sprintf("%s得分 %s 超过其分值 %s，差 %s", where, dec(sc.Dec), dec(w.Dec), dec(sc.Dec.Sub(w.Dec))))
			case hasW:
				recomputed, decided = c.checkFormula(t, ind, where, sc.Dec, w.Dec, j, &ki)
			}
		} else if hasW {
			recomputed, decided = formula(k, w.Dec, j)
			if decided {
				ki.Recomputed = dec(recomputed)
			}
		}
		if decided {
			recSum = recSum.Add(recomputed)
		} else if sc.IsNumber() {
			recSum = recSum.Add(sc.Dec)
		}
		// 二级指标 under the right 一级指标.
		if ind.Level1 != "" && ind.Level2 != "" {
			key := ind.Level1 + "\x00" + ind.Level2
			if !seenPair[key] {
				seenPair[key] = true
				if ok, known := belongs(l2map, ind.Level1, ind.Level2); known && !ok {
					c.emit(RuleLevel2, "", t.Sheet, ind.L2Ref, []string{ind.L1Ref}, "", ind.Level2, "",
						fmt.Sprintf("%s二级指标“%s”不属于一级指标“%s”", label, ind.Level2, ind.Level1))
				}
			}
		}
		ks.Indicators = append(ks.Indicators, ki)
	}
	ks.IndicatorCount = len(t.Indicators)

	totalRef := t.Total.Ref
	anchorRef := totalRef
	if anchorRef == "" && len(scoreCells) > 0 {
		anchorRef = scoreCells[len(scoreCells)-1]
	}
	// Σ指标得分 ≤ indicator points.
	if len(scoreCells) > 0 && sum.GreaterThan(IP) {
		at, note := anchorRef, ""
		if ind, sc, mode := outlier(t.Indicators, sum.Sub(IP), false); ind != nil {
			at = ind.Score.Ref
			note = fmt.Sprintf("；指标“%s”得分 %s 远高于其他指标（多为 %s），可能误填", ind.Name.Text, dec(sc), dec(mode))
		} else if len(overWeight) == 1 {
			at = overWeight[0].Score.Ref
			note = fmt.Sprintf("；指标“%s”得分超过其分值", overWeight[0].Name.Text)
		}
		c.emit(RuleIndicatorSum, "", t.Sheet, at, append([]string{anchorRef}, scoreCells...), dec(IP), dec(sum), dec(sum.Sub(IP)),
			fmt.Sprintf("%s各指标得分合计 %s，超过指标分值 %s，多 %s%s", label, dec(sum), dec(IP), dec(sum.Sub(IP)), note))
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
		if got, ok := groupSums[g]; ok && got.GreaterThan(pts) {
			at := groupCells[g][0]
			var inGroup []*Indicator
			for _, ind := range overWeight {
				if stem1(ind.Level1) == g {
					inGroup = append(inGroup, ind)
				}
			}
			if len(inGroup) == 1 {
				at = inGroup[0].Score.Ref
			}
			c.emit(RuleIndicatorSum, "", t.Sheet, at, groupCells[g], dec(pts), dec(got), dec(got.Sub(pts)),
				fmt.Sprintf("%s%s得分合计 %s，超过其分值 %s，多 %s", label, name, dec(got), dec(pts), dec(got.Sub(pts))))
		}
	}
	// Σ分值 = indicator points when the template prints weights.
	if weightsAll && len(t.Indicators) > 0 {
		ref := t.WeightTotal.Ref
		wt := t.WeightTotal.Num()
		if ref == "" || !wt.IsNumber() {
			ref = t.Indicators[len(t.Indicators)-1].Weight.Ref
		}
		if !weightSum.Equal(IP) {
			c.emit(RuleWeightSum, "", t.Sheet, ref, nil, dec(IP), dec(weightSum), dec(weightSum.Sub(IP)),
				fmt.Sprintf("%s各指标分值合计 %s，应为 %s，差 %s（可能缺少或多出指标行）", label, dec(weightSum), dec(IP), dec(weightSum.Sub(IP))))
		} else if wt.IsNumber() && !wt.Dec.Equal(weightSum) && !wt.Dec.Equal(weightSum.Add(W)) {
			c.emit(RuleWeightSum, "", t.Sheet, t.WeightTotal.Ref, nil, dec(weightSum), dec(wt.Dec), dec(wt.Dec.Sub(weightSum)),
				fmt.Sprintf("%s分值合计栏为 %s，各指标分值合计为 %s", label, dec(wt.Dec), dec(weightSum)))
		}
	}

	// 总分.
	recTotal := execRecomputed.Add(recSum)
	ks.RecomputedTotal = dec(recTotal)
	ks.TotalCell = totalRef
	T := t.Total.Num()
	if t.Total.Found {
		ks.PrintedTotal = t.Total.Text
	}
	switch {
	case T.IsNumber():
		ks.PrintedTotal = dec(T.Dec)
		execTerm := execRecomputed
		execWord := "执行得分"
		if execPrinted.IsNumber() {
			execTerm = execPrinted.Dec
		}
		if execPrinted.IsNumber() || execKnown {
			expected := execTerm.Add(sum)
			rescaled := false
			if dropped > 0 && !droppedUnknown && IP.GreaterThan(droppedW) {
				// Not-applicable indicators dropped and the rest rescaled
				// to the full indicator points.
				r := execTerm.Add(sum.Mul(IP).Div(IP.Sub(droppedW)))
				rescaled = T.Dec.Equal(r.Round(k.ScorePlaces)) || (T.Places < k.ScorePlaces && T.Dec.Equal(r.Round(T.Places)))
			}
			// A total that follows the right 执行得分 while the printed one is
			// wrong (K0002) is itself right.
			viaRecomputed := execKnown && execPrinted.IsNumber() && T.Dec.Equal(execRecomputed.Add(sum))
			if !T.Dec.Equal(expected) && !rescaled && !viaRecomputed {
				diff := T.Dec.Sub(expected)
				sev := report.Severity("")
				note := ""
				switch {
				case T.Places >= 1 && T.Places < sumPlaces && expected.Round(T.Places).Equal(T.Dec):
					sev, note = report.Info, "（按总分所列小数位取整后一致）"
				case dropped > 0 && droppedUnknown && T.Dec.GreaterThan(expected):
					// The weights of the dropped indicators are not printed:
					// a rescaled total cannot be recomputed.
					sev, note = report.Warning, fmt.Sprintf("（有 %d 项指标不适用，若已按比例折算请核对）", dropped)
				}
				at := totalRef
				if diff.IsNegative() && sev == "" {
					// Σ is too high: one score raised above all its peers by
					// exactly the gap is the likelier culprit than the total.
					if ind, sc, mode := outlier(t.Indicators, diff.Neg(), true); ind != nil {
						at = ind.Score.Ref
						note = fmt.Sprintf("；指标“%s”得分 %s 比其他指标（多为 %s）恰好多出 %s，可能误填", ind.Name.Text, dec(sc), dec(mode), dec(diff.Neg()))
					} else if len(overWeight) == 1 {
						at = overWeight[0].Score.Ref
						note = fmt.Sprintf("；指标“%s”得分超过其分值，可能误填", overWeight[0].Name.Text)
					}
				}
				c.emit(RuleTotal, sev, t.Sheet, at, append([]string{totalRef, t.ExecScore.Ref}, scoreCells...), dec(expected), dec(T.Dec), dec(diff),
					fmt.Sprintf("%s总分应为 %s %s + 指标得分合计 %s = %s，实为 %s，差 %s%s", label, execWord, dec(execTerm), dec(sum), dec(expected), dec(T.Dec), dec(diff), note))
			}
		}
		if T.Dec.GreaterThan(hundred) {
			c.emit(RuleTotalMax, "", t.Sheet, totalRef, nil, "100", dec(T.Dec), dec(T.Dec.Sub(hundred)),
				fmt.Sprintf("%s总分 %s 超过满分 100 分", label, dec(T.Dec)))
		}
	case t.Total.Found:
		c.emit(RuleScoreMissing, "", t.Sheet, totalRef, nil, "", t.Total.Text, "",
			fmt.Sprintf("%s总分%s", label, emptyOr(t.Total.Text)))
	}

	// 偏差原因 / 改进措施 when the score is short of 100 or a target missed.
	total := recTotal
	if T.IsNumber() {
		total = T.Dec
	}
	if total.LessThan(hundred) || missed {
		why := fmt.Sprintf("总分 %s 低于 100 分", dec(total))
		if !total.LessThan(hundred) {
			why = "有指标未完成"
		}
		if t.Reason.Found && strings.TrimSpace(t.Reason.Text) == "" {
			c.emit(RuleReason, "", t.Sheet, t.Reason.Ref, []string{totalRef}, "", "", "",
				fmt.Sprintf("%s%s，未填写偏差原因分析", label, why))
		}
		if t.Measures.Found && strings.TrimSpace(t.Measures.Text) == "" && t.Measures.Ref != t.Reason.Ref {
			c.emit(RuleReason, "", t.Sheet, t.Measures.Ref, []string{totalRef}, "", "", "",
				fmt.Sprintf("%s%s，未填写改进措施", label, why))
		}
	}

	// Tick boxes.
	for _, g := range t.Ticks {
		if !g.Known {
			continue
		}
		switch {
		case g.Ticked == 0:
			c.emit(RuleTicks, "", t.Sheet, g.Ref, nil, "1", "0", "",
				fmt.Sprintf("%s%s未勾选", label, g.Label))
		case g.Ticked > 1:
			c.emit(RuleTicks, "", t.Sheet, g.Ref, nil, "1", fmt.Sprint(g.Ticked), "",
				fmt.Sprintf("%s%s勾选了 %d 项，应只勾选一项", label, g.Label, g.Ticked))
		}
	}

	// 部门整体: 执行数 = 基本 + 项目.
	if t.Dept {
		bs, ps := t.Basic.Num(), t.Project.Num()
		if bs.IsNumber() && ps.IsNumber() && (B.IsNumber() || A.IsNumber()) {
			got := bs.Dec.Add(ps.Dec)
			ok := (B.IsNumber() && got.Equal(B.Dec)) || (A.IsNumber() && got.Equal(A.Dec))
			if !ok {
				ref, want := t.Executed.Ref, B
				if !B.IsNumber() {
					ref, want = t.Budget.Ref, A
				}
				c.emit(RuleDeptSum, "", t.Sheet, ref, []string{t.Basic.Ref, t.Project.Ref}, dec(got), dec(want.Dec), dec(want.Dec.Sub(got)),
					fmt.Sprintf("%s部门整体支出总额应为 基本支出总额 %s + 项目支出总额 %s = %s，实为 %s，差 %s", label, dec(bs.Dec), dec(ps.Dec), dec(got), dec(want.Dec), dec(want.Dec.Sub(got))))
			}
		}
	}
	s.sheet = ks
	return s
}

// checkRate checks the printed 执行率 against B/A at its printed precision.
func (c *checker) checkRate(t *Table, label string, A, B amount.Value, ratio decimal.Decimal) int {
	R := t.Rate.Num()
	if !R.IsNumber() {
		c.emit(RuleBudgetMissing, "", t.Sheet, t.Rate.Ref, nil, "", t.Rate.Text, "",
			fmt.Sprintf("%s执行率%s，无法复核", label, emptyOr(t.Rate.Text)))
		return -1
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
	exact := ratio.Mul(hundred)
	want := exact.Round(pl)
	if want.Equal(pct) {
		return -1
	}
	return c.emit(RuleRate, "", t.Sheet, t.Rate.Ref, []string{t.Budget.Ref, t.Executed.Ref}, dec(want), dec(pct), dec(pct.Sub(want)),
		fmt.Sprintf("%s执行率应为 执行数 %s ÷ 预算数 %s = %s%%，实为 %s%%，差 %s 个百分点（或预算数、执行数有误）", label, dec(B.Dec), dec(A.Dec), dec(want), dec(pct), dec(pct.Sub(want))))
}

// checkExecScore checks 执行得分 = W × min(r, cap).
func (c *checker) checkExecScore(t *Table, label string, W, exact, capped decimal.Decimal) int {
	S := t.ExecScore.Num()
	if !S.IsNumber() {
		return -1
	}
	k := c.k
	want := exact.Round(k.ScorePlaces)
	if S.Dec.Equal(want) || S.Dec.Equal(exact) {
		return -1
	}
	// Scored from the printed (rounded) rate: also right.
	if R := t.Rate.Num(); R.IsNumber() {
		r := R.Dec
		if R.Percent || R.Dec.GreaterThan(decimal.NewFromInt(2)) {
			r = r.Div(hundred)
		}
		if k.ExecutionCap.IsPositive() && r.GreaterThan(k.ExecutionCap) {
			r = k.ExecutionCap
		}
		if viaRate := W.Mul(r); S.Dec.Equal(viaRate.Round(k.ScorePlaces)) || S.Dec.Equal(viaRate) {
			return -1
		}
	}
	diff := S.Dec.Sub(want)
	sev, note := report.Severity(""), ""
	if S.Places >= 1 && S.Places < k.ScorePlaces && exact.Round(S.Places).Equal(S.Dec) {
		// 18.5 for 18.46: rounded to fewer decimals than the profile keeps.
		// A whole number (20 for 19.8) is not rounding but the rate ignored.
		sev, note = report.Info, fmt.Sprintf("（按 %d 位小数取整后一致，评分配置为 %d 位）", S.Places, k.ScorePlaces)
	}
	rate := capped.Mul(hundred).Round(4)
	return c.emit(RuleExecScore, sev, t.Sheet, t.ExecScore.Ref, []string{t.Budget.Ref, t.Executed.Ref, t.Rate.Ref}, dec(want), dec(S.Dec), dec(diff),
		fmt.Sprintf("%s预算执行得分应为 %s 分 × %s%% = %s，实为 %s，差 %s%s", label, dec(W), dec(rate), dec(want), dec(S.Dec), dec(diff), note))
}

// formula is the score an indicator should get under the profile, when
// target and actual decide it to a single value.
func formula(k profile.KPI, w decimal.Decimal, j Judgement) (decimal.Decimal, bool) {
	switch j.Outcome {
	case Met:
		if j.Dir == DirQualitative {
			return decimal.Zero, false // a band, not a value
		}
		return w, true
	case Missed:
		switch j.Dir {
		case DirPositive:
			if j.A.IsPositive() && !j.B.IsNegative() {
				return w.Mul(j.B).Div(j.A).Round(k.ScorePlaces), true
			}
		case DirReverse:
			if k.Reverse == "linear" {
				if j.A.IsPositive() {
					f := one.Sub(j.B.Sub(j.A).Div(j.A))
					if f.IsNegative() {
						f = decimal.Zero
					}
					return w.Mul(f).Round(k.ScorePlaces), true
				}
			} else if j.B.IsPositive() {
				return w.Mul(j.A).Div(j.B).Round(k.ScorePlaces), true
			}
		}
	}
	return decimal.Zero, false
}

// band is the score range of a qualitative or pass/fail outcome.
func band(k profile.KPI, w decimal.Decimal, o Outcome) (lo, hi decimal.Decimal, hiOpen bool) {
	switch o {
	case Met:
		return w.Mul(k.Bands.Achieved), w, false
	case Partly:
		return w.Mul(k.Bands.Partial), w.Mul(k.Bands.Achieved), true
	default:
		return decimal.Zero, w.Mul(k.Bands.Partial), true
	}
}

// checkFormula checks a weighted indicator's score against the direction
// formula or band; it returns the recomputed score when one value is decided.
func (c *checker) checkFormula(t *Table, ind *Indicator, where string, sc, w decimal.Decimal, j Judgement, ki *report.KPIIndicator) (decimal.Decimal, bool) {
	k := c.k
	if j.Outcome == Undecided {
		return decimal.Zero, false
	}
	if (j.Outcome == Missed || j.Outcome == Partly) && sc.Equal(w) && w.IsPositive() {
		c.emit(RuleMissedFull, "", t.Sheet, ind.Score.Ref, []string{ind.Target.Ref, ind.Actual.Ref}, "", dec(sc), "",
			fmt.Sprintf("%s实际完成值 %s 未达到年初目标值 %s，却得满分 %s", where, ind.Actual.Text, ind.Target.Text, dec(w)))
		if v, ok := formula(k, w, j); ok {
			ki.Recomputed = dec(v)
			return v, true
		}
		return decimal.Zero, false
	}
	switch j.Dir {
	case DirPositive, DirReverse:
		v, ok := formula(k, w, j)
		if !ok {
			return decimal.Zero, false
		}
		ki.Recomputed = dec(v)
		// A score written with fewer decimals than the profile keeps (14.3
		// for 14.25) is the same score.
		p := places(sc)
		rounded := p < k.ScorePlaces && v.Round(p).Equal(sc)
		if !v.Equal(sc) && !rounded {
			how := "目标已完成，应得满分"
			if j.Outcome == Missed {
				how = "目标未完成，按计分方法"
			}
			c.emit(RuleFormula, "", t.Sheet, ind.Score.Ref, []string{ind.Target.Ref, ind.Actual.Ref, ind.Weight.Ref}, dec(v), dec(sc), dec(sc.Sub(v)),
				fmt.Sprintf("%s目标值 %s、实际完成值 %s，%s应得 %s 分，实为 %s", where, ind.Target.Text, ind.Actual.Text, how, dec(v), dec(sc)))
		}
		return v, true
	case DirEvent, DirQualitative:
		if j.Dir == DirEvent && j.Outcome == Met {
			ki.Recomputed = dec(w)
			if !sc.Equal(w) {
				c.emit(RuleBand, "", t.Sheet, ind.Score.Ref, []string{ind.Target.Ref, ind.Actual.Ref, ind.Weight.Ref}, dec(w), dec(sc), dec(sc.Sub(w)),
					fmt.Sprintf("%s已达成（%s），应得满分 %s，实为 %s", where, ind.Actual.Text, dec(w), dec(sc)))
			}
			return w, true
		}
		lo, hi, open := band(k, w, j.Outcome)
		in := sc.GreaterThanOrEqual(lo) && (sc.LessThan(hi) || (!open && sc.Equal(hi)))
		rng := fmt.Sprintf("[%s, %s]", dec(lo), dec(hi))
		if open {
			rng = fmt.Sprintf("[%s, %s)", dec(lo), dec(hi))
		}
		ki.Note = outcomeChinese(j.Outcome) + "，应在 " + rng
		if !in {
			c.emit(RuleBand, "", t.Sheet, ind.Score.Ref, []string{ind.Target.Ref, ind.Actual.Ref, ind.Weight.Ref}, "", dec(sc), "",
				fmt.Sprintf("%s%s（目标 %s，实际 %s），得分应在 %s，实为 %s", where, outcomeChinese(j.Outcome), ind.Target.Text, ind.Actual.Text, rng, dec(sc)))
		}
	}
	return decimal.Zero, false
}

func outcomeChinese(o Outcome) string {
	switch o {
	case Met:
		return "达成"
	case Partly:
		return "部分达成"
	case Missed:
		return "未达成"
	}
	return "无法判断"
}

func emptyOr(text string) string {
	if strings.TrimSpace(text) == "" {
		return "未填写"
	}
	return "“" + text + "”不是数值"
}

func slashOrEmpty(text string) string {
	if strings.TrimSpace(text) == "" {
		return "未填写"
	}
	return "为“" + text + "”"
}

// stem1 reduces a 一级指标 heading to its stem: 产出, 效益, 满意度, 成本.
func stem1(s string) string {
	s = template.Fold(s)
	for _, st := range []string{"满意度", "产出", "效益", "成本"} {
		if strings.Contains(s, st) {
			return st
		}
	}
	if strings.Contains(s, "满意") {
		return "满意度"
	}
	return s
}

// belongs tells whether a 二级指标 belongs under its 一级指标; known is false
// when either heading is not in the framework.
func belongs(m map[string][]string, l1, l2 string) (ok, known bool) {
	l1s := stem1(l1)
	var allowed []string
	for k, v := range m {
		if stem1(k) == l1s {
			allowed = v
		}
	}
	if allowed == nil {
		return false, false
	}
	l2 = template.Fold(l2)
	for _, a := range allowed {
		if strings.Contains(l2, a) {
			return true, true
		}
	}
	// Is the 二级 heading known anywhere in the framework?
	for _, v := range m {
		for _, a := range v {
			if strings.Contains(l2, a) {
				return false, true
			}
		}
	}
	return false, false
}

// outlier finds the one indicator whose score stands above the most common
// score by the excess (exactly, or at least), when there is exactly one.
func outlier(inds []*Indicator, excess decimal.Decimal, exact bool) (*Indicator, decimal.Decimal, decimal.Decimal) {
	if !excess.IsPositive() {
		return nil, decimal.Zero, decimal.Zero
	}
	counts := map[string]int{}
	var scores []decimal.Decimal
	for _, ind := range inds {
		v := amount.Parse(ind.Score.Text)
		if !v.IsNumber() {
			scores = append(scores, decimal.NewFromInt(-1))
			continue
		}
		scores = append(scores, v.Dec)
		counts[v.Dec.String()]++
	}
	if len(counts) < 2 || len(scores) < 3 {
		return nil, decimal.Zero, decimal.Zero
	}
	best, bestN, tie := "", 0, false
	for k, n := range counts {
		switch {
		case n > bestN:
			best, bestN, tie = k, n, false
		case n == bestN:
			tie = true
		}
	}
	if tie || bestN < 2 {
		return nil, decimal.Zero, decimal.Zero
	}
	mode := decimal.RequireFromString(best)
	var found *Indicator
	var foundScore decimal.Decimal
	for i, ind := range inds {
		d := scores[i].Sub(mode)
		if !d.IsPositive() {
			continue
		}
		if (exact && d.Equal(excess)) || (!exact && d.GreaterThanOrEqual(excess)) {
			if found != nil {
				return nil, decimal.Zero, decimal.Zero
			}
			found, foundScore = ind, scores[i]
		}
	}
	if found == nil {
		return nil, decimal.Zero, decimal.Zero
	}
	return found, foundScore, mode
}
