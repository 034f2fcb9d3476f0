package kpi

import (
	"sort"
	"strings"
	"testing"

	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/workbook"
)

// A clean Hubei project table: every check passes.
const hubeiProject = `
T project|测试项目
K 项目类别|1、部门预算项目 ☑ 2、区级专项 □ 3、专项转移支付项目 □
K 项目属性|1、持续性项目 ☑ 2、新增性项目 □
K 项目类型|1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □
B 13|13|100%|20
I 产出指标|数量指标|培训场次|23 场|23 场|20
I 产出指标|质量指标|考核合格率|100%|100%|20
I 产出指标|时效指标|发放及时率|100%|100%|10
I 效益指标|社会效益指标|提升组织能力|效果显著|效果显著|10
I 满意度指标|服务对象满意度指标|服务对象满意度|≥90%|95%|20
S 100
`

// A clean central-template table (执行 10 分, indicators 90 with 分值).
const centralProject = `
T project|中央项目
K 项目类别|1、部门预算项目 ☑ 2、区级专项 □ 3、专项转移支付项目 □
B 100|95|95%|9.5|10
P 10|90
I 产出指标|数量指标|培训场次|23 场|23 场|20|20
I 产出指标|质量指标|考核合格率|100%|100%|15|15
I 产出指标|时效指标|发放及时率|100%|100%|15|15
I 效益指标|社会效益指标|提升组织能力|效果显著|效果显著|28|30
I 满意度指标|服务对象满意度指标|服务对象满意度|≥90%|95%|10|10
S 97.5|90
R 执行率未达 100%，部分资金年底未支付|加快支付进度
`

// A clean 部门整体 table.
const deptTable = `
T dept|测试局
D 1190.74|4859.92
B 6050.66|6050.66|100%|20
G 年度目标 1 壮大产业。
I 产出指标|数量指标|培训场次|23 场|23 场|40
I 效益指标|社会效益指标|提升组织能力|效果显著|效果显著|20
G 年度目标 2 推进转化。
I 产出指标|数量指标|对接活动场次|4 场|5 场|10
I 满意度指标|服务对象满意度指标|服务对象满意度|≥90%|96%|10
S 100
`

type ruleCase struct {
	name    string
	text    string
	central bool
	// want lists the rules expected, each with a substring of the flagged
	// cell's text ("" when the cell is blank or not checked).
	want []want
}

type want struct {
	rule, cell string
}

func mut(base string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(base, pairs[i]) {
			panic("fixture has no " + pairs[i])
		}
		base = strings.Replace(base, pairs[i], pairs[i+1], 1)
	}
	return base
}

