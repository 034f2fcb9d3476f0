package rules

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/workbook"
)

// A layout rewrites a workbook the way real drafts differ, and says where
// each original cell went, so the same mistake can be expected at its new
// place.
type layout struct {
	name  string
	apply func(*workbook.Book) (*workbook.Book, func(sheet, a1 string) (string, string))
}

var amountText = regexp.MustCompile(`^-?\d+\.\d+$`)

func identity(sheet, a1 string) (string, string) { return sheet, a1 }

func mapCells(b *workbook.Book, fn func(sheet string, r, c int, v string) string) *workbook.Book {
	out := cloneBook(b)
	for _, s := range out.Sheets {
		for r, row := range s.Rows {
			for c, v := range row {
				row[c] = fn(s.Name, r+1, c+1, v)
			}
		}
	}
	return out
}

var fullWidth = strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９")

var layouts = []layout{
	{"generic-sheet-names", func(b *workbook.Book) (*workbook.Book, func(string, string) (string, string)) {
		out := cloneBook(b)
		names := map[string]string{}
		for i, s := range out.Sheets {
			names[s.Name] = fmt.Sprintf("Sheet%d", len(out.Sheets)-i) // reversed order too
			s.Name = names[s.Name]
		}
		return out, func(sheet, a1 string) (string, string) { return names[sheet], a1 }
	}},
	{"stacked-one-sheet", func(b *workbook.Book) (*workbook.Book, func(string, string) (string, string)) {
		out := &workbook.Book{Sheets: []*workbook.Sheet{{Name: "决算公开表"}}}
		offset := map[string]int{}
		for _, s := range b.Sheets {
			offset[s.Name] = len(out.Sheets[0].Rows)
			for _, r := range s.Rows {
				out.Sheets[0].Rows = append(out.Sheets[0].Rows, append([]string(nil), r...))
			}
			out.Sheets[0].Rows = append(out.Sheets[0].Rows, nil, nil, nil)
		}
		return out, func(sheet, a1 string) (string, string) {
			r, c, ok := workbook.ParseCellName(a1)
			if !ok {
				return "决算公开表", a1
			}
			return "决算公开表", workbook.CellName(r+offset[sheet], c)
		}
	}},
	{"shifted", func(b *workbook.Book) (*workbook.Book, func(string, string) (string, string)) {
		// Three blank rows on top, two blank columns on the left.
		out := cloneBook(b)
		for _, s := range out.Sheets {
			rows := [][]string{nil, nil, nil}
			for _, r := range s.Rows {
				rows = append(rows, append([]string{"", ""}, r...))
			}
			s.Rows = rows
		}
		return out, func(sheet, a1 string) (string, string) {
			r, c, ok := workbook.ParseCellName(a1)
			if !ok {
				return sheet, a1
			}
			return sheet, workbook.CellName(r+3, c+2)
		}
	}},
	{"text-numbers", func(b *workbook.Book) (*workbook.Book, func(string, string) (string, string)) {
		return mapCells(b, func(_ string, _, _ int, v string) string {
			if amountText.MatchString(v) {
				d := decimal.RequireFromString(v)
				return amount.Format(d, -d.Exponent())
			}
			return v
		}), identity
	}},
	{"full-width-codes-and-amounts", func(b *workbook.Book) (*workbook.Book, func(string, string) (string, string)) {
		return mapCells(b, func(_ string, _, _ int, v string) string {
			if amountText.MatchString(v) || codeRe.MatchString(v) {
				return fullWidth.Replace(v)
			}
			return v
		}), identity
	}},
	{"yuan", func(b *workbook.Book) (*workbook.Book, func(string, string) (string, string)) {
		return mapCells(b, func(_ string, _, _ int, v string) string {
			switch {
			case amountText.MatchString(v):
				return decimal.RequireFromString(v).Mul(decimal.NewFromInt(10000)).StringFixed(2)
			case strings.Contains(v, "单位：万元"):
				return strings.ReplaceAll(v, "万元", "元")
			}
			return v
		}), identity
	}},
}

var codeRe = regexp.MustCompile(`^\d{3}(\d{2}){0,2}$`)

// TestLayoutsGiveSameFindings: every fixture case, in every layout, gives the
// same findings (rule and mapped cell) as in its original layout.
func TestLayoutsGiveSameFindings(t *testing.T) {
	files, _ := filepath.Glob("testdata/[A-Z]*.txt")
	for _, path := range files {
		ff := loadFixture(t, path)
		for _, c := range ff.cases {
			base := keys(runCase(c.book, profile.Default()), identity)
			for _, l := range layouts {
				if l.name == "yuan" && (strings.HasPrefix(filepath.Base(path), "S") || strings.Contains(c.name, "text amounts")) {
					continue // unit fixtures are about units themselves; text forms are not rescaled
				}
				t.Run(filepath.Base(path)+"/"+c.name+"/"+l.name, func(t *testing.T) {
					book, move := l.apply(c.book)
					want := keysMapped(base, move)
					got := keys(runCase(book, profile.Default()), identity)
					if strings.Join(got, "\n") != strings.Join(want, "\n") {
						t.Errorf("\n got: %q\nwant: %q", got, want)
					}
				})
			}
		}
	}
}

type reportFinding = report.Finding

func keys(fs []reportFinding, move func(string, string) (string, string)) []string {
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

func keysMapped(base []string, move func(string, string) (string, string)) []string {
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
