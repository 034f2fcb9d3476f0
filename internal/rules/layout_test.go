package rules

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/layout"
)

// TestLayoutsGiveSameFindings: every fixture case, in every layout, gives the
// same findings (rule and mapped cell) as in its original layout.
func TestLayoutsGiveSameFindings(t *testing.T) {
	files, _ := filepath.Glob("testdata/[A-Z]*.txt")
	for _, path := range files {
		ff := loadFixture(t, path)
		for _, c := range ff.cases {
			base := keys(runCase(c.book, profile.Default()), layout.Same)
			for _, l := range layout.All() {
				if l.Name == "yuan" && (strings.HasPrefix(filepath.Base(path), "S") || strings.Contains(c.name, "text amounts") || strings.Contains(c.name, "尾差") || strings.Contains(c.name, "whole amounts")) {
					continue // unit fixtures are about units; text forms, whole numbers and 尾差 change meaning in 元
				}
				t.Run(filepath.Base(path)+"/"+c.name+"/"+l.Name, func(t *testing.T) {
					book, move := l.Apply(c.book)
					want := keysMapped(base, move)
					got := keys(runCase(book, profile.Default()), layout.Same)
					if strings.Join(got, "\n") != strings.Join(want, "\n") {
						t.Errorf("\n got: %q\nwant: %q", got, want)
					}
				})
			}
		}
	}
}

type reportFinding = report.Finding

func keys(fs []reportFinding, move layout.Move) []string {
	var out []string
	for _, f := range fs {
		s, c := f.Sheet, f.Cell
		if s != "" {
			s, c = move(f.Sheet, f.Cell)
		}
		out = append(out, f.Rule+" "+s+"!"+c)
	}
	sort.Strings(out)
	return out
}

func keysMapped(base []string, move layout.Move) []string {
	var out []string
	for _, k := range base {
		rule, loc, _ := strings.Cut(k, " ")
		sheet, cell, _ := strings.Cut(loc, "!")
		s, c := sheet, cell
		if sheet != "" {
			s, c = move(sheet, cell)
		}
		out = append(out, rule+" "+s+"!"+c)
	}
	sort.Strings(out)
	return out
}
