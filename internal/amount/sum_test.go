package amount

import (
	"math/rand"
	"testing"

	"github.com/shopspring/decimal"
)

// chain is what Sum must equal: decimal.Add and decimal.Sub from
// decimal.Zero, one term after another.
func chain(terms []decimal.Decimal, neg []bool) decimal.Decimal {
	s := decimal.Zero
	for i, d := range terms {
		if neg[i] {
			s = s.Sub(d)
		} else {
			s = s.Add(d)
		}
	}
	return s
}

func sumOf(terms []decimal.Decimal, neg []bool) decimal.Decimal {
	var s Sum
	for i, d := range terms {
		if neg[i] {
			s.Sub(d)
		} else {
			s.Add(d)
		}
	}
	return s.Value()
}

func sameDecimal(a, b decimal.Decimal) bool {
	return a.Equal(b) && a.Exponent() == b.Exponent()
}

func TestSumMatchesDecimalChain(t *testing.T) {
	cases := [][]string{
		{},
		{"0"},
		{"3311.20", "-12.5", "0.0001"},
		{"9223372036854775807", "1"},   // past int64
		{"-9223372036854775808", "-1"}, // past int64, negative
		{"999999999999999999", "0.000000000000000001"}, // rescaling overflows
		{"1e-30", "1e30"},
		{"123456789012345678901234567890", "-1"}, // a big term
		{"5E-3", "5E-5", "5E-7"},
	}
	for _, c := range cases {
		terms := make([]decimal.Decimal, len(c))
		for i, s := range c {
			terms[i] = decimal.RequireFromString(s)
		}
		for mask := 0; mask < 1<<len(terms); mask++ {
			neg := make([]bool, len(terms))
			for i := range neg {
				neg[i] = mask&(1<<i) != 0
			}
			if got, want := sumOf(terms, neg), chain(terms, neg); !sameDecimal(got, want) {
				t.Errorf("%v signs %b: Sum %s (exp %d), chain %s (exp %d)", c, mask, got, got.Exponent(), want, want.Exponent())
			}
		}
	}
	// The zero value of a cell (decimal.Decimal{}) is a term too.
	var s Sum
	s.Add(decimal.Decimal{})
	if got := s.Value(); !sameDecimal(got, decimal.Zero.Add(decimal.Decimal{})) {
		t.Errorf("Sum of a zero Decimal: %s exp %d", got, got.Exponent())
	}
}

func TestSumRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		k := rng.Intn(12)
		terms := make([]decimal.Decimal, k)
		neg := make([]bool, k)
		for i := range terms {
			terms[i] = decimal.New(randomCoefficient(rng), int32(rng.Intn(40)-20))
			neg[i] = rng.Intn(3) == 0
		}
		if got, want := sumOf(terms, neg), chain(terms, neg); !sameDecimal(got, want) {
			t.Fatalf("%v %v: Sum %s (exp %d), chain %s (exp %d)", terms, neg, got, got.Exponent(), want, want.Exponent())
		}
	}
}

// randomCoefficient is a decimal coefficient of the sizes the fast paths
// must tell apart: small, an amount's, and near the int64 limit; either sign.
func randomCoefficient(rng *rand.Rand) int64 {
	var c int64
	switch rng.Intn(4) {
	case 0:
		c = rng.Int63n(1000)
	case 1:
		c = rng.Int63()
	default:
		c = rng.Int63n(1e12)
	}
	if rng.Intn(2) == 0 {
		c = -c
	}
	return c
}

func FuzzSum(f *testing.F) {
	f.Add(int64(331120), int32(-2), int64(-125), int32(-1), int64(9223372036854775807), int32(3), uint8(2))
	f.Fuzz(func(t *testing.T, a int64, ea int32, b int64, eb int32, c int64, ec int32, signs uint8) {
		clamp := func(e int32) int32 { return e % 40 } // exponents a report could hold, and past them
		terms := []decimal.Decimal{decimal.New(a, clamp(ea)), decimal.New(b, clamp(eb)), decimal.New(c, clamp(ec))}
		neg := []bool{signs&1 != 0, signs&2 != 0, signs&4 != 0}
		if got, want := sumOf(terms, neg), chain(terms, neg); !sameDecimal(got, want) {
			t.Fatalf("%v %v: Sum %s (exp %d), chain %s (exp %d)", terms, neg, got, got.Exponent(), want, want.Exponent())
		}
	})
}

func BenchmarkSum(b *testing.B) {
	terms := []decimal.Decimal{decimal.RequireFromString("3311.20"), decimal.RequireFromString("12.5"), decimal.RequireFromString("0.33"), decimal.RequireFromString("1024")}
	b.Run("Sum", func(b *testing.B) {
		for b.Loop() {
			var s Sum
			for _, d := range terms {
				s.Add(d)
			}
			_ = s.Value()
		}
	})
	b.Run("decimal.Add", func(b *testing.B) {
		for b.Loop() {
			s := decimal.Zero
			for _, d := range terms {
				s = s.Add(d)
			}
			_ = s
		}
	})
}
