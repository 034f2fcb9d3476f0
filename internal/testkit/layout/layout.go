// Package layout rewrites a workbook the ways real drafts differ from one
// another — stacked on one sheet, shifted, renamed, unmerged, numbers typed as
// text, amounts in 元 — and says where each original cell went, so a test can
// expect the same findings at their new places.
package layout

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/workbook"
)

// Move maps a cell of the original workbook to its place in the rewritten one.
type Move func(sheet, a1 string) (string, string)

// Layout is one way of laying a draft out.
type Layout struct {
	Name  string
	Apply func(*workbook.Book) (*workbook.Book, Move)
}

// Same is the Move of layouts that keep every cell where it was.
func Same(sheet, a1 string) (string, string) { return sheet, a1 }

// All returns every layout.
func All() []Layout {
	return []Layout{
		{"generic-sheet-names", genericNames},
		{"stacked-one-sheet", stacked},
		{"shifted", shifted},
		{"gaps", gaps},
		{"unmerged", unmerged},
		{"filled-down", filledDown},
		{"text-numbers", textNumbers},
		{"full-width", fullWidth},
		{"yuan", yuan},
	}
}

// ByName finds a layout.
func ByName(name string) (Layout, bool) {
	for _, l := range All() {
		if l.Name == name {
			return l, true
		}
	}
	return Layout{}, false
}

// Clone deep-copies a book.
func Clone(b *workbook.Book) *workbook.Book {
	out := &workbook.Book{}
	for _, s := range b.Sheets {
		ns := &workbook.Sheet{Name: s.Name, Merges: append([]workbook.Merge(nil), s.Merges...)}
		if s.Uncached != nil {
			ns.Uncached, ns.Formulas = map[string]bool{}, map[string]string{}
			for k, v := range s.Uncached {
				ns.Uncached[k] = v
			}
			for k, v := range s.Formulas {
				ns.Formulas[k] = v
			}
		}
		for _, r := range s.Rows {
			ns.Rows = append(ns.Rows, append([]string(nil), r...))
		}
		out.Sheets = append(out.Sheets, ns)
	}
	return out
}

func mapCells(b *workbook.Book, fn func(s *workbook.Sheet, v string) string) *workbook.Book {
	out := Clone(b)
	for _, s := range out.Sheets {
		for _, row := range s.Rows {
			for c, v := range row {
				row[c] = fn(s, v)
			}
		}
	}
	return out
}

func moveBy(a1 string, dr, dc int, fromCol int) string {
	r, c, ok := workbook.ParseCellName(a1)
	if !ok {
		return a1
	}
	if c >= fromCol {
		c += dc
	}
	return workbook.CellName(r+dr, c)
}

// remapFormulas moves a sheet's uncalculated-formula marks with its cells.
func remapFormulas(dst, src *workbook.Sheet, move func(a1 string) string) {
	for k := range src.Uncached {
		if dst.Uncached == nil {
			dst.Uncached, dst.Formulas = map[string]bool{}, map[string]string{}
		}
		n := move(k)
		dst.Uncached[n] = true
		if f, ok := src.Formulas[k]; ok {
			dst.Formulas[n] = f
		}
	}
}

// genericNames renames sheets Sheet1…SheetN in reverse order.
func genericNames(b *workbook.Book) (*workbook.Book, Move) {
	out := Clone(b)
	names := map[string]string{}
	for i, s := range out.Sheets {
		names[s.Name] = fmt.Sprintf("Sheet%d", len(out.Sheets)-i)
		s.Name = names[s.Name]
	}
	return out, func(sheet, a1 string) (string, string) { return names[sheet], a1 }
}

// stacked puts every sheet one below the other on a single sheet.
func stacked(b *workbook.Book) (*workbook.Book, Move) {
	const name = "决算公开"
	one := &workbook.Sheet{Name: name}
	offset := map[string]int{}
	for _, s := range b.Sheets {
		off := len(one.Rows)
		offset[s.Name] = off
		for _, r := range s.Rows {
			one.Rows = append(one.Rows, append([]string(nil), r...))
		}
		for _, m := range s.Merges {
			one.Merges = append(one.Merges, workbook.Merge{Top: m.Top + off, Left: m.Left, Bottom: m.Bottom + off, Right: m.Right})
		}
		remapFormulas(one, s, func(a1 string) string { return moveBy(a1, off, 0, 1) })
		one.Rows = append(one.Rows, nil, nil, nil)
	}
	return &workbook.Book{Sheets: []*workbook.Sheet{one}}, func(sheet, a1 string) (string, string) {
		return name, moveBy(a1, offset[sheet], 0, 1)
	}
}

