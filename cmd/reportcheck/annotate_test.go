package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"reportcheck/internal/testkit/docxbook"
)

// TestAnnotateCommand: annotate writes the draft back with its review: the
// 审核结果 sheet first, a finding's 审核说明 (from the page's JSON download,
// or a bare object) in the sheet and in the cell's comment; flags before or
// after the file.
func TestAnnotateCommand(t *testing.T) {
	path := writeMini(t, map[string]string{"02!C8": "11.00"}) // 2010101: 1栏 ≠ 2–7栏
	dir := filepath.Dir(path)
	key := "T0201|02|C8"
	for i, notes := range []string{
		`{"file": "草稿.xlsx", "findings": [], "explanations": {"` + key + `": "已更正为 110.00"}}`,
		`{"` + key + `": "已更正为 110.00"}`,
	} {
		notesPath := filepath.Join(dir, "notes.json")
		if err := os.WriteFile(notesPath, []byte(notes), 0o600); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "标注.xlsx")
		args := []string{"annotate", path, "-o", out, "-notes", notesPath}
		if i == 1 {
			args = []string{"annotate", "-notes", notesPath, "-o", out, path}
		}
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		if !strings.Contains(stdout.String(), "审核说明 1 条") {
			t.Errorf("stdout %q", stdout.String())
		}
		f, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if first := f.GetSheetName(0); first != "审核结果" {
			t.Errorf("first sheet %q", first)
		}
		rows, _ := f.GetRows("审核结果")
		found := false
		for _, r := range rows {
			if len(r) >= 10 && r[2] == "T0201" && r[4] == "'02'!C8" && r[9] == "已更正为 110.00" {
				found = true
			}
		}
		if !found {
			t.Errorf("no T0201 row with its note: %q", rows)
		}
		comments, _ := f.GetComments("02")
		var text string
		for _, c := range comments {
			if c.Cell == "C8" {
				for _, p := range c.Paragraph {
					text += p.Text
				}
			}
		}
		if !strings.Contains(text, "审核说明：已更正为 110.00") {
			t.Errorf("comment %q", text)
		}
		f.Close()
	}
	// Without -o the workbook is written beside the draft.
	var stdout, stderr bytes.Buffer
	if code := run([]string{"annotate", path}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "草稿-标注.xlsx")); err != nil {
		t.Error(err)
	}
	for _, args := range [][]string{
		{"annotate"}, {"annotate", path, path}, {"annotate", filepath.Join(dir, "nowhere.xlsx")},
		{"annotate", path, "-notes", filepath.Join(dir, "nowhere.json")}, {"annotate", path, "-notes", path},
		{"annotate", "-profile", "nowhere", path}, {"annotate", "-frobnicate", path},
		{"annotate", path, "-o", filepath.Join(dir, "no", "such", "dir.xlsx")},
	} {
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// TestAnnotateWithNarrative: a narrative named after the workbook is
// written back too, with a Word comment on each of its findings carrying
// its 审核说明; a narrative that cannot be read is an error, told in Chinese.
func TestAnnotateWithNarrative(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "草稿.xlsx")
	doc := filepath.Join(dir, "情况说明.docx")
	for src, dst := range map[string]string{"../../testdata/seed/seed.xlsx": book, "../../testdata/narrative/seed-narrative.docx": doc} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	notesPath := filepath.Join(dir, "notes.json")
	if err := os.WriteFile(notesPath, []byte(`{"D0206|¶78|增加(减少)": "发布前统一修改"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"annotate", book, doc, "-notes", notesPath}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "情况说明-标注.docx（批注 ") {
		t.Errorf("stdout %q", stdout.String())
	}
	out, err := os.ReadFile(filepath.Join(dir, "情况说明-标注.docx"))
	if err != nil {
		t.Fatal(err)
	}
	comments := docxbook.Part(out, "word/comments.xml")
	for _, want := range []string{"D0104", "D0203", "发布前统一修改"} {
		if !strings.Contains(comments, want) {
			t.Errorf("comments lack %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "草稿-标注.xlsx")); err != nil {
		t.Error(err)
	}
	// A narrative that is not a .docx: exit 2, the reader's words.
	bad := filepath.Join(dir, "坏.docx")
	if err := os.WriteFile(bad, []byte("not a zip"), 0o600); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := run([]string{"annotate", book, bad}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "不是 Word 文档") {
		t.Errorf("bad narrative: %q", stderr.String())
	}
	// A narrative alone is not annotated: there is no workbook to write.
	if code := run([]string{"annotate", doc}, &stdout, &stderr); code != 2 {
		t.Errorf("narrative alone: exit %d", code)
	}
}