var ruleCases = []ruleCase{
	{name: "clean hubei", text: hubeiProject},
	{name: "clean central", text: centralProject, central: true},
	{name: "clean dept", text: deptTable},
	{name: "K0001 rate does not follow", text: mut(hubeiProject, "B 13|13|100%|20", "B 13|13|95%|20"), want: []want{{"K0001", "95"}}},
	{name: "K0001 pass rounded rate", text: mut(hubeiProject, "B 13|13|100%|20", "B 13|12|92.31%|18.46", "S 100", "S 98.46", "I 产出指标|数量指标", "I 产出指标|数量指标"), want: []want{{"K0013", ""}, {"K0013", ""}}},
	{name: "K0002 execution score above the rate", text: mut(hubeiProject, "B 13|13|100%|20", "B 13|12|92.31%|20"), want: []want{{"K0002", "20"}}},
	{name: "K0002 info when rounded to the printed places", text: mut(hubeiProject, "B 13|13|100%|20", "B 13|12|92.31%|18.5", "S 100", "S 98.5"), want: []want{{"K0002", "18"}, {"K0013", ""}, {"K0013", ""}}},
	{name: "K0003 total off", text: mut(hubeiProject, "S 100", "S 99"), want: []want{{"K0003", "99"}, {"K0013", ""}, {"K0013", ""}}},
	{name: "K0003 deleted indicator row", text: mut(hubeiProject, "I 产出指标|时效指标|发放及时率|100%|100%|10\n", ""), want: []want{{"K0003", "100"}}},
	{name: "K0004/K0005 indicator raised beyond the points", text: mut(hubeiProject, "培训场次|23 场|23 场|20", "培训场次|23 场|23 场|22", "S 100", "S 102"), want: []want{{"K0004", "102"}, {"K0005", "102"}}},
	{name: "K0006 score above weight", text: mut(centralProject, "考核合格率|100%|100%|15|15", "考核合格率|100%|100%|17|15", "S 97.5|90", "S 99.5|90"), central: true, want: []want{{"K0006", "17"}, {"K0005", "17"}}},
	{name: "K0007 met but not full", text: mut(centralProject, "考核合格率|100%|100%|15|15", "考核合格率|100%|100%|13|15", "S 97.5|90", "S 95.5|90"), central: true, want: []want{{"K0007", "13"}}},
	{name: "K0007 missed, ratio", text: mut(centralProject, "培训场次|23 场|23 场|20|20", "培训场次|20 场|10 场|10|20", "S 97.5|90", "S 87.5|90"), central: true, want: []want{}},
	{name: "K0007 missed, ratio written with one decimal", text: mut(centralProject, "培训场次|23 场|23 场|20|20", "培训场次|23 场|20 场|17.4|20", "S 97.5|90", "S 94.9|90"), central: true, want: []want{}},
	{name: "K0008 missed but full", text: mut(centralProject, "培训场次|23 场|23 场|20|20", "培训场次|23 场|20 场|20|20"), central: true, want: []want{{"K0008", "20"}}},
	{name: "K0009 qualitative below its band", text: mut(centralProject, "效果显著|效果显著|28|30", "效果显著|效果显著|20|30", "S 97.5|90", "S 89.5|90"), central: true, want: []want{{"K0009", "20"}}},
	{name: "K0010 target slash", text: mut(hubeiProject, "培训场次|23 场", "培训场次|/"), want: []want{{"K0010", "/"}}},
	{name: "K0011 actual as a range", text: mut(hubeiProject, "≥90%|95%", "≥90%|≥90%"), want: []want{{"K0011", "≥90%"}}},
	{name: "K0012 far above target", text: mut(hubeiProject, "培训场次|23 场|23 场", "培训场次|10 场|23 场"), want: []want{{"K0012", "23"}}},
	{name: "K0012 pass with a reason", text: mut(hubeiProject, "培训场次|23 场|23 场", "培训场次|10 场|23 场", "S 100", "S 100\nR 需求增加|调高目标"), want: []want{}},
	{name: "K0013 pass with reason", text: mut(hubeiProject, "B 13|13|100%|20", "B 13|12|92.31%|18.46", "S 100", "S 98.46\nR 年底未付|加快支付"), want: []want{}},
	{name: "K0013 missed target, total 100", text: mut(hubeiProject, "考核合格率|100%|100%|20", "考核合格率|100%|98%|20"), want: []want{{"K0013", ""}, {"K0013", ""}}},
	{name: "K0014 no tick", text: mut(hubeiProject, "1、部门预算项目 ☑", "1、部门预算项目 □"), want: []want{{"K0014", "部门预算项目"}}},
	{name: "K0014 two ticks", text: mut(hubeiProject, "2、延续性项目 □", "2、延续性项目 ☑"), want: []want{{"K0014", "常年性项目"}}},
	{name: "K0015 level2 under the wrong level1", text: mut(hubeiProject, "I 效益指标|社会效益指标", "I 效益指标|质量指标"), want: []want{{"K0015", "质量指标"}}},
	{name: "K0016 blank score", text: mut(hubeiProject, "发放及时率|100%|100%|10", "发放及时率|100%|100%|", "S 100", "S 90"), want: []want{{"K0016", ""}, {"K0013", ""}, {"K0013", ""}}},
	{name: "K0003 not applicable, rescaled with weights", central: true,
		text: mut(centralProject, "考核合格率|100%|100%|15|15", "考核合格率|100%|100%|—|15", "S 97.5|90", "S 97.1|90")},
	{name: "K0003 not applicable, weights unknown", text: mut(hubeiProject, "发放及时率|100%|100%|10", "发放及时率|100%|100%|—", "S 100", "S 100"),
		want: []want{{"K0003", "100"}}},
	{name: "K0017 central profile on a Hubei table", text: hubeiProject, central: true, want: []want{{"K0017", "20"}, {"K0017", "80"}}},
	{name: "K0018 deleted weighted row", text: mut(centralProject, "I 产出指标|时效指标|发放及时率|100%|100%|15|15\n", "", "S 97.5|90", "S 82.5|90"), central: true, want: []want{{"K0018", "90"}}},
	{name: "K0019 dept total is not basic + project", text: mut(deptTable, "D 1190.74|4859.92", "D 1190.74|4850.92"), want: []want{{"K0019", ""}}},
	{name: "K0024 budget blank", text: mut(hubeiProject, "B 13|13|100%|20", "B |13|100%|20"), want: []want{{"K0024", ""}}},
}

