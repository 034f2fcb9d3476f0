package narrative

import (
	"strings"

	"reportcheck/internal/docx"
	"reportcheck/internal/report"
)

// Comments are the Word comments an annotated copy of the narrative gets:
// one on each finding's quoted words in its paragraph (the whole paragraph
// when the words are not found there), saying the rule, what is wrong, the
// figures compared, the table cells and the finding's 审核说明. Findings
// that are not the document's (no paragraph) get none.
func Comments(findings []report.Finding, notes report.Notes) []docx.Comment {
	var out []docx.Comment
	for _, f := range findings {
		if f.Para <= 0 {
			continue
		}
		var b strings.Builder
		b.WriteString("【" + f.Severity.Chinese() + " " + f.Rule)
		if f.Title != "" {
			b.WriteString(" " + f.Title)
		}
		b.WriteString("】\n" + f.Message)
		if f.Expected != "" || f.Actual != "" {
			b.WriteString("\n应为 " + orDash(f.Expected) + "，实为 " + orDash(f.Actual))
			if f.Diff != "" {
				b.WriteString("，差额 " + f.Diff)
			}
		}
		if len(f.Cells) > 0 {
			b.WriteString("\n对照报表：" + strings.Join(f.Cells, "、"))
		}
		if notes != nil {
			if n := strings.TrimSpace(notes(f)); n != "" {
				b.WriteString("\n审核说明：" + n)
			}
		}
		out = append(out, docx.Comment{Para: f.Para, Quote: f.Quote, Text: b.String()})
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
