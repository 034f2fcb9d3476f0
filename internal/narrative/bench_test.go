package narrative

import (
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/testkit/docxbook"
	"reportcheck/internal/testkit/seeddata"
)

// BenchmarkSeedNarrative is what the narrative adds to a check of the seed:
// reading its .docx and checking it against the tables already located.
func BenchmarkSeedNarrative(b *testing.B) {
	res, ks := seedTables(b)
	data := docxbook.Build(docxbook.SeedNarrativeBlocks(), docxbook.Options{SplitNumbers: true, Fields: true})
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := docx.Read(data, docx.Limits{})
		if err != nil {
			b.Fatal(err)
		}
		Check(doc, res, ks, Options{})
	}
}

// BenchmarkSeedReportDocument reads the whole report in one document and
// checks it with the tables it holds.
func BenchmarkSeedReportDocument(b *testing.B) {
	data := docxbook.Build(docxbook.SeedReportBlocks(seedTableRows, seeddata.KPI().Sheets[0].Rows), docxbook.Options{SplitNumbers: true})
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := docx.Read(data, docx.Limits{})
		if err != nil {
			b.Fatal(err)
		}
		Check(doc, nil, nil, Options{})
	}
}

// BenchmarkComments writes a comment on each of the seed's findings.
func BenchmarkComments(b *testing.B) {
	res, ks := seedTables(b)
	data := docxbook.Build(docxbook.SeedNarrativeBlocks(), docxbook.Options{SplitNumbers: true})
	doc, _ := docx.Read(data, docx.Limits{})
	var cs []docx.Comment
	for _, f := range Check(doc, res, ks, Options{}) {
		cs = append(cs, docx.Comment{Para: f.Para, Quote: f.Quote, Text: f.Message})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := docx.AddComments(data, cs, docx.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}
