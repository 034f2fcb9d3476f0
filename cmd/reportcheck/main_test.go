package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/workbook"
)

var update = flag.Bool("update", false, "rewrite golden files")

// writeMini writes the rules' mini fixture as a real .xlsx, with edits.
func writeMini(t *testing.T, edits map[string]string) string {
	t.Helper()
	text, err := os.ReadFile("../../internal/rules/testdata/mini.txt")
	if err != nil {
		t.Fatal(err)
	}
	book := gridbook.Parse(string(text))
	for ref, v := range edits {
		sheet, a1, _ := strings.Cut(ref, "!")
		r, c, _ := workbook.ParseCellName(a1)
		for _, s := range book.Sheets {
			if s.Name == sheet {
				for len(s.Rows[r-1]) < c {
					s.Rows[r-1] = append(s.Rows[r-1], "")
				}
				s.Rows[r-1][c-1] = v
			}
		}
	}
	data, err := gridbook.XLSX(book)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "草稿.xlsx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden (go test ./cmd/reportcheck -update, then review the diff):\n%s", name, got)
	}
}

func TestCheckCleanExitsZero(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"check", writeMini(t, nil)}, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %s\n%s", code, errb.String(), out.String())
	}
	if !strings.Contains(out.String(), "结果：错误 0 项，提示 0 项，信息 0 项") {
		t.Errorf("no clean summary:\n%s", out.String())
	}
}

func TestCheckJSONGolden(t *testing.T) {
	// A digit slipped in one 项 cell of 02: its row identity and its 款 break;
	// the two findings form one group whose cause is that cell.
	path := writeMini(t, map[string]string{"02!C15": "30.03"})
	var out, errb bytes.Buffer
	code := run([]string{"check", "-json", path}, &out, &errb)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, errb.String())
	}
	var rep map[string]any
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out.String())
	}
	for _, k := range []string{"file", "tables", "findings", "kpi"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	golden(t, "swapped-digit.json", out.Bytes())
	out.Reset()
	run([]string{"check", path}, &out, &errb)
	golden(t, "swapped-digit.txt", out.Bytes())
}

func TestCheckBadFileExitsTwo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "假的.xlsx")
	if err := os.WriteFile(path, []byte("项目,金额\n合计,1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"check", "-json", path}, &out, &errb); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	var rep struct {
		Error *struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil || rep.Error == nil || rep.Error.Code != "not_xlsx" || rep.Error.Message == "" {
		t.Fatalf("want error not_xlsx with a message, got %s (%v)", out.String(), err)
	}
}

func TestRulesListsCatalogue(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"rules"}, &out, &errb); code != 0 {
		t.Fatal(code)
	}
	for _, id := range []string{"T0101", "H0201", "X0016", "S0005", "N0001"} {
		if !strings.Contains(out.String(), id) {
			t.Errorf("rules output lacks %s", id)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	var out, errb bytes.Buffer
	for _, args := range [][]string{nil, {"frobnicate"}, {"check"}, {"check", "-profile", "nowhere", "x.xlsx"}} {
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// TestRulesDocUpToDate keeps docs/rules.md generated from the catalogue.
func TestRulesDocUpToDate(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"rules", "-md"}, &out, &errb); code != 0 {
		t.Fatal(code)
	}
	path := "../../docs/rules.md"
	if *update {
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(want, out.Bytes()) {
		t.Errorf("docs/rules.md is stale: go test ./cmd/reportcheck -update")
	}
}

// TestHugeFileRefusedBySize: a file over the limit is refused by its size,
// unread (a sparse gigabyte would otherwise be read whole first).
func TestHugeFileRefusedBySize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "巨大.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Skip("no sparse files here:", err)
	}
	f.Close()
	var out, errb bytes.Buffer
	if code := run([]string{"check", "-json", path}, &out, &errb); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(out.String(), `"code":"file_too_large"`) || !strings.Contains(out.String(), "1.0 GB") {
		t.Errorf("got %s", out.String())
	}
}
