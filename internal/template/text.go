package template

import (
	"strings"
	"sync"
	"unicode/utf8"

	"reportcheck/internal/amount"
)

// How printed text is normalised, in one place. Every variant folds
// full-width digits, signs and brackets (amount.FoldWidth) and removes every
// kind of space; they differ only in what else goes, for the reason given
// with each:
//
//	Squash     labels of the nine tables: quotes go too
//	Fold       绩效自评表 labels, which double as the text shown: quotes stay
//	FoldValue  绩效自评表 targets and actuals: thousands separators go, ㎡ ㎞ are spelled out
//
// Norm is Squash with the ordinal a label is printed with taken off. Unwrap
// is not for comparing: it is a name as printed, for messages.

// Squash is the normaliser of printed labels: it removes every kind of space
// and quote and folds full-width digits, signs and brackets, so that
// "公开 01 表", "行\n次", "合 计" and "财政拨款“三公”经费" compare as written.
func Squash(s string) string { return dropQuotes.apply(s) }

// Fold is Squash keeping quotes. A 绩效自评表 label is often its value too
// ("项目名称：关于“小进规”的奖励", an 一级/二级指标 heading shown in the score
// sheet and in messages): there a quote is part of what the clerk wrote.
func Fold(s string) string { return folding(0).apply(s) }

// FoldValue is Fold for a 绩效自评表 target or actual value, read as a number
// with a unit: a thousands separator ("6,050.66") is not part of the number,
// and the one-character units ㎡ and ㎞ are spelled out (平方米, 公里) so
// that "19763.52㎡" and "19763.52 平方米" are the same quantity.
func FoldValue(s string) string { return valueMarks.apply(s) }

// Unwrap is a name as printed, for messages: a label wrapped over lines in
// its cell, or typed with spaces ("一般公共\n服务支出", "教 育"), joined;
// nothing else changes, since the clerk should recognise what was written.
// Names are compared with Squash or Norm, never with Unwrap.
func Unwrap(s string) string { return strings.Join(strings.Fields(s), "") }

// folding says what a normaliser removes or spells out beyond the width
// folding and the spaces every one of them does.
type folding uint8

const (
	dropQuotes folding = 1 << iota // “ ” " 「 」 ‘ ’ ' 『 』
	valueMarks                     // , goes; ㎡ → 平方米; ㎞ → 公里
)

func (m folding) apply(s string) string {
	i, bad := m.firstChange(s)
	if i < 0 {
		return s // most labels: no allocation
	}
	if bad >= 0 && bad < i {
		i = bad // invalid UTF-8 is written back as U+FFFD when s changes
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && !m.asciiChanges(c) {
			b.WriteByte(c)
			i++
			continue
		}
		if plainCJK(s, i) {
			b.WriteString(s[i : i+3])
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if c >= utf8.RuneSelf && !mayFold(c) && r != utf8.RuneError {
			b.WriteString(s[i-n : i]) // a CJK character, as it is
			continue
		}
		r = amount.FoldWidth(r)
		switch {
		case amount.IsSpace(r):
		case m&dropQuotes != 0 && isQuote(r):
		case m&valueMarks != 0 && r == ',':
		case m&valueMarks != 0 && r == '㎡':
			b.WriteString("平方米")
		case m&valueMarks != 0 && r == '㎞':
			b.WriteString("公里")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// firstChange is where the folding first changes s, −1 when it leaves s
// as it is, and where s first holds a byte that is not UTF-8 (−1 when
// none). It decodes only the runes that may change: Chinese text is mostly
// characters whose lead byte rules folding out.
func (m folding) firstChange(s string) (at, bad int) {
	bad = -1
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if m.asciiChanges(c) {
				return i, bad
			}
			i++
			continue
		}
		if plainCJK(s, i) {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 && bad < 0 {
			bad = i
		}
		if mayFold(c) && (amount.FoldWidth(r) != r || amount.IsSpace(r) || m.changes(r)) {
			return i, bad
		}
		i += n
	}
	return -1, bad
}

// plainCJK reports whether s holds at i a valid three-byte character that
// no folding changes: a lead byte E1, E4–EC or EE (CJK ideographs and most
// other scripts; not E0 or ED, whose second byte is restricted, nor the
// mayFold leads E2, E3, EF) and two continuation bytes. Chinese labels are
// mostly such characters, and decoding each one was the hottest code of a
// check in wasm.
func plainCJK(s string, i int) bool {
	if i+2 >= len(s) {
		return false
	}
	c := s[i]
	if c < 0xE1 || c > 0xEE || c == 0xE2 || c == 0xE3 || c == 0xED {
		return false
	}
	return s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// asciiChanges reports whether the folding removes the ASCII byte c (a
// table lookup: the scan asks for every byte of every label and amount).
func (m folding) asciiChanges(c byte) bool { return asciiRemoved[m][c] }

// asciiRemoved tabulates asciiRemoves for each folding.
var asciiRemoved = func() (t [4][utf8.RuneSelf]bool) {
	for m := range t {
		for c := range t[m] {
			t[m][c] = folding(m).asciiRemoves(byte(c))
		}
	}
	return t
}()

// asciiRemoves reports whether the folding removes the ASCII byte c.
func (m folding) asciiRemoves(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r':
		return true
	case '"', '\'':
		return m&dropQuotes != 0
	case ',':
		return m&valueMarks != 0
	}
	return false
}

// mayFold reports whether a rune with lead byte c can be one a folding
// changes: U+00A0 (C2); – − “ ” ‘ ’ (E2); the ideographic space, 「」『』,
// ㎡ and ㎞ (E3); the full-width forms (EF). Every other character is
// kept as it is.
func mayFold(c byte) bool { return c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF }

// changes reports whether the folding removes or rewrites r (beyond width
// and spaces).
func (m folding) changes(r rune) bool {
	return (m&dropQuotes != 0 && isQuote(r)) || (m&valueMarks != 0 && (r == ',' || r == '㎡' || r == '㎞'))
}

func isQuote(r rune) bool {
	switch r {
	case '“', '”', '"', '「', '」', '‘', '’', '\'', '『', '』':
		return true
	}
	return false
}

// numeralRunes are the characters of a Chinese ordinal (一 … 二十六).
const numeralRunes = "一二三四五六七八九十百零〇"

// StripNumbering removes the ordinal a label is printed with — 一、 （一） (1)
// 1. 1、 1) 其中： — from a squashed label.
func StripNumbering(s string) string {
	for {
		t := stripOnce(s)
		if t == s {
			return s
		}
		s = t
	}
}

func stripOnce(s string) string {
	if strings.HasPrefix(s, "其中:") {
		return s[len("其中:"):]
	}
	if strings.HasPrefix(s, "其中") && len(s) > len("其中") {
		return s[len("其中"):]
	}
	// (一) or (1)
	if strings.HasPrefix(s, "(") {
		if i := strings.IndexByte(s, ')'); i > 1 && i <= 1+3*4 && ordinal(s[1:i]) {
			return s[i+1:]
		}
	}
	// 一、 1. 1、 1) 一.
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !(r >= '0' && r <= '9') && !strings.ContainsRune(numeralRunes, r) {
			break
		}
		i += n
	}
	if i == 0 || i >= len(s) {
		return s
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '、', '.', ')', ',', '，', '．':
		if i+n < len(s) {
			return s[i+n:]
		}
	}
	return s
}

func ordinal(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9') && !strings.ContainsRune(numeralRunes, r) {
			return false
		}
	}
	return true
}