func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.name, func(t *testing.T) {
			p := profile.Hubei()
			if tc.central {
				p = profile.Central()
			}
			tabs := parseFixture(t, tc.text)
			for _, l := range layouts {
				book := render(tabs, l)
				fs, sheets, rec := Check(book, nil, p)
				if len(rec) != len(tabs) || len(sheets) != len(tabs) {
					t.Fatalf("%s: recognised %d tables, want %d", l.name, len(rec), len(tabs))
				}
				checkWant(t, l.name, book, fs, forLayout(tc.want, l))
			}
		})
	}
}

func checkWant(t *testing.T, where string, book *workbook.Book, fs []report.Finding, ws []want) {
	t.Helper()
	var got, exp []string
	for _, f := range fs {
		got = append(got, f.Rule)
		r, ok := ruleByID(f.Rule)
		if !ok || f.Title != r.Title || f.Form != "kpi" || f.Message == "" || f.Sheet == "" || f.Cell == "" {
			t.Errorf("%s: malformed finding %+v", where, f)
		}
	}
	for _, w := range ws {
		exp = append(exp, w.rule)
	}
	sort.Strings(got)
	sort.Strings(exp)
	if strings.Join(got, ",") != strings.Join(exp, ",") {
		for _, f := range fs {
			t.Logf("%s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message)
		}
		t.Fatalf("%s: rules %v, want %v", where, got, exp)
	}
	for _, w := range ws {
		if w.cell == "" {
			continue
		}
		found := false
		for _, f := range fs {
			if f.Rule != w.rule {
				continue
			}
			if text := cellText(book, f.Sheet, f.Cell); strings.Contains(halfWidth.Replace(text), w.cell) || (w.rule == "K0002" && strings.HasPrefix(halfWidth.Replace(text), w.cell)) {
				found = true
			}
		}
		if !found {
			for _, f := range fs {
				if f.Rule == w.rule {
					t.Errorf("%s: %s at %s!%s (%q), want a cell holding %q", where, w.rule, f.Sheet, f.Cell, cellText(book, f.Sheet, f.Cell), w.cell)
				}
			}
		}
	}
}

func cellText(book *workbook.Book, sheet, cell string) string {
	r, c, ok := workbook.ParseCellName(cell)
	if !ok {
		return ""
	}
	for _, sh := range book.Sheets {
		if sh.Name == sheet {
			return sh.Value(r, c)
		}
	}
	return ""
}

// forLayout drops cell-content expectations a layout changes: amounts in 元
// and rates stored as fractions.
func forLayout(ws []want, l layout) []want {
	out := append([]want{}, ws...)
	for i := range out {
		if l.yuan || (l.frac && out[i].rule == RuleRate) {
			out[i].cell = ""
		}
	}
	return out
}
