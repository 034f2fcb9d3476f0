package amount

import "github.com/shopspring/decimal"

// Verdict is the outcome of comparing an expected and an actual amount.
type Verdict uint8

const (
	Equal    Verdict = iota // exactly equal
	Rounding                // differs, but within the rounding of its terms (domain.md §4): a 尾差
	Differs                 // a real difference
)

// Term is one operand of an identity with the precision it was printed at.
type Term struct {
	Dec    decimal.Decimal
	Places int32 // decimals actually stored in the cell (after unit normalisation)
	Shown  int32 // decimals the table displays (2 for 万元 tables)
}

// Compare applies domain.md §4. Published tables are rounded from 元 to 万元
// cell by cell, so a total may differ from the sum of its printed parts by
// the rounding of each: half a unit of the last shown digit per amount
// (0.005 万元 × n for n amounts shown with two decimals). A difference within
// that bound is a 尾差 (Rounding), to be reported as a hint; beyond it the
// amounts Differ. Stored values with more decimals than shown get the same
// bound, computed on the shown precision.
func Compare(expected, actual decimal.Decimal, terms []Term) (Verdict, decimal.Decimal) {
	diff := actual.Sub(expected)
	if diff.IsZero() {
		return Equal, diff
	}
	if len(terms) > 1 && diff.Abs().LessThanOrEqual(Slack(terms)) {
		return Rounding, diff
	}
	return Differs, diff
}

// RoundHalfUp rounds d to places decimals, half away from zero, as printed
// percentages and scores are rounded.
func RoundHalfUp(d decimal.Decimal, places int32) decimal.Decimal {
	return d.Round(places)
}

// Slack is the rounding the terms may carry together: half a unit of the
// last digit each is shown with.
func Slack(terms []Term) decimal.Decimal {
	var slack Sum
	for _, t := range terms {
		slack.Add(decimal.New(5, -t.Shown-1)) // ½ unit of the last shown digit
	}
	return slack.Value()
}
