package rules

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The regular expressions match.go replaces, kept to hold it to them.
var (
	tokenRe = regexp.MustCompile(`^(?:` +
		`(?P<table>\d\d)表` +
		`|(?P<rsigma>Σ?)\[(?P<row>[^\]]+)\]` +
		`|(?P<csigma>Σ?)<(?P<col>[^>]+)>` +
		`|(?P<group>\((?:[0-9+\-…]|\.\.)+\))(?P<gunit>行|栏)` +
		`|(?P<num>\d+)(?P<nunit>行|栏)` +
		`|(?P<list>\{[^}]+\})` +
		`|(?P<word>各行|各栏)` +
		`|(?P<sign>[+\-])` +
		`|(?P<op>=|≤)` +
		`)`)
	noteIdentityRe = regexp.MustCompile(`\d+(?:行|栏)(?:各行)?=\([0-9+\-…]+\)(?:行|栏)(?:各行)?`)
)

var tokenSamples = []string{
	"", "01表", "1表", "123表", "01表 [合计]", "0１表", "[合计]", "Σ[收入各项]", "Σ[]", "[]", "[a\nb]", "[a]]",
	"[[a]", "Σ", "ΣΣ[a]", "Σ<a>", "<本年收入合计>各行", "<>", "<a", "<a\xffb>", "[\xff]", "(1+2)行", "(1+2)栏",
	"(1..5)行", "(1...5)行", "(1.5)行", "(…)行", "(1+…+5)栏", "()行", "(1)", "(1)表", "(1)x", "(a)行", "((1)行",
	"(1-2)行各行", "30行", "30栏", "30", "3行各行", "{人员经费}", "{}", "{a", "{a}}", "{\n}", "各行", "各栏", "各",
	"+", "-", "+1", "=", "≤", "≥", "<=", "12行=", "Σ[类]各栏", "中", "\xff", " 01表", "01表01表", "(1+2)行=3行",
}

// tokenFields lists tk as FindStringSubmatch lists a match.
func tokenFields(tk token) []string {
	return []string{tk.text, tk.table, tk.rsigma, tk.row, tk.csigma, tk.col, tk.group, tk.gunit, tk.num, tk.nunit,
		tk.list, tk.word, tk.sign, tk.op}
}

func checkToken(t *testing.T, s string) {
	t.Helper()
	tk, ok := readToken(s)
	m := tokenRe.FindStringSubmatch(s)
	if (m != nil) != ok {
		t.Fatalf("readToken(%q) ok = %v, regexp finds %q", s, ok, m)
	}
	if !ok {
		return
	}
	if got := tokenFields(tk); strings.Join(got, "\x00") != strings.Join(m, "\x00") {
		t.Errorf("readToken(%q) = %q, regexp finds %q", s, got, m)
	}
}

func TestReadTokenMatchesRegexp(t *testing.T) {
	names := tokenRe.SubexpNames()
	want := []string{"", "table", "rsigma", "row", "csigma", "col", "group", "gunit", "num", "nunit", "list", "word", "sign", "op"}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Fatalf("tokenFields' order %q is not the regexp's %q", want, names)
	}
	for _, s := range tokenSamples {
		checkToken(t, s)
	}
	alphabet := []string{"0", "1", "9", "表", "Σ", "[", "]", "<", ">", "(", ")", "+", "-", "…", ".", "行", "栏",
		"{", "}", "各", "=", "≤", " ", "\n", "a", "中", "\xff"}
	rng := rand.New(rand.NewSource(8))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		if n%4 == 0 {
			b.WriteString(tokenSamples[rng.Intn(len(tokenSamples))])
		}
		for k := rng.Intn(8); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		checkToken(t, b.String())
	}
}

func FuzzReadTokenMatchesRegexp(f *testing.F) {
	for _, s := range tokenSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkToken(t, s) })
}

var noteSamples = []string{
	"", "30行=(27+28+29)行", "30行各行=(1+2)行各行", "1栏=(2+…+5)栏", "1栏各行=(2-3)栏各行各行", "30行=()行",
	"30行=(27)", "30行=(27)表", "行=(1)行", "30=(1)行", "30行=(a)行", "30行=(1)行30行=(2)行", "x1行=(2)行y",
	"1行=(2)行=(3)行", "１行=(2)行", "1行各=(2)行", "1行=(2)行各", "1行=(1..2)行", "1行=(…)行", "12345行=(1)栏",
	"30行=(27+28+29)行、31行=(30-1)行", "1行=(2)行\n3行=(4)行", "\xff1行=(2)行", "1行=(2\xff)行",
}

func checkNotes(t *testing.T, s string) {
	t.Helper()
	got, want := noteIdentities(s), noteIdentityRe.FindAllString(s, -1)
	if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
		t.Errorf("noteIdentities(%q) = %q, regexp finds %q", s, got, want)
	}
}

func TestNoteIdentitiesMatchRegexp(t *testing.T) {
	for _, s := range noteSamples {
		checkNotes(t, s)
	}
	alphabet := []string{"1", "2", "30", "行", "栏", "各行", "各", "=", "=(", "(", ")", "+", "-", "…", ".", "x", "\xff"}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		if n%4 == 0 {
			b.WriteString(noteSamples[rng.Intn(len(noteSamples))])
		}
		for k := rng.Intn(14); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		checkNotes(t, b.String())
	}
}

func FuzzNoteIdentitiesMatchRegexp(f *testing.F) {
	for _, s := range noteSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNotes(t, s) })
}
