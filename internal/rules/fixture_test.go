package rules

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/testkit/layout"
	"reportcheck/internal/workbook"
)

// Fixtures live in testdata/<RULE>.txt, one file per rule, in the spirit of
// staticcheck's `// want` files: each case names a base workbook (or writes
// sheets inline), edits cells, and lists every finding of the file's rules
// it expects. A missing or an unexpected finding fails the test.
//
//	rules T0201                 the rules this file is about
//	case fail: a digit swapped
//	base mini                   testdata/mini.txt
//	set 02!C8 = 11.00           overwrite a cell ("" clears it)
//	delete 02!12                delete sheet row 12
//	drop 09                     remove a sheet
//	scale 03 10000              multiply every decimal amount on a sheet
//	                            (its unit label kept: a table in the wrong unit)
//	want T0201 02!C8            an expected finding, at sheet!cell
//	want none                   (a passing case)

type fixtureCase struct {
	name  string
	book  *workbook.Book
	wants []string
	line  int
}

type fixtureFile struct {
	rules []string
	cases []fixtureCase
}

func readGrid(path string) (*workbook.Book, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return gridbook.Parse(string(data)), nil
}

// parseGrid reads inline sheets of a case.
func parseGrid(lines []string) *workbook.Book {
	return gridbook.Parse(strings.Join(lines, "\n"))
}

func sheetByName(b *workbook.Book, name string) *workbook.Sheet {
	for _, s := range b.Sheets {
		if s.Name == name {
			return s
		}
	}
	return nil
}

func setCell(b *workbook.Book, ref, value string) error {
	sheet, a1, ok := strings.Cut(ref, "!")
	if !ok {
		return fmt.Errorf("set needs sheet!cell, got %q", ref)
	}
	sh := sheetByName(b, sheet)
	row, col, ok := workbook.ParseCellName(a1)
	if sh == nil || !ok {
		return fmt.Errorf("bad cell %q", ref)
	}
	for len(sh.Rows) < row {
		sh.Rows = append(sh.Rows, nil)
	}
	for len(sh.Rows[row-1]) < col {
		sh.Rows[row-1] = append(sh.Rows[row-1], "")
	}
	sh.Rows[row-1][col-1] = value
	if strings.HasPrefix(value, "=") && len(value) > 1 { // a formula without its value
		sh.Rows[row-1][col-1] = ""
		if sh.Uncached == nil {
			sh.Uncached, sh.Formulas = map[string]bool{}, map[string]string{}
		}
		sh.Uncached[a1], sh.Formulas[a1] = true, value[1:]
	}
	return nil
}

// amountText is an amount as the fixtures write one (two decimals); 行次,
// 栏次 and codes are whole numbers and stay.
var amountText = regexp.MustCompile(`^-?\d+\.\d+$`)

