package kpi

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/workbook"
)

// Every K rule has a file testdata/rules/<ID>.txt with at least one case
// that finds it and one that does not, in the spirit of staticcheck's
// `// want` files. A case is a set of tables in the compact format of
// testdata/seed.kpi (parseFixture), and each line that should give a finding
// says so:
//
//	case fail: the rate does not follow the amounts
//	profile central              optional: hubei (default) or central
//	tables05 6050.66|1190.74|4859.92   optional: the 合计 row of 公开05表 (and 03表)
//	T project|测试项目
//	B 13|13|95%|20   # want K0001
//	# want K0020                 a finding outside the tables (on 公开05表)
//
// A finding belongs to the line whose table row holds its cell (the table
// rows a line renders: fixture_test.go; header rows belong to the P line or
// else the T line). Every case runs in every layout, and every K finding is
// compared: a missing and an unexpected one both fail.

type ruleFixture struct {
	name    string
	line    int // of the case line
	text    string
	first   int    // file line of text's first line
	profile string // "hubei", "central"
	tables  *locate.Result
	// wants: "line rule" → count; line 0 for findings outside the tables.
	wants map[string]int
}

func loadRuleCases(t *testing.T, path string) []*ruleFixture {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []*ruleFixture
	var cur *ruleFixture
	var text []string
	flush := func() {
		if cur != nil {
			cur.text = strings.Join(text, "\n")
		}
		text = nil
	}
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		word, rest, _ := strings.Cut(l, " ")
		switch {
		case word == "case":
			flush()
			cur = &ruleFixture{name: rest, line: n, first: n + 1, profile: "hubei", wants: map[string]int{}}
			cases = append(cases, cur)
			continue
		case cur == nil:
			if l != "" && !strings.HasPrefix(l, "#") {
				t.Fatalf("%s:%d: %q before any case", path, n, l)
			}
			continue
		case word == "profile":
			cur.profile = rest
			l = ""
		case word == "tables05":
			v := strings.Split(rest, "|")
			if len(v) != 3 && len(v) != 6 {
				t.Fatalf("%s:%d: tables05 needs 3 or 6 amounts", path, n)
			}
			cur.tables = tables05(v[0], v[1], v[2], v[3:]...)
			l = ""
		}
		data, want, hasWant := strings.Cut(l, "# want ")
		if hasWant {
			at := n - cur.first + 1 // the line within the case's text
			if strings.TrimSpace(data) == "" {
				at = 0
			}
			for _, id := range strings.Fields(want) {
				if _, ok := ruleByID(id); !ok {
					t.Fatalf("%s:%d: want of unknown rule %s", path, n, id)
				}
				cur.wants[fmt.Sprintf("%d %s", at, id)]++
			}
			l = strings.TrimSpace(data)
		}
		text = append(text, l) // comments and options stay as blank lines: line numbers hold
	}
	flush()
	return cases
}

// wanted tells whether the case expects a finding of rule.
func (c *ruleFixture) wanted(rule string) bool {
	for k := range c.wants {
		if strings.HasSuffix(k, " "+rule) {
			return true
		}
	}
	return false
}

func (c *ruleFixture) prof(t *testing.T) *profile.Profile {
	switch c.profile {
	case "hubei":
		return profile.Hubei()
	case "central":
		return profile.Central()
	}
	t.Fatalf("line %d: unknown profile %q", c.line, c.profile)
	return nil
}

// compare matches findings to the wanted lines; it returns what is wrong.
func (c *ruleFixture) compare(book *workbook.Book, origin map[string]int, fs []report.Finding) []string {
	left := map[string]int{}
	for k, v := range c.wants {
		left[k] = v
	}
	var bad []string
	for _, f := range fs {
		r, ok := ruleByID(f.Rule)
		if !ok || f.Title != r.Title || f.Form != "kpi" || f.Message == "" || f.Sheet == "" || f.Cell == "" {
			bad = append(bad, fmt.Sprintf("malformed finding %+v", f))
			continue
		}
		line := 0
		if row, _, ok := workbook.ParseCellName(f.Cell); ok && sheetIn(book, f.Sheet) {
			line = origin[fmt.Sprintf("%s!%d", f.Sheet, row)]
		}
		at := fmt.Sprintf("%d %s", line, f.Rule)
		anywhere := "0 " + f.Rule
		switch {
		case left[at] > 0:
			left[at]--
		case left[anywhere] > 0:
			left[anywhere]--
		default:
			bad = append(bad, fmt.Sprintf("unexpected %s at line %d (%s!%s): %s", f.Rule, c.first+line-1, f.Sheet, f.Cell, f.Message))
		}
	}
	for k, v := range left {
		for ; v > 0; v-- {
			var line int
			var rule string
			fmt.Sscan(k, &line, &rule)
			where := "outside the tables"
			if line > 0 {
				where = fmt.Sprintf("at line %d", c.first+line-1)
			}
			bad = append(bad, fmt.Sprintf("missing %s %s", rule, where))
		}
	}
	sort.Strings(bad)
	return bad
}

func sheetIn(book *workbook.Book, name string) bool {
	for _, sh := range book.Sheets {
		if sh.Name == name {
			return true
		}
	}
	return false
}

// TestRuleFixtures runs every case of testdata/rules/ in every layout, and
// fails when a rule lacks a passing or a failing case in its own file.
func TestRuleFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/rules/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no rule fixtures: %v", err)
	}
	type cover struct{ pass, fail int }
	covered := map[string]*cover{}
	for _, path := range files {
		id := strings.TrimSuffix(filepath.Base(path), ".txt")
		if _, ok := ruleByID(id); !ok {
			t.Errorf("%s: no rule %s", path, id)
			continue
		}
		cv := &cover{}
		covered[id] = cv
		for _, c := range loadRuleCases(t, path) {
			if c.wanted(id) {
				cv.fail++
			} else {
				cv.pass++
			}
			t.Run(id+"/"+c.name, func(t *testing.T) {
				tabs := parseFixture(t, c.text)
				if len(tabs) == 0 {
					t.Fatalf("%s:%d: no table", path, c.line)
				}
				for _, l := range layouts {
					book, origin := renderTraced(tabs, l)
					fs, sheets, rec := Check(book, c.tables, c.prof(t))
					if len(rec) != len(tabs) || len(sheets) != len(tabs) {
						t.Fatalf("%s:%d %s: recognised %d tables, want %d", path, c.line, l.name, len(rec), len(tabs))
					}
					if bad := c.compare(book, origin, fs); len(bad) > 0 {
						t.Errorf("%s:%d %s:\n\t%s", path, c.line, l.name, strings.Join(bad, "\n\t"))
					}
				}
			})
		}
	}
	for _, r := range catalogue {
		if r.Retired != "" {
			continue
		}
		cv := covered[r.ID]
		if cv == nil || cv.pass == 0 || cv.fail == 0 {
			t.Errorf("rule %s lacks a passing or a failing fixture in testdata/rules/%s.txt (%+v)", r.ID, r.ID, cv)
		}
	}
}
