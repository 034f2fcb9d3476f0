package check

import (
	"os"
	"testing"

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
}
