package amount

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestKindsKeptApart: a blank cell is "not reported", a dash is "explicitly
// nothing", a zero is a reported zero and words are not an amount at all.
// Only a number takes part in arithmetic; blank and dash count as zero; text
// must never be silently read as zero by IsNumber/IsEmpty callers.
func TestKindsKeptApart(t *testing.T) {
	for _, c := range []struct {
		name    string
		in      string
		kind    Kind
		str     string
		number  bool
		empty   bool
		orZero  string
		rawKept string
	}{
		{"empty cell is blank", "", Blank, "blank", false, true, "0", ""},
		{"full-width spaces only is blank", "\u3000\u3000", Blank, "blank", false, true, "0", ""},
		{"no-break space only is blank", "\u00a0", Blank, "blank", false, true, "0", ""},
		{"separators only are blank", "，,", Blank, "blank", false, true, "0", "，,"},
		{"em dash is dash", "—", Dash, "dash", false, true, "0", "—"},
		{"double em dash is dash", "——", Dash, "dash", false, true, "0", "——"},
		{"full-width minus is dash", "－", Dash, "dash", false, true, "0", "－"},
		{"slash is dash", "/", Dash, "dash", false, true, "0", "/"},
		{"full-width slash is dash", "／", Dash, "dash", false, true, "0", "／"},
		{"wave dash is dash", "～", Dash, "dash", false, true, "0", "～"},
		{"zero is a reported number", "0.00", Number, "number", true, false, "0", "0.00"},
		{"amount is a number", " 6,050.66 ", Number, "number", true, false, "6050.66", "6,050.66"},
		{"words are text", "本单位无此项支出", Text, "text", false, false, "0", "本单位无此项支出"},
		{"two points is text", "1.2.3", Text, "text", false, false, "0", "1.2.3"},
		{"lone percent sign is text", "%", Text, "text", false, false, "0", "%"},
		{"empty parentheses are text", "()", Text, "text", false, false, "0", "()"},
		{"exponent without digits is text", "5e+", Text, "text", false, false, "0", "5e+"},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := Parse(c.in)
			if v.Kind != c.kind {
				t.Fatalf("Parse(%q).Kind = %v, want %v", c.in, v.Kind, c.kind)
			}
			if got := v.Kind.String(); got != c.str {
				t.Errorf("Kind.String() = %q, want %q", got, c.str)
			}
			if v.IsNumber() != c.number || v.IsEmpty() != c.empty {
				t.Errorf("IsNumber, IsEmpty = %v, %v; want %v, %v", v.IsNumber(), v.IsEmpty(), c.number, c.empty)
			}
			if got := v.OrZero(); !got.Equal(decimal.RequireFromString(c.orZero)) {
				t.Errorf("OrZero() = %s, want %s", got, c.orZero)
			}
			if v.Raw != c.rawKept {
				t.Errorf("Raw = %q, want %q", v.Raw, c.rawKept)
			}
		})
	}
}

// TestOrZeroIgnoresStrayDecimal: OrZero answers by Kind, so a Value built by
// hand with a decimal but not marked a number still counts as nothing.
func TestOrZeroIgnoresStrayDecimal(t *testing.T) {
	v := Value{Kind: Text, Dec: decimal.NewFromInt(5)}
	if !v.OrZero().IsZero() {
		t.Fatalf("text value contributed %s to a sum", v.OrZero())
	}
}

// TestParseFullWidthAndAccounting: drafts typed with a Chinese input method
// use full-width digits, separators, signs and brackets; they read as the
// same exact amounts as their ASCII forms.
func TestParseFullWidthAndAccounting(t *testing.T) {
	for _, c := range []struct {
		name    string
		in      string
		dec     string
		places  int32
		percent bool
	}{
		{"full-width digits and point", "１２３．４５", "123.45", 2, false},
		{"full-width comma as thousands separator", "１２，３４５.６７", "12345.67", 2, false},
		{"full-width parentheses are a negative amount", "（１２.５０）", "-12.5", 2, false},
		{"ASCII accounting parentheses", "(1,000.00)", "-1000", 2, false},
		{"full-width percent", "９０％", "90", 0, true},
		{"percent with decimals keeps them", "95.50%", "95.5", 2, true},
		{"full-width plus sign", "＋５", "5", 0, false},
		{"full-width minus sign before digits", "－３.２", "-3.2", 1, false},
		{"unicode minus sign", "−7", "-7", 0, false},
		{"en dash as minus", "–7", "-7", 0, false},
		{"space as thousands separator", "1 000", "1000", 0, false},
		{"no-break space as thousands separator", "1\u00a0000.5", "1000.5", 1, false},
		{"full-width space inside", "2\u3000345.00", "2345", 2, false},
		{"leading point", ".5", "0.5", 1, false},
		{"trailing point", "5.", "5", 0, false},
		{"trailing zeros count as shown places", "100.000", "100", 3, false},
		{"full-width digits in scientific form", "１e３", "1000", 0, false},
		{"scientific form with decimals", "6.05066E3", "6050.66", 2, false},
		{"negative exponent", "125E-2", "1.25", 2, false},
		{"16 digits are kept to Excel's 15", "1234567890123456", "1234567890123460", 0, false},
		{"a double printed in full reads as Excel shows it", "0.30000000000000004", "0.3", 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := Parse(c.in)
			if v.Kind != Number {
				t.Fatalf("Parse(%q).Kind = %v, want number", c.in, v.Kind)
			}
			if !v.Dec.Equal(decimal.RequireFromString(c.dec)) || v.Places != c.places || v.Percent != c.percent {
				t.Errorf("Parse(%q) = %s places %d percent %v, want %s places %d percent %v",
					c.in, v.Dec, v.Places, v.Percent, c.dec, c.places, c.percent)
			}
		})
	}
}

