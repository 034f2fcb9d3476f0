package narrative

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/kpi"
	"reportcheck/internal/locate"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/docxbook"
	"reportcheck/internal/testkit/layout"
	"reportcheck/internal/testkit/seeddata"
	"reportcheck/internal/workbook"
)

// Fixtures live in testdata/<RULE>.txt, one file per rule, as the table
// rules' do: each case gives the narrative (one paragraph a line between
// "text" and "end"; "|" lines are the rows of a table in the document), the
// workbook it is checked with, and every finding of the file's rules it
// expects, by paragraph. A missing or an unexpected finding fails.
//
//	rules D0001                   the rules this file is about
//	case fail: a digit changed    a case
//	tables seed                   seed (nine tables and 绩效自评表), nine, kpi, none
//	set 05 一般公共预算支出表!D7 = 1290.74   edit a workbook cell
//	year 2023                     the report year, when no table gives it
//	text … end                    the narrative
//	want D0001 3                  an expected finding: rule and paragraph
//	want none                     (a passing case)
//
// Every case is read from real .docx bytes, in several markups (runs split
// mid-number, full-width digits, fields and hyperlinks, tracked changes),
// and must give the same findings in each.

type fixtureCase struct {
	name   string
	line   int
	tables string
	sets   [][2]string
	year   int
	text   []string
	wants  []string
}

type fixtureFile struct {
	rules []string
	cases []*fixtureCase
}

func loadFixture(t *testing.T, path string) fixtureFile {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ff fixtureFile
	var cur *fixtureCase
	inText := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimRight(sc.Text(), "\r")
		if inText {
			if l == "end" {
				inText = false
			} else {
				cur.text = append(cur.text, l)
			}
			continue
		}
		word, rest, _ := strings.Cut(l, " ")
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case word == "rules":
			ff.rules = strings.Fields(rest)
		case word == "case":
			cur = &fixtureCase{name: rest, line: n, tables: "seed"}
			ff.cases = append(ff.cases, cur)
		case cur == nil:
			t.Fatalf("%s:%d: %q before any case", path, n, l)
		case word == "tables":
			cur.tables = rest
		case word == "set":
			ref, val, _ := strings.Cut(rest, " = ")
			cur.sets = append(cur.sets, [2]string{strings.TrimSpace(ref), strings.TrimSpace(val)})
		case word == "year":
			cur.year, _ = strconv.Atoi(rest)
		case l == "text":
			inText = true
		case word == "want":
			if rest != "none" {
				cur.wants = append(cur.wants, rest)
			}
		default:
			t.Fatalf("%s:%d: cannot read %q", path, n, l)
		}
	}
	return ff
}

// book is the workbook a case is checked with.
func (c *fixtureCase) book(t *testing.T) *workbook.Book {
	var b *workbook.Book
	switch c.tables {
	case "seed":
		b = seeddata.Book()
	case "nine":
		b = seeddata.Nine()
	case "kpi":
		b = seeddata.KPI()
	case "none":
		return nil
	default:
		t.Fatalf("line %d: tables %q", c.line, c.tables)
	}
	b = layout.Clone(b)
	for _, s := range c.sets {
		sheet, a1, _ := strings.Cut(s[0], "!")
		row, col, ok := workbook.ParseCellName(a1)
		var sh *workbook.Sheet
		for _, x := range b.Sheets {
			if x.Name == sheet {
				sh = x
			}
		}
		if sh == nil || !ok {
			t.Fatalf("line %d: no cell %q", c.line, s[0])
		}
		for len(sh.Rows) < row {
			sh.Rows = append(sh.Rows, nil)
		}
		for len(sh.Rows[row-1]) < col {
			sh.Rows[row-1] = append(sh.Rows[row-1], "")
		}
		sh.Rows[row-1][col-1] = s[1]
	}
	return b
}

// variants are the markups every case is read in.
var variants = map[string]docxbook.Options{
	"plain":             {},
	"split":             {SplitNumbers: true},
	"full width":        {FullWidth: true, SplitNumbers: true},
	"fields and links":  {Fields: true, Hyperlinks: true},
	"tracked changes":   {Revisions: true},
	"another ns prefix": {Prefix: "ns1"},
}

func runCase(t *testing.T, c *fixtureCase, opt docxbook.Options) []report.Finding {
	t.Helper()
	data := docxbook.Build(docxbook.Paragraphs(strings.Join(c.text, "\n")), opt)
	doc, err := docx.Read(data, docx.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var res *locate.Result
	var ks []*kpi.Table
	if b := c.book(t); b != nil {
		res = locate.Find(b)
		ks = kpi.Find(b)
	}
	return Check(doc, res, ks, Options{File: "情况说明.docx", Year: c.year})
}

func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/D*.txt")
	covered := map[string][2]bool{} // rule → [has pass, has fail]
	for _, path := range files {
		ff := loadFixture(t, path)
		if len(ff.rules) == 0 {
			t.Errorf("%s: no `rules` line", path)
		}
		for _, c := range ff.cases {
			for vname, opt := range variants {
				t.Run(filepath.Base(path)+"/"+c.name+"/"+vname, func(t *testing.T) {
					var got []string
					var msgs []string
					for _, f := range runCase(t, c, opt) {
						for _, r := range ff.rules {
							if f.Rule == r {
								got = append(got, f.Rule+" "+strconv.Itoa(f.Para))
								msgs = append(msgs, f.Rule+" "+strconv.Itoa(f.Para)+" "+f.Quote+" | "+f.Message)
							}
						}
						if f.File != "情况说明.docx" || f.Para < 1 || f.Title == "" || f.Message == "" || f.Form != "narrative" {
							t.Errorf("malformed finding %+v", f)
						}
					}
					sort.Strings(got)
					want := append([]string(nil), c.wants...)
					sort.Strings(want)
					if strings.Join(got, "\n") != strings.Join(want, "\n") {
						t.Errorf("line %d:\n got: %q\nwant: %q\n%s", c.line, got, want, strings.Join(msgs, "\n"))
					}
				})
			}
			for _, r := range ff.rules {
				cv := covered[r]
				hit := false
				for _, w := range c.wants {
					hit = hit || strings.HasPrefix(w, r+" ")
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
	for _, r := range Rules() {
		if cv := covered[r.ID]; !cv[0] || !cv[1] {
			t.Errorf("rule %s lacks a passing or a failing fixture (pass=%v fail=%v)", r.ID, cv[0], cv[1])
		}
	}
}
