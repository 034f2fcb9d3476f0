package amount

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// parseNumberReference is parseNumber as it was before its plain-digits
// shortcut, which skips printing the value to count its digits. Parse must
// answer exactly as it did.
func parseNumberReference(s string) (Value, bool) {
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && len(s) > 2 {
		neg = true
		s = s[1 : len(s)-1]
	}
	pct := false
	if strings.HasSuffix(s, "%") {
		pct = true
		s = s[:len(s)-1]
	}
	if s == "" || !utf8.ValidString(s) {
		return Value{}, false
	}
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			neg = !neg
		}
		s = s[1:]
	}
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i+1:]
		if exp == "" {
			return Value{}, false
		}
		e := exp
		if e[0] == '+' || e[0] == '-' {
			e = e[1:]
		}
		// Excel writes at most three exponent digits; anything longer is hostile.
		if e == "" || len(e) > 3 || !allDigits(e) {
			return Value{}, false
		}
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	if intPart == "" && frac == "" {
		return Value{}, false
	}
	if !allDigits(intPart) || !allDigits(frac) || len(intPart)+len(frac) > maxDigits {
		return Value{}, false
	}
	num := intPart
	if num == "" {
		num = "0"
	}
	if frac != "" {
		num += "." + frac
	}
	if exp != "" {
		num += "e" + exp
	}
	dec, err := decimal.NewFromString(num)
	if err != nil {
		return Value{}, false
	}
	if neg {
		dec = dec.Neg()
	}
	places := int32(len(frac))
	if exp != "" {
		// 6.05066E3 carries the decimals its exponent leaves after the point.
		places = max(-dec.Exponent(), 0)
	}
	if coef := strings.TrimRight(dec.Coefficient().String(), "0"); len(strings.TrimLeft(coef, "-")) > excelDigits {
		// A binary double written out in full (3131.1999999999998): Excel
		// keeps 15 significant digits, so that is the value the user sees.
		// The magnitude is taken from the value, not from how it was written.
		magnitude := int32(len(strings.TrimLeft(dec.Coefficient().String(), "-"))) + dec.Exponent()
		dec = dec.Round(excelDigits - magnitude)
		if t := strings.TrimRight(dec.String(), "0"); strings.Contains(t, ".") {
			places = int32(len(t) - strings.IndexByte(t, '.') - 1)
		} else {
			places = 0
		}
	}
	// No amount, rate or score in a report needs more than 20 digits either
	// side of the point; "1E999" or "1e-400" are not amounts, whatever
	// strconv would say.
	if places > maxScale || int32(len(dec.Truncate(0).Abs().String())) > maxScale {
		return Value{}, false
	}
	return Value{Kind: Number, Dec: dec, Places: places, Percent: pct}, true
}

// parseReference is Parse on parseNumberReference.
func parseReference(s string) Value {
	raw := strings.TrimSpace(s)
	if raw == "" {
		return Value{Kind: Blank}
	}
	norm := normalise(raw)
	if norm == "" {
		return Value{Kind: Blank, Raw: raw}
	}
	if isDash(norm) {
		return Value{Kind: Dash, Raw: raw}
	}
	v, ok := parseNumberReference(norm)
	if !ok {
		return Value{Kind: Text, Raw: raw}
	}
	v.Raw = raw
	return v
}

func sameValue(a, b Value) bool {
	return a.Kind == b.Kind && a.Places == b.Places && a.Percent == b.Percent && a.Raw == b.Raw &&
		a.Dec.String() == b.Dec.String() && a.Dec.Exponent() == b.Dec.Exponent() && a.Dec.Coefficient().Cmp(b.Dec.Coefficient()) == 0
}

func TestParseMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	digits := func(n int) string {
		var b strings.Builder
		for range n {
			switch rng.IntN(4) {
			case 0:
				b.WriteByte('0') // leading, inner and trailing zeros are the edge cases
			default:
				b.WriteByte(byte('0' + rng.IntN(10)))
			}
		}
		return b.String()
	}
	cases := []string{"0", "0.0", "000", ".5", "5.", "00.00100", "123456789012345", "1234567890123456", "0.0000000000000001",
		"99999999999999999999", "999999999999999999999", "1.000000000000000000000", "100000000000000000000.5", "3131.1999999999998"}
	for range 20000 {
		s := digits(rng.IntN(24))
		if rng.IntN(2) == 0 {
			s += "." + digits(rng.IntN(24))
		}
		if rng.IntN(8) == 0 {
			s += "e" + []string{"", "-", "+"}[rng.IntN(3)] + digits(1+rng.IntN(3))
		}
		if rng.IntN(6) == 0 {
			s = "-" + s
		}
		if rng.IntN(6) == 0 {
			s = "(" + s + ")"
		}
		if rng.IntN(6) == 0 {
			s += "%"
		}
		cases = append(cases, s)
	}
	for _, s := range cases {
		if got, want := Parse(s), parseReference(s); !sameValue(got, want) {
			t.Fatalf("Parse(%q) = %+v (%s), reference %+v (%s)", s, got, got.Dec, want, want.Dec)
		}
	}
}
