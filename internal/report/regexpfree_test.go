package report

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// cellLikeRe is the regular expression cellLike replaces.
var cellLikeRe = regexp.MustCompile(`^(?i:[a-z]{1,3}[0-9]+|r[0-9]*c[0-9]*|r[0-9]*|c[0-9]*)$`)

var cellLikeSamples = []string{
	"", "A", "A1", "a1", "AB12", "xfd1048576", "XFDA1", "ABCD1", "A1B", "1A", "R", "r", "C", "c", "RC", "R1C1",
	"r12c", "rc7", "R1C1C", "CR", "C1R1", "RR1", "R1R", "Sheet1", "sheet", "TRUE", "公开01表", "A١", "A１",
	"\u017f1", "\u212a1", "\u017fA\u212a9", "\u017f\u017f\u017f\u017f1", "\u0131", "\u01301", "ı1", "İ1",
	"A 1", " A1", "A1 ", "A1\n", "R\n", "\xff1", "A\xff", "R1C\xff", "Ａ1", "ab", "abc", "abc1", "ß1", "ǅ1",
}

func checkCellLike(t *testing.T, s string) {
	t.Helper()
	if got, want := cellLike(s), cellLikeRe.MatchString(s); got != want {
		t.Errorf("cellLike(%q) = %v, regexp says %v", s, got, want)
	}
}

func TestCellLikeMatchesRegexp(t *testing.T) {
	for _, s := range cellLikeSamples {
		checkCellLike(t, s)
	}
	// Every rune (?i:[a-z]) takes is one cellLike takes as a letter.
	letter := regexp.MustCompile(`^(?i:[a-z])$`)
	for r := rune(0); r < 0x30000; r++ {
		if s := string(r) + "1"; letter.MatchString(string(r)) != cellLike(s) {
			t.Errorf("rune %U: regexp letter %v, cellLike(%q) %v", r, letter.MatchString(string(r)), s, cellLike(s))
		}
	}
	alphabet := []string{"a", "A", "z", "r", "R", "c", "C", "1", "0", "9", " ", "\u017f", "\u212a", "中", "\xff", "_"}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(7); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		checkCellLike(t, b.String())
	}
}

func FuzzCellLikeMatchesRegexp(f *testing.F) {
	for _, s := range cellLikeSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkCellLike(t, s) })
}
