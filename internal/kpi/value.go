package kpi

import (
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/trim"
)

// Kind is what a target or actual value says.
type Kind uint8

const (
	Missing     Kind = iota // blank, "/" or a dash: nothing stated
	Quantity                // a number with a unit: "23 场", "5 万平方米", "≤800 元/人"
	Percent                 // a percentage: "100%", "≥90%", "5.5%"
	Qualitative             // a graded label: "效果显著", "效果明显", "有效"
	Event                   // pass/fail: "及时", "完成", "不发生", "零事故"
	Text                    // free words that decide nothing by themselves
)

func (k Kind) String() string {
	switch k {
	case Missing:
		return "missing"
	case Quantity:
		return "quantity"
	case Percent:
		return "percent"
	case Qualitative:
		return "qualitative"
	case Event:
		return "event"
	default:
		return "text"
	}
}

// Cmp is the comparison written with a value.
type Cmp uint8

const (
	CmpNone Cmp = iota // a bare value: "23 场"
	CmpGE              // ≥, 不少于, 以上
	CmpGT              // >
	CmpLE              // ≤, 不超过, 以内, 内
	CmpLT              // <
	CmpEQ              // =
)

func (c Cmp) String() string {
	switch c {
	case CmpGE:
		return "≥"
	case CmpGT:
		return ">"
	case CmpLE:
		return "≤"
	case CmpLT:
		return "<"
	case CmpEQ:
		return "="
	}
	return ""
}

// Value is a parsed 年初目标值 or 实际完成值.
type Value struct {
	Raw   string
	Kind  Kind
	Slash bool // written "/" (or a dash): explicitly no value
	Cmp   Cmp
	// Num is the number as written; Scale the magnitude its unit carries
	// (万 → 10000, 亿 → 100000000), so that Num×Scale is in Unit.
	Num    decimal.Decimal
	Places int32
	Scale  decimal.Decimal
	Unit   string // base unit after the magnitude: "场", "平方米", "元/人", "%"
	Suffix string // words after the unit ("回复" in "30 个日历日内回复")
	Grade  int    // Qualitative: 3 显著, 2 明显, 1 有效/良好/较好, 0 一般, −1 不明显/差
	Pass   bool   // Event: true when the words state success
}

// IsRange reports whether the value is a bound rather than a figure.
func (v Value) IsRange() bool {
	return (v.Kind == Quantity || v.Kind == Percent) && v.Cmp != CmpNone && v.Cmp != CmpEQ
}

// Numeric reports whether the value is a number.
func (v Value) Numeric() bool { return v.Kind == Quantity || v.Kind == Percent }

// Base is the number in base units (Num × Scale).
func (v Value) Base() decimal.Decimal {
	if v.Scale.IsZero() || isOne(v.Scale) {
		return v.Num // ×1 is Num itself: the same value and exponent
	}
	return v.Num.Mul(v.Scale)
}

// isOne reports whether d is 1 written without decimals (as the unit
// scale of a plain quantity or percentage is).
func isOne(d decimal.Decimal) bool {
	return d.Exponent() == 0 && d.NumDigits() == 1 && d.CoefficientInt64() == 1
}

// unitScale is the scale of a number whose unit carries no magnitude;
// shared, as decimals never change.
var unitScale = decimal.NewFromInt(1)

var (
	// longest first: prefixes and suffixes that state a comparison.
	cmpPrefixes = []struct {
		s string
		c Cmp
	}{
		{"大于等于", CmpGE}, {"小于等于", CmpLE}, {"不少于", CmpGE}, {"不低于", CmpGE}, {"不小于", CmpGE},
		{"不超过", CmpLE}, {"不高于", CmpLE}, {"不大于", CmpLE}, {"不多于", CmpLE}, {"至少", CmpGE},
		{"最多", CmpLE}, {"达到", CmpGE}, {"约", CmpNone}, {">=", CmpGE}, {"<=", CmpLE}, {"≥", CmpGE}, {"≧", CmpGE}, {"≤", CmpLE}, {"≦", CmpLE},
		{"大于", CmpGT}, {"高于", CmpGT}, {"超过", CmpGT}, {"小于", CmpLT}, {"低于", CmpLT},
		{">", CmpGT}, {"<", CmpLT}, {"=", CmpEQ},
	}
	cmpSuffixes = []struct {
		s string
		c Cmp
	}{
		{"及以上", CmpGE}, {"以上", CmpGE}, {"及以下", CmpLE}, {"以下", CmpLE}, {"以内", CmpLE}, {"之内", CmpLE}, {"内", CmpLE},
	}
	magnitudes = []struct {
		s string
		d decimal.Decimal
	}{
		{"万亿", decimal.New(1, 12)}, {"亿", decimal.New(1, 8)}, {"万", decimal.New(1, 4)}, {"千", decimal.New(1, 3)},
	}
)