// Norm is how labels, names and headers are compared: squashed, numbering
// removed.
func Norm(s string) string { return StripNumbering(Squash(s)) }

// Classes are the 功能分类 类 of the years the built-in templates cover, in
// the order 01 and 04 print them. A year's list is a subset (24 or 26
// classes); rows are matched by name, so the order is not relied upon.
var Classes = []Class{
	{"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"},
	{"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化旅游体育与传媒支出"}, {"208", "社会保障和就业支出"},
	{"209", "社会保险基金支出"},
	{"210", "卫生健康支出"}, {"211", "节能环保支出"}, {"212", "城乡社区支出"}, {"213", "农林水支出"},
	{"214", "交通运输支出"}, {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"}, {"217", "金融支出"},
	{"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"}, {"222", "粮油物资储备支出"},
	{"223", "国有资本经营预算支出"}, {"224", "灾害防治及应急管理支出"}, {"227", "预备费"}, {"229", "其他支出"},
	{"230", "转移性支出"}, {"231", "债务还本支出"}, {"232", "债务付息支出"}, {"233", "债务发行费用支出"},
	{"234", "抗疫特别国债安排的支出"},
}

// ClassByName finds the 类 whose name a label carries ("六、科学技术支出"),
// among the built-in classes and extra ones.
//
// A label cut short ("一般公共服务") or carrying a prefix ("其中：教育支出")
// names the one class it can only mean.
func ClassByName(label string, extra []Class) (Class, bool) {
	return classByName(label, extra, true)
}

// ClassExact finds the 类 a label names exactly.
func ClassExact(label string, extra []Class) (Class, bool) {
	return classByName(label, extra, false)
}

func classByName(label string, extra []Class, loosely bool) (Class, bool) {
	s := Norm(label)
	if s == "" {
		return Class{}, false
	}
	long := utf8.RuneCountInString(s) >= 4
	builtin := squashedClasses()
	var loose []Class
	for k, list := range [][]Class{extra, Classes} {
		for i, c := range list {
			var name string
			if k == 1 {
				name = builtin[i]
			} else {
				name = Squash(c.Name)
			}
			if s == name {
				return c, true
			}
			if loosely && ((long && strings.HasPrefix(name, s)) || strings.HasSuffix(s, name)) {
				loose = append(loose, c)
			}
		}
	}
	if len(loose) == 1 {
		return loose[0], true
	}
	return Class{}, false
}

// squashedClasses are the names of Classes squashed, worked out once: every
// label of 01, 04 and 06 is looked up among them.
var squashedClasses = sync.OnceValue(func() []string {
	out := make([]string, len(Classes))
	for i, c := range Classes {
		out[i] = Squash(c.Name)
	}
	return out
})
