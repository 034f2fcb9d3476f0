package kpi

import (
	"testing"

	"reportcheck/internal/profile"
)

// Odd but real layouts of one project table; each must read the same.
var oddLayouts = map[string]string{
	"no title, columns reordered, header over two rows": `== 自评
项目名称|测试项目
预算执行情况（万元）（20 分）|预算数（A）|执行数（B）|执行率（B/A）|得分（20 分*执行率）
年度财政资金总额|13|13|100%|20
得分|一级指 标|二级指标|三级指标|实际完成值|年初目标值
|||||（A）
20|产出指标|数量指标|培训场次|23 场|23 场
20||质量指标|考核合格率|100%|100%
10||时效指标|发放及时率|100%|100%
10|效益指标|社会效益指标|提升组织能力|效果显著|效果显著
20|满意度指标|服务对象满意度指标|服务对象满意度|95%|≥90%
总分|100
偏差原因分析|
改进措施|
`,
	"title and name in one cell, labels with colons": `== Sheet3
2023年度项目支出绩效自评表 （测试项目）
项目名称：测试项目
主管部门：测试局
预算执行情况（万元）|预算数|执行数|执行率|得分（20分×执行率）
资金总额|13|13|1|20
年度绩效目标（80分）|一级指标|二级指标|具体指标名称|年初目标值|实际完成值|得分
|产出指标|数量指标|培训场次|23 场|23 场|20
|产出指标|质量指标|考核合格率|100%|100%|20
|产出指标|时效指标|发放及时率|100%|100%|10
|效益指标|社会效益指标|提升组织能力|效果显著|效果显著|10
|满意度指标|服务对象满意度指标|服务对象满意度|≥90%|95%|20
总  分||||||100
`,
}

func TestOddLayouts(t *testing.T) {
	for name, text := range oddLayouts {
		t.Run(name, func(t *testing.T) {
			book := centralBook(text)
			fs, sheets, rec := Check(book, nil, profile.Hubei())
			if len(rec) != 1 {
				t.Fatalf("recognised %d tables", len(rec))
			}
			s := sheets[0]
			if s.Name != "测试项目" || s.IndicatorCount != 5 || s.PrintedTotal != "100" || s.RecomputedTotal != "100" || s.ExecutionScore != "20" {
				t.Errorf("score sheet %+v", s)
			}
			for _, f := range fs {
				t.Errorf("unexpected %s at %s: %s", f.Rule, f.Cell, f.Message)
			}
		})
	}
}

// TestNotKPI: the nine public tables and narrative mentions are not taken
// for 绩效自评表.
func TestNotKPI(t *testing.T) {
	book := centralBook(`== 09
2023年度财政拨款“三公”经费支出决算表
||||公开09表
预算数||||决算数
合计|因公出国|公务用车|公务接待|合计|因公出国
1|2|3|4|5|6
10|0|8|2|9|0
== 说明
（四）绩效自评情况
详见附件：部门整体绩效自评表和项目自评表
部门整体绩效自评表
本单位组织对 11 个项目开展了绩效自评，预算数与执行数一致。
`)
	fs, sheets, rec := Check(book, nil, profile.Hubei())
	if len(rec) != 0 || len(sheets) != 0 || len(fs) != 0 {
		t.Errorf("recognised %v, findings %v", rec, fs)
	}
}

// TestFields: every value read keeps its cell.
func TestFields(t *testing.T) {
	tabs := parseFixture(t, hubeiProject)
	book := render(tabs, layouts[0])
	got := Find(book)
	if len(got) != 1 {
		t.Fatalf("found %d tables", len(got))
	}
	tb := got[0]
	for name, f := range map[string]Field{"主管部门": tb.Manager, "实施单位": tb.Implementer, "预算数": tb.Budget, "执行数": tb.Executed,
		"执行率": tb.Rate, "执行得分": tb.ExecScore, "总分": tb.Total, "偏差原因": tb.Reason, "改进措施": tb.Measures} {
		if !f.Found || f.Ref == "" {
			t.Errorf("%s not read: %+v", name, f)
		}
	}
	if tb.Manager.Text != "江岸区科经局" || tb.Budget.Text != "13" || tb.Total.Text != "100" || tb.Name != "测试项目" || len(tb.Ticks) != 3 {
		t.Errorf("table %+v", tb)
	}
	for _, ind := range tb.Indicators {
		for _, f := range []Field{ind.Name, ind.Target, ind.Actual, ind.Score} {
			if f.Ref == "" || cellText(book, tb.Sheet, f.Ref) != f.Text {
				t.Errorf("row %d: field %+v does not match its cell %q", ind.Row, f, cellText(book, tb.Sheet, f.Ref))
			}
		}
	}
}