// ParseValue types a target or actual as written in the table.
func ParseValue(s string) Value {
	raw := trim.Space(s)
	v := Value{Raw: raw}
	n := template.FoldValue(raw)
	if n == "" {
		return v
	}
	if isSlash(n) {
		v.Slash = true
		return v
	}
	body := n
	for _, p := range cmpPrefixes {
		if strings.HasPrefix(body, p.s) {
			v.Cmp = p.c
			body = body[len(p.s):]
			break
		}
	}
	if num, rest, ok := splitNumber(body); ok && len(num) <= 40 {
		if d, err := amount.ParseDecimal(num); err == nil {
			v.Num = d
			if i := strings.IndexByte(num, '.'); i >= 0 {
				v.Places = int32(len(num) - i - 1)
			}
			if strings.HasPrefix(rest, "%") {
				v.Kind = Percent
				v.Unit = "%"
				v.Scale = unitScale
				rest = rest[1:]
				v.Suffix = rest
				if c, tail, ok := cutCmpSuffix(rest); ok && v.Cmp == CmpNone {
					v.Cmp, v.Suffix = c, tail
				}
				return v
			}
			if unit, c, tail, ok := splitUnit(rest); ok {
				v.Kind = Quantity
				if c != CmpNone && v.Cmp == CmpNone {
					v.Cmp = c
				}
				v.Scale = unitScale
				for _, mg := range magnitudes {
					if strings.HasPrefix(unit, mg.s) {
						v.Scale = mg.d
						unit = unit[len(mg.s):]
						break
					}
				}
				v.Unit = unit
				v.Suffix = tail
				return v
			}
		}
	}
	// Words.
	v.Cmp = CmpNone
	if p, ok := eventWord(n); ok {
		v.Kind = Event
		v.Pass = p
		return v
	}
	if g, ok := gradeWord(n); ok {
		v.Kind = Qualitative
		v.Grade = g
		return v
	}
	v.Kind = Text
	return v
}

// splitNumber splits s into its leading number (digits, and a fraction
// when a point and a digit follow) and the rest. It answers as the regexp
// ^(\d+(?:\.\d+)?)(.*)$ did, which was a tenth of reading a 自评表 in
// wasm; as there, a line break anywhere means no match.
func splitNumber(s string) (num, rest string, ok bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || strings.IndexByte(s, '\n') >= 0 {
		return "", "", false
	}
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		i += 2
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	return s[:i], s[i:], true
}

func isSlash(s string) bool {
	for _, r := range s {
		switch r {
		case '/', '-', '—', '─', '－', '\\':
		default:
			return false
		}
	}
	return true
}

// cutCmpSuffix removes a trailing comparison word ("以上", "以内").
func cutCmpSuffix(s string) (Cmp, string, bool) {
	for _, x := range cmpSuffixes {
		if i := strings.Index(s, x.s); i >= 0 {
			return x.c, s[i+len(x.s):], true
		}
	}
	return CmpNone, s, false
}

