package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestAnnotateMarksFindingCells(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "02 收入决算表")
	f.SetCellValue("02 收入决算表", "C17", 3311.2)
	f.SetCellValue("02 收入决算表", "A1", "2023年度收入决算表")
	buf, _ := f.WriteToBuffer()
	rep := &Report{Findings: []Finding{
		{Rule: "T0201", Severity: Error, Sheet: "02 收入决算表", Cell: "C17", Message: "1栏 应等于 2–7栏之和 3,131.20，实为 3,311.20"},
		{Rule: "H0201", Severity: Error, Sheet: "02 收入决算表", Cell: "C17", Message: "款级不符"},
		{Rule: "S0007", Severity: Warning, Sheet: "", Cell: "", Message: "缺表"},
		{Rule: "X", Severity: Warning, Sheet: "不存在", Cell: "A1", Message: "skip"},
	}}
	out, err := Annotate(buf.Bytes(), rep, nil)
	if err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	comments, err := g.GetComments("02 收入决算表")
	if err != nil || len(comments) != 1 || comments[0].Cell != "C17" {
		t.Fatalf("comments %+v %v", comments, err)
	}
	text := ""
	for _, p := range comments[0].Paragraph {
		text += p.Text
	}
	if !strings.Contains(text, "T0201") || !strings.Contains(text, "H0201") {
		t.Errorf("comment %q lacks the findings", text)
	}
	if v, _ := g.GetCellValue("02 收入决算表", "A1"); v != "2023年度收入决算表" {
		t.Errorf("content changed: %q", v)
	}
	style, _ := g.GetCellStyle("02 收入决算表", "C17")
	st, _ := g.GetStyle(style)
	if st == nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFC7CE" {
		t.Errorf("fill %+v", st)
	}
}
