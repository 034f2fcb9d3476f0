package locate

import (
	"strings"
	"unicode/utf8"
)

// The text patterns the locator looks for. Each was a regular expression,
// quoted in its comment; each function answers as that expression did (\d
// and \s are ASCII: 0-9 and tab, newline, form feed, return, space). The
// loops keep package regexp out of the wasm. regexpfree_test.go holds each
// to its expression.

// digitsEnd is the end of the run of ASCII digits in s from i.
func digitsEnd(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// formCodeIndex finds the first form code in s, 公开N表 or 公开0N表 with N 1
// to 9 (`公开0?([1-9])表`), and returns its byte offsets, start -1 when
// there is none. N is s[end-len("表")-1].
func formCodeIndex(s string) (start, end int) {
	const head, tail = "公开", "表"
	for off := 0; ; {
		i := strings.Index(s[off:], head)
		if i < 0 {
			return -1, -1
		}
		i += off
		j := i + len(head)
		if j < len(s) && s[j] == '0' {
			j++ // 0? is greedy, and a 0 cannot be the N that follows
		}
		if j < len(s) && '1' <= s[j] && s[j] <= '9' && strings.HasPrefix(s[j+1:], tail) {
			return i, j + 1 + len(tail)
		}
		off = i + len(head)
	}
}

// HasFormCode tells whether s holds a form code 公开01表 … 公开09表 (or
// 公开1表 …) anywhere.
func HasFormCode(s string) bool {
	i, _ := formCodeIndex(s)
	return i >= 0
}

// stripFormCodes removes every form code from s, as
// ReplaceAllString(s, "") did with `公开0?([1-9])表`.
func stripFormCodes(s string) string {
	i, j := formCodeIndex(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[j:]
		i, j = formCodeIndex(s)
	}
	b.WriteString(s)
	return b.String()
}

// yearAt tells whether s[i:] starts with a year 1900-2099.
func yearAt(s string, i int) bool {
	return i+4 <= len(s) && (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
		digitsEnd(s[:i+4], i+2) == i+4
}

// yearIn finds the first year written before 年 (`((?:19|20)\d\d)年`).
func yearIn(s string) (year string, ok bool) {
	for i := 0; i+4 <= len(s); i++ {
		if yearAt(s, i) && strings.HasPrefix(s[i+4:], "年") {
			return s[i : i+4], true
		}
	}
	return "", false
}

// coverParts reads a cover's title, "<部门>2024年度部门决算" and the like:
// `^(.*?)((?:19|20)\d\d)年度?(?:部门|单位)?(?:决算|预算)`, giving the text
// before the first year that so continues (dept, which may be empty or hold
// other years) and the year. The lazy .*? cannot cross a newline. Each of
// the optional words is taken when present: none is the start of what may
// follow it, so there is no other way to read the rest.
func coverParts(s string) (dept, year string, ok bool) {
	for i := 0; i+4 <= len(s) && s[i] != '\n'; i++ {
		if !yearAt(s, i) {
			continue
		}
		rest, found := strings.CutPrefix(s[i+4:], "年")
		if !found {
			continue
		}
		rest = strings.TrimPrefix(rest, "度")
		if r, found := strings.CutPrefix(rest, "部门"); found {
			rest = r
		} else {
			rest = strings.TrimPrefix(rest, "单位")
		}
		if strings.HasPrefix(rest, "决算") || strings.HasPrefix(rest, "预算") {
			return s[:i], s[i : i+4], true
		}
	}
	return "", "", false
}

// isClassCode tells whether s is a classification code, 3, 5 or 7 ASCII
// digits (`^\d{3}(?:\d{2}){0,2}$`).
func isClassCode(s string) bool {
	return (len(s) == 3 || len(s) == 5 || len(s) == 7) && digitsEnd(s, 0) == len(s)
}

// splitLeadCode splits a cell that starts with a classification code and
// goes on with its name, "2010101 行政运行" or "201一般公共服务":
// `^(\d{3}(?:\d{2}){0,2})\s*(\D.*)$`. The code is the whole leading run of
// digits (a shorter one would leave a digit where \s*\D must stand), of 3, 5
// or 7. The name is what follows the white space after it, unless that is a
// digit or nothing: then the name starts at the last white space character
// (\D takes any non-digit, white space and newline too). From the name's
// second character on there may be no newline (.* does not cross one).
func splitLeadCode(s string) (code, name string, ok bool) {
	d := digitsEnd(s, 0)
	if d != 3 && d != 5 && d != 7 {
		return "", "", false
	}
	w := d
	for w < len(s) && isSpaceASCII(s[w]) {
		w++
	}
	// \s* gives back one character at a time, the longest first: the name
	// starts at j, the first j from w down to d whose character is not a
	// digit (before w every character is white space).
	for j := w; j >= d; j-- {
		if j == len(s) || '0' <= s[j] && s[j] <= '9' {
			continue
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		if strings.IndexByte(s[j+size:], '\n') >= 0 {
			return "", "", false // a smaller j leaves the newline in .* too
		}
		return s[:d], s[j:], true
	}
	return "", "", false
}

// hasLeadCode tells whether splitLeadCode reads s.
func hasLeadCode(s string) bool {
	_, _, ok := splitLeadCode(s)
	return ok
}

// isSmallInt tells whether s is 1 to 3 ASCII digits (`^\d{1,3}$`), a line or
// column number.
func isSmallInt(s string) bool {
	return len(s) >= 1 && len(s) <= 3 && digitsEnd(s, 0) == len(s)
}

// isSpaceASCII is \s: tab, newline, form feed, return, space.
func isSpaceASCII(c byte) bool {
	return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}
