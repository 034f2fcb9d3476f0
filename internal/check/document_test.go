package check

import (
	"os"
	"strings"
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/profile"
)

func readTestdata(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/" + path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRunWithDocument(t *testing.T) {
	book := readTestdata(t, "seed/seed.xlsx")
	doc := Document{Name: "情况说明.docx", Data: readTestdata(t, "narrative/seed-narrative.docx")}
	p := profile.Default()

	t.Run("with its workbook", func(t *testing.T) {
		rep := RunWithDocument("seed.xlsx", book, doc, p, Options{})
		alone := Run("seed.xlsx", book, p, Options{})
		if rep.Document != doc.Name || rep.DocumentError != nil || len(rep.Tables) != len(alone.Tables) {
			t.Fatalf("document %q error %+v tables %d", rep.Document, rep.DocumentError, len(rep.Tables))
		}
		// The workbook's findings first, unchanged; then the narrative's.
		for i, f := range alone.Findings {
			if rep.Findings[i].Rule != f.Rule || rep.Findings[i].Cell != f.Cell {
				t.Fatalf("finding %d of the workbook changed: %+v", i, rep.Findings[i])
			}
		}
		rest := rep.Findings[len(alone.Findings):]
		if len(rest) == 0 {
			t.Fatal("no narrative finding")
		}
		for _, f := range rest {
			if f.File != doc.Name || f.Para == 0 {
				t.Errorf("narrative finding not placed: %+v", f)
			}
		}
	})
	t.Run("alone", func(t *testing.T) {
		rep := RunWithDocument("", nil, doc, p, Options{})
		if rep.File != doc.Name || rep.Error != nil || len(rep.Findings) == 0 {
			t.Fatalf("%+v", rep)
		}
	})
	t.Run("an unreadable document", func(t *testing.T) {
		bad := Document{Name: "x.docx", Data: []byte("not a zip")}
		rep := RunWithDocument("seed.xlsx", book, bad, p, Options{})
		if rep.DocumentError == nil || rep.DocumentError.Code != "not_docx" || rep.Error != nil || len(rep.Tables) == 0 {
			t.Fatalf("error %+v document error %+v", rep.Error, rep.DocumentError)
		}
		if rep.ExitCode() != 2 {
			t.Errorf("exit %d, want 2", rep.ExitCode())
		}
		rep = RunWithDocument("", nil, bad, nil, Options{})
		if rep.Error == nil || rep.Error.Code != "not_docx" {
			t.Fatalf("alone: %+v", rep.Error)
		}
	})
	t.Run("an unreadable workbook", func(t *testing.T) {
		rep := RunWithDocument("x.xlsx", []byte("not a zip"), doc, p, Options{})
		if rep.Error == nil || rep.Document != doc.Name {
			t.Fatalf("%+v", rep)
		}
	})
	t.Run("a workbook with no table", func(t *testing.T) {
		rep := RunWithDocument("x.xlsx", readTestdata(t, "narrative/seed-narrative.docx"), doc, p, Options{})
		if rep.Error == nil {
			t.Fatalf("a .docx given as the workbook was read: %+v", rep)
		}
	})
	t.Run("pasted text", func(t *testing.T) {
		// The text of the narrative, pasted: the same findings at the same
		// paragraphs as the document's, for what is not in its tables.
		d, err := docxText(doc.Data)
		if err != nil {
			t.Fatal(err)
		}
		pasted := RunWithDocument("seed.xlsx", book, Document{Name: "粘贴的情况说明", Text: d}, p, Options{})
		fromDoc := RunWithDocument("seed.xlsx", book, doc, p, Options{})
		if pasted.DocumentError != nil || len(pasted.Findings) != len(fromDoc.Findings) {
			t.Fatalf("pasted: %+v, %d findings against %d", pasted.DocumentError, len(pasted.Findings), len(fromDoc.Findings))
		}
		for i, f := range pasted.Findings {
			if g := fromDoc.Findings[i]; f.Rule != g.Rule || f.Para != g.Para || f.Quote != g.Quote {
				t.Errorf("finding %d: pasted %s ¶%d %q, document %s ¶%d %q", i, f.Rule, f.Para, f.Quote, g.Rule, g.Para, g.Quote)
			}
		}
		empty := RunWithDocument("", nil, Document{Name: "粘贴的情况说明", Text: " \n"}, p, Options{})
		if empty.Error == nil || empty.Error.Code != "empty_file" {
			t.Fatalf("empty paste: %+v", empty.Error)
		}
	})
}

// docxText is a document's paragraphs as the text a clerk would paste:
// one line each. Only a document without tables pastes so.
func docxText(data []byte) (string, error) {
	d, err := docx.Read(data, docx.DefaultLimits)
	if err != nil {
		return "", err
	}
	lines := make([]string, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		lines[i] = strings.ReplaceAll(p.Text, "\n", " ")
	}
	return strings.Join(lines, "\n"), nil
}