// TestParseRejectsNonAmounts: hostile or malformed cells are text, never a
// surprising number.
func TestParseRejectsNonAmounts(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"minus outside accounting parentheses", "-(5)"},
		{"letters after digits", "12元"},
		{"exponent with four digits", "1e1000"},
		{"exponent with letters", "1eX"},
		{"dangling exponent", "5e"},
		{"double percent", "5%%"},
		{"forty-one digits", "12345678901234567890123456789012345678901"},
		{"more than 20 whole digits", "123456789012345678901"},
		{"more than 20 decimals", "0.000000000000000000001"},
		{"sign only", "+"},
		{"point only", "."},
		{"invalid UTF-8", "1\xff"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if v := Parse(c.in); v.Kind != Text {
				t.Errorf("Parse(%q) = %v %s, want text", c.in, v.Kind, v.Dec)
			}
		})
	}
}

// TestParseSumsExactly: the decimals add up without binary floating point
// error, which is what lets the rules demand exact equality.
func TestParseSumsExactly(t *testing.T) {
	sum := decimal.Zero
	for _, s := range []string{"0.10", "0.20", "1,234.07", "（0.37）"} {
		sum = sum.Add(Parse(s).OrZero())
	}
	if want := decimal.RequireFromString("1234"); !sum.Equal(want) {
		t.Fatalf("0.10 + 0.20 + 1,234.07 − 0.37 = %s, want exactly %s", sum, want)
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		name   string
		in     string
		places int32
		want   string
	}{
		{"thousands separators and two decimals", "3131.2", 2, "3,131.20"},
		{"small amount has no separator", "999.5", 2, "999.50"},
		{"exactly one thousand", "1000", 2, "1,000.00"},
		{"millions", "1234567.891", 2, "1,234,567.89"},
		{"rounds half away from zero", "0.125", 2, "0.13"},
		{"rounding carries into a new group", "999.995", 2, "1,000.00"},
		{"negative keeps its sign before the digits", "-1234567.5", 1, "-1,234,567.5"},
		{"negative rounds half away from zero", "-2.345", 2, "-2.35"},
		{"a negative that rounds to zero prints no sign", "-0.004", 2, "0.00"},
		{"whole number", "1234567.891", 0, "1,234,568"},
		{"zero", "0", 2, "0.00"},
		{"万元 from 元 keeps six decimals", "1.234567", 6, "1.234567"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Format(decimal.RequireFromString(c.in), c.places); got != c.want {
				t.Errorf("Format(%s, %d) = %q, want %q", c.in, c.places, got, c.want)
			}
		})
	}
}

// TestFormatReadsBack: what Format prints, Parse reads as the same amount.
func TestFormatReadsBack(t *testing.T) {
	for _, s := range []string{"0", "1", "-1", "12345.67", "-98765432.1", "100000000", "0.05"} {
		d := decimal.RequireFromString(s)
		out := Format(d, 2)
		v := Parse(out)
		if v.Kind != Number || !v.Dec.Equal(d) || v.Places != 2 {
			t.Errorf("Parse(Format(%s)) = Parse(%q) = %v %s places %d", s, out, v.Kind, v.Dec, v.Places)
		}
	}
}

func TestHasLetters(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"本年支出合计", true},
		{"（万元）", true},
		{"Total", true},
		{"2080501", false},
		{"6,050.66", false},
		{"１２３．４", false},
		{"（１２）", false},
		{"—", false},
		{"90%", false},
		{"", false},
		{"合计1", true},
	} {
		if got := HasLetters(c.in); got != c.want {
			t.Errorf("HasLetters(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
