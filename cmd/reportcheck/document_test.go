package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"reportcheck/internal/report"
)

// The seed's workbook and its 情况说明 (testdata/narrative, written by the
// docxbook test kit) are checked as a pair, one JSON object for the pair.

const (
	seedBook      = "../../testdata/seed/seed.xlsx"
	seedNarrative = "../../testdata/narrative/seed-narrative.docx"
)

func runJSON(t *testing.T, args ...string) ([]report.Report, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"check", "-json"}, args...), &out, &errb)
	var reps []report.Report
	dec := json.NewDecoder(&out)
	for dec.More() {
		var r report.Report
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("output is not one JSON object per report: %v", err)
		}
		reps = append(reps, r)
	}
	return reps, code
}

func TestCheckPairIsOneReport(t *testing.T) {
	reps, code := runJSON(t, seedBook, seedNarrative)
	if len(reps) != 1 {
		t.Fatalf("%d reports for a workbook and its narrative, want 1", len(reps))
	}
	r := reps[0]
	if r.File != "seed.xlsx" || r.Document != "seed-narrative.docx" || r.DocumentError != nil {
		t.Fatalf("file %q document %q error %+v", r.File, r.Document, r.DocumentError)
	}
	var fromDoc int
	for _, f := range r.Findings {
		if f.File == "seed-narrative.docx" {
			fromDoc++
			if f.Para <= 0 || f.Quote == "" {
				t.Errorf("a narrative finding without its paragraph or quote: %+v", f)
			}
		}
	}
	if fromDoc == 0 {
		t.Error("the seed's narrative gave no finding (it has known errors)")
	}
	if want := r.ExitCode(); code != want || code != 1 {
		t.Errorf("exit %d, want 1 (错误 found)", code)
	}
}

func TestCheckDocumentAlone(t *testing.T) {
	reps, code := runJSON(t, seedNarrative)
	if len(reps) != 1 {
		t.Fatalf("%d reports", len(reps))
	}
	r := reps[0]
	if r.File != "seed-narrative.docx" || r.Document != r.File || r.Error != nil {
		t.Fatalf("%+v", r)
	}
	if len(r.Findings) == 0 || code != 1 {
		t.Errorf("the narrative alone: %d findings, exit %d; want its own 错误 found (duplicate item number, a rate, a total), exit 1", len(r.Findings), code)
	}
	for _, f := range r.Findings {
		if f.File != r.Document || f.Para <= 0 {
			t.Errorf("a finding of a document alone not placed in it: %+v", f)
		}
	}
}

func TestCheckLegacyDocIsRefused(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "情况说明.doc")
	if err := os.WriteFile(doc, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 a Word 97-2003 file"), 0o644); err != nil {
		t.Fatal(err)
	}
	reps, code := runJSON(t, doc)
	if code != 2 || reps[0].Error == nil || reps[0].Error.Code != "legacy_doc" {
		t.Fatalf("exit %d, %+v", code, reps[0].Error)
	}
	// With its workbook: the workbook is checked, the document's error is told.
	reps, code = runJSON(t, seedBook, doc)
	r := reps[0]
	if code != 2 || r.Error != nil || r.DocumentError == nil || r.DocumentError.Code != "legacy_doc" || len(r.Tables) == 0 {
		t.Fatalf("exit %d, error %+v, document error %+v, %d tables", code, r.Error, r.DocumentError, len(r.Tables))
	}
	if !strings.Contains(r.DocumentError.Message, "另存为") {
		t.Errorf("message %q does not say what to do", r.DocumentError.Message)
	}
	var out, errb bytes.Buffer
	run([]string{"check", seedBook, doc}, &out, &errb)
	if !strings.Contains(out.String(), "情况说明无法检查：") {
		t.Errorf("text output does not say the document could not be checked:\n%s", out.String())
	}
}

func TestPairUp(t *testing.T) {
	got := pairUp([]string{"a.xlsx", "a.docx", "b.xlsx", "c.xlsx", "c.DOCX", "d.docx", "e.doc"})
	want := []job{{"a.xlsx", "a.docx"}, {"b.xlsx", ""}, {"c.xlsx", "c.DOCX"}, {"", "d.docx"}, {"", "e.doc"}}
	if len(got) != len(want) {
		t.Fatalf("%v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("job %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
