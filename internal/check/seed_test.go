package check

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/testkit/layout"
	"reportcheck/internal/testkit/seeddata"
	"reportcheck/internal/workbook"
)

var update = flag.Bool("update", false, "rewrite golden files")

func checkBook(book *workbook.Book, p *profile.Profile) *report.Report {
	rep := &report.Report{File: "seed.xlsx", Profile: p.ID, ProfileName: p.Name, Tables: []report.Table{}, Findings: []report.Finding{}, KPI: []report.KPITable{}}
	Book(rep, book, p)
	return rep
}

// TestSeedGolden: the whole seed draft, through real xlsx bytes, under both
// profiles. The golden reports are reviewed as diffs (go test -update).
func TestSeedGolden(t *testing.T) {
	data, err := gridbook.XLSX(seeddata.Book())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range profile.Builtin() {
		rep := Run("seed.xlsx", data, p, Options{})
		got, _ := json.MarshalIndent(rep, "", "  ")
		path := "testdata/seed." + p.ID + ".golden.json"
		if *update {
			if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test -update)", err)
		}
		if string(want) != string(got)+"\n" {
			t.Errorf("%s differs: go test ./internal/check -update and review the diff", path)
		}
	}
}

// TestSeedNineTablesNoFalseFinding: on the seed's nine tables, the only
// table-rule findings are the two real name inconsistencies (21305 and
// 2130599 are named differently in 02 than in 03 and 05).
func TestSeedNineTablesNoFalseFinding(t *testing.T) {
	rep := checkBook(seeddata.Book(), profile.Default())
	var got []string
	for _, f := range rep.Findings {
		if f.Form != "kpi" {
			got = append(got, f.Rule+" "+f.Sheet+"!"+f.Cell)
		}
	}
	want := []string{"S0002 02 收入决算表!B38", "S0002 02 收入决算表!B39"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(rep.Tables) != 9+12 {
		t.Errorf("recognised %d tables, want 21", len(rep.Tables))
	}
}

func findingKeys(rep *report.Report, move layout.Move) []string {
	var out []string
	for _, f := range rep.Findings {
		s, c := f.Sheet, f.Cell
		if s != "" && c != "" {
			s, c = move(s, c)
		}
		out = append(out, fmt.Sprintf("%s %s %s!%s", f.Rule, f.Severity, s, c))
	}
	sort.Strings(out)
	return out
}

// TestSeedSameFindingsInEveryLayout: stacked, shifted, renamed, unmerged,
// text numbers, full-width, 元 — the same findings at the mapped cells.
func TestSeedSameFindingsInEveryLayout(t *testing.T) {
	base := seeddata.Book()
	want := findingKeys(checkBook(base, profile.Default()), layout.Same)
	for _, l := range layout.All() {
		t.Run(l.Name, func(t *testing.T) {
			book, move := l.Apply(base)
			// Through real xlsx bytes, as a user's file would come.
			data, err := gridbook.XLSX(book)
			if err != nil {
				t.Fatal(err)
			}
			rep := Run("seed.xlsx", data, profile.Default(), Options{})
			if rep.Error != nil {
				t.Fatal(rep.Error)
			}
			mapped := findingKeys(&report.Report{Findings: mapFindings(want, move)}, layout.Same)
			got := findingKeys(rep, layout.Same)
			if strings.Join(got, "\n") != strings.Join(mapped, "\n") {
				t.Errorf("findings differ\n got: %q\nwant: %q", got, mapped)
			}
		})
	}
}

func mapFindings(keys []string, move layout.Move) []report.Finding {
	var out []report.Finding
	for _, k := range keys {
		parts := strings.SplitN(k, " ", 3)
		sheet, cell, _ := strings.Cut(parts[2], "!")
		if sheet != "" && cell != "" {
			sheet, cell = move(sheet, cell)
		}
		out = append(out, report.Finding{Rule: parts[0], Severity: report.Severity(parts[1]), Sheet: sheet, Cell: cell})
	}
	return out
}
