package kpi

import (
	"regexp"
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/workbook"
)

func TestParseValue(t *testing.T) {
	cases := []struct {
		in    string
		kind  Kind
		cmp   Cmp
		num   string // "" when not numeric
		scale string
		unit  string
		grade int
		pass  bool
		slash bool
	}{
		{in: "23 场", kind: Quantity, num: "23", scale: "1", unit: "场"},
		{in: "５场", kind: Quantity, num: "5", scale: "1", unit: "场"},
		{in: "≥90%", kind: Percent, cmp: CmpGE, num: "90", scale: "1", unit: "%"},
		{in: "≤800 元/人", kind: Quantity, cmp: CmpLE, num: "800", scale: "1", unit: "元/人"},
		{in: "5 万平方米", kind: Quantity, num: "5", scale: "10000", unit: "平方米"},
		{in: "5.2 万平方米", kind: Quantity, num: "5.2", scale: "10000", unit: "平方米"},
		{in: "19763.52㎡", kind: Quantity, num: "19763.52", scale: "1", unit: "平方米"},
		{in: "≥1次/月", kind: Quantity, cmp: CmpGE, num: "1", scale: "1", unit: "次/月"},
		{in: "≥1 次/月", kind: Quantity, cmp: CmpGE, num: "1", scale: "1", unit: "次/月"},
		{in: "100%", kind: Percent, num: "100", scale: "1", unit: "%"},
		{in: "5.5%", kind: Percent, num: "5.5", scale: "1", unit: "%"},
		{in: "34 亿元", kind: Quantity, num: "34", scale: "100000000", unit: "元"},
		{in: "/", kind: Missing, slash: true},
		{in: "", kind: Missing},
		{in: "效果显著", kind: Qualitative, grade: 3},
		{in: "效果明显", kind: Qualitative, grade: 2},
		{in: "有效", kind: Qualitative, grade: 1},
		{in: "及时", kind: Event, pass: true},
		{in: "不及时", kind: Event, pass: false},
		{in: "不发生", kind: Event, pass: true},
		{in: "零事故", kind: Event, pass: true},
		{in: "不返贫", kind: Event, pass: true},
		{in: "完成", kind: Event, pass: true},
		{in: "未完成", kind: Event, pass: false},
		{in: "30 个日历日内回复", kind: Quantity, cmp: CmpLE, num: "30", scale: "1", unit: "个日历日"},
		{in: "与市科技活动周启动仪式同步", kind: Text},
		{in: "90%以上", kind: Percent, cmp: CmpGE, num: "90", scale: "1", unit: "%"},
		{in: "不低于95%", kind: Percent, cmp: CmpGE, num: "95", scale: "1", unit: "%"},
		{in: "2023年12月底前", kind: Text},
	}
	for _, c := range cases {
		v := ParseValue(c.in)
		if v.Kind != c.kind || v.Cmp != c.cmp || v.Slash != c.slash {
			t.Errorf("%q: kind %v cmp %v slash %v, want %v %v %v", c.in, v.Kind, v.Cmp, v.Slash, c.kind, c.cmp, c.slash)
			continue
		}
		if c.num != "" {
			if !v.Num.Equal(decimal.RequireFromString(c.num)) || !v.Scale.Equal(decimal.RequireFromString(c.scale)) || v.Unit != c.unit {
				t.Errorf("%q: %s × %s %q, want %s × %s %q", c.in, v.Num, v.Scale, v.Unit, c.num, c.scale, c.unit)
			}
		}
		if c.kind == Qualitative && v.Grade != c.grade {
			t.Errorf("%q: grade %d, want %d", c.in, v.Grade, c.grade)
		}
		if c.kind == Event && v.Pass != c.pass {
			t.Errorf("%q: pass %v, want %v", c.in, v.Pass, c.pass)
		}
	}
}

