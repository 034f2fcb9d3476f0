package check

import (
	"fmt"
	"strings"
	"testing"

	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/layout"
	"reportcheck/internal/testkit/seeddata"
	"reportcheck/internal/workbook"
)

// draft edits a copy of the seed by sheet prefix and row key (the text in
// column A: a code, 合计, a 行次 label …) and column letter.
type draft struct {
	t    *testing.T
	book *workbook.Book
}

func (d draft) sheet(prefix string) *workbook.Sheet {
	for _, s := range d.book.Sheets {
		if strings.HasPrefix(s.Name, prefix) {
			return s
		}
	}
	d.t.Fatalf("no sheet %q", prefix)
	return nil
}

// row finds the first row whose cell in column col (1-based) is key.
func (d draft) row(prefix string, col int, key string) int {
	s := d.sheet(prefix)
	for i, r := range s.Rows {
		if len(r) >= col && r[col-1] == key {
			return i + 1
		}
	}
	d.t.Fatalf("%s: no row %q in column %d", prefix, key, col)
	return 0
}

// cell returns the A1 name of (row keyed in column A, column letter).
func (d draft) cell(prefix, key, colLetter string) string {
	return colLetter + fmt.Sprint(d.row(prefix, 1, key))
}

func (d draft) set(prefix, a1, v string) {
	s := d.sheet(prefix)
	r, c, _ := workbook.ParseCellName(a1)
	for len(s.Rows[r-1]) < c {
		s.Rows[r-1] = append(s.Rows[r-1], "")
	}
	s.Rows[r-1][c-1] = v
}

func (d draft) deleteRow(prefix string, r int) {
	s := d.sheet(prefix)
	s.Rows = append(s.Rows[:r-1], s.Rows[r:]...)
}

type mutation struct {
	name string
	edit func(d draft) []string // returns the expected "RULE sheet!cell" of the likely cause first
}

var mutations = []mutation{
	{"a digit swapped in a 项 row", func(d draft) []string {
		c := d.cell("02", "2069999", "C") // 3,131.20 → 3,311.20
		d.set("02", c, "3311.20")
		return []string{"T0201 02 收入决算表!" + c, "H0201 02 收入决算表!" + d.cell("02", "20699", "C")}
	}},
	{"a wrong 合计", func(d draft) []string {
		c := d.cell("03", "合计", "C")
		d.set("03", c, "6005.66")
		return []string{"T0301 03 支出决算表!" + c, "H0301 03 支出决算表!" + c, "X0007 03 支出决算表!" + c}
	}},
	{"a 项 row deleted, its 款 not updated", func(d draft) []string {
		d.deleteRow("05", d.row("05", 1, "2060199"))
		k := d.cell("05", "20601", "")
		return []string{"H0501 05 一般公共预算支出表!C" + k, "H0501 05 一般公共预算支出表!E" + k}
	}},
	{"one table changed consistently: only cross-table rules break", func(d draft) []string {
		// 05 公务员医疗补助 112.90 → 112.80, carried up through 21011, 210 and 合计.
		for _, e := range [][3]string{{"2101103", "C", "112.80"}, {"2101103", "D", "112.80"}, {"21011", "C", "131.36"}, {"21011", "D", "130.94"},
			{"210", "C", "131.36"}, {"210", "D", "130.94"}, {"合计", "C", "6050.56"}, {"合计", "D", "1190.64"}} {
			d.set("05", d.cell("05", e[0], e[1]), e[2])
		}
		return []string{"X0009 05 一般公共预算支出表!" + d.cell("05", "合计", "C"), "X0010 05 一般公共预算支出表!" + d.cell("05", "210", "C"),
			"X0016 05 一般公共预算支出表!" + d.cell("05", "合计", "D")}
	}},
	{"a 三公 item in 06 larger than in 09", func(d draft) []string {
		r := d.row("06", 4, "30217") // block 2: code in column D, amount in F
		d.set("06", fmt.Sprintf("F%d", r), "0.60")
		d.set("06", fmt.Sprintf("F%d", d.row("06", 4, "30299")), "7.06")
		return []string{fmt.Sprintf("X0020 06 基本支出明细表!F%d", r)}
	}},
	{"01 total not updated after a late edit", func(d draft) []string {
		c := "F" + fmt.Sprint(d.row("01", 4, "六、科学技术支出"))
		d.set("01", c, "3959.06")
		return []string{"T0103 01 收入支出决算总表!F" + fmt.Sprint(d.row("01", 4, "本年支出合计")), "X0008 03 支出决算表!" + d.cell("03", "206", "C")}
	}},
	{"a unit label that contradicts the numbers", func(d draft) []string {
		d.set("03", "H3", "金额单位：元")
		// S0004 (units differ) joins it where the other tables say 万元.
		return []string{"S0005 03 支出决算表!H3"}
	}},
	{"07 says 本单位无 but holds an amount", func(d draft) []string {
		d.set("07", "D7", "12.00")
		return []string{"S0009 07 政府性基金表!D7"}
	}},
}

// TestMutationsFoundAtTheirCells: each injected mistake is found at its cell
// or its failing total, in every layout, and nothing else new is reported
// except consequences grouped under the same cause.
func TestMutationsFoundAtTheirCells(t *testing.T) {
	base := checkBook(seeddata.Book(), profile.Default())
	for _, m := range mutations {
		t.Run(m.name, func(t *testing.T) {
			d := draft{t, seeddata.Book()}
			want := m.edit(d)
			for _, l := range layout.All() {
				book, move := l.Apply(d.book)
				rep := checkBook(book, profile.Default())
				before := map[string]bool{} // the seed's own findings, moved by the layout
				for _, f := range base.Findings {
					s, c := f.Sheet, f.Cell
					if s != "" && c != "" {
						s, c = move(s, c)
					}
					before[f.Rule+" "+s+"!"+c] = true
				}
				got := map[string]report.Finding{}
				for _, f := range rep.Findings {
					got[f.Rule+" "+f.Sheet+"!"+f.Cell] = f
				}
				wanted := map[string]bool{}
				causes := map[string]bool{}
				for _, w := range want {
					rule, loc, _ := strings.Cut(w, " ")
					sheet, cell, _ := strings.Cut(loc, "!")
					s, c := move(sheet, cell)
					k := rule + " " + s + "!" + c
					wanted[k] = true
					f, ok := got[k]
					if !ok {
						t.Errorf("%s: missing %s", l.Name, k)
						continue
					}
					if f.Cause != "" {
						causes[f.Cause] = true
					}
				}
				for k, f := range got {
					if !wanted[k] && !before[k] && f.Severity == report.Error && (f.Cause == "" || !causes[f.Cause]) {
						t.Errorf("%s: unexpected %s (%s)", l.Name, k, f.Message)
					}
				}
			}
		})
	}
}
