package kpi

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
)

// tableContext is one recognised table read once, with what the rules and
// the score sheet share: the points it is scored on, the recomputed
// execution score, each indicator's reading and the sums. Building it
// reports nothing; the rules decide what is wrong.
type tableContext struct {
	t     *Table
	p     *profile.Profile
	k     profile.KPI
	label string // the table in messages: 绩效自评表（…）

	// Points: the table's printed ones rule its own arithmetic.
	W  decimal.Decimal // 预算执行 points
	IP decimal.Decimal // indicator points

	// 预算执行, in the table's unit.
	budget, executed amount.Value // A, B
	rated            bool         // A and B are numbers and A > 0: 执行率 = B ÷ A is defined
	ratio            decimal.Decimal
	capped           decimal.Decimal // min(执行率, cap)
	execExact        decimal.Decimal // W × capped, unrounded
	execKnown        bool            // the 执行得分 was recomputed (rated)
	// execScore is the 执行得分 the total is built on: recomputed when
	// rated, else the printed one.
	execScore   decimal.Decimal
	execPrinted amount.Value

	indicators []*indicator
	sum        decimal.Decimal // Σ printed 指标得分
	sumPlaces  int32           // the most decimals a printed score has
	recSum     decimal.Decimal // Σ 指标得分 as recomputed where decided, else as printed
	scoreCells []string
	groupSums  map[string]decimal.Decimal // by 一级指标 stem
	groupCells map[string][]string
	overWeight []*Indicator // scores above their printed weight
	weightSum  decimal.Decimal
	weightsAll bool // every indicator prints a numeric 分值
	// Indicators scored "—" or "/": not applicable this year.
	dropped        int
	droppedW       decimal.Decimal
	droppedUnknown bool // a dropped indicator's weight is not printed
	missed         bool // an indicator missed (or partly missed) its target

	total     amount.Value    // the printed 总分
	totalRef  string          // its cell
	anchorRef string          // the 总分 cell, else the last score cell
	recTotal  decimal.Decimal // execScore + recSum

	// acc adds up sum, weightSum, droppedW, recSum and groupSums while the
	// indicators are read (amount.Sum: no allocation per addition); the
	// decimal fields are set from it once all are read.
	acc struct {
		sum, weightSum, droppedW, recSum amount.Sum
		groups                           map[string]*amount.Sum
	}

	sheet             report.KPITable
	rateIdx, scoreIdx int // the table's K0001 and K0002 findings, −1 when none
}

// indicator is one indicator row as the rules read it.
type indicator struct {
	*Indicator
	index     int
	label     string       // the table's label, for where
	scoreNum  amount.Value // the printed 得分, parsed
	weightNum amount.Value // the printed 分值, parsed
	hasWeight bool
	j         Judgement
	// recomputed is the score the profile's formula gives, when decided.
	recomputed decimal.Decimal
	decided    bool
}

func (f *indicator) scored() bool { return f.scoreNum.IsNumber() }

// where names the indicator in messages; made only for a finding.
func (f *indicator) where() string {
	name := f.Name.Text
	if name == "" {
		name = "第 " + fmt.Sprint(f.Row) + " 行指标"
	}
	return fmt.Sprintf("%s指标“%s”", f.label, name)
}

// failed: the target was missed, or (qualitative) partly missed.
func (f *indicator) failed() bool { return f.j.Outcome == Missed || f.j.Outcome == Partly }

// weighed: a non-negative score within a printed weight, which the
// direction formulas and bands can judge.
func (f *indicator) weighed() bool {
	return f.scored() && !f.scoreNum.Dec.IsNegative() && f.hasWeight && !f.scoreNum.Dec.GreaterThan(f.weightNum.Dec)
}

// missedFull: a missed target scored its full weight (K0008).
func (f *indicator) missedFull() bool {
	return f.weighed() && f.failed() && f.scoreNum.Dec.Equal(f.weightNum.Dec) && f.weightNum.Dec.IsPositive()
}

// banded: a weighed qualitative or pass/fail score that falls in a band
// rather than on one value (K0009).
func (f *indicator) banded() bool {
	return f.weighed() && !f.missedFull() && f.j.Outcome != Undecided &&
		(f.j.Dir == DirQualitative || (f.j.Dir == DirEvent && f.j.Outcome != Met))
}