// shifted starts every sheet three rows down and two columns right.
func shifted(b *workbook.Book) (*workbook.Book, Move) {
	out := Clone(b)
	for i, s := range out.Sheets {
		s.Uncached, s.Formulas = nil, nil
		remapFormulas(s, b.Sheets[i], func(a1 string) string { return moveBy(a1, 3, 2, 1) })
		rows := [][]string{nil, nil, nil}
		for _, r := range s.Rows {
			rows = append(rows, append([]string{"", ""}, r...))
		}
		s.Rows = rows
		for i := range s.Merges {
			m := &s.Merges[i]
			m.Top, m.Bottom, m.Left, m.Right = m.Top+3, m.Bottom+3, m.Left+2, m.Right+2
		}
	}
	return out, func(sheet, a1 string) (string, string) { return sheet, moveBy(a1, 3, 2, 1) }
}

// gaps inserts an empty column after column A (between code and name) and
// an empty row after row 3 (between the heading and the table).
func gaps(b *workbook.Book) (*workbook.Book, Move) {
	out := Clone(b)
	shift := func(r, c int) (int, int) {
		if r > 3 {
			r++
		}
		if c > 1 {
			c++
		}
		return r, c
	}
	for i, s := range out.Sheets {
		s.Uncached, s.Formulas = nil, nil
		remapFormulas(s, b.Sheets[i], func(a1 string) string {
			r, c, _ := workbook.ParseCellName(a1)
			r, c = shift(r, c)
			return workbook.CellName(r, c)
		})
		var rows [][]string
		for i, r := range s.Rows {
			nr := r
			if len(r) > 1 {
				nr = append([]string{r[0], ""}, r[1:]...)
			}
			rows = append(rows, nr)
			if i == 2 {
				rows = append(rows, nil)
			}
		}
		s.Rows = rows
		for i := range s.Merges {
			m := &s.Merges[i]
			m.Top, m.Left = shift(m.Top, m.Left)
			m.Bottom, m.Right = shift(m.Bottom, m.Right)
		}
	}
	return out, func(sheet, a1 string) (string, string) {
		r, c, ok := workbook.ParseCellName(a1)
		if !ok {
			return sheet, a1
		}
		r, c = shift(r, c)
		return sheet, workbook.CellName(r, c)
	}
}

// unmerged removes every merge, keeping the text in the top-left cell only,
// as Excel's "unmerge cells" leaves it.
func unmerged(b *workbook.Book) (*workbook.Book, Move) {
	out := Clone(b)
	for _, s := range out.Sheets {
		s.Merges = nil
	}
	return out, Same
}

// filledDown removes every merge and copies each vertically merged label
// into the cells below it, as clerks do when they type 一级指标 on every row.
func filledDown(b *workbook.Book) (*workbook.Book, Move) {
	out := Clone(b)
	for _, s := range out.Sheets {
		for _, m := range s.Merges {
			v := s.Value(m.Top, m.Left)
			for r := m.Top + 1; r <= m.Bottom; r++ {
				for len(s.Rows) < r {
					s.Rows = append(s.Rows, nil)
				}
				for len(s.Rows[r-1]) < m.Left {
					s.Rows[r-1] = append(s.Rows[r-1], "")
				}
				s.Rows[r-1][m.Left-1] = v
			}
		}
		s.Merges = nil
	}
	return out, Same
}

var decimalText = regexp.MustCompile(`^-?\d+\.\d+$`)

// textNumbers types every decimal amount as text with thousands separators.
func textNumbers(b *workbook.Book) (*workbook.Book, Move) {
	return mapCells(b, func(_ *workbook.Sheet, v string) string {
		if decimalText.MatchString(v) {
			d := decimal.RequireFromString(v)
			return amount.Format(d, -d.Exponent())
		}
		return v
	}), Same
}

var codeOrAmount = regexp.MustCompile(`^(\d{3}(\d{2}){0,2}|-?\d+\.\d+)$`)

var toFullWidth = strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９", ".", "．")

// fullWidth types codes and amounts in full-width digits.
func fullWidth(b *workbook.Book) (*workbook.Book, Move) {
	return mapCells(b, func(_ *workbook.Sheet, v string) string {
		if codeOrAmount.MatchString(v) {
			return toFullWidth.Replace(v)
		}
		return v
	}), Same
}

// yuan restates the amounts of every sheet that says 金额单位：万元 in 元.
func yuan(b *workbook.Book) (*workbook.Book, Move) {
	out := Clone(b)
	ten := decimal.NewFromInt(10000)
	for _, s := range out.Sheets {
		wan := false
		for _, r := range s.Rows {
			for _, v := range r {
				if strings.Contains(v, "单位：万元") {
					wan = true
				}
			}
		}
		if !wan {
			continue
		}
		for _, r := range s.Rows {
			for c, v := range r {
				switch {
				case decimalText.MatchString(v):
					r[c] = decimal.RequireFromString(v).Mul(ten).StringFixed(2)
				case strings.Contains(v, "单位：万元"):
					r[c] = strings.ReplaceAll(v, "万元", "元")
				}
			}
		}
	}
	return out, Same
}
