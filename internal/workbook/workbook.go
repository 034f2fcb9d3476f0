// Package workbook turns the bytes of an uploaded XLSX into plain cell grids.
//
// It is the only package that touches excelize for reading. Everything after
// it works on Book values, which are cheap to build in tests.
package workbook

import (
	"strconv"
	"strings"
	"sync/atomic"
)

// Book is a workbook reduced to what the checker needs.
type Book struct {
	Sheets []*Sheet
}

// Sheet is one worksheet. Rows holds raw cell text (RawCellValue: numbers as
// stored, not as formatted), 0-based; ragged rows are allowed.
type Sheet struct {
	Name   string
	Rows   [][]string
	Merges []Merge
	// Uncached lists formula cells saved without a calculated value (A1):
	// they read as empty, and must be reported rather than taken as blank.
	Uncached map[string]bool
	// Formulas holds the formula text of Uncached cells when known (fixtures).
	Formulas map[string]string
}

// Merge is a merged range, 1-based and inclusive, as in A1 notation.
type Merge struct {
	Top, Left, Bottom, Right int
}

// Value returns the raw text at 1-based (row, col), or "" outside the grid.
func (s *Sheet) Value(row, col int) string {
	if row < 1 || row > len(s.Rows) {
		return ""
	}
	r := s.Rows[row-1]
	if col < 1 || col > len(r) {
		return ""
	}
	return r[col-1]
}

// MaxCol is the widest row's length.
func (s *Sheet) MaxCol() int {
	m := 0
	for _, r := range s.Rows {
		if len(r) > m {
			m = len(r)
		}
	}
	return m
}

// CellName turns 1-based (row, col) into A1 notation.
func CellName(row, col int) string {
	if row >= 1 && row <= cachedRows && col >= 1 && col <= cachedCols {
		names := cellNames[row-1].Load()
		if names == nil {
			names = rowNames(row)
			if !cellNames[row-1].CompareAndSwap(nil, names) {
				names = cellNames[row-1].Load()
			}
		}
		return names[col-1]
	}
	var buf [24]byte
	b := appendColName(buf[:0], col)
	return string(strconv.AppendInt(b, int64(row), 10))
}

// The names of the cells a report's tables are in, made once per row: a
// check names every cell it reads (a thousand in a usual workbook) and
// allocating each name was a measurable part of it in wasm.
const cachedRows, cachedCols = 1024, 32

var cellNames [cachedRows]atomic.Pointer[[cachedCols]string]

// rowNames names the first cachedCols cells of a row, slices of one string.
func rowNames(row int) *[cachedCols]string {
	var b []byte
	var ends [cachedCols]int
	for c := 1; c <= cachedCols; c++ {
		b = appendColName(b, c)
		b = strconv.AppendInt(b, int64(row), 10)
		ends[c-1] = len(b)
	}
	all := string(b)
	var out [cachedCols]string
	start := 0
	for c, end := range ends {
		out[c] = all[start:end]
		start = end
	}
	return &out
}

// ColName turns a 1-based column number into letters (1 → A, 27 → AA).
func ColName(col int) string {
	var buf [16]byte
	return string(appendColName(buf[:0], col))
}

// appendColName appends the letters of a 1-based column number. Cell names
// are made for every finding and cell a rule reads, so this allocates
// nothing of its own.
func appendColName(b []byte, col int) []byte {
	var rev [16]byte
	n := 0
	for col > 0 && n < len(rev) {
		col--
		rev[n] = byte('A' + col%26)
		n++
		col /= 26
	}
	for n > 0 {
		n--
		b = append(b, rev[n])
	}
	return b
}

// RangeName gives "A1:F30" for a rectangle.
func RangeName(top, left, bottom, right int) string {
	return CellName(top, left) + ":" + CellName(bottom, right)
}

// ParseCellName is the inverse of CellName. ok is false for malformed names.
func ParseCellName(name string) (row, col int, ok bool) {
	name = strings.ToUpper(strings.TrimSpace(strings.ReplaceAll(name, "$", "")))
	i := 0
	for i < len(name) && name[i] >= 'A' && name[i] <= 'Z' {
		col = col*26 + int(name[i]-'A'+1)
		i++
		if col > 1<<20 {
			return 0, 0, false
		}
	}
	if i == 0 || i == len(name) {
		return 0, 0, false
	}
	for ; i < len(name); i++ {
		if name[i] < '0' || name[i] > '9' {
			return 0, 0, false
		}
		row = row*10 + int(name[i]-'0')
		if row > 1<<21 {
			return 0, 0, false
		}
	}
	return row, col, row > 0
}
