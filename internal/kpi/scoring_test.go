package kpi

import (
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/profile"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestFormula: the direction formulas, one case per branch, under the
// Hubei profile (反向 by ratio) and a linear variant.
func TestFormula(t *testing.T) {
	ratio := profile.Hubei().KPI
	linear := ratio
	linear.Reverse = "linear"
	w := d("10")
	for _, c := range []struct {
		name string
		k    profile.KPI
		j    Judgement
		want string // "" when no single value is decided
	}{
		{"正向 met: the weight", ratio, Judgement{Dir: DirPositive, Outcome: Met}, "10"},
		{"pass/fail met: the weight", ratio, Judgement{Dir: DirEvent, Outcome: Met}, "10"},
		{"qualitative met: a band, not a value", ratio, Judgement{Dir: DirQualitative, Outcome: Met}, ""},
		{"正向 missed: w × B/A", ratio, Judgement{Dir: DirPositive, Outcome: Missed, A: d("23"), B: d("20")}, "8.7"},
		{"正向 missed, no target: undecided", ratio, Judgement{Dir: DirPositive, Outcome: Missed, A: d("0"), B: d("20")}, ""},
		{"正向 missed, negative actual: undecided", ratio, Judgement{Dir: DirPositive, Outcome: Missed, A: d("10"), B: d("-1")}, ""},
		{"反向 missed by ratio: w × A/B", ratio, Judgement{Dir: DirReverse, Outcome: Missed, A: d("800"), B: d("1000")}, "8"},
		{"反向 missed by ratio, zero actual: undecided", ratio, Judgement{Dir: DirReverse, Outcome: Missed, A: d("800"), B: d("0")}, ""},
		{"反向 missed linearly: w × (1 − (B−A)/A)", linear, Judgement{Dir: DirReverse, Outcome: Missed, A: d("800"), B: d("1000")}, "7.5"},
		{"反向 missed linearly beyond double: nothing", linear, Judgement{Dir: DirReverse, Outcome: Missed, A: d("800"), B: d("2000")}, "0"},
		{"反向 missed linearly, no target: undecided", linear, Judgement{Dir: DirReverse, Outcome: Missed, A: d("0"), B: d("2")}, ""},
		{"pass/fail missed: a band, not a value", ratio, Judgement{Dir: DirEvent, Outcome: Missed}, ""},
		{"partly: a band, not a value", ratio, Judgement{Dir: DirQualitative, Outcome: Partly}, ""},
		{"undecided", ratio, Judgement{}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			v, ok := formula(c.k, w, c.j)
			got := ""
			if ok {
				got = dec(v)
			}
			if got != c.want {
				t.Errorf("formula = %q, want %q", got, c.want)
			}
		})
	}
}

// TestBand: 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%) of the weight.
func TestBand(t *testing.T) {
	k := profile.Hubei().KPI
	for o, want := range map[Outcome]string{Met: "[24, 30]", Partly: "[18, 24)", Missed: "[0, 18)"} {
		if got := bandText(band(k, d("30"), o)); got != want {
			t.Errorf("band(%v) = %s, want %s", o, got, want)
		}
	}
	for o, want := range map[Outcome]string{Met: "达成", Partly: "部分达成", Missed: "未达成", Undecided: "无法判断"} {
		if got := outcomeChinese(o); got != want {
			t.Errorf("outcomeChinese(%v) = %s, want %s", o, got, want)
		}
	}
}

// TestPlaceOrder: a table's findings read top to bottom, each indicator
// row's together, whatever order the rules report them in.
func TestPlaceOrder(t *testing.T) {
	row := func(s slot, i int) place { return place{slot: s, row: i} }
	inOrder := []place{
		at(slotPoints), at(slotBudget), at(slotRate), at(slotExecScore), at(slotExecScoreRead),
		row(slotScoreRead, 0), row(slotHeading, 0), row(slotTarget, 1), row(slotScore, 1), row(slotScoreRead, 2),
		at(slotIndicatorSum), at(slotWeightSum), at(slotTotal), at(slotTotalMax), at(slotTotalRead),
		at(slotReason), at(slotTicks), at(slotDeptSum),
	}
	for i := range inOrder {
		for j := range inOrder {
			if got := inOrder[i].before(inOrder[j]); got != (i < j) {
				t.Errorf("%v before %v = %v", inOrder[i], inOrder[j], got)
			}
		}
	}
}
