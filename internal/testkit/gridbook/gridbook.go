// Package gridbook reads workbooks written as text — "== sheet" headers and
// TAB-separated cells — and writes them as real XLSX files. Fixtures stay
// readable in review while tests still exercise the full file path.
package gridbook

import (
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"reportcheck/internal/workbook"
)

// Parse reads "== name" sheets of TAB-separated cells; lines starting with
// "#" before the first sheet are comments, and "!merge A1:B2 C3:C5" lines
// inside a sheet list its merged ranges.
func Parse(text string) *workbook.Book {
	book := &workbook.Book{}
	var sh *workbook.Sheet
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, "\r")
		switch {
		case strings.HasPrefix(l, "#") && sh == nil:
		case strings.HasPrefix(l, "== "):
			sh = &workbook.Sheet{Name: strings.TrimSpace(l[3:])}
			book.Sheets = append(book.Sheets, sh)
		case sh != nil && strings.HasPrefix(l, "!merge "):
			for _, rng := range strings.Fields(l[len("!merge "):]) {
				a, b, _ := strings.Cut(rng, ":")
				r1, c1, ok1 := workbook.ParseCellName(a)
				r2, c2, ok2 := workbook.ParseCellName(b)
				if ok1 && ok2 {
					sh.Merges = append(sh.Merges, workbook.Merge{Top: r1, Left: c1, Bottom: r2, Right: c2})
				}
			}
		case sh != nil:
			sh.Rows = append(sh.Rows, strings.Split(l, "\t"))
		}
	}
	for _, s := range book.Sheets {
		for len(s.Rows) > 0 && strings.Join(s.Rows[len(s.Rows)-1], "") == "" {
			s.Rows = s.Rows[:len(s.Rows)-1]
		}
		// "=C3*2" is a formula saved without a calculated value: it reads
		// empty, and the sheet knows it is uncalculated.
		for r, row := range s.Rows {
			for c, v := range row {
				if strings.HasPrefix(v, "=") && len(v) > 1 {
					if s.Uncached == nil {
						s.Uncached = map[string]bool{}
					}
					s.Uncached[workbook.CellName(r+1, c+1)] = true
					if s.Formulas == nil {
						s.Formulas = map[string]string{}
					}
					s.Formulas[workbook.CellName(r+1, c+1)] = v[1:]
					row[c] = ""
				}
			}
		}
	}
	return book
}

// plainNumber is what Excel would store as a number cell; anything else
// (codes with leading zeros aside) stays text, as a clerk typed it.
var plainNumber = regexp.MustCompile(`^-?(0|[1-9]\d*)(\.\d+)?$`)

// XLSX writes the book as an .xlsx. Cells that look like plain numbers are
// written as numeric cells with their text stored verbatim (no binary
// rounding); everything else as text, as a clerk typed it.
func XLSX(book *workbook.Book) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range book.Sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.Name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(s.Name); err != nil {
			return nil, err
		}
		for a1, formula := range s.Formulas {
			if err := f.SetCellFormula(s.Name, a1, formula); err != nil {
				return nil, err
			}
		}
		for r, row := range s.Rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				cell := workbook.CellName(r+1, c+1)
				var err error
				if plainNumber.MatchString(v) && len(v) < 16 {
					err = f.SetCellDefault(s.Name, cell, v)
				} else {
					err = f.SetCellStr(s.Name, cell, v)
				}
				if err != nil {
					return nil, err
				}
			}
		}
		for _, m := range s.Merges {
			if err := f.MergeCell(s.Name, workbook.CellName(m.Top, m.Left), workbook.CellName(m.Bottom, m.Right)); err != nil {
				return nil, err
			}
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Text writes a book in the format Parse reads.
func Text(book *workbook.Book) string {
	var b strings.Builder
	for _, s := range book.Sheets {
		b.WriteString("== " + s.Name + "\n")
		if len(s.Merges) > 0 {
			b.WriteString("!merge")
			for _, m := range s.Merges {
				b.WriteString(" " + workbook.RangeName(m.Top, m.Left, m.Bottom, m.Right))
			}
			b.WriteString("\n")
		}
		for i, r := range s.Rows {
			cells := append([]string(nil), r...)
			for c := range cells {
				if f, ok := s.Formulas[workbook.CellName(i+1, c+1)]; ok {
					cells[c] = "=" + f
				}
			}
			b.WriteString(strings.Join(cells, "\t") + "\n")
		}
	}
	return b.String()
}
