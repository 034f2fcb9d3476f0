package amount

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// String is d.String(): the same text, made without math/big when the
// coefficient fits an int64 (every amount and score in a report). The KPI
// score sheet spells out hundreds of scores and weights per workbook, and
// big.Int's formatting was a visible part of a check in wasm.
func String(d decimal.Decimal) string {
	if d.NumDigits() > 18 {
		return d.String()
	}
	c, e := d.CoefficientInt64(), d.Exponent()
	switch {
	case e == 0:
		return strconv.FormatInt(c, 10)
	case e > 0:
		if v, ok := scale(c, int64(e)); ok {
			return strconv.FormatInt(v, 10)
		}
		return d.String()
	}
	var buf [48]byte
	b := buf[:0]
	if c < 0 {
		b = append(b, '-')
		c = -c // |c| < 10^18: no overflow
	}
	var digits [20]byte
	ds := strconv.AppendInt(digits[:0], c, 10)
	frac := int(-e)
	if frac > 40 {
		return d.String()
	}
	// Integer part and fraction, zeros padded in front of a short fraction.
	if len(ds) > frac {
		b = append(b, ds[:len(ds)-frac]...)
		ds = ds[len(ds)-frac:]
	} else {
		b = append(b, '0')
		pad := frac - len(ds)
		f := make([]byte, 0, frac)
		for range pad {
			f = append(f, '0')
		}
		ds = append(f, ds...)
	}
	// Trailing zeros of the fraction go, and the point with them.
	end := len(ds)
	for end > 0 && ds[end-1] == '0' {
		end--
	}
	if end > 0 {
		b = append(b, '.')
		b = append(b, ds[:end]...)
	}
	return string(b)
}
