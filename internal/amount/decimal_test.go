package amount

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseDecimalIsNewFromString(t *testing.T) {
	for _, s := range []string{
		"0", "-0", "00", "007", "1", "-1", "12.5", "-12.50", "0.000", "123456789012345678", "1234567890123456789",
		"99999999999999999.9", "-999999999999999999", "1.", ".5", "-", "", "+5", "1e3", "1.2.3", "1,000", " 1", "١٢",
		"0.01", "-0.00", "3.14159265358979323846",
	} {
		want, werr := decimal.NewFromString(s)
		got, gerr := ParseDecimal(s)
		if (werr != nil) != (gerr != nil) {
			t.Errorf("ParseDecimal(%q) error %v, NewFromString %v", s, gerr, werr)
			continue
		}
		if werr == nil && (got.String() != want.String() || got.Exponent() != want.Exponent() || got.Coefficient().Cmp(want.Coefficient()) != 0) {
			t.Errorf("ParseDecimal(%q) = %s (%se%d), NewFromString %s (%se%d)", s, got, got.Coefficient(), got.Exponent(), want, want.Coefficient(), want.Exponent())
		}
	}
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"0", "-12.50", "1234567890123456789", "1.", "1e3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, werr := decimal.NewFromString(s)
		got, gerr := ParseDecimal(s)
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("ParseDecimal(%q) error %v, NewFromString %v", s, gerr, werr)
		}
		if werr == nil && (got.Exponent() != want.Exponent() || got.Coefficient().Cmp(want.Coefficient()) != 0) {
			t.Fatalf("ParseDecimal(%q) = %se%d, NewFromString %se%d", s, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
		}
	})
}
