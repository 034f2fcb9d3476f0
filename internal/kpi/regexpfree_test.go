package kpi

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"reportcheck/internal/locate"
)

// The regular expressions match.go (and locate.HasFormCode) replace, kept to
// hold them to it.
var (
	publicFormRe = regexp.MustCompile(`公开0?[1-9]表`)
	pointsRe     = regexp.MustCompile(`\((\d+(?:\.\d+)?)分`)
	scoreHeadRe  = regexp.MustCompile(`(\d+(?:\.\d+)?)分[*×＊]?执行率`)
	subtitleRe   = regexp.MustCompile(`^\((.+)\)$`)
	optionNumRe  = regexp.MustCompile(`\d+\s*[、.．]`)
)

var kpiSamples = []string{
	"", "(", "()", "(x)", "(科技管理工作经费)", "(a\nb)", "(\n)", "())", "(()", "((x))", "(x) ", " (x)", "(\xff)",
	"(20分", "(20.5分", "(20.分", "(.5分", "(20.5.5分", "((20分", "(20 分", "(２0分", "(20分)(10分)", "(1分(2分",
	"绩效指标(90分)", "预算执行情况(10分)(万元)", "(10分(20分", "(0010.0100分",
	"20分执行率", "20分×执行率", "20分*执行率", "20分＊执行率", "20分××执行率", "20 分×执行率", "1.2.5分执行率",
	"x12.5分执行率", "12.分执行率", "得分(20分×执行率)", "5分执行5分执行率", "9999999999分执行率", "0.0分执行率",
	"公开01表", "公开1表", "公开0表", "项目支出绩效自评表(公开09表)", "公开00表", "公开011表",
	"1、是 2、否", "1.是2.否", "1 、a", "1\n.a", "1．a", "12345", "1..2.", "1、、", "a1 b2 c3.", "1\v.", "１、",
}

func checkKPIMatch(t *testing.T, s string) {
	t.Helper()
	if got, want := locate.HasFormCode(s), publicFormRe.MatchString(s); got != want {
		t.Errorf("locate.HasFormCode(%q) = %v, regexp says %v", s, got, want)
	}
	num, ok := firstPoints(s)
	if m := pointsRe.FindStringSubmatch(s); (m != nil) != ok || ok && num != m[1] {
		t.Errorf("firstPoints(%q) = %q, %v; regexp finds %q", s, num, ok, m)
	}
	num, ok = lastPoints(s)
	if m := pointsRe.FindAllStringSubmatch(s, -1); (m != nil) != ok || ok && num != m[len(m)-1][1] {
		t.Errorf("lastPoints(%q) = %q, %v; regexp finds %q", s, num, ok, m)
	}
	var ends []int
	for from := 0; ; {
		_, end := nextPoints(s, from)
		if end < 0 {
			break
		}
		ends, from = append(ends, end), end
	}
	var wantEnds []int
	for _, m := range pointsRe.FindAllStringIndex(s, -1) {
		wantEnds = append(wantEnds, m[1])
	}
	if !equalInts(ends, wantEnds) {
		t.Errorf("nextPoints over %q ends at %v, regexp at %v", s, ends, wantEnds)
	}
	num, ok = scoreHeadPoints(s)
	if m := scoreHeadRe.FindStringSubmatch(s); (m != nil) != ok || ok && num != m[1] {
		t.Errorf("scoreHeadPoints(%q) = %q, %v; regexp finds %q", s, num, ok, m)
	}
	if got, want := isSubtitle(s), subtitleRe.MatchString(s); got != want {
		t.Errorf("isSubtitle(%q) = %v, regexp says %v", s, got, want)
	}
	if got, want := countOptionNumbers(s), len(optionNumRe.FindAllStringIndex(s, -1)); got != want {
		t.Errorf("countOptionNumbers(%q) = %d, regexp finds %d", s, got, want)
	}
	var optEnds []int
	for i := 0; i < len(s); {
		if end := optionNumberEnd(s, i); end > 0 {
			optEnds, i = append(optEnds, end), end
			continue
		}
		i++
	}
	var wantOptEnds []int
	for _, m := range optionNumRe.FindAllStringIndex(s, -1) {
		wantOptEnds = append(wantOptEnds, m[1])
	}
	if !equalInts(optEnds, wantOptEnds) {
		t.Errorf("option numbers in %q end at %v, regexp at %v", s, optEnds, wantOptEnds)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestKPIMatchMatchesRegexp(t *testing.T) {
	for _, s := range kpiSamples {
		checkKPIMatch(t, s)
	}
	alphabet := []string{"(", ")", "0", "1", "2", "9", ".", "分", "×", "*", "＊", "执行率", "执行", "公开", "表",
		"、", "．", " ", "\n", "\t", "\v", "x", "中", "\xff"}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		if n%4 == 0 {
			b.WriteString(kpiSamples[rng.Intn(len(kpiSamples))])
		}
		for k := rng.Intn(10); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		checkKPIMatch(t, b.String())
	}
}

func FuzzKPIMatchMatchesRegexp(f *testing.F) {
	for _, s := range kpiSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkKPIMatch(t, s) })
}
