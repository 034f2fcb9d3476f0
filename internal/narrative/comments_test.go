package narrative

import (
	"strings"
	"testing"

	"reportcheck/internal/report"
)

// TestComments: one Word comment per finding of the narrative, on its
// quoted words, saying the rule, the figures, the cells and the 审核说明;
// a table's finding gets none.
func TestComments(t *testing.T) {
	findings := []report.Finding{
		{Rule: "R0001", Severity: report.Error, Sheet: "01", Cell: "C8", Message: "表内不平"},
		{Rule: RuleCompletion, Severity: report.Error, Title: "完成率（执行率）计算错误", File: "a.docx", Para: 65, Quote: "完成年初预算的 91.8%",
			Message: "完成率应为 91.7%", Expected: "91.7%", Actual: "91.8%", Diff: "0.1", Cells: []string{"'05 一般公共预算支出表'!C51"}},
		{Rule: RuleAlternative, Severity: report.Warning, File: "a.docx", Para: 78, Quote: "增加(减少)", Message: "模板备选用词"},
	}
	notes := func(f report.Finding) string {
		if f.Para == 78 {
			return " 发布前统一修改 "
		}
		return ""
	}
	got := Comments(findings, notes)
	if len(got) != 2 {
		t.Fatalf("%d comments", len(got))
	}
	c := got[0]
	if c.Para != 65 || c.Quote != "完成年初预算的 91.8%" {
		t.Errorf("placed at %d %q", c.Para, c.Quote)
	}
	for _, want := range []string{"【错误 D0104 完成率（执行率）计算错误】", "完成率应为 91.7%", "应为 91.7%，实为 91.8%，差额 0.1", "对照报表：'05 一般公共预算支出表'!C51"} {
		if !strings.Contains(c.Text, want) {
			t.Errorf("comment lacks %q:\n%s", want, c.Text)
		}
	}
	if strings.Contains(c.Text, "审核说明") {
		t.Error("no note, no 审核说明 line")
	}
	if !strings.HasSuffix(got[1].Text, "\n审核说明：发布前统一修改") || strings.Contains(got[1].Text, "应为") {
		t.Errorf("second comment:\n%s", got[1].Text)
	}
	if Comments(findings[:1], nil) != nil {
		t.Error("a table's finding got a comment")
	}
}