func loadFixture(t *testing.T, path string) fixtureFile {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ff fixtureFile
	var cur *fixtureCase
	var inline []string
	flushInline := func() {
		if cur != nil && len(inline) > 0 {
			cur.book = parseGrid(inline)
			inline = nil
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimRight(sc.Text(), "\r")
		word, rest, _ := strings.Cut(l, " ")
		switch {
		case len(inline) > 0 && !strings.HasPrefix(l, "want ") && !strings.HasPrefix(l, "case "):
			inline = append(inline, l)
		case strings.HasPrefix(l, "== "):
			inline = append(inline, l)
		case l == "" || strings.HasPrefix(l, "#"):
		case word == "rules":
			ff.rules = strings.Fields(rest)
		case word == "case":
			flushInline()
			ff.cases = append(ff.cases, fixtureCase{name: rest, line: n})
			cur = &ff.cases[len(ff.cases)-1]
		case cur == nil:
			t.Fatalf("%s:%d: %q before any case", path, n, l)
		case word == "base":
			b, err := readGrid(filepath.Join("testdata", rest+".txt"))
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			cur.book = b
		case word == "set":
			ref, val, _ := strings.Cut(rest, " = ")
			if err := setCell(cur.book, strings.TrimSpace(ref), strings.TrimSpace(val)); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
		case word == "delete":
			sheet, row, _ := strings.Cut(rest, "!")
			sh := sheetByName(cur.book, sheet)
			r := 0
			fmt.Sscan(row, &r)
			if sh == nil || r < 1 || r > len(sh.Rows) {
				t.Fatalf("%s:%d: bad delete %q", path, n, rest)
			}
			sh.Rows = append(sh.Rows[:r-1], sh.Rows[r:]...)
		case word == "scale":
			sheet, factor, _ := strings.Cut(rest, " ")
			sh := sheetByName(cur.book, sheet)
			f, err := decimal.NewFromString(strings.TrimSpace(factor))
			if sh == nil || err != nil {
				t.Fatalf("%s:%d: bad scale %q", path, n, rest)
			}
			for _, r := range sh.Rows {
				for i, v := range r {
					if amountText.MatchString(v) {
						r[i] = decimal.RequireFromString(v).Mul(f).String()
					}
				}
			}
		case word == "drop":
			for i, sh := range cur.book.Sheets {
				if sh.Name == rest {
					cur.book.Sheets = append(cur.book.Sheets[:i], cur.book.Sheets[i+1:]...)
					break
				}
			}
		case word == "want":
			flushInline()
			if rest != "none" {
				cur.wants = append(cur.wants, rest)
			}
		default:
			t.Fatalf("%s:%d: cannot read %q", path, n, l)
		}
		if word == "base" || word == "set" || word == "delete" {
			// later edits apply to this case's own copy
			if word == "base" {
				cur.book = layout.Clone(cur.book)
			}
		}
	}
	flushInline()
	return ff
}

func runCase(book *workbook.Book, p *profile.Profile) []report.Finding {
	return Evaluate(locate.Find(book), p)
}

func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/[A-Z]*.txt")
	covered := map[string][2]bool{} // rule → [has pass, has fail]
	for _, path := range files {
		ff := loadFixture(t, path)
		if len(ff.rules) == 0 {
			t.Errorf("%s: no `rules` line", path)
		}
		for _, c := range ff.cases {
			t.Run(filepath.Base(path)+"/"+c.name, func(t *testing.T) {
				if c.book == nil {
					t.Fatalf("case at line %d has no workbook", c.line)
				}
				var got []string
				for _, f := range runCase(c.book, profile.Default()) {
					for _, r := range ff.rules {
						if f.Rule == r {
							got = append(got, f.Rule+" "+f.Sheet+"!"+f.Cell)
						}
					}
				}
				sort.Strings(got)
				want := append([]string(nil), c.wants...)
				sort.Strings(want)
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("line %d:\n got: %q\nwant: %q", c.line, got, want)
				}
			})
			for _, r := range ff.rules {
				cv := covered[r]
				hit := false
				for _, w := range c.wants {
					if strings.HasPrefix(w, r+" ") {
						hit = true
					}
				}
				if hit {
					cv[1] = true
				} else {
					cv[0] = true
				}
				covered[r] = cv
			}
		}
	}
	for _, r := range Catalogue {
		if r.Retired != "" {
			continue
		}
		cv := covered[r.ID]
		if !cv[0] || !cv[1] {
			t.Errorf("rule %s lacks a passing or a failing fixture (pass=%v fail=%v)", r.ID, cv[0], cv[1])
		}
	}
}

// TestMinistryBasesAreClean: every ministry-style base (no 行次, 栏次 or form
// codes, in its many layouts) is recognised whole and satisfies every rule;
// the rounded one shows its 尾差 as 提示 and nothing else.
func TestMinistryBasesAreClean(t *testing.T) {
	files, _ := filepath.Glob("testdata/ministry*.txt")
	if len(files) < 10 {
		t.Fatalf("found %d ministry bases", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := readGrid(path)
			if err != nil {
				t.Fatal(err)
			}
			res := locate.Find(b)
			if len(res.Tables) != 9 {
				t.Errorf("recognised %d tables, want 9", len(res.Tables))
			}
			for _, tb := range res.Tables {
				if len(tb.Columns) == 0 {
					t.Errorf("%s: no columns", tb.Form)
				}
			}
			for _, n := range res.Notes {
				if n.Kind != "template" {
					t.Logf("note %s %s!%s: %s", n.Kind, n.Sheet, n.Cell, n.Message)
				}
			}
			for _, f := range Evaluate(res, profile.Default()) {
				if strings.Contains(path, "rounding") && f.Rule == "R0001" {
					continue
				}
				t.Errorf("unexpected %s %s!%s: %s", f.Rule, f.Sheet, f.Cell, f.Message)
			}
		})
	}
}

// TestMiniIsClean: the base fixture satisfies every rule.
func TestMiniIsClean(t *testing.T) {
	b, err := readGrid("testdata/mini.txt")
	if err != nil {
		t.Fatal(err)
	}
	res := locate.Find(b)
	if len(res.Tables) != 9 {
		t.Fatalf("recognised %d tables, want 9", len(res.Tables))
	}
	for _, f := range Evaluate(res, profile.Default()) {
		t.Errorf("unexpected %s %s!%s: %s", f.Rule, f.Sheet, f.Cell, f.Message)
	}
}
