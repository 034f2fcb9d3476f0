package template

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The regular expressions ValidID, isFormCode and isClass3 replace.
var (
	idRe     = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,39}$`)
	formRe   = regexp.MustCompile(`^0[1-9]$`)
	class3Re = regexp.MustCompile(`^2\d\d$`)
)

var patternSamples = []string{
	"", "a", "0", "_", "-", "a_", "a-", "_a", "-a", "A", "aB", "a b", "a\n", "\na", "ab.c", "中", "a中",
	strings.Repeat("a", 39), strings.Repeat("a", 40), strings.Repeat("a", 41), "0" + strings.Repeat("-", 39),
	"01", "09", "00", "10", "1", "010", "0a", "0١", "０1", "01\n", "200", "299", "2999", "29", "300", "2a9",
	"2٠٠", "２00", "default", "central-2025", "dept_01",
}

func checkPatterns(t *testing.T, s string) {
	t.Helper()
	if got, want := ValidID(s), idRe.MatchString(s); got != want {
		t.Errorf("ValidID(%q) = %v, regexp says %v", s, got, want)
	}
	if got, want := isFormCode(s), formRe.MatchString(s); got != want {
		t.Errorf("isFormCode(%q) = %v, regexp says %v", s, got, want)
	}
	if got, want := isClass3(s), class3Re.MatchString(s); got != want {
		t.Errorf("isClass3(%q) = %v, regexp says %v", s, got, want)
	}
}

func TestPatternsMatchRegexp(t *testing.T) {
	for _, s := range patternSamples {
		checkPatterns(t, s)
	}
	alphabet := []string{"a", "z", "A", "0", "1", "2", "9", "_", "-", ".", " ", "\n", "中", "\xff"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(4); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		if rng.Intn(4) == 0 {
			b.WriteString(strings.Repeat("a", 35+rng.Intn(8)))
		}
		checkPatterns(t, b.String())
	}
}

func FuzzPatternsMatchRegexp(f *testing.F) {
	for _, s := range patternSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPatterns(t, s) })
}