// expected is the score a weighed indicator should get, when one value is
// decided: the direction formula, full marks for a pass, nothing for a band.
func (f *indicator) expected(k profile.KPI) (decimal.Decimal, bool) {
	if f.j.Outcome == Undecided {
		return decimal.Zero, false
	}
	if f.missedFull() {
		return formula(k, f.weightNum.Dec, f.j)
	}
	switch f.j.Dir {
	case DirPositive, DirReverse:
		return formula(k, f.weightNum.Dec, f.j)
	case DirEvent:
		if f.j.Outcome == Met {
			return f.weightNum.Dec, true
		}
	}
	return decimal.Zero, false
}

func newTableContext(t *Table, p *profile.Profile) *tableContext {
	k := p.KPI
	tc := &tableContext{t: t, p: p, k: k, label: t.Label(), rateIdx: -1, scoreIdx: -1}
	ks := report.KPITable{Sheet: t.Sheet, Range: t.Range(), Kind: "project", Name: t.Name, Indicators: []report.KPIIndicator{}}
	if t.Dept {
		ks.Kind = "dept"
	}
	if ks.Name == "" {
		ks.Name = t.Title
	}

	tc.W = k.ExecutionWeight
	if !t.ExecPoints.IsZero() && !t.ExecPoints.Equal(tc.W) {
		tc.W = t.ExecPoints
	}
	tc.IP = k.IndicatorPoints
	if t.IndPoints.IsZero() && !tc.W.Equal(k.ExecutionWeight) && tc.W.LessThan(hundred) {
		// The table prints its execution points only: the indicators have
		// the rest of the 100.
		tc.IP = hundred.Sub(tc.W)
	} else if !t.IndPoints.IsZero() && !t.IndPoints.Equal(tc.IP) {
		tc.IP = t.IndPoints
	}

	// 预算执行.
	A, B := t.Budget.Num(), t.Executed.Num()
	tc.budget, tc.executed = A, B
	if A.IsNumber() {
		ks.Budget = dec(A.Dec)
	}
	if B.IsNumber() {
		ks.Executed = dec(B.Dec)
	}
	ks.Rate = t.Rate.Text
	// With nothing budgeted the 执行率 is undefined and nothing is recomputed.
	if A.IsNumber() && B.IsNumber() && A.Dec.IsPositive() {
		tc.rated = true
		tc.ratio = B.Dec.Div(A.Dec)
		tc.capped = tc.ratio
		if k.ExecutionCap.IsPositive() && tc.capped.GreaterThan(k.ExecutionCap) {
			tc.capped = k.ExecutionCap
		}
		tc.execExact = tc.W.Mul(tc.capped)
		tc.execScore = tc.execExact.Round(k.ScorePlaces)
		tc.execKnown = true
	}
	tc.execPrinted = t.ExecScore.Num()
	if tc.execPrinted.IsNumber() {
		ks.PrintedExecution = dec(tc.execPrinted.Dec)
	}
	if tc.execKnown {
		ks.ExecutionScore = dec(tc.execScore)
	} else if tc.execPrinted.IsNumber() {
		ks.ExecutionScore = dec(tc.execPrinted.Dec)
		tc.execScore = tc.execPrinted.Dec
	}

	// Indicators.
	tc.weightsAll = t.HasWeights
	tc.groupSums = map[string]decimal.Decimal{}
	tc.groupCells = map[string][]string{}
	tc.acc.groups = map[string]*amount.Sum{}
	tc.indicators = make([]*indicator, 0, len(t.Indicators))
	ks.Indicators = make([]report.KPIIndicator, 0, len(t.Indicators))
	for i, ind := range t.Indicators {
		f := tc.readIndicator(i, ind)
		tc.indicators = append(tc.indicators, f)
		ks.Indicators = append(ks.Indicators, tc.sheetRow(f))
	}
	tc.sum, tc.weightSum, tc.droppedW, tc.recSum = tc.acc.sum.Value(), tc.acc.weightSum.Value(), tc.acc.droppedW.Value(), tc.acc.recSum.Value()
	for g, s := range tc.acc.groups {
		tc.groupSums[g] = s.Value()
	}
	ks.IndicatorCount = len(t.Indicators)

	tc.totalRef = t.Total.Ref
	tc.anchorRef = tc.totalRef
	if tc.anchorRef == "" && len(tc.scoreCells) > 0 {
		tc.anchorRef = tc.scoreCells[len(tc.scoreCells)-1]
	}
	tc.total = t.Total.Num()
	tc.recTotal = tc.execScore.Add(tc.recSum)
	ks.RecomputedTotal = dec(tc.recTotal)
	ks.TotalCell = tc.totalRef
	if t.Total.Found {
		ks.PrintedTotal = t.Total.Text
	}
	if tc.total.IsNumber() {
		ks.PrintedTotal = dec(tc.total.Dec)
	}
	tc.sheet = ks
	return tc
}

