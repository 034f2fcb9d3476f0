// This file is not part of upstream excelize: see PATCHES.md. It replaces
// golang.org/x/text/cases, golang.org/x/text/language and
// golang.org/x/text/message, whose package variables and init functions put
// the language and case tables into every binary that imports excelize.

package excelize

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// titleCase upper-cases the first letter of each word and leaves the other
// letters as they are, as cases.Title(language.English, cases.NoLower) does
// for the names of the pivot table data consolidate functions ("sum",
// "countNums", "stdDevp", ...) and for ordinary words. Unlike cases.Title it
// applies no special casing ("ß" stays "ß", not "Ss").
func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if start {
				r, start = unicode.ToTitle(r), false
			}
		case unicode.IsDigit(r) || unicode.IsMark(r) || strings.ContainsRune("_.:'’", r):
		default:
			start = true
		}
		b.WriteRune(r)
	}
	return b.String()
}

// formatGrouped formats v with precision decimals and a comma between each
// group of three digits of the integer part (-1234567.891 with 2 decimals is
// "-1,234,567.89"), as message.NewPrinter(language.English).Sprintf formats
// a %.<precision>f verb: infinities are "∞" and "-∞", negative zero has no
// sign.
func formatGrouped(v float64, precision int) string {
	switch {
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "-∞"
	case v == 0:
		v = 0
	}
	s := strconv.FormatFloat(v, 'f', precision, 64)
	sign, digits := "", s
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	intPart, frac := digits, ""
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		intPart, frac = digits[:i], digits[i:]
	}
	if len(intPart) <= 3 || strings.Trim(intPart, "0123456789") != "" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(intPart)/3)
	b.WriteString(sign)
	head := len(intPart) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(intPart[:head])
	for i := head; i < len(intPart); i += 3 {
		b.WriteByte(',')
		b.WriteString(intPart[i : i+3])
	}
	b.WriteString(frac)
	return b.String()
}