// splitUnit reads the unit after a number: letters up to a comparison
// suffix. A number with no unit at all is a quantity with an empty unit.
func splitUnit(rest string) (unit string, c Cmp, tail string, ok bool) {
	if rest == "" {
		return "", CmpNone, "", true
	}
	if strings.HasPrefix(rest, "m²") || strings.HasPrefix(rest, "m2") {
		rest = "平方米" + rest[len("m2"):]
		if strings.HasPrefix(rest, "平方米²") {
			rest = "平方米" + strings.TrimPrefix(rest, "平方米²")
		}
	}
	// A comparison suffix ends the unit: "30个日历日内回复".
	best := -1
	var bestC Cmp
	var bestLen int
	for _, x := range cmpSuffixes {
		if i := strings.Index(rest, x.s); i >= 0 && (best < 0 || i < best) {
			best, bestC, bestLen = i, x.c, len(x.s)
		}
	}
	if best >= 0 {
		unit, c, tail = rest[:best], bestC, rest[best+bestLen:]
	} else {
		unit = rest
	}
	if len([]rune(unit)) > 8 || strings.ContainsAny(unit, "0123456789") {
		return "", CmpNone, "", false
	}
	return unit, c, tail, true
}

var (
	failWords = []string{"不及时", "未完成", "没有完成", "未按时", "不合格", "不达标", "不符合", "未达标", "未达到", "滞后", "延迟", "延期", "超期", "发生了", "已发生", "返贫", "有事故"}
	passWords = []string{"不发生", "未发生", "零发生", "零事故", "无事故", "零投诉", "无投诉", "不返贫", "及时", "按时", "准时", "完成", "合格", "达标", "符合", "达到", "同步", "杜绝", "是"}
)

// eventWord decides short pass/fail statements. Long sentences are left as
// text: identical words in target and actual still decide them.
func eventWord(s string) (pass bool, ok bool) {
	if len([]rune(s)) > 8 {
		return false, false
	}
	for _, w := range failWords {
		if strings.Contains(s, w) {
			if w == "返贫" && strings.Contains(s, "不返贫") {
				continue
			}
			return false, true
		}
	}
	if s == "发生" || s == "否" {
		return false, true
	}
	for _, w := range passWords {
		if strings.Contains(s, w) {
			if w == "是" && s != "是" {
				continue
			}
			return true, true
		}
	}
	return false, false
}

// gradeWord reads the grade of a qualitative label.
func gradeWord(s string) (int, bool) {
	if len([]rune(s)) > 12 {
		return 0, false
	}
	switch {
	case strings.Contains(s, "不明显"), strings.Contains(s, "无明显"), strings.Contains(s, "无效"), strings.Contains(s, "较差"), strings.Contains(s, "未见"), strings.HasSuffix(s, "差"):
		return -1, true
	case strings.Contains(s, "显著"), strings.Contains(s, "优秀"), strings.Contains(s, "大幅"):
		return 3, true
	case strings.Contains(s, "明显"), strings.Contains(s, "较大"):
		return 2, true
	case strings.Contains(s, "有效"), strings.Contains(s, "良好"), strings.Contains(s, "较好"), strings.Contains(s, "提升"), strings.Contains(s, "提高"), strings.Contains(s, "改善"), strings.Contains(s, "增长"), strings.Contains(s, "增加"):
		return 1, true
	case strings.Contains(s, "一般"), strings.Contains(s, "有所"):
		return 0, true
	}
	return 0, false
}

// Outcome is whether an indicator's target was met.
type Outcome uint8

const (
	Undecided Outcome = iota
	Met
	Partly // qualitative: one grade below the target
	Missed
)

func (o Outcome) String() string {
	switch o {
	case Met:
		return "met"
	case Partly:
		return "partly"
	case Missed:
		return "missed"
	}
	return "undecided"
}

// Direction says how an indicator is scored.
type Direction uint8

const (
	DirUndecided Direction = iota
	DirPositive
	DirReverse
	DirEvent
	DirQualitative
)

func (d Direction) String() string {
	switch d {
	case DirPositive:
		return "positive"
	case DirReverse:
		return "reverse"
	case DirEvent:
		return "event"
	case DirQualitative:
		return "qualitative"
	}
	return "undecidable"
}

// Judgement is what target and actual decide together.
type Judgement struct {
	Dir     Direction
	Outcome Outcome
	// Ratio is actual/target for numeric indicators (zero when undecided).
	Ratio decimal.Decimal
	// A and B are the compared figures in base units (numeric indicators).
	A, B   decimal.Decimal
	Reason string // Chinese, when undecided: why
}

