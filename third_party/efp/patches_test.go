package efp

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// expRegex is upstream's pattern that isExpMantissa replaces.
var expRegex = regexp.MustCompile(`^[1-9]{1}(\.[0-9]+)?E{1}$`)

var mantissaSamples = []string{
	"", "E", "1", "1E", "9E", "0E", "1e", "1.E", "1.5E", "1.55E", ".5E", "12E", "1.5.5E", "1.5EE", "1.aE",
	"1.5E1", "１E", "1.٥E", "1E\n", "\n1E", "2.0000000E", "1..5E", "1.-5E", "-1E", "+1E",
}

func checkMantissa(t *testing.T, s string) {
	t.Helper()
	if got, want := isExpMantissa(s), expRegex.MatchString(s); got != want {
		t.Errorf("isExpMantissa(%q) = %v, regexp says %v", s, got, want)
	}
}

func TestIsExpMantissaMatchesRegexp(t *testing.T) {
	for _, s := range mantissaSamples {
		checkMantissa(t, s)
	}
	alphabet := []string{"0", "1", "5", "9", ".", "E", "e", "+", "-", "\n", "中"}
	rng := rand.New(rand.NewSource(10))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(7); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		checkMantissa(t, b.String())
	}
}

func FuzzIsExpMantissaMatchesRegexp(f *testing.F) {
	for _, s := range mantissaSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMantissa(t, s) })
}
