package kpi

import (
	"strings"
	"testing"

	"reportcheck/internal/profile"
	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/workbook"
)

// centralSheet is the 财预〔2020〕10号 项目支出绩效自评表 as ministries print
// it: 年初/全年预算数, 分值 columns, sub-rows of funds, per-row 偏差原因.
// Cells are separated by "|".
const centralSheet = `== 项目自评
项目支出绩效自评表
（2023年度）
项目名称|城市更新研究经费
主管部门|某部|||实施单位|某中心
项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分
|年度资金总额|200|200|190|10|95%|9.5
|其中：当年财政拨款|200|200|190|—|—|—
|上年结转资金|||||—|—
|其他资金|||||—|—
年度总体目标|预期目标||||实际完成情况
|完成研究报告 3 份||||完成研究报告 3 份
绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
|产出指标|数量指标|研究报告数量|3 份|3 份|20|20|
||质量指标|报告通过评审率|≥90%|100%|15|15|
||时效指标|按期完成率|100%|95%|15|14.25|一份报告延期，加强进度管理
|效益指标|社会效益指标|成果被采纳数量|≥2 项|2 项|30|30|
|满意度指标|服务对象满意度指标|委托方满意度|≥90%|95%|10|10|
总分||||||100|98.75|
`

func centralBook(text string) *workbook.Book {
	return gridbook.Parse(strings.ReplaceAll(text, "|", "\t"))
}

func TestCentralTemplate(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []want
	}{
		{name: "clean", text: centralSheet},
		{name: "rate wrong", text: strings.Replace(centralSheet, "|190|10|95%|9.5", "|190|10|96%|9.5", 1), want: []want{{"K0001", "96"}}},
		{name: "execution score over", text: strings.Replace(centralSheet, "|190|10|95%|9.5", "|190|10|95%|10", 1),
			want: []want{{"K0002", "10"}}}, // the 总分 follows the right 9.5: only the score is wrong
		{name: "indicator raised beyond its weight", text: strings.Replace(centralSheet, "|3 份|3 份|20|20|", "|3 份|3 份|20|25|", 1),
			want: []want{{"K0006", "25"}, {"K0003", "25"}, {"K0005", "25"}, {"K0005", "25"}}},
		{name: "deleted indicator row", text: strings.Replace(centralSheet, "||质量指标|报告通过评审率|≥90%|100%|15|15|\n", "", 1),
			want: []want{{"K0018", "100"}, {"K0003", "98.75"}}},
		{name: "missed without a reason", text: strings.Replace(centralSheet, "|14.25|一份报告延期，加强进度管理", "|14.25|", 1),
			want: []want{{"K0013", ""}}},
		{name: "missed scored in full", text: strings.Replace(strings.Replace(centralSheet, "|15|14.25|", "|15|15|", 1), "|100|98.75|", "|100|99.5|", 1),
			want: []want{{"K0008", "15"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			book := centralBook(tc.text)
			fs, sheets, rec := Check(book, nil, profile.Central())
			if len(rec) != 1 || rec[0].Form != "kpi-project" {
				t.Fatalf("recognised %+v", rec)
			}
			s := sheets[0]
			if s.Name != "城市更新研究经费" || s.Budget != "200" || s.Executed != "190" || s.ExecutionScore != "9.5" {
				t.Errorf("score sheet %+v", s)
			}
			checkWant(t, tc.name, book, fs, tc.want)
		})
	}
	// The same table checked under the Hubei profile: its printed points
	// (分值 10) rule its arithmetic, and the mismatch is said once per kind.
	fs, _, _ := Check(centralBook(centralSheet), nil, profile.Hubei())
	for _, f := range fs {
		if f.Rule != RuleProfile {
			t.Errorf("hubei on a central table: unexpected %s %s", f.Rule, f.Message)
		}
	}
}
