package kpi

import (
	"strings"
	"unicode"

	"reportcheck/internal/workbook"
)

// maxCols bounds how far right a table is read: real 自评表 are about ten
// columns wide, so a stray cell far right does not cost a full scan.
const maxCols = 64

// grid reads a sheet with merged ranges resolved: a cell covered by a merge
// reads as the merge's top-left cell.
type grid struct {
	sh     *workbook.Sheet
	rows   int
	merges *workbook.MergeIndex
}

func newGrid(sh *workbook.Sheet) *grid {
	g := &grid{sh: sh, rows: len(sh.Rows)}
	var merges []workbook.Merge
	for _, m := range sh.Merges {
		top, left, bottom, right := m.Top, m.Left, m.Bottom, m.Right
		if top < 1 || left < 1 || bottom < top || right < left || top > g.rows {
			continue
		}
		// A merge reaching far beyond the data covers nothing readable.
		if bottom > g.rows {
			bottom = g.rows
		}
		if right > maxCols {
			right = maxCols
		}
		if left > right {
			continue
		}
		merges = append(merges, workbook.Merge{Top: top, Left: left, Bottom: bottom, Right: right})
	}
	g.merges = workbook.NewMergeIndex(merges)
	return g
}

// anchor returns the top-left of the merge covering (r, c), or (r, c).
func (g *grid) anchor(r, c int) (int, int) {
	if m, ok := g.merges.CoveredBy(r, c); ok {
		return m.Top, m.Left
	}
	return r, c
}

// isCovered reports whether (r, c) lies inside a merge but is not its top-left.
func (g *grid) isCovered(r, c int) bool {
	_, ok := g.merges.CoveredBy(r, c)
	return ok
}

// coveredFromAbove reports whether (r, c) continues a merge begun on an
// earlier row.
func (g *grid) coveredFromAbove(r, c int) bool {
	m, ok := g.merges.CoveredBy(r, c)
	return ok && m.Top < r
}

// raw is the trimmed text at (r, c), merges resolved.
func (g *grid) raw(r, c int) string {
	ar, ac := g.anchor(r, c)
	return strings.TrimSpace(g.sh.Value(ar, ac))
}

// ref is the A1 name of the cell that holds (r, c)'s value.
func (g *grid) ref(r, c int) string {
	ar, ac := g.anchor(r, c)
	return workbook.CellName(ar, ac)
}

// rightEdge is the last column of the merge starting at (r, c), or c.
func (g *grid) rightEdge(r, c int) int {
	if m, ok := g.merges.StartingAt(r, c); ok {
		return m.Right
	}
	return c
}

// width is the widest row in [top, bottom], capped.
func (g *grid) width(top, bottom int) int {
	w := 0
	for r := top; r <= bottom && r <= g.rows; r++ {
		if n := len(g.sh.Rows[r-1]); n > w {
			w = n
		}
	}
	if w > maxCols {
		w = maxCols
	}
	return w
}

// fewCells reports whether row r holds between 1 and limit non-empty
// anchor cells, without building the list: most rows of a big sheet fail
// this and cost nothing more.
func (g *grid) fewCells(r, width, limit int) bool {
	n := 0
	row := g.sh.Rows[r-1]
	for c := 1; c <= width && c <= len(row); c++ {
		if row[c-1] == "" || g.isCovered(r, c) || strings.TrimSpace(row[c-1]) == "" {
			continue
		}
		if n++; n > limit {
			return false
		}
	}
	return n > 0
}

// cells lists the non-empty anchor cells of row r, left to right.
func (g *grid) cells(r, width int) []int {
	var out []int
	for c := 1; c <= width; c++ {
		if g.isCovered(r, c) {
			continue
		}
		if strings.TrimSpace(g.sh.Value(r, c)) != "" {
			out = append(out, c)
		}
	}
	return out
}

// nextRight finds the first non-empty anchor cell right of the cell (r, c)
// (after its merge). ok is false when there is none.
func (g *grid) nextRight(r, c, width int) (int, bool) {
	for x := g.rightEdge(r, c) + 1; x <= width; x++ {
		if g.isCovered(r, x) {
			continue
		}
		if strings.TrimSpace(g.sh.Value(r, x)) != "" {
			return x, true
		}
	}
	return 0, false
}

// clean joins wrapped text for display: line breaks and runs of spaces go.
func clean(s string) string {
	// Text whose only spaces are single ' ' between words is already clean.
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (r != ' ' || prevSpace) {
			return cleanSlow(s)
		}
		prevSpace = sp
	}
	if prevSpace && s != "" {
		return cleanSlow(s)
	}
	return s
}

func cleanSlow(s string) string {
	s = cleanReplacer.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// cleanReplacer is built once: a Replacer is costly to make and safe to share.
var cleanReplacer = strings.NewReplacer("\r\n", "", "\n", "", "\r", "", "\u00a0", " ", "\u3000", " ")