// readIndicator reads one indicator row and adds it to the sums.
func (tc *tableContext) readIndicator(i int, ind *Indicator) *indicator {
	f := &indicator{Indicator: ind, index: i, scoreNum: amount.Parse(ind.Score.Text), weightNum: amount.Parse(ind.Weight.Text)}
	f.hasWeight = ind.Weight.Found && f.weightNum.IsNumber()
	if ind.Weight.Found {
		if f.hasWeight {
			tc.acc.weightSum.Add(f.weightNum.Dec)
		} else {
			tc.weightsAll = false
		}
	}
	f.label = tc.label
	switch {
	case f.scored():
		tc.acc.sum.Add(f.scoreNum.Dec)
		if p := places(f.scoreNum.Dec); p > tc.sumPlaces {
			tc.sumPlaces = p
		}
		tc.scoreCells = append(tc.scoreCells, ind.Score.Ref)
		g := stem1(ind.Level1)
		gs := tc.acc.groups[g]
		if gs == nil {
			gs = new(amount.Sum)
			tc.acc.groups[g] = gs
		}
		gs.Add(f.scoreNum.Dec)
		tc.groupCells[g] = append(tc.groupCells[g], ind.Score.Ref)
	case f.scoreNum.Kind == amount.Dash:
		// "—" / "/": the indicator does not apply this year.
		tc.dropped++
		if f.hasWeight {
			tc.acc.droppedW.Add(f.weightNum.Dec)
		} else {
			tc.droppedUnknown = true
		}
	}
	cost := strings.Contains(ind.Level1, "成本") || strings.Contains(ind.Level2, "成本")
	f.j = Judge(ind.TargetV, ind.ActualV, cost)
	if f.failed() {
		tc.missed = true
	}
	switch {
	case f.scored() && !f.scoreNum.Dec.IsNegative() && f.hasWeight && f.scoreNum.Dec.GreaterThan(f.weightNum.Dec):
		tc.overWeight = append(tc.overWeight, ind)
	case f.weighed():
		f.recomputed, f.decided = f.expected(tc.k)
	case !f.scored() && f.hasWeight:
		f.recomputed, f.decided = formula(tc.k, f.weightNum.Dec, f.j)
	}
	if f.decided {
		tc.acc.recSum.Add(f.recomputed)
	} else if f.scored() {
		tc.acc.recSum.Add(f.scoreNum.Dec)
	}
	return f
}

// sheetRow is the indicator's line of the score sheet.
func (tc *tableContext) sheetRow(f *indicator) report.KPIIndicator {
	ind := f.Indicator
	ki := report.KPIIndicator{Cell: ind.Score.Ref, Level1: ind.Level1, Level2: ind.Level2, Name: ind.Name.Text,
		Target: ind.Target.Text, Actual: ind.Actual.Text, Printed: ind.Score.Text}
	if ind.Weight.Found {
		ki.Weight = ind.Weight.Text
		if f.hasWeight {
			ki.Weight = dec(f.weightNum.Dec)
		}
	}
	if f.scored() {
		ki.Printed = dec(f.scoreNum.Dec)
	}
	ki.Kind = f.j.Dir.String()
	if f.j.Outcome != Undecided {
		ki.Note = outcomeChinese(f.j.Outcome)
	} else {
		ki.Note = f.j.Reason
	}
	if !f.hasWeight {
		ki.Note += "；未列分值，得分不复核"
	}
	if f.scoreNum.Kind == amount.Dash {
		ki.Note = "不适用"
	}
	if f.banded() {
		ki.Note = outcomeChinese(f.j.Outcome) + "，应在 " + bandText(band(tc.k, f.weightNum.Dec, f.j.Outcome))
	}
	if f.decided {
		ki.Recomputed = dec(f.recomputed)
	}
	return ki
}
