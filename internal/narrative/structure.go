package narrative

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"reportcheck/internal/amount"
)

// Item numbers, by level: 第一部分 > 一、 > （一） > 1. > （1） > ①.
const (
	levelPart = iota
	levelChinese
	levelParen
	levelArabic
	levelParenArabic
	levelCircled
	levels
)

// itemNo is the number a paragraph opens with.
type itemNo struct {
	level int
	n     int
	end   int    // bytes of the normalised text it takes
	lit   string // as normalised ("19.", "(一)")
}

// itemNumber reads the number a paragraph opens with.
func itemNumber(s string) (itemNo, bool) {
	switch {
	case strings.HasPrefix(s, "第"):
		if n, k := chineseNumeral(s[len("第"):]); k > 0 && strings.HasPrefix(s[len("第")+k:], "部分") {
			end := len("第") + k + len("部分")
			return itemNo{level: levelPart, n: n, end: end, lit: s[:end]}, true
		}
	case strings.HasPrefix(s, "("):
		if n, k := chineseNumeral(s[1:]); k > 0 && strings.HasPrefix(s[1+k:], ")") {
			return itemNo{level: levelParen, n: n, end: 1 + k + 1, lit: s[:1+k+1]}, true
		}
		if n, k := arabic(s[1:]); k > 0 && strings.HasPrefix(s[1+k:], ")") {
			return itemNo{level: levelParenArabic, n: n, end: 1 + k + 1, lit: s[:1+k+1]}, true
		}
	}
	if n, k := chineseNumeral(s); k > 0 && k < len(s) {
		r, w := utf8.DecodeRuneInString(s[k:])
		if r == '、' || r == '.' {
			return itemNo{level: levelChinese, n: n, end: k + w, lit: s[:k+w]}, true
		}
	}
	if n, k := arabic(s); k > 0 && k < len(s) && k <= 3 {
		r, w := utf8.DecodeRuneInString(s[k:])
		next := s[k+w:]
		if (r == '.' || r == '、') && next != "" && !isDigitByte(next[0]) {
			return itemNo{level: levelArabic, n: n, end: k + w, lit: s[:k+w]}, true
		}
		if r == ')' && next != "" && !isDigitByte(next[0]) {
			return itemNo{level: levelParenArabic, n: n, end: k + w, lit: s[:k+w]}, true
		}
	}
	if r, w := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return itemNo{level: levelCircled, n: int(r-'①') + 1, end: w, lit: s[:w]}, true
	}
	return itemNo{}, false
}

func arabic(s string) (int, int) {
	k := 0
	for k < len(s) && k < 4 && isDigitByte(s[k]) {
		k++
	}
	if k == 0 || k == 4 {
		return 0, 0
	}
	n, _ := strconv.Atoi(s[:k])
	return n, k
}

// chineseNumeral reads 一 … 九十九 at the start of s: its value and bytes.
func chineseNumeral(s string) (int, int) {
	digit := func(r rune) int {
		for i, d := range []rune("零一二三四五六七八九") {
			if d == r {
				return i
			}
		}
		return -1
	}
	val, cur, k := 0, -1, 0
	seenTen := false
	for k < len(s) {
		r, w := utf8.DecodeRuneInString(s[k:])
		if r == '十' {
			if seenTen {
				break
			}
			seenTen = true
			if cur < 0 {
				cur = 1
			}
			val = cur * 10
			cur = -1
			k += w
			continue
		}
		d := digit(r)
		if d <= 0 || cur >= 0 {
			break
		}
		cur = d
		k += w
	}
	if k == 0 {
		return 0, 0
	}
	if cur > 0 {
		val += cur
	}
	if val == 0 || val > 99 {
		return 0, 0
	}
	return val, k
}

// seqState follows one level of item numbers.
type seqState struct {
	last  int // the last number seen at this level
	count int // items seen at this level since it started
	para  int
}

// numbering checks item numbers: one level follows on without repeating or
// skipping; a higher level starts the lower ones afresh; a list may start
// again from 1 after any paragraph. After a repeated number the next item
// may go on from the repeat or from its place in the list, so one mistake
// is reported once.
func (c *checker) numbering(para int, t *text, it itemNo) {
	st := &c.seq[it.level]
	for l := it.level + 1; l < levels; l++ {
		c.seq[l] = seqState{}
	}
	rule, want := "", 0
	switch {
	case it.n == 1 && st.count > 0 && st.last == 1 && st.para == c.prevPara:
		// "1." right after "1.": no list restarts without a word between.
		rule, want = RuleDuplicate, 2
		st.last, st.count = 2, 2
	case st.count == 0 || it.n == 1:
		// A list may start anywhere: items before it may be numbered by
		// Word itself (w:numPr), which no text shows.
		st.last, st.count = it.n, 1
	case it.n == st.count+1 && it.n > st.last-1:
		// Where its place in the list says: a number after a skipped one
		// ("6, 8, 8, 9") is the skip's consequence, not a mistake of its own.
		st.last = it.n
		st.count++
	case it.n == st.last:
		rule, want = RuleDuplicate, st.last+1
		st.count++
	case it.n == st.last+1:
		st.last = it.n
		st.count++
	default:
		rule, want = RuleGap, st.last+1
		st.last = it.n
		st.count++
	}
	if rule != "" {
		what := "不连续"
		if rule == RuleDuplicate {
			what = "与上一项重复"
		}
		c.emit(rule, para, t.quote(0, it.end), nil, strconv.Itoa(want), strconv.Itoa(it.n), "",
			"序号"+what+"（上一项在第 "+strconv.Itoa(st.para)+" 段），应为 "+strconv.Itoa(want))
	}
	st.para = para
}

