package excelize

import (
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Patch 12: the escapes _xHHHH_ are found without regexp, and the package's
// other regular expressions are compiled on first use. The upstream
// functions are copied here, regexp and all, to compare against.

var (
	upstreamBstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	upstreamBstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

func upstreamBstrUnmarshal(s string) (result string) {
	if !strings.Contains(s, "_x") {
		return s
	}
	matches, l, cursor := upstreamBstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			result += "_"
			continue
		}
		if upstreamBstrExp.MatchString(subStr) {
			cursor = match[1]
			v, _ := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`)
			result += v
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

func upstreamBstrMarshal(s string) (result string) {
	matches, l, cursor := upstreamBstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && upstreamBstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if upstreamBstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

var bstrSamples = []string{
	"", "_", "_x", "_x0", "_x000", "_x0000", "_x0000_", "x0000_", "__x0041_", "_x0041__x0042_",
	"_x0041_x0042_", "_x005F_", "_x005f_", "_x005F_x0041_", "_x005F_x0041", "_x005F_xD800_", "_x005F_x005F_",
	"_xD800_", "_xDFFF_", "_xdc00_ok", "_xFFFF_", "_xFFFE_", "_x0008_", "_x000D__x000A_", "_X0041_", "_x00G1_",
	"_x 041_", "_x00411_", "a_x0041_b_x0042_c", "中_x4E2D_文", "_x中文_", "\xff_x0041_\xfe", "_x٠١٢٣_",
	"_x０１２３_", "_x0041_\n_x0042_", "___x0041___", "_x0041", "x0041_", "_x005F_x0041__x005F_",
	"_x005F_x00", "_x005F_xABCD_", "_x005F_xabcd_", "_x005F_xD8000_",
}

func checkBstr(t *testing.T, s string) {
	t.Helper()
	var want [][]int
	for _, m := range upstreamBstrExp.FindAllStringIndex(s, -1) {
		want = append(want, []int{m[0], m[1]})
	}
	if got := bstrEscapes(s); !equalIndexes(got, want) {
		t.Errorf("bstrEscapes(%q) = %v, regexp finds %v", s, got, want)
	}
	if len(s) >= 6 {
		if got, want := isBstrEscapeTail(s[:6]), upstreamBstrEscapeExp.MatchString(s[:6]); got != want {
			t.Errorf("isBstrEscapeTail(%q) = %v, regexp says %v", s[:6], got, want)
		}
	}
	if got, want := bstrUnmarshal(s), upstreamBstrUnmarshal(s); got != want {
		t.Errorf("bstrUnmarshal(%q) = %q, upstream %q", s, got, want)
	}
	if got, want := bstrMarshal(s), upstreamBstrMarshal(s); got != want {
		t.Errorf("bstrMarshal(%q) = %q, upstream %q", s, got, want)
	}
}

func equalIndexes(a, b [][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i][0] != b[i][0] || a[i][1] != b[i][1] {
			return false
		}
	}
	return true
}

func TestBstrMatchesRegexp(t *testing.T) {
	for _, s := range bstrSamples {
		checkBstr(t, s)
	}
	// Random strings over an alphabet dense in escapes.
	alphabet := []string{"_", "x", "X", "0", "5", "F", "f", "D", "8", "a", "G", "中", "\xff", " "}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(24); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		checkBstr(t, b.String())
	}
}

func FuzzBstrMatchesRegexp(f *testing.F) {
	for _, s := range bstrSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkBstr(t, s) })
}

func TestLazyRegexpsAsUpstream(t *testing.T) {
	for tok, quoted := range map[string]string{"~*": "*", "~?": "?", "~~": "~"} {
		if got, want := wildcardPatternMap[tok], regexp.QuoteMeta(quoted); got != want {
			t.Errorf("wildcardPatternMap[%q] = %q, regexp.QuoteMeta gives %q", tok, got, want)
		}
	}
	// Upstream's package variables, as upstream wrote them.
	upstream := map[string]string{
		"wildcardTokenRE":         `~[*?~]|[*?]|[\s\S]`,
		"expressionFormat":        `"(?:[^"]|"")*"|\S+`,
		"conditionFormat":         `(or|\|\|)`,
		"blankFormat":             "blanks|nonblanks",
		"matchFormat":             "[*?]",
		"dateFormats mm/dd/yy":    `^` + df1 + timeSuffix,
		"dateFormats mm dd, yy":   `^` + df2 + timeSuffix,
		"dateFormats yy-mm-dd":    `^` + df3 + timeSuffix,
		"dateFormats yy-mmStr-dd": `^` + df4 + timeSuffix,
		"timeFormats hh":          datePrefix + tfhh + `$`,
		"timeFormats hh:mm":       datePrefix + tfhhmm + `$`,
		"timeFormats mm:ss":       datePrefix + tfmmss + `$`,
		"timeFormats hh:mm:ss":    datePrefix + tfhhmmss + `$`,
		"dateOnlyFormats 0":       `^` + df1 + `$`,
		"dateOnlyFormats 1":       `^` + df2 + `$`,
		"dateOnlyFormats 2":       `^` + df3 + `$`,
		"dateOnlyFormats 3":       `^` + df4 + `$`,
		"formulaFormats 0":        `^(\d+)$`,
		"formulaFormats 1":        `^=(.*)$`,
		"formulaFormats 2":        `^<>(.*)$`,
		"formulaFormats 3":        `^<=(.*)$`,
		"formulaFormats 4":        `^>=(.*)$`,
		"formulaFormats 5":        `^<(.*)$`,
		"formulaFormats 6":        `^>(.*)$`,
	}
	lazy := map[string]*lazyRegexp{
		"wildcardTokenRE": wildcardTokenRE, "expressionFormat": expressionFormat, "conditionFormat": conditionFormat,
		"blankFormat": blankFormat, "matchFormat": matchFormat,
	}
	for k, v := range dateFormats {
		lazy["dateFormats "+k] = v
	}
	for k, v := range timeFormats {
		lazy["timeFormats "+k] = v
	}
	for i, v := range dateOnlyFormats {
		lazy["dateOnlyFormats "+strconv.Itoa(i)] = v
	}
	for i, v := range formulaFormats {
		lazy["formulaFormats "+strconv.Itoa(i)] = v
	}
	if len(lazy) != len(upstream) {
		t.Fatalf("%d lazy patterns, upstream has %d", len(lazy), len(upstream))
	}
	for name, pattern := range upstream {
		l := lazy[name]
		if l == nil {
			t.Errorf("no lazy pattern %s", name)
			continue
		}
		if got := l.get(); got.String() != regexp.MustCompile(pattern).String() || l.get() != got {
			t.Errorf("%s compiles to %q, upstream %q (or is compiled twice)", name, got, pattern)
		}
	}
	if !isDateOnlyFmt("12/31/2024") || isDateOnlyFmt("12/31/2024 10:00") || !isTimeOnlyFmt("10:30 pm") {
		t.Error("date and time patterns do not read as upstream's")
	}
}
