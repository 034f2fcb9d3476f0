package narrative

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
)

// text is a paragraph prepared for reading: full-width digits and signs
// folded, spaces, quotation marks and thousands separators dropped, so that
// "６０５０．６６ 万元", "6,050.66万元" and "“三公”经费" read as one writes
// them in a rule. at maps each byte of s back to the paragraph as printed,
// for quoting a claim exactly.
type text struct {
	raw string
	s   string
	at  []int32 // len(s)+1 offsets into raw
	// paras are the Index of the paragraphs read as this one (one but for
	// printed lines read together), starts where each begins in raw.
	paras  []int
	starts []int
}

// paraOf is the paragraph a quote of this text stands in: the one holding
// its end, where the figure judged is (a subject may begin a line above),
// or its start (a total, before the parts listed after it).
func (t *text) paraOf(quote string, atEnd bool) int {
	k := strings.Index(t.raw, quote)
	if k >= 0 && atEnd {
		k += len(quote) - 1
	}
	p := t.paras[0]
	for i, st := range t.starts {
		if k >= st {
			p = t.paras[i]
		}
	}
	return p
}

func normalise(raw string) text {
	var b strings.Builder
	b.Grow(len(raw))
	at := make([]int32, 0, len(raw)+1)
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRuneInString(raw[i:])
		switch r {
		case '，':
			// The Chinese comma stays a clause mark; amount.FoldWidth would
			// make it a thousands separator.
		case '；':
			r = ';'
		case '！':
			r = '!'
		case '？':
			r = '?'
		case 'Ｘ':
			r = 'X'
		case 'ｘ':
			r = 'x'
		case '〔', '［', '【':
			r = '['
		case '〕', '］', '】':
			r = ']'
		default:
			r = amount.FoldWidth(r)
		}
		drop := amount.IsSpace(r) || quoteMark(r)
		if r == ',' && thousands(raw, i) {
			drop = true
		}
		if !drop {
			for k := 0; k < utf8.RuneLen(r); k++ {
				at = append(at, int32(i))
			}
			b.WriteRune(r)
		}
		i += n
	}
	at = append(at, int32(len(raw)))
	return text{raw: raw, s: b.String(), at: at}
}

