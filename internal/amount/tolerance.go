package amount

import "github.com/shopspring/decimal"

// Verdict is the outcome of comparing an expected and an actual amount.
type Verdict uint8

const (
	Equal    Verdict = iota // exactly equal
	Rounding                // differs, but within display rounding of its terms (domain.md §4): 可能为取整误差
	Differs                 // a real difference
)

// Term is one operand of an identity with the precision it was printed at.
type Term struct {
	Dec    decimal.Decimal
	Places int32 // decimals actually stored in the cell (after unit normalisation)
	Shown  int32 // decimals the table displays (2 for 万元 tables)
}

// Compare applies domain.md §4. Values that carry no more decimals than the
// table shows must match exactly. When some stored values carry more decimals
// than shown, a difference no larger than the sum of half a unit of the last
// shown digit per term is a rounding hint, not an error.
func Compare(expected, actual decimal.Decimal, terms []Term) (Verdict, decimal.Decimal) {
	diff := actual.Sub(expected)
	if diff.IsZero() {
		return Equal, diff
	}
	slack := decimal.Zero
	hidden := false
	for _, t := range terms {
		if t.Places > t.Shown {
			hidden = true
		}
		slack = slack.Add(decimal.New(5, -t.Shown-1)) // ½ unit of the last shown digit
	}
	if hidden && diff.Abs().LessThanOrEqual(slack) {
		return Rounding, diff
	}
	return Differs, diff
}

// RoundHalfUp rounds d to places decimals, half away from zero, as printed
// percentages and scores are rounded.
func RoundHalfUp(d decimal.Decimal, places int32) decimal.Decimal {
	return d.Round(places)
}
