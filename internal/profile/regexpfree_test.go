package profile

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"reportcheck/internal/template"
)

// The regular expressions template.ValidID and isClassCode replace here.
var (
	idRe   = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,39}$`)
	codeRe = regexp.MustCompile(`^[0-9]{3}$`)
)

var patternSamples = []string{
	"", "a", "_a", "a_", "a-b", "A", "中", "a\n", strings.Repeat("z", 40), strings.Repeat("z", 41),
	"301", "302", "30", "3011", "30a", "٣٠١", "３01", "301\n", " 301", "000", "999",
}

func checkPatterns(t *testing.T, s string) {
	t.Helper()
	if got, want := template.ValidID(s), idRe.MatchString(s); got != want {
		t.Errorf("template.ValidID(%q) = %v, regexp says %v", s, got, want)
	}
	if got, want := isClassCode(s), codeRe.MatchString(s); got != want {
		t.Errorf("isClassCode(%q) = %v, regexp says %v", s, got, want)
	}
}

func TestPatternsMatchRegexp(t *testing.T) {
	for _, s := range patternSamples {
		checkPatterns(t, s)
	}
	alphabet := []string{"a", "0", "3", "9", "_", "-", " ", "中", "\xff", "A"}
	rng := rand.New(rand.NewSource(4))
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
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
