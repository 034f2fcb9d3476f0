// Package trim is strings.TrimSpace for the text a draft is made of.
//
// Most labels and values of a Chinese report begin and end with a Han
// character. strings.TrimSpace handles such a string on its general path
// (TrimFunc with unicode.IsSpace, a call per rune at each end), which in
// WebAssembly is a measurable share of a check: every cell the engine
// reads is trimmed, often more than once. Space answers those strings at
// once and leaves every other string to strings.TrimSpace.
package trim

import (
	"strings"
	"unicode/utf8"
)

// Space is strings.TrimSpace(s), with the same result for every string,
// valid UTF-8 or not.
func Space(s string) string {
	if len(s) > 0 && keepsStart(s) && keepsEnd(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// keepsStart reports whether s (not empty) surely does not begin with a
// space. Beyond ASCII, unicode.IsSpace holds only for U+0085, U+00A0,
// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000, all
// below U+4000: a lead byte of 0xE4 or above begins a character from U+4000
// on (or invalid UTF-8, decoded as U+FFFD), never a space.
func keepsStart(s string) bool {
	c := s[0]
	if c < utf8.RuneSelf {
		return !isASCIISpace(c)
	}
	return c >= 0xE4
}

// keepsEnd reports whether s (not empty) surely does not end with a space:
// an ASCII character that is not one, or a three-byte sequence whose lead
// byte is 0xE4 or above (see keepsStart).
func keepsEnd(s string) bool {
	n := len(s)
	c := s[n-1]
	if c < utf8.RuneSelf {
		return !isASCIISpace(c)
	}
	return n >= 3 && s[n-3] >= 0xE4 && s[n-3] < 0xF0 && isContinuation(s[n-2]) && isContinuation(c)
}

func isContinuation(c byte) bool { return c&0xC0 == 0x80 }

// isASCIISpace is unicode.IsSpace for an ASCII byte.
func isASCIISpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}
