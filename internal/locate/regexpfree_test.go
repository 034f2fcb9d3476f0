package locate

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The regular expressions match.go replaces, kept to hold it to them.
var (
	formCodeRe = regexp.MustCompile(`公开0?([1-9])表`)
	yearRe     = regexp.MustCompile(`((?:19|20)\d\d)年`)
	coverRe    = regexp.MustCompile(`^(.*?)((?:19|20)\d\d)年度?(?:部门|单位)?(?:决算|预算)`)
	codeRe     = regexp.MustCompile(`^\d{3}(?:\d{2}){0,2}$`)
	leadCodeRe = regexp.MustCompile(`^(\d{3}(?:\d{2}){0,2})\s*(\D.*)$`)
	intRe      = regexp.MustCompile(`^\d{1,3}$`)
)

var matchSamples = []string{
	"", "公开", "公开表", "公开01表", "公开1表", "公开0表", "公开00表", "公开001表", "公开10表", "公开09表公开2表",
	"（公开05表）部门决算", "公开公开03表", "公开0公开4表", "公开011表", "公开0１表", "公开\n1表", "x公开7表y",
	"2024年", "1999年度", "1899年", "2100年", "20245年", "x2024年y", "2024 年", "２０２４年", "20年2024年",
	"某某部门2024年度部门决算", "某某部门2024年度单位预算", "2024年决算", "2024年部门单位决算", "2024年度度决算",
	"部门\n2024年度部门决算", "第一部分 某局2024年度部门决算", "2023年 2024年度决算", "1999年预算2024年决算",
	"\xff2020年度决算", "20202020年决算", "2020年度部门", "2020年预算报表", "12020年决算",
	"201", "20101", "2010101", "20", "2010", "201010101", "２01", "٢٠١",
	"201 一般公共服务", "201一般公共服务", "2010101\t行政运行", "201 ", "201  5", "201 5", "2015", "201\n",
	"201\nx", "201 \n", "201 x\ny", "201\n\n", "201 \nx", "201x\n", "201\xff", "201 \xff\n", "20101　行政运行",
	"201\f\v", "201\v", "201\r\n", "2010101 行政运行（含\n续）", "1", "12", "123", "1234", "0", "007", "1 ", "-1",
}

func checkMatch(t *testing.T, s string) {
	t.Helper()
	i, j := formCodeIndex(s)
	if m := formCodeRe.FindStringSubmatchIndex(s); m == nil && i >= 0 || m != nil && (i != m[0] || j != m[1] || j-len("表")-1 != m[2]) {
		t.Errorf("formCodeIndex(%q) = %d, %d; regexp finds %v", s, i, j, m)
	}
	if got, want := HasFormCode(s), formCodeRe.MatchString(s); got != want {
		t.Errorf("HasFormCode(%q) = %v, regexp says %v", s, got, want)
	}
	if got, want := stripFormCodes(s), formCodeRe.ReplaceAllString(s, ""); got != want {
		t.Errorf("stripFormCodes(%q) = %q, regexp gives %q", s, got, want)
	}
	if m := formCodeRe.FindStringSubmatch(s); m != nil && formCode(s) != "0"+m[1] && len([]rune(s)) <= 16 {
		t.Errorf("formCode(%q) = %q, regexp reads 0%s", s, formCode(s), m[1])
	}
	year, ok := yearIn(s)
	if m := yearRe.FindStringSubmatch(s); (m != nil) != ok || ok && year != m[1] {
		t.Errorf("yearIn(%q) = %q, %v; regexp finds %q", s, year, ok, m)
	}
	dept, year, ok := coverParts(s)
	if m := coverRe.FindStringSubmatch(s); (m != nil) != ok || ok && (dept != m[1] || year != m[2]) {
		t.Errorf("coverParts(%q) = %q, %q, %v; regexp finds %q", s, dept, year, ok, m)
	}
	if got, want := isClassCode(s), codeRe.MatchString(s); got != want {
		t.Errorf("isClassCode(%q) = %v, regexp says %v", s, got, want)
	}
	code, name, ok := splitLeadCode(s)
	if m := leadCodeRe.FindStringSubmatch(s); (m != nil) != ok || ok && (code != m[1] || name != m[2]) {
		t.Errorf("splitLeadCode(%q) = %q, %q, %v; regexp finds %q", s, code, name, ok, m)
	}
	if got, want := hasLeadCode(s), leadCodeRe.MatchString(s); got != want {
		t.Errorf("hasLeadCode(%q) = %v, regexp says %v", s, got, want)
	}
	if got, want := isSmallInt(s), intRe.MatchString(s); got != want {
		t.Errorf("isSmallInt(%q) = %v, regexp says %v", s, got, want)
	}
}

func TestMatchFunctionsMatchRegexp(t *testing.T) {
	for _, s := range matchSamples {
		checkMatch(t, s)
	}
	// Random strings from pieces of the patterns, and spliced samples.
	alphabet := []string{"公开", "0", "1", "2", "9", "表", "年", "度", "部门", "单位", "决算", "预算", "19", "20",
		" ", "\t", "\n", "\v", "x", "中", "\xff", "\xe5", "　"}
	rng := rand.New(rand.NewSource(6))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		if n%4 == 0 {
			b.WriteString(matchSamples[rng.Intn(len(matchSamples))])
		}
		for k := rng.Intn(10); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		checkMatch(t, b.String())
	}
}

func FuzzMatchFunctionsMatchRegexp(f *testing.F) {
	for _, s := range matchSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMatch(t, s) })
}
