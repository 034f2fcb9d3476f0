package amount

import (
	"math/rand"
	"testing"

	"github.com/shopspring/decimal"
)

func TestStringMatchesDecimal(t *testing.T) {
	for _, s := range []string{"0", "-0", "0.00", "3311.20", "-3311.2", "100", "1e3", "1E-20", "0.000123400", "-0.5", "12345678901234567890.5", "9223372036854775807", "-9223372036854775808", "1.000000000000000001", "5e40", "7e-45"} {
		d := decimal.RequireFromString(s)
		if got, want := String(d), d.String(); got != want {
			t.Errorf("String(%s) = %q, d.String() = %q", s, got, want)
		}
	}
	if got, want := String(decimal.Decimal{}), (decimal.Decimal{}).String(); got != want {
		t.Errorf("String(zero Decimal) = %q, want %q", got, want)
	}
	rng := rand.New(rand.NewSource(2))
	for range 20000 {
		c := randomCoefficient(rng)
		d := decimal.New(c, int32(rng.Intn(50)-25))
		if got, want := String(d), d.String(); got != want {
			t.Fatalf("String(New(%d, %d)) = %q, d.String() = %q", c, d.Exponent(), got, want)
		}
	}
}

func FuzzString(f *testing.F) {
	f.Add(int64(331120), int32(-2))
	f.Add(int64(-5), int32(3))
	f.Fuzz(func(t *testing.T, c int64, e int32) {
		d := decimal.New(c, e%60)
		if got, want := String(d), d.String(); got != want {
			t.Fatalf("String(New(%d, %d)) = %q, d.String() = %q", c, e%60, got, want)
		}
	})
}
