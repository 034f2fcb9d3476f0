package docxbook_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/testkit/docxbook"
	"reportcheck/internal/testkit/seeddata"
)

func lines(blocks []docxbook.Block) []string {
	var out []string
	for _, b := range blocks {
		if b.Rows == nil {
			out = append(out, b.Text)
		}
	}
	return out
}

// fold undoes FullWidth.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '．':
			return '.'
		case r == '％':
			return '%'
		}
		return r
	}, s)
}

// TestSeedNarrativeReadsBack: every variant of the faithful narrative reads
// back, paragraph for paragraph, as transcribed.
func TestSeedNarrativeReadsBack(t *testing.T) {
	want := lines(docxbook.SeedNarrativeBlocks())
	if len(want) < 100 || !strings.HasPrefix(want[0], "第三部分") {
		t.Fatalf("transcription: %d paragraphs, first %q", len(want), want[0])
	}
	for name, opt := range map[string]docxbook.Options{
		"plain": {}, "split": {SplitNumbers: true}, "full width": {FullWidth: true, SplitNumbers: true},
		"links and fields": {Hyperlinks: true, Fields: true}, "revisions": {Revisions: true, SplitNumbers: true},
	} {
		t.Run(name, func(t *testing.T) {
			doc, err := docx.Read(docxbook.Build(docxbook.SeedNarrativeBlocks(), opt), docx.Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Paragraphs) != len(want) {
				t.Fatalf("%d paragraphs, want %d", len(doc.Paragraphs), len(want))
			}
			for i, p := range doc.Paragraphs {
				if fold(p.Text) != fold(want[i]) {
					t.Errorf("paragraph %d: %q, want %q", i+1, p.Text, want[i])
				}
			}
		})
	}
}

func seedTable(key string) [][]string {
	for _, sh := range seeddata.Nine().Sheets {
		if strings.HasPrefix(sh.Name, key+" ") {
			return sh.Rows
		}
	}
	return nil
}

// TestSeedReport: the whole report in one document holds the nine tables
// and the twelve 绩效自评表 as Word tables, each below its title lines.
func TestSeedReport(t *testing.T) {
	blocks := docxbook.SeedReportBlocks(seedTable, seeddata.KPI().Sheets[0].Rows)
	doc, err := docx.Read(docxbook.Build(blocks, docxbook.Options{}), docx.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tables) != 9+12 {
		t.Errorf("%d tables, want 21", len(doc.Tables))
	}
	title := func(tb docx.Table) string {
		for i := tb.After - 1; i >= 0; i-- {
			if p := doc.Paragraphs[i].Text; strings.Contains(p, "表") && !strings.HasPrefix(p, "公开") && !strings.HasPrefix(p, "部门") && !strings.HasPrefix(p, "（") {
				return p
			}
		}
		return ""
	}
	if got := title(doc.Tables[0]); got != "2023 年度收入支出决算总表" {
		t.Errorf("first table's title %q", got)
	}
	if got := title(doc.Tables[9]); !strings.Contains(got, "部门整体绩效自评表") {
		t.Errorf("tenth table's title %q", got)
	}
	var found bool
	for _, p := range doc.Paragraphs {
		found = found || strings.HasPrefix(p.Text, "二、收入决算情况说明")
	}
	if !found {
		t.Error("the narrative is missing")
	}
}

func TestParagraphsSyntax(t *testing.T) {
	b := docxbook.Paragraphs("# note\n一\n@image\n@empty\n|a\tb\n|c\td\n二\n")
	if len(b) != 5 || b[0].Text != "一" || !b[1].Image || !b[2].Empty || len(b[3].Rows) != 2 || b[4].Text != "二" {
		t.Errorf("%+v", b)
	}
}

var update = flag.Bool("update", false, "write the seed documents into testdata/narrative")

// TestWriteNarrativeTestdata writes, with -update, the seed's narrative as
// .docx files into the repository's testdata/narrative for the page's and
// the CLI's tests: as published, as Word leaves it after late edits (runs
// split, fields, tracked changes), and the whole report in one document.
func TestWriteNarrativeTestdata(t *testing.T) {
	files := map[string][]byte{
		"seed-narrative.docx":        docxbook.Build(docxbook.SeedNarrativeBlocks(), docxbook.Options{}),
		"seed-narrative-edited.docx": docxbook.Build(docxbook.SeedNarrativeBlocks(), docxbook.Options{SplitNumbers: true, Fields: true, Revisions: true, Hyperlinks: true}),
		"seed-report.docx":           docxbook.Build(docxbook.SeedReportBlocks(seedTable, seeddata.KPI().Sheets[0].Rows), docxbook.Options{SplitNumbers: true}),
	}
	dir := filepath.Join("..", "..", "..", "testdata", "narrative")
	for name, data := range files {
		if _, err := docx.Read(data, docx.Limits{}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(dir, name)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if old, err := os.ReadFile(path); err == nil && !bytes.Equal(old, data) {
			t.Errorf("%s is stale: go test ./internal/testkit/docxbook -update", path)
		}
	}
}
