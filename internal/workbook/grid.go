package workbook

import "reportcheck/internal/trim"

// GridOptions bounds the merges a Grid resolves.
type GridOptions struct {
	// MaxCols clips merges to this many columns (a merge starting further
	// right is dropped) and caps Width; 0 keeps every column.
	MaxCols int
	// MaxMergeCells drops a merge covering more cells than this, as written
	// (before clipping): a hostile merge over a whole sheet is not a header.
	// 0 drops none.
	MaxMergeCells int
}

// Grid reads a sheet with its merged ranges resolved: a cell covered by a
// merge reads as the merge's top-left cell (its anchor). Merges that start
// outside the sheet's rows or are malformed cover nothing, and a merge
// reaching below the last row is clipped to it: there is nothing to read
// there.
type Grid struct {
	sh      *Sheet
	rows    int
	maxCols int
	merges  *MergeIndex
}

// NewGrid resolves sh's merges under opts.
func NewGrid(sh *Sheet, opts GridOptions) *Grid {
	g := &Grid{sh: sh, rows: len(sh.Rows), maxCols: opts.MaxCols}
	var merges []Merge
	for _, m := range sh.Merges {
		if m.Top < 1 || m.Left < 1 || m.Bottom < m.Top || m.Right < m.Left || m.Top > g.rows {
			continue
		}
		if opts.MaxMergeCells > 0 && (m.Bottom-m.Top+1)*(m.Right-m.Left+1) > opts.MaxMergeCells {
			continue
		}
		m.Bottom = min(m.Bottom, g.rows)
		if opts.MaxCols > 0 {
			if m.Left > opts.MaxCols {
				continue
			}
			m.Right = min(m.Right, opts.MaxCols)
		}
		merges = append(merges, m)
	}
	g.merges = NewMergeIndex(merges)
	return g
}

// Sheet is the sheet read.
func (g *Grid) Sheet() *Sheet { return g.sh }

// Rows is the sheet's number of rows.
func (g *Grid) Rows() int { return g.rows }

// Merges is the number of merges resolved (after dropping).
func (g *Grid) Merges() int { return g.merges.Len() }

// CoveredBy is the (clipped) merge covering (r, c) anywhere but at its
// top-left.
func (g *Grid) CoveredBy(r, c int) (Merge, bool) { return g.merges.CoveredBy(r, c) }

// Covered reports whether (r, c) lies inside a merge but is not its top-left.
func (g *Grid) Covered(r, c int) bool {
	_, ok := g.merges.CoveredBy(r, c)
	return ok
}

// CoveredFromAbove reports whether (r, c) continues a merge begun on an
// earlier row.
func (g *Grid) CoveredFromAbove(r, c int) bool {
	m, ok := g.merges.CoveredBy(r, c)
	return ok && m.Top < r
}

// Anchor returns the top-left of the merge covering (r, c), or (r, c).
func (g *Grid) Anchor(r, c int) (int, int) {
	if m, ok := g.merges.CoveredBy(r, c); ok {
		return m.Top, m.Left
	}
	return r, c
}

// Ref is the A1 name of the cell that holds (r, c)'s value: its anchor.
func (g *Grid) Ref(r, c int) string { return CellName(g.Anchor(r, c)) }

// RightEdge is the last (clipped) column of the merge starting at (r, c), or c.
func (g *Grid) RightEdge(r, c int) int {
	if m, ok := g.merges.StartingAt(r, c); ok {
		return m.Right
	}
	return c
}

// Own is the trimmed text of the cell itself, merges not resolved: a
// covered cell reads as whatever it holds (usually nothing).
func (g *Grid) Own(r, c int) string { return trim.Space(g.sh.Value(r, c)) }

// Resolved is the trimmed text shown at (r, c): its anchor's.
func (g *Grid) Resolved(r, c int) string { return trim.Space(g.sh.Value(g.Anchor(r, c))) }

// Width is the length of the longest row in [top, bottom], capped at
// MaxCols when set.
func (g *Grid) Width(top, bottom int) int {
	w := 0
	for r := max(top, 1); r <= bottom && r <= g.rows; r++ {
		w = max(w, len(g.sh.Rows[r-1]))
	}
	if g.maxCols > 0 {
		w = min(w, g.maxCols)
	}
	return w
}
