package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

const sheet02 = "02 收入决算表"

// draftBook is a small draft: C17 an amount with a number format and bold
// font, D17 a plain amount, E17 a cell that already carries the clerk's own
// comment.
func draftBook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet02); err != nil {
		t.Fatal(err)
	}
	f.SetCellValue(sheet02, "C17", 3311.2)
	f.SetCellValue(sheet02, "D17", 180)
	f.SetCellValue(sheet02, "E17", 12.5)
	fmtID := 4 // #,##0.00
	style, err := f.NewStyle(&excelize.Style{NumFmt: fmtID, Font: &excelize.Font{Bold: true}})
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStyle(sheet02, "C17", "C17", style)
	if err := f.AddComment(sheet02, excelize.Comment{Cell: "E17", Author: "会计", Paragraph: []excelize.RichTextRun{{Text: "已与财政核对"}}}); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func openAnnotated(t *testing.T, data []byte, r *Report) *excelize.File {
	t.Helper()
	out, err := Annotate(data, r, nil)
	if err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g
}

func fillOf(t *testing.T, g *excelize.File, cell string) (*excelize.Style, string) {
	t.Helper()
	id, err := g.GetCellStyle(sheet02, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := g.GetStyle(id)
	if err != nil || st == nil {
		t.Fatalf("style of %s: %v", cell, err)
	}
	if len(st.Fill.Color) == 0 {
		return st, ""
	}
	return st, st.Fill.Color[0]
}

// TestAnnotateFillBySeverity: the fill says how serious the worst finding
// on a cell is — red 错误, yellow 提示, blue 信息 — whatever order the
// findings come in.
func TestAnnotateFillBySeverity(t *testing.T) {
	data := draftBook(t)
	for _, c := range []struct {
		name     string
		findings []Finding
		fill     string
	}{
		{"错误 is red", []Finding{{Rule: "T0201", Severity: Error}}, "FFC7CE"},
		{"提示 is yellow", []Finding{{Rule: "R0001", Severity: Warning}}, "FFEB9C"},
		{"信息 is blue", []Finding{{Rule: "S0016", Severity: Info}}, "DDEBF7"},
		{"an error after a warning turns the cell red", []Finding{{Rule: "R0001", Severity: Warning}, {Rule: "T0201", Severity: Error}}, "FFC7CE"},
		{"a warning after an error leaves it red", []Finding{{Rule: "T0201", Severity: Error}, {Rule: "R0001", Severity: Warning}}, "FFC7CE"},
		{"info then warning is yellow", []Finding{{Rule: "S0016", Severity: Info}, {Rule: "R0001", Severity: Warning}}, "FFEB9C"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for i := range c.findings {
				c.findings[i].Sheet, c.findings[i].Cell, c.findings[i].Message = sheet02, "D17", "说明"
			}
			g := openAnnotated(t, data, &Report{Findings: c.findings})
			if _, fill := fillOf(t, g, "D17"); fill != c.fill {
				t.Errorf("D17 fill %q, want %q", fill, c.fill)
			}
			comments, err := g.GetComments(sheet02)
			if err != nil {
				t.Fatal(err)
			}
			var text string
			for _, cm := range comments {
				if cm.Cell == "D17" {
					for _, p := range cm.Paragraph {
						text += p.Text
					}
				}
			}
			for _, f := range c.findings {
				if want := "[" + f.Rule + " " + f.Severity.Chinese() + "] 说明"; !strings.Contains(text, want) {
					t.Errorf("comment %q lacks %q", text, want)
				}
			}
		})
	}
}

// TestAnnotateKeepsTheDraft: marking a cell keeps its value, number format
// and font; a cell the clerk already commented keeps the clerk's comment and
// look; other cells are untouched.
func TestAnnotateKeepsTheDraft(t *testing.T) {
	g := openAnnotated(t, draftBook(t), &Report{Findings: []Finding{
		{Rule: "T0201", Severity: Error, Sheet: sheet02, Cell: "C17", Message: "应等于 3,131.20，实为 3,311.20"},
		{Rule: "T0201", Severity: Error, Sheet: sheet02, Cell: "E17", Message: "另一处"},
	}})
	st, fill := fillOf(t, g, "C17")
	if fill != "FFC7CE" {
		t.Errorf("C17 fill %q", fill)
	}
	if st.NumFmt != 4 || st.Font == nil || !st.Font.Bold {
		t.Errorf("C17 lost its format: numfmt %d font %+v", st.NumFmt, st.Font)
	}
	shown := "3,311.20"
	if !numberFormatsApplied {
		shown = "3311.2"
	}
	if v, _ := g.GetCellValue(sheet02, "C17"); v != shown {
		t.Errorf("C17 shows %q", v)
	}
	comments, _ := g.GetComments(sheet02)
	found := false
	for _, cm := range comments {
		if cm.Cell != "E17" {
			continue
		}
		found = true
		var text string
		for _, p := range cm.Paragraph {
			text += p.Text
		}
		if !strings.Contains(text, "已与财政核对") || strings.Contains(text, "另一处") {
			t.Errorf("E17 comment became %q", text)
		}
	}
	if !found {
		t.Error("the clerk's comment on E17 is gone")
	}
	if _, fill := fillOf(t, g, "E17"); fill != "" {
		t.Errorf("E17, whose comment was kept, was filled %q", fill)
	}
	if _, fill := fillOf(t, g, "D17"); fill != "" {
		t.Errorf("D17, without a finding, was filled %q", fill)
	}
}

// TestAnnotateNoFindings: a clean report gives back the draft with no marks.
func TestAnnotateNoFindings(t *testing.T) {
	g := openAnnotated(t, draftBook(t), &Report{})
	comments, _ := g.GetComments(sheet02)
	if len(comments) != 1 || comments[0].Cell != "E17" {
		t.Errorf("comments %+v, want only the clerk's own on E17", comments)
	}
}

func TestAnnotateRefusesNonWorkbook(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("not a workbook"), []byte("PK\x03\x04broken")} {
		out, err := Annotate(data, &Report{}, nil)
		if err == nil || out != nil {
			t.Errorf("Annotate(%q) = %d bytes, %v; want an error", data, len(out), err)
			continue
		}
		if !strings.HasPrefix(err.Error(), "无法打开原文件以标注") {
			t.Errorf("error %q is not the Chinese message", err)
		}
	}
}
