package kpi

import "strings"

// The text patterns a 自评表 is read by. Each was a regular expression,
// quoted in its comment; each function answers as that expression did (\d
// and \s are ASCII). The loops keep package regexp out of the wasm.
// regexpfree_test.go holds each to its expression.

// numberEnd reads a number at s[i:], ASCII digits and, when a point and a
// digit follow, the fraction's digits (`\d+(?:\.\d+)?`, which can only be
// read this way, the longest, when a character that is neither a digit nor a
// point must follow). It returns the number's end, or -1 when s[i] is no
// digit.
func numberEnd(s string, i int) int {
	j := digitsEnd(s, i)
	if j == i {
		return -1
	}
	if j+1 < len(s) && s[j] == '.' && '0' <= s[j+1] && s[j+1] <= '9' {
		j = digitsEnd(s, j+1)
	}
	return j
}

// digitsEnd is the end of the run of ASCII digits in s from i.
func digitsEnd(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// nextPoints finds the first "(20分" in s from byte from on, points written
// after an opening bracket (`\((\d+(?:\.\d+)?)分`), and returns the number
// and where the whole match ends; end is -1 when there is none.
func nextPoints(s string, from int) (num string, end int) {
	for i := from; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		if j := numberEnd(s, i+1); j > 0 && strings.HasPrefix(s[j:], "分") {
			return s[i+1 : j], j + len("分")
		}
	}
	return "", -1
}

// firstPoints is the number of the first "(20分" in s.
func firstPoints(s string) (num string, ok bool) {
	num, end := nextPoints(s, 0)
	return num, end >= 0
}

// lastPoints is the number of the last "(20分" in s, the matches read left to
// right without overlapping (FindAllStringSubmatch's last).
func lastPoints(s string) (num string, ok bool) {
	for from := 0; ; {
		n, end := nextPoints(s, from)
		if end < 0 {
			return num, ok
		}
		num, ok, from = n, true, end
	}
}

// scoreHeadPoints reads the points of a 得分 header such as "得分(20 分×执行率)"
// after folding, "20分×执行率": a number, 分, perhaps a sign of
// multiplication, 执行率 (`(\d+(?:\.\d+)?)分[*×＊]?执行率`). The match may start
// inside a run of digits or after a point ("1.2.5分执行率" gives 2.5), so
// every start is tried.
func scoreHeadPoints(s string) (num string, ok bool) {
	for i := 0; i < len(s); i++ {
		j := numberEnd(s, i)
		if j < 0 {
			continue
		}
		rest, found := strings.CutPrefix(s[j:], "分")
		if !found {
			continue
		}
		for _, sign := range []string{"*", "×", "＊"} {
			if r, cut := strings.CutPrefix(rest, sign); cut {
				rest = r
				break
			}
		}
		if strings.HasPrefix(rest, "执行率") {
			return s[i:j], true
		}
	}
	return "", false
}

// isSubtitle tells a line in brackets, "(科技管理工作经费)" after folding:
// `^\((.+)\)$`, something but a newline between the brackets.
func isSubtitle(s string) bool {
	return len(s) >= 3 && s[0] == '(' && s[len(s)-1] == ')' && strings.IndexByte(s[1:len(s)-1], '\n') < 0
}

// countOptionNumbers counts the numbered options in a tick-box group, "1、",
// "2." or "3 ．" (`\d+\s*[、.．]`, matches not overlapping).
func countOptionNumbers(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if end := optionNumberEnd(s, i); end > 0 {
			n, i = n+1, end
			continue
		}
		i++
	}
	return n
}

// optionNumberEnd is the end of an option number at s[i:], -1 when there is
// none there.
func optionNumberEnd(s string, i int) int {
	j := digitsEnd(s, i)
	if j == i {
		return -1
	}
	for j < len(s) && (s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r' || s[j] == ' ') {
		j++
	}
	for _, sep := range []string{"、", ".", "．"} {
		if strings.HasPrefix(s[j:], sep) {
			return j + len(sep)
		}
	}
	return -1
}
