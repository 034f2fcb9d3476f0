// Package amount parses the numbers printed in 决算 drafts into exact decimals.
//
// A cell may be blank, a dash (—, -, －), a number stored as a number, or text
// such as "6,050.66", "１２３.４", "100%" or "（12.5）". Blank, dash and zero are
// kept apart because the rules treat them differently: a blank is "not
// reported", a dash is "explicitly nothing", a zero is a reported zero.
package amount

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"reportcheck/internal/trim"
)

// Kind says what a cell held.
type Kind uint8

const (
	Blank  Kind = iota // empty or whitespace only
	Dash               // —, -, －, ——, / used as "nothing"
	Number             // a decimal value (possibly zero)
	Text               // words that are not a number
)

func (k Kind) String() string {
	switch k {
	case Blank:
		return "blank"
	case Dash:
		return "dash"
	case Number:
		return "number"
	default:
		return "text"
	}
}

// Value is one parsed cell.
type Value struct {
	Kind    Kind
	Dec     decimal.Decimal // valid when Kind == Number
	Places  int32           // decimals written in the source (display precision)
	Percent bool            // the source had a % sign; Dec is then the percentage number (100% → 100)
	Raw     string          // the source text, trimmed
}

// IsNumber reports whether v holds a number.
func (v Value) IsNumber() bool { return v.Kind == Number }

// IsEmpty reports whether v is blank or a dash: no amount reported.
func (v Value) IsEmpty() bool { return v.Kind == Blank || v.Kind == Dash }

// OrZero returns the number, or zero for blank and dash. Text is not a number
// and must be reported by the caller before it reaches arithmetic.
func (v Value) OrZero() decimal.Decimal {
	if v.Kind == Number {
		return v.Dec
	}
	return decimal.Zero
}

// maxDigits bounds the length of a numeric string so that hostile cells such
// as "1e999999" or a megabyte of digits cannot make decimal arithmetic slow.
const maxDigits = 40

// Parse turns cell text into a Value. It never panics and never allocates
// more than a small multiple of len(s).
func Parse(s string) Value {
	raw := trim.Space(s)
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
	v, ok := parseNumber(norm)
	if !ok {
		return Value{Kind: Text, Raw: raw}
	}
	v.Raw = raw
	return v
}

// normalise folds full-width characters to ASCII, drops thousands
// separators and inner spaces.
func normalise(s string) string {
	// Most cells are plain ASCII numbers with nothing to drop: s itself.
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		plain = c < utf8.RuneSelf && c != ',' && c != ' ' && !(c >= '\t' && c <= '\r')
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = FoldWidth(r)
		if IsSpace(r) || r == ',' {
			continue // thousands separators and spaces vanish
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isDash(s string) bool {
	for _, r := range s {
		switch r {
		case '-', '—', '─', '/', '／', '~', '～':
		default:
			return false
		}
	}
	return true
}

// parseNumber accepts [sign] digits [. digits] [E[sign]digits] [%], or a
// number in accounting parentheses "(12.50)".
func parseNumber(s string) (Value, bool) {
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
	num := mant
	if intPart == "" {
		num = "0" + mant
	}
	if exp != "" {
		num += "e" + exp
	}
	dec, err := ParseDecimal(num)
	if err != nil {
		return Value{}, false
	}
	if neg {
		dec = dec.Neg()
	}
	places := int32(len(frac))
	if exp == "" {
		// Written out in plain digits, as nearly every cell is: the digits
		// say what the checks below would learn by printing the value,
		// which in wasm cost more than the parse (big.Int to text).
		if sig, whole := countDigits(intPart, frac); sig <= excelDigits {
			if places > maxScale || whole > maxScale {
				return Value{}, false
			}
			return Value{Kind: Number, Dec: dec, Places: places, Percent: pct}, true
		}
	}
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

// maxScale bounds the digits of an amount on each side of the point.
const maxScale = 20

// excelDigits is the precision Excel displays and stores.
const excelDigits = 15

// countDigits counts, in the digits intPart.frac, the significant ones
// (leading and trailing zeros left out) and those of the whole part
// (leading zeros left out; at least one).
func countDigits(intPart, frac string) (sig, whole int) {
	lead := 0
	for lead < len(intPart) && intPart[lead] == '0' {
		lead++
	}
	whole = max(len(intPart)-lead, 1)
	if lead == len(intPart) {
		for i := 0; i < len(frac) && frac[i] == '0'; i++ {
			lead++
		}
	}
	total := len(intPart) + len(frac)
	if lead == total {
		return 0, whole
	}
	trail := 0
	for i := len(frac) - 1; i >= 0 && frac[i] == '0'; i-- {
		trail++
	}
	if trail == len(frac) {
		for i := len(intPart) - 1; i >= 0 && intPart[i] == '0'; i-- {
			trail++
		}
	}
	return total - lead - trail, whole
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Format prints d with thousands separators and exactly places decimals, the
// way the tables print amounts ("3,131.20").
func Format(d decimal.Decimal, places int32) string {
	s := d.StringFixed(places)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	b.WriteString(frac)
	return b.String()
}

// HasLetters reports whether s contains a CJK or Latin letter, used to tell
// labels from numbers when recognising layouts.
func HasLetters(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