// placeholders reports template placeholders left in the text: a run of
// two or more X (XX%, XXX 万元, 主要原因：XXXXXXXX) not part of a Latin word,
// and template alternatives such as 增加（减少）.
func (c *checker) placeholders(para int, t *text) {
	s := t.s
	for i := 0; i < len(s); {
		if s[i] != 'X' && s[i] != 'x' && !strings.HasPrefix(s[i:], "×") {
			i++
			continue
		}
		j := i
		n := 0
		for j < len(s) {
			switch {
			case s[j] == 'X' || s[j] == 'x':
				j++
			case strings.HasPrefix(s[j:], "×"):
				j += len("×")
			default:
				goto done
			}
			n++
		}
	done:
		latin := i > 0 && isLatin(s[i-1]) || j < len(s) && isLatin(s[j])
		if n >= 2 && !latin {
			end := j
			for _, u := range []string{"%", "万元", "元", "年度", "年", "个", "家"} {
				if strings.HasPrefix(s[j:], u) {
					end = j + len(u)
					break
				}
			}
			q := t.quote(i, end)
			c.emit(RulePlaceholder, para, q, nil, "", q, "", "模板占位符，请填写实际内容")
		}
		i = j
	}
	for _, alt := range alternatives {
		for from := 0; ; {
			k := amount.IndexText(s[from:], alt)
			if k < 0 {
				break
			}
			q := t.quote(from+k, from+k+len(alt))
			c.emit(RuleAlternative, para, q, nil, "", q, "", "模板备选用词，请按实际情况保留其一")
			from += k + len(alt)
		}
	}
}

var alternatives = func() []string {
	pairs := [][2]string{{"增加", "减少"}, {"增长", "下降"}, {"增长", "减少"}, {"增加", "下降"}, {"上升", "下降"}, {"大于", "小于"}, {"高于", "低于"}, {"增", "减"}}
	var out []string
	for _, p := range pairs {
		out = append(out, p[0]+"("+p[1]+")", p[0]+"/"+p[1])
	}
	return out
}()

// years checks the years a paragraph states: "与 N 年度相比" and "比 N 年"
// name the previous year; "截至 N 年 12 月 31 日", "N 年度部门决算" and a
// sentence stating this year's amounts name the report year.
func (c *checker) years(para int, t *text, nums []num, attributed map[int]bool) {
	if c.year == 0 {
		return
	}
	s := t.s
	for k, n := range nums {
		if n.kind != numYear {
			continue
		}
		y, err := strconv.Atoi(n.lit)
		if err != nil {
			continue
		}
		before := s[:n.i]
		after := s[n.end:]
		prefix := comparedWith(before)
		rule, want, q := "", c.year, ""
		switch {
		case prefix != "" && isComparison(after):
			rule, want, q = RulePrevYear, c.year-1, t.quote(n.i-len(prefix), n.end)
		case (strings.HasSuffix(before, "截至") || strings.HasSuffix(before, "截止")) && strings.HasPrefix(after, "12月31日"):
			rule, q = RuleYear, t.quote(n.i, n.end+len("12月31日"))
			// "与截至 N 年 12 月 31 日相比": the previous year's end.
			lead := strings.TrimSuffix(strings.TrimSuffix(before, "截至"), "截止")
			if w := comparedWith(lead); w != "" {
				rule, want, q = RulePrevYear, c.year-1, t.quote(len(lead)-len(w), n.end+len("12月31日"))
			}
		case (strings.HasPrefix(after, "部门决算") || strings.HasPrefix(after, "度部门决算")) && !(y < c.year && pastEvent(after)):
			rule, q = RuleYear, t.quote(n.i, n.end+len("部门决算"))
		case attributed[k]:
			rule, q = RuleYear, t.quote(n.i, n.end)
		}
		if rule != "" && y != want {
			c.emit(rule, para, q, nil, strconv.Itoa(want), n.lit, strconv.Itoa(y-want), "年度应为 "+strconv.Itoa(want)+" 年（决算年度为 "+strconv.Itoa(c.year)+" 年）")
		}
	}
}

// pastEvent tells "N 年度部门决算公开后", "……批复以来" — an earlier year's
// publication or approval as a past event, not a claim about the report's
// year — from "N 年度部门决算情况说明" or "现将 N 年度部门决算公开如下",
// which name the report's year.
func pastEvent(after string) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(after, "度"), "部门决算")
	for _, act := range []string{"公开", "批复", "审核", "审计", "会审"} {
		if r, ok := strings.CutPrefix(rest, act); ok {
			for _, w := range []string{"后", "以来", "之后", "时", "的反馈", "反馈", "整改", "中发现"} {
				if strings.HasPrefix(r, w) {
					return true
				}
			}
		}
	}
	return false
}

// comparedWith is the word (与, 比, 较, 同) text ends with, if any: what
// follows is compared with.
func comparedWith(before string) string {
	for _, w := range []string{"与", "比", "较", "同"} {
		if strings.HasSuffix(before, w) {
			return w
		}
	}
	return ""
}

// isComparison tells "N 年（度）相比", "N 年度决算数增加…", "N 年度部门决算
// 相比" from a date or a project name after 比/较.
func isComparison(after string) bool {
	after = strings.TrimPrefix(strings.TrimPrefix(after, "度"), "部门")
	for _, w := range []string{"相比", "比较", "决算", "增加", "减少", "增长", "下降", "降低", "上升", "持平", "同期", "数"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}