// normaliseString is normalise without the map back to the printed text.
func normaliseString(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	for i, r := range raw {
		switch r {
		case '，':
		case '；':
			r = ';'
		case 'Ｘ':
			r = 'X'
		default:
			r = amount.FoldWidth(r)
		}
		if amount.IsSpace(r) || quoteMark(r) || r == ',' && thousands(raw, i) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func quoteMark(r rune) bool {
	switch r {
	case '“', '”', '"', '「', '」', '‘', '’', '\'', '『', '』', '《', '》':
		return true
	}
	return false
}

// thousands tells a comma between digits that groups three of them
// ("6,050.66", "６,０５０．６６") from one that separates clauses.
func thousands(raw string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(raw[:i])
	if !isDigitRune(amount.FoldWidth(prev)) {
		return false
	}
	n := 0
	for _, r := range raw[i+1:] {
		if !isDigitRune(amount.FoldWidth(r)) {
			break
		}
		n++
	}
	return n == 3
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// quote is the printed text of s[i:j], trimmed of spaces.
func (t *text) quote(i, j int) string {
	if i < 0 {
		i = 0
	}
	if j > len(t.s) {
		j = len(t.s)
	}
	if i >= j {
		return ""
	}
	a, b := int(t.at[i]), int(t.at[j-1])
	_, n := utf8.DecodeRuneInString(t.raw[b:])
	return strings.TrimSpace(t.raw[a : b+n])
}

// numKind says what a number in the text measures.
type numKind uint8

const (
	numCount   numKind = iota // a count or measure with its unit ("26 家", "8.9 万平方米")
	numMoney                  // an amount of money (万元, 元, 亿元)
	numPercent                // a percentage
	numYear                   // a year ("2023 年", "2022 年度")
	numPoints                 // percentage points ("4.7 个百分点")
	numDate                   // a month or a day
)

// num is one number of a paragraph with what follows it.
type num struct {
	i, j   int // the digits in text.s
	end    int // past the unit
	lit    string
	val    decimal.Decimal
	places int32
	kind   numKind
	wan    decimal.Decimal // money in 万元
	scale  int32           // money: 4 for 元 → 万元 shifts, 0 for 万元, −4 for 亿元
	unit   string          // the unit as written ("万元", "%", "家", "万平方米")
	approx bool            // 约, 近, 余, 多, 左右: a round figure, never compared
}

// numbers finds the numbers of s. A digit glued to a Latin letter (GB2312)
// is no number; item numbers ("1.", "(2)") at the paragraph's start are
// left to the structure reader, which passes skip.
func numbers(s string, skip int) []num {
	var out []num
	for i := skip; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if j+1 < len(s) && s[j] == '.' && isDigitByte(s[j+1]) {
			j++
			for j < len(s) && isDigitByte(s[j]) {
				j++
			}
		}
		if i > 0 && (isLatin(s[i-1]) || s[i-1] == '.' || s[i-1] == '-') || j < len(s) && isLatin(s[j]) || j-i > 24 {
			i = j
			continue
		}
		n := num{i: i, j: j, lit: s[i:j]}
		if k := strings.IndexByte(n.lit, '.'); k >= 0 {
			n.places = int32(len(n.lit) - k - 1)
		}
		rest := s[j:]
		for _, w := range []string{"余", "多"} {
			if strings.HasPrefix(rest, w) {
				rest = rest[len(w):]
				j += len(w)
			}
		}
		switch {
		case strings.HasPrefix(rest, "%"):
			n.kind, n.unit, n.end = numPercent, "%", j+1
		case strings.HasPrefix(rest, "个百分点"):
			n.kind, n.unit, n.end = numPoints, "个百分点", j+len("个百分点")
		case strings.HasPrefix(rest, "万元") && !strings.HasPrefix(rest, "万元/"):
			n.kind, n.unit, n.end = numMoney, "万元", j+len("万元")
		case strings.HasPrefix(rest, "亿元"):
			n.kind, n.unit, n.end, n.scale = numMoney, "亿元", j+len("亿元"), -4
		case strings.HasPrefix(rest, "千元"):
			n.kind, n.unit, n.end, n.scale = numMoney, "千元", j+len("千元"), 1
		case strings.HasPrefix(rest, "元") && !strings.HasPrefix(rest, "元/"):
			n.kind, n.unit, n.end, n.scale = numMoney, "元", j+len("元"), 4
		case (strings.HasPrefix(rest, "年") || strings.HasPrefix(rest, "年度")) && j-i == 4 && n.places == 0:
			n.kind, n.unit, n.end = numYear, "年", j+len("年")
			if strings.HasPrefix(rest, "年度") {
				n.unit, n.end = "年度", j+len("年度")
			}
		case strings.HasPrefix(rest, "月") || strings.HasPrefix(rest, "日"):
			n.kind, n.end = numDate, j+len("月")
		default:
			n.kind, n.end = numCount, j
			n.unit = unitAfter(rest)
			n.end = j + len(n.unit)
		}
		if n.kind != numYear && n.kind != numDate {
			d, err := amount.ParseDecimal(n.lit)
			if err != nil {
				i = n.end
				continue
			}
			n.val = d
			if n.kind == numMoney {
				n.wan = d.Shift(-n.scale)
			}
		}
		n.approx = approx(s, i, n.j, n.end)
		out = append(out, n)
		i = n.end
	}
	return out
}

func isLatin(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// unitAfter reads the unit words of a count: up to four characters before
// a mark, a digit or the end.
func unitAfter(rest string) string {
	n := 0
	for k, r := range rest {
		if n == 4 || isMark(r) || r >= '0' && r <= '9' || r == '(' || r == ')' {
			return rest[:k]
		}
		n++
	}
	return rest
}

// approx tells a round figure: 约, 近, 逾 before it; 余, 多 inside;
// 左右, 以上, 以下 after it.
func approx(s string, i, j, end int) bool {
	for _, w := range []string{"约", "近", "逾", "超", "将近", "接近"} {
		if strings.HasSuffix(s[:i], w) {
			return true
		}
	}
	if strings.HasPrefix(s[j:], "余") || strings.HasPrefix(s[j:], "多") {
		return true
	}
	for _, w := range []string{"左右", "以上", "以下"} {
		if strings.HasPrefix(s[end:], w) {
			return true
		}
	}
	return false
}

// isMark reports a punctuation mark that ends a clause or a name.
func isMark(r rune) bool {
	switch r {
	case '，', ',', '。', ';', ':', '!', '?', '、', '.', '[', ']':
		return true
	}
	return false
}

// clauseStart is where the clause holding position i begins: after the
// last comma, colon, full stop or semicolon before it, or after a "、" that
// follows a figure ("0.47万元、政府采购工程支出…"), whichever is last.
func clauseStart(s string, i int) int {
	for k := i - 1; k >= 0; {
		r, n := utf8.DecodeLastRuneInString(s[:k+1])
		switch r {
		case '，', ',', '。', ';', ':', '!', '?':
			return k + 1
		case '、':
			before := s[:k+1-n]
			if strings.HasSuffix(before, "元") || strings.HasSuffix(before, "%") || len(before) > 0 && isDigitByte(before[len(before)-1]) {
				return k + 1
			}
		}
		k -= n
	}
	return 0
}

// sentenceEnd is the end of the sentence holding position i (past its
// full stop), a semicolon ending it too when semicolons is set.
func sentenceEnd(s string, i int, semicolons bool) int {
	for k := i; k < len(s); {
		r, n := utf8.DecodeRuneInString(s[k:])
		if r == '。' || r == '!' || r == '?' || semicolons && r == ';' {
			return k + n
		}
		k += n
	}
	return len(s)
}

// sentenceStart is where the sentence holding position i begins.
func sentenceStart(s string, i int, semicolons bool) int {
	for k := i - 1; k >= 0; {
		r, n := utf8.DecodeLastRuneInString(s[:k+1])
		if r == '。' || r == '!' || r == '?' || semicolons && r == ';' {
			return k + 1
		}
		k -= n
	}
	return 0
}
