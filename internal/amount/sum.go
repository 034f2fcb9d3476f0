package amount

import (
	"math"

	"github.com/shopspring/decimal"
)

// Sum adds and subtracts decimals exactly: its Value is what a chain of
// decimal.Add and decimal.Sub from decimal.Zero gives, the same value and
// the same exponent. Each decimal.Add allocates a new big.Int (two when the
// exponents differ), and the rules add thousands of amounts per workbook;
// while the running total fits in an int64 coefficient, Sum keeps it there
// and allocates once, in Value. A total that outgrows it (no real amount
// does) continues in decimal.Decimal. The zero Sum is an empty sum.
type Sum struct {
	coef int64
	exp  int32 // decimal.Zero's, 0, before any term
	slow bool
	big  decimal.Decimal // the total once slow
}

// pow10 are the powers of ten an int64 holds.
var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Add adds d.
func (s *Sum) Add(d decimal.Decimal) { s.add(d, false) }

// Sub subtracts d.
func (s *Sum) Sub(d decimal.Decimal) { s.add(d, true) }

func (s *Sum) add(d decimal.Decimal, neg bool) {
	if !s.slow {
		if coef, exp, ok := s.fast(d, neg); ok {
			s.coef, s.exp = coef, exp
			return
		}
		s.slow, s.big = true, decimal.New(s.coef, s.exp)
	}
	if neg {
		s.big = s.big.Sub(d)
	} else {
		s.big = s.big.Add(d)
	}
}

// fast is the running total with d added (or subtracted), when every step
// fits an int64.
func (s *Sum) fast(d decimal.Decimal, neg bool) (coef int64, exp int32, ok bool) {
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	c, e := d.CoefficientInt64(), d.Exponent()
	if neg {
		c = -c // |c| < 10^18: no overflow
	}
	coef, exp = s.coef, s.exp
	switch {
	case e > exp:
		if c, ok = scale(c, int64(e)-int64(exp)); !ok {
			return 0, 0, false
		}
	case e < exp:
		if coef, ok = scale(coef, int64(exp)-int64(e)); !ok {
			return 0, 0, false
		}
		exp = e
	}
	sum := coef + c
	// Overflow: both operands of one sign, the sum of the other.
	if (coef > 0 && c > 0 && sum < 0) || (coef < 0 && c < 0 && sum >= 0) {
		return 0, 0, false
	}
	return sum, exp, true
}

// scale is c·10^k, when it fits an int64.
func scale(c, k int64) (int64, bool) {
	if c == 0 {
		return 0, true
	}
	if k >= int64(len(pow10)) {
		return 0, false
	}
	p := pow10[k]
	if c > math.MaxInt64/p || c < math.MinInt64/p {
		return 0, false
	}
	return c * p, true
}

// Value is the total.
func (s *Sum) Value() decimal.Decimal {
	if s.slow {
		return s.big
	}
	return decimal.New(s.coef, s.exp)
}
