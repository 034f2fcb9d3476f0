package narrative

import (
	"strings"
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/testkit/docxbook"
)

// FuzzCheck: any text, a paragraph per line, is read without a panic or a
// hang, and every finding stands at a paragraph of the document with its
// quote taken from it.
func FuzzCheck(f *testing.F) {
	for _, b := range docxbook.SeedNarrativeBlocks()[:40] {
		f.Add(b.Text)
	}
	f.Add("2023 年度收、支总计 6050.66 万元。与 2022 年度相比，收、支总计各增加 633.57 万元，增长 11.7%。\n其中：\n人员经费 １１５２．５６ 万元")
	f.Add("一、\n（一）\n1.\n1.\n(1)占%增加万元其中：XX%比预算增加(减少)")
	res, ks := seedTables(f)
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<14 {
			return
		}
		doc := &docx.Document{}
		for i, l := range strings.Split(text, "\n") {
			doc.Paragraphs = append(doc.Paragraphs, docx.Paragraph{Index: i + 1, Text: l})
		}
		for _, fd := range Check(doc, res, ks, Options{}) {
			if fd.Para < 1 || fd.Para > len(doc.Paragraphs) {
				t.Fatalf("finding at paragraph %d of %d", fd.Para, len(doc.Paragraphs))
			}
		}
	})
}
