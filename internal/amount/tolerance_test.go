package amount

import (
	"testing"

	"github.com/shopspring/decimal"
)

// wanTerms is n amounts shown with two decimals of 万元, as published tables print them.
func wanTerms(n int) []Term {
	ts := make([]Term, n)
	for i := range ts {
		ts[i] = Term{Places: 2, Shown: 2}
	}
	return ts
}

// TestCompareTolerance is domain.md §4 / rule R0001: a total may differ from
// the sum of its printed parts by at most 0.005 万元 per amount involved; that
// is a 尾差 (Rounding), beyond it a real difference.
func TestCompareTolerance(t *testing.T) {
	for _, c := range []struct {
		name             string
		expected, actual string
		terms            []Term
		verdict          Verdict
		diff             string
	}{
		{"exactly equal", "100.00", "100.00", wanTerms(3), Equal, "0"},
		{"equal with different trailing zeros", "100", "100.000", wanTerms(3), Equal, "0"},
		{"one cent over with three amounts is 尾差", "100.00", "100.01", wanTerms(3), Rounding, "0.01"},
		{"one cent under is 尾差 with a negative difference", "100.00", "99.99", wanTerms(3), Rounding, "-0.01"},
		{"difference exactly at the bound 0.015 is 尾差", "10.000", "10.015", wanTerms(3), Rounding, "0.015"},
		{"just past the bound is a real difference", "10.000", "10.016", wanTerms(3), Differs, "0.016"},
		{"two cents with three amounts is a real difference", "100.00", "100.02", wanTerms(3), Differs, "0.02"},
		{"two cents with four amounts is 尾差", "100.00", "100.02", wanTerms(4), Rounding, "0.02"},
		{"a single amount has no rounding to explain a difference", "5.00", "5.001", wanTerms(1), Differs, "0.001"},
		{"no terms at all is a real difference", "5.00", "5.01", nil, Differs, "0.01"},
		{"amounts shown as whole 万元 allow half a unit each", "100", "101", []Term{{Shown: 0}, {Shown: 0}}, Rounding, "1"},
		{"amounts read from a 元 table allow almost nothing", "1.0000", "1.0001",
			[]Term{{Places: 6, Shown: Yuan.ShownPlacesInWan(2)}, {Places: 6, Shown: Yuan.ShownPlacesInWan(2)}}, Differs, "0.0001"},
		{"stored decimals beyond those shown get the bound of the shown precision", "50.00", "50.009",
			[]Term{{Places: 4, Shown: 2}, {Places: 4, Shown: 2}}, Rounding, "0.009"},
	} {
		t.Run(c.name, func(t *testing.T) {
			v, diff := Compare(decimal.RequireFromString(c.expected), decimal.RequireFromString(c.actual), c.terms)
			if v != c.verdict {
				t.Errorf("Compare(%s, %s, %d terms) verdict = %d, want %d", c.expected, c.actual, len(c.terms), v, c.verdict)
			}
			if !diff.Equal(decimal.RequireFromString(c.diff)) {
				t.Errorf("difference = %s, want actual − expected = %s", diff, c.diff)
			}
		})
	}
}

func TestRoundHalfUp(t *testing.T) {
	for _, c := range []struct {
		in     string
		places int32
		want   string
	}{
		{"2.345", 2, "2.35"},
		{"2.344", 2, "2.34"},
		{"-2.345", 2, "-2.35"}, // half away from zero, not towards +∞
		{"0.125", 2, "0.13"},   // not banker's rounding
		{"0.135", 2, "0.14"},
		{"99.995", 2, "100"},
		{"85.5", 0, "86"},
		{"84.49", 0, "84"},
		{"1234.5", -1, "1230"},
		{"12.3", 4, "12.3"},
	} {
		got := RoundHalfUp(decimal.RequireFromString(c.in), c.places)
		if !got.Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("RoundHalfUp(%s, %d) = %s, want %s", c.in, c.places, got, c.want)
		}
	}
}
