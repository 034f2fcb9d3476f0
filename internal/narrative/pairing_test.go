package narrative

import (
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/kpi"
	"reportcheck/internal/locate"
	"reportcheck/internal/testkit/seeddata"
)

// TestPairYearFoldsItsConsequences: with last year's narrative, the one
// D0207 is the cause, and the figures and years told apart from the
// workbook are its consequences (the page folds them under it); findings of
// the text alone (a placeholder) stand on their own.
func TestPairYearFoldsItsConsequences(t *testing.T) {
	doc, err := docx.FromText("第三部分 江岸区科经局本级 2022 年度部门决算情况说明\n"+
		"一、收入支出决算总体情况说明\n"+
		"2022 年度收入合计 5000.00 万元。\n"+
		"截至 2022 年 12 月 31 日，共有车辆 0 辆。\n"+
		"主要原因：XXXXXXXX", docx.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	b := seeddata.Book()
	fs := Check(doc, locate.Find(b), kpi.Find(b), Options{File: "情况说明.docx"})
	causes, consequences := 0, 0
	for _, f := range fs {
		switch {
		case f.Rule == RulePairYear:
			causes++
			if f.Cause != RulePairYear || f.Consequence || f.Para != 1 || f.Expected != "2023" || f.Actual != "2022" {
				t.Errorf("cause %+v", f)
			}
		case f.Rule == RulePlaceholder:
			if f.Cause != "" || f.Consequence {
				t.Errorf("a placeholder folded under the year: %+v", f)
			}
		default:
			consequences++
			if f.Cause != RulePairYear || !f.Consequence {
				t.Errorf("not folded: %+v", f)
			}
		}
	}
	if causes != 1 || consequences < 3 {
		t.Errorf("%d causes, %d consequences: %+v", causes, consequences, fs)
	}
}

// TestIsRule: the narrative's rules are told from the tables' (a version
// checked without a narrative did not run them).
func TestIsRule(t *testing.T) {
	for _, r := range Rules() {
		if !IsRule(r.ID) {
			t.Errorf("%s is a narrative rule", r.ID)
		}
	}
	for _, id := range []string{"T0201", "K0003", "S0016", ""} {
		if IsRule(id) {
			t.Errorf("%q is not a narrative rule", id)
		}
	}
}
