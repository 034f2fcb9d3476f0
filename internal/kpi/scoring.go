package kpi

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/profile"
	"reportcheck/internal/template"
	"reportcheck/internal/trim"
)

// The formulas the K rules share: how a score follows from a weight and a
// judgement (the direction formulas and the bands), and how findings print
// numbers and name things.

var (
	hundred = decimal.NewFromInt(100)
	one     = decimal.NewFromInt(1)
)

func (t *Table) unit() amount.Unit {
	if t.Unit == amount.UnitUnknown {
		return amount.WanYuan
	}
	return t.Unit
}

// dec prints a decimal plainly ("98", "97.5").
func dec(d decimal.Decimal) string { return amount.String(d) }

func places(d decimal.Decimal) int32 {
	if e := d.Exponent(); e < 0 {
		s := strings.TrimRight(amount.String(d), "0")
		if i := strings.IndexByte(s, '.'); i >= 0 {
			return int32(len(s) - i - 1)
		}
	}
	return 0
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

// band is the score range of a qualitative or pass/fail outcome:
// 达成 [Achieved·w, w], 部分达成 [Partial·w, Achieved·w), 未达成 [0, Partial·w).
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

// bandText prints a band: "[16, 20]", "[12, 16)".
func bandText(lo, hi decimal.Decimal, open bool) string {
	if open {
		return fmt.Sprintf("[%s, %s)", dec(lo), dec(hi))
	}
	return fmt.Sprintf("[%s, %s]", dec(lo), dec(hi))
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
	if trim.Space(text) == "" {
		return "未填写"
	}
	return "“" + text + "”不是数值"
}

func slashOrEmpty(text string) string {
	if trim.Space(text) == "" {
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
