package amount

import "github.com/shopspring/decimal"

// ParseDecimal is decimal.NewFromString, the same value and exponent for
// every string, without its general path for the plain numbers nearly
// every cell and sentence holds ("1234", "-56.78"): up to 18 digits fit an
// int64, and big.Int's text parsing is a measurable share of a check in
// wasm.
func ParseDecimal(s string) (decimal.Decimal, error) {
	if d, ok := plainDecimal(s); ok {
		return d, nil
	}
	return decimal.NewFromString(s)
}

// plainDecimal reads s of the form -?digits(.digits)? with at most 18
// digits in all; ok is false for anything else.
func plainDecimal(s string) (d decimal.Decimal, ok bool) {
	i, neg := 0, false
	if len(s) > 0 && s[0] == '-' {
		neg, i = true, 1
	}
	var v int64
	digits, places, dot := 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*10 + int64(c-'0')
			digits++
			if dot {
				places++
			}
		case c == '.' && !dot && digits > 0:
			dot = true
		default:
			return decimal.Decimal{}, false
		}
	}
	if digits == 0 || digits > 18 || (dot && places == 0) {
		return decimal.Decimal{}, false
	}
	if neg {
		v = -v
	}
	return decimal.New(v, -int32(places)), true
}
