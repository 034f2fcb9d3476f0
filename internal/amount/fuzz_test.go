package amount

import (
	"strings"
	"testing"
)

// FuzzParse: Parse never panics, answers as parseReference does, a Number
// formats back to a number of the same value, and blank/dash/text never
// carry a value.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"6,050.66", "１２３.４", "100%", "—", "", "0", "(12.50)", "-", "1e3", "3131.1999999999998",
		"１２,３４５.６７８９", "1E999", "--5", "5%%", "（３）", "  7 ", ".5", "5.", "1e-400", strings.Repeat("9", 60)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := Parse(s)
		if ref := parseReference(s); !sameValue(v, ref) {
			t.Fatalf("Parse(%q) = %+v, reference %+v", s, v, ref)
		}
		switch v.Kind {
		case Number:
			back := Parse(v.Dec.String())
			if back.Kind != Number || !back.Dec.Equal(v.Dec) {
				t.Fatalf("%q → %s does not read back (%v)", s, v.Dec, back)
			}
			if v.Places < 0 || v.Places > 60 {
				t.Fatalf("%q: places %d", s, v.Places)
			}
		default:
			if !v.Dec.IsZero() {
				t.Fatalf("%q: kind %v carries %s", s, v.Kind, v.Dec)
			}
		}
	})
}

func TestParseForms(t *testing.T) {
	for _, c := range []struct {
		in     string
		kind   Kind
		dec    string
		places int32
	}{
		{"6,050.66", Number, "6050.66", 2}, {"１２３.４", Number, "123.4", 1}, {"100%", Number, "100", 0},
		{"—", Dash, "0", 0}, {"-", Dash, "0", 0}, {"", Blank, "0", 0}, {"  ", Blank, "0", 0}, {"0", Number, "0", 0},
		{"(12.50)", Number, "-12.5", 2}, {"3131.1999999999998", Number, "3131.2", 1}, {"本单位无", Text, "0", 0},
		{"1e3", Number, "1000", 0}, {"1e9999", Text, "0", 0}, {"6 050.66", Number, "6050.66", 2},
	} {
		v := Parse(c.in)
		if v.Kind != c.kind || v.Dec.String() != c.dec || (c.kind == Number && v.Places != c.places) {
			t.Errorf("Parse(%q) = %v %s places %d, want %v %s %d", c.in, v.Kind, v.Dec, v.Places, c.kind, c.dec, c.places)
		}
	}
}