func TestJudge(t *testing.T) {
	cases := []struct {
		target, actual string
		cost           bool
		dir            Direction
		out            Outcome
		ratio          string // "" when none
	}{
		{"23 场", "23 场", false, DirPositive, Met, "1"},
		{"4 场", "５场", false, DirPositive, Met, "1.25"},
		{"23 场", "20 场", false, DirPositive, Missed, ""},
		{"5 万平方米", "5.2 万平方米", false, DirPositive, Met, "1.04"},
		{"5 万平方米", "52000 平方米", false, DirPositive, Met, "1.04"}, // magnitudes convert
		{"5 万平方米", "5 万人", false, DirPositive, Undecided, ""},    // different units: not guessed
		{"34 亿元", "55 亿元", false, DirPositive, Met, ""},
		{"≥90%", "≥90%", false, DirPositive, Met, ""},
		{"≥90%", "96%", false, DirPositive, Met, ""},
		{"≥90%", "85%", false, DirPositive, Missed, ""},
		{"≥95%", "≥90%", false, DirPositive, Undecided, ""},
		{"≤800 元/人", "≤800 元/人", true, DirReverse, Met, ""},
		{"≤800 元/人", "750 元/人", true, DirReverse, Met, ""},
		{"≤800 元/人", "900 元/人", true, DirReverse, Missed, ""},
		{"800 元/人", "900 元/人", true, DirReverse, Missed, ""},
		{"100%", "100%", true, DirUndecided, Met, ""},
		{"5.5%", "5.7%", false, DirPositive, Met, ""},
		{"≥1次/月", "≥1 次/月", false, DirPositive, Met, ""},
		{"19763.52㎡", "19763.52㎡", false, DirPositive, Met, ""},
		{"30 个日历日内回复", "30 个日历日内回复", false, DirReverse, Met, ""},
		{"30 个日历日内回复", "25 个日历日", false, DirReverse, Met, ""},
		{"及时", "及时", false, DirEvent, Met, ""},
		{"及时", "不及时", false, DirEvent, Missed, ""},
		{"不发生", "不发生", false, DirEvent, Met, ""},
		{"零事故", "零事故", false, DirEvent, Met, ""},
		{"效果显著", "效果显著", false, DirQualitative, Met, ""},
		{"效果显著", "效果明显", false, DirQualitative, Partly, ""},
		{"效果显著", "一般", false, DirQualitative, Missed, ""},
		{"效果明显", "效果显著", false, DirQualitative, Met, ""},
		{"与市科技活动周启动仪式同步", "与市科技活动周启动仪式同步", false, DirEvent, Met, ""},
		{"与市科技活动周启动仪式同步", "晚于市启动仪式一周", false, DirUndecided, Undecided, ""},
		{"/", "3 家", false, DirUndecided, Undecided, ""},
		{"0 起", "0 起", false, DirReverse, Met, ""},
		{"0 起", "1 起", false, DirReverse, Missed, ""},
		{"达到90分以上", "92 分", false, DirPositive, Met, ""},
		{"约 5 万人", "5.1 万人", false, DirPositive, Met, ""},
	}
	for _, c := range cases {
		j := Judge(ParseValue(c.target), ParseValue(c.actual), c.cost)
		if j.Dir != c.dir || j.Outcome != c.out {
			t.Errorf("%q vs %q: %v %v (%s), want %v %v", c.target, c.actual, j.Dir, j.Outcome, j.Reason, c.dir, c.out)
		}
		if c.ratio != "" && !j.Ratio.Equal(decimal.RequireFromString(c.ratio)) {
			t.Errorf("%q vs %q: ratio %s, want %s", c.target, c.actual, j.Ratio, c.ratio)
		}
		if j.Outcome == Undecided && j.Reason == "" {
			t.Errorf("%q vs %q: undecided without a reason", c.target, c.actual)
		}
	}
}

func FuzzParseValue(f *testing.F) {
	for _, s := range []string{"23 场", "≥90%", "5.2 万平方米", "30 个日历日内回复", "1e999999", "≤", "%"} {
		f.Add(s)
	}
	numRe := regexp.MustCompile(`^(\d+(?:\.\d+)?)(.*)$`)
	f.Fuzz(func(t *testing.T, s string) {
		v := ParseValue(s)
		_ = Judge(v, v, false)
		num, rest, ok := splitNumber(s)
		if m := numRe.FindStringSubmatch(s); ok != (m != nil) || ok && (num != m[1] || rest != m[2]) {
			t.Fatalf("splitNumber(%q) = %q, %q, %v; regexp %q", s, num, rest, ok, m)
		}
	})
}

func TestReadTicks(t *testing.T) {
	cases := []struct {
		cells []string
		known bool
		n     int
	}{
		{[]string{"1、部门预算项目 ☑ 2、区级专项 □ 3、专项转移支付项目 □"}, true, 1},
		{[]string{"1、部门预算项目  2、区级专项 □ 3、专项转移支付项目 □"}, true, 1}, // tick glyph lost in export
		{[]string{"1、常年性项目  2、延续性项目  3、一次性项目 □"}, true, 2},
		{[]string{"1、部门预算项目 □ 2、区级专项 □ 3、专项转移支付项目 □"}, true, 0},
		{[]string{"☑部门预算项目", "□区级专项", "□专项转移支付项目"}, true, 1},
		{[]string{"部门预算项目", "□区级专项", "□专项转移支付项目"}, true, 1},
		{[]string{"部门预算项目 □区级专项 □专项转移支付项目"}, false, 0}, // options cannot be counted
		{[]string{"部门预算项目"}, true, 1},
		{[]string{""}, true, 0},
		{[]string{"1、持续性项目 √ 2、新增性项目 □"}, true, 1},
		{[]string{"1、持续性项目 ■ 2、新增性项目 ■"}, true, 2},
	}
	for _, c := range cases {
		row := append([]string{"项目类别"}, c.cells...)
		sh := &workbook.Sheet{Name: "s", Rows: [][]string{row}}
		g := newGrid(sh)
		tg := readTicks(g, 1, 1, len(row), "项目类别")
		if tg.Known != c.known || (c.known && tg.Ticked != c.n) {
			t.Errorf("%q: known %v ticked %d, want %v %d", c.cells, tg.Known, tg.Ticked, c.known, c.n)
		}
	}
}

// TestSplitNumberMatchesRegexp holds splitNumber to the regexp it replaced.
func TestSplitNumberMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(`^(\d+(?:\.\d+)?)(.*)$`)
	for _, s := range []string{"", "1", "12.5", "12.", "12.x", ".5", "95%", "≥95%", "3.14.15", "100万元", "1\n2", "12\n", "7天内",
		"0.5小时", "２", "5 .5", "1.2e3", "99.9%以上", "abc", "1..2", "1.\n"} {
		num, rest, ok := splitNumber(s)
		m := re.FindStringSubmatch(s)
		if ok != (m != nil) || ok && (num != m[1] || rest != m[2]) {
			t.Errorf("splitNumber(%q) = %q, %q, %v; regexp %q", s, num, rest, ok, m)
		}
	}
}