// Judge decides direction and achievement. cost tells an indicator under a
// 成本 heading, which is reverse when its target is a bare quantity.
func Judge(target, actual Value, cost bool) Judgement {
	j := Judgement{}
	switch target.Kind {
	case Missing:
		j.Reason = "年初目标值未填写"
		return j
	case Quantity, Percent:
		switch target.Cmp {
		case CmpLE, CmpLT:
			j.Dir = DirReverse
		case CmpGE, CmpGT:
			j.Dir = DirPositive
		default:
			if target.Num.IsZero() {
				// "0 起", "0 次": a zero-event target.
				j.Dir = DirReverse
			} else if cost && target.Kind == Quantity {
				j.Dir = DirReverse
			} else if !cost {
				j.Dir = DirPositive
			}
		}
		if !actual.Numeric() || actual.Kind != target.Kind || actual.Unit != target.Unit {
			if actual.Raw == target.Raw && actual.Raw != "" {
				j.Outcome = Met
				return j
			}
			j.Reason = "目标值与实际完成值的单位或写法不可比"
			return j
		}
		a, b := target.Base(), actual.Base()
		j.A, j.B = a, b
		if a.IsPositive() && actual.Cmp == CmpNone {
			j.Ratio = b.Div(a)
		}
		if j.Dir == DirUndecided {
			if a.Equal(b) && actual.Cmp == CmpNone {
				j.Outcome = Met
			} else {
				j.Reason = "成本指标的计分方向不明"
			}
			return j
		}
		j.Outcome = compare(j.Dir, target.Cmp, a, actual.Cmp, b)
		if j.Outcome == Undecided {
			j.Reason = "实际完成值为区间，无法判断是否达成"
		}
		return j
	case Event:
		j.Dir = DirEvent
		switch actual.Kind {
		case Event:
			if actual.Pass {
				j.Outcome = Met
			} else {
				j.Outcome = Missed
			}
		default:
			if actual.Raw == target.Raw {
				j.Outcome = Met
			} else {
				j.Reason = "实际完成值无法判断是否达成"
			}
		}
		return j
	case Qualitative:
		j.Dir = DirQualitative
		switch {
		case actual.Kind == Qualitative:
			switch {
			case actual.Grade >= target.Grade:
				j.Outcome = Met
			case actual.Grade == target.Grade-1 && actual.Grade > 0:
				j.Outcome = Partly
			default:
				j.Outcome = Missed
			}
		case actual.Raw == target.Raw:
			j.Outcome = Met
		default:
			j.Reason = "实际完成值无法判断达成程度"
		}
		return j
	default:
		if actual.Raw == target.Raw {
			j.Dir = DirEvent
			j.Outcome = Met
			return j
		}
		j.Reason = "目标值为文字描述，无法判断是否达成"
		return j
	}
}

// compare decides a numeric target a (with its comparison) against an
// actual b, which may itself be written as a bound.
func compare(dir Direction, tc Cmp, a decimal.Decimal, ac Cmp, b decimal.Decimal) Outcome {
	switch ac {
	case CmpNone, CmpEQ:
		switch tc {
		case CmpGT:
			return boolOutcome(b.GreaterThan(a))
		case CmpLT:
			return boolOutcome(b.LessThan(a))
		}
		if dir == DirReverse {
			return boolOutcome(b.LessThanOrEqual(a))
		}
		return boolOutcome(b.GreaterThanOrEqual(a))
	case CmpGE, CmpGT:
		// "≥b" claims at least b: it meets a positive target when b ≥ a.
		if dir == DirPositive && (b.GreaterThan(a) || (b.Equal(a) && (tc != CmpGT || ac == CmpGT))) {
			return Met
		}
	case CmpLE, CmpLT:
		if dir == DirReverse && (b.LessThan(a) || (b.Equal(a) && (tc != CmpLT || ac == CmpLT))) {
			return Met
		}
	}
	return Undecided
}

func boolOutcome(ok bool) Outcome {
	if ok {
		return Met
	}
	return Missed
}
