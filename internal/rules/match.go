package rules

import "strings"

// The rule notation's tokens and a note's printed identities were read by
// regular expressions, quoted below; these loops answer as they did (\d is
// ASCII) and keep package regexp out of the wasm. regexpfree_test.go holds
// each to its expression.

// token is one token of the rule notation. text is the whole token; of the
// other fields those of the kind read are set (rsigma and csigma may stay
// "" with their row or column), the rest are "".
type token struct {
	text         string
	table        string // "01" of 01表
	rsigma, row  string // "Σ" (or "") and the key of Σ[key]
	csigma, col  string // "Σ" (or "") and the key of Σ<key>
	group, gunit string // "(1+2…5)" and 行 or 栏
	num, nunit   string // "30" and 行 or 栏
	list         string // "{人员经费}"
	word         string // 各行 or 各栏
	sign         string // + or -
	op           string // = or ≤
}

// readToken reads the token at the start of s, trying the kinds in the
// order of the regular expression's alternatives (the first that matches
// wins, not the longest):
//
//	^(?:(?P<table>\d\d)表
//	|(?P<rsigma>Σ?)\[(?P<row>[^\]]+)\]
//	|(?P<csigma>Σ?)<(?P<col>[^>]+)>
//	|(?P<group>\((?:[0-9+\-…]|\.\.)+\))(?P<gunit>行|栏)
//	|(?P<num>\d+)(?P<nunit>行|栏)
//	|(?P<list>\{[^}]+\})
//	|(?P<word>各行|各栏)
//	|(?P<sign>[+\-])
//	|(?P<op>=|≤))
//
// Each alternative reads one way only: its repeated parts stop at a
// character they cannot take, which is the one that must follow.
func readToken(s string) (tk token, ok bool) {
	if len(s) >= 2 && isDigit(s[0]) && isDigit(s[1]) && strings.HasPrefix(s[2:], "表") {
		return token{text: s[:2+len("表")], table: s[:2]}, true
	}
	if sigma, body, n := bracketed(s, '[', ']'); n > 0 {
		return token{text: s[:n], rsigma: sigma, row: body}, true
	}
	if sigma, body, n := bracketed(s, '<', '>'); n > 0 {
		return token{text: s[:n], csigma: sigma, col: body}, true
	}
	if j := groupEnd(s); j > 0 {
		if u := unitAt(s[j:]); u != "" {
			return token{text: s[:j+len(u)], group: s[:j], gunit: u}, true
		}
	}
	if j := digitsEnd(s, 0); j > 0 {
		if u := unitAt(s[j:]); u != "" {
			return token{text: s[:j+len(u)], num: s[:j], nunit: u}, true
		}
	}
	if strings.HasPrefix(s, "{") {
		if k := strings.IndexByte(s[1:], '}'); k > 0 {
			return token{text: s[:k+2], list: s[:k+2]}, true
		}
	}
	for _, w := range []string{"各行", "各栏"} {
		if strings.HasPrefix(s, w) {
			return token{text: w, word: w}, true
		}
	}
	if strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
		return token{text: s[:1], sign: s[:1]}, true
	}
	for _, o := range []string{"=", "≤"} {
		if strings.HasPrefix(s, o) {
			return token{text: o, op: o}, true
		}
	}
	return token{}, false
}

// groupEnd reads a group of lines or columns at the start of s, "(1+2…5)"
// or "(1..5)": an opening bracket, one or more digits, signs, ellipses or
// double points, a closing bracket. It returns the group's length, 0 when s
// does not start with one.
func groupEnd(s string) int {
	if !strings.HasPrefix(s, "(") {
		return 0
	}
	j := 1
	for j < len(s) {
		if isDigit(s[j]) || s[j] == '+' || s[j] == '-' {
			j++
		} else if strings.HasPrefix(s[j:], "…") {
			j += len("…")
		} else if strings.HasPrefix(s[j:], "..") {
			j += 2
		} else {
			break
		}
	}
	if j == 1 || j >= len(s) || s[j] != ')' {
		return 0
	}
	return j + 1
}

// bracketed reads Σ?<open>body<close> at the start of s, body at least one
// character and none of them close (a newline may be one). n is the length
// read, 0 when s does not start so.
func bracketed(s string, open, close byte) (sigma, body string, n int) {
	rest := s
	if r, found := strings.CutPrefix(s, "Σ"); found {
		rest, sigma = r, "Σ" // without the Σ, s would have to start with open
	}
	if rest == "" || rest[0] != open {
		return "", "", 0
	}
	k := strings.IndexByte(rest[1:], close)
	if k <= 0 {
		return "", "", 0
	}
	return sigma, rest[1 : 1+k], len(s) - len(rest) + k + 2
}

// unitAt is 行 or 栏 when s starts with it, else "".
func unitAt(s string) string {
	for _, u := range []string{"行", "栏"} {
		if strings.HasPrefix(s, u) {
			return u
		}
	}
	return ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitsEnd is the end of the run of ASCII digits in s from i.
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// noteIdentities finds the identities a table's note prints, after
// canonNote, "30行=(27+28+29)行" or "1栏各行=(2+…+5)栏各行": what
// `\d+(?:行|栏)(?:各行)?=\([0-9+\-…]+\)(?:行|栏)(?:各行)?` finds with
// FindAllString(s, -1), left to right, not overlapping.
func noteIdentities(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if end := noteIdentityEnd(s, i); end > 0 {
			out = append(out, s[i:end])
			i = end
			continue
		}
		i++
	}
	return out
}

// noteIdentityEnd is the end of an identity at s[i:], -1 when none starts
// there. The trailing 各行 is taken when present, as the greedy ? did.
func noteIdentityEnd(s string, i int) int {
	j := digitsEnd(s, i)
	if j == i {
		return -1
	}
	u := unitAt(s[j:])
	if u == "" {
		return -1
	}
	j += len(u)
	if strings.HasPrefix(s[j:], "各行") {
		j += len("各行") // not taking it would leave 各 where = must stand
	}
	if !strings.HasPrefix(s[j:], "=(") {
		return -1
	}
	j += 2
	k := j
	for k < len(s) {
		if isDigit(s[k]) || s[k] == '+' || s[k] == '-' {
			k++
		} else if strings.HasPrefix(s[k:], "…") {
			k += len("…")
		} else {
			break
		}
	}
	if k == j || k >= len(s) || s[k] != ')' {
		return -1
	}
	k++
	if u = unitAt(s[k:]); u == "" {
		return -1
	}
	k += len(u)
	if strings.HasPrefix(s[k:], "各行") {
		k += len("各行")
	}
	return k
}
