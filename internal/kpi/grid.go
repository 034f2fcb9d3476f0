package kpi

import (
	"strings"
	"unicode"

	"reportcheck/internal/trim"
	"reportcheck/internal/workbook"
)

// maxCols bounds how far right a table is read: real 自评表 are about ten
// columns wide, so a stray cell far right does not cost a full scan.
const maxCols = 64

// grid reads a sheet with merged ranges resolved (workbook.Grid): a cell
// covered by a merge reads as the merge's top-left cell. Merges are clipped
// to maxCols columns and to the last row.
type grid struct {
	*workbook.Grid
	sh   *workbook.Sheet
	rows int
}

func newGrid(sh *workbook.Sheet) *grid {
	return &grid{Grid: workbook.NewGrid(sh, workbook.GridOptions{MaxCols: maxCols}), sh: sh, rows: len(sh.Rows)}
}

// anchor returns the top-left of the merge covering (r, c), or (r, c).
func (g *grid) anchor(r, c int) (int, int) { return g.Anchor(r, c) }

// isCovered reports whether (r, c) lies inside a merge but is not its top-left.
func (g *grid) isCovered(r, c int) bool { return g.Covered(r, c) }

// coveredFromAbove reports whether (r, c) continues a merge begun on an
// earlier row.
func (g *grid) coveredFromAbove(r, c int) bool { return g.CoveredFromAbove(r, c) }

// raw is the trimmed text at (r, c), merges resolved.
func (g *grid) raw(r, c int) string { return g.Resolved(r, c) }

// ref is the A1 name of the cell that holds (r, c)'s value.
func (g *grid) ref(r, c int) string { return g.Ref(r, c) }

// rightEdge is the last column of the merge starting at (r, c), or c.
func (g *grid) rightEdge(r, c int) int { return g.RightEdge(r, c) }

// width is the widest row in [top, bottom], capped at maxCols.
func (g *grid) width(top, bottom int) int { return g.Width(top, bottom) }

// fewCells reports whether row r holds between 1 and limit non-empty
// anchor cells, without building the list: most rows of a big sheet fail
// this and cost nothing more.
func (g *grid) fewCells(r, width, limit int) bool {
	n := 0
	row := g.sh.Rows[r-1]
	for c := 1; c <= width && c <= len(row); c++ {
		if row[c-1] == "" || g.isCovered(r, c) || trim.Space(row[c-1]) == "" {
			continue
		}
		if n++; n > limit {
			return false
		}
	}
	return n > 0
}

// cells lists the non-empty anchor cells of row r, left to right.
func (g *grid) cells(r, width int) []int { return g.appendCells(nil, r, width) }

// appendCells appends the non-empty anchor cells of row r to out: the
// readers that go row by row reuse one slice.
func (g *grid) appendCells(out []int, r, width int) []int {
	for c := 1; c <= width; c++ {
		if g.isCovered(r, c) {
			continue
		}
		if trim.Space(g.sh.Value(r, c)) != "" {
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
		if trim.Space(g.sh.Value(r, x)) != "" {
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
