package workbook

import (
	"strconv"
	"testing"
)

func gridSheet(merges ...Merge) *Sheet {
	return &Sheet{Name: "s", Rows: [][]string{
		{" 标题 ", "", "", "x"},
		{"a", " b ", "", ""},
		{"", "", "c"},
	}, Merges: merges}
}

func TestGridResolvesMerges(t *testing.T) {
	g := NewGrid(gridSheet(Merge{Top: 1, Left: 1, Bottom: 1, Right: 3}, Merge{Top: 2, Left: 2, Bottom: 3, Right: 2}), GridOptions{})
	if g.Sheet() == nil || g.Rows() != 3 || g.Merges() != 2 {
		t.Fatalf("sheet %v rows %d merges %d", g.Sheet(), g.Rows(), g.Merges())
	}
	if r, c := g.Anchor(1, 3); r != 1 || c != 1 {
		t.Errorf("Anchor(1,3) = %d,%d", r, c)
	}
	if r, c := g.Anchor(2, 1); r != 2 || c != 1 {
		t.Errorf("Anchor(2,1) = %d,%d", r, c)
	}
	if g.Covered(1, 1) || !g.Covered(1, 2) || !g.Covered(3, 2) || g.Covered(1, 4) {
		t.Error("Covered wrong")
	}
	if m, ok := g.CoveredBy(3, 2); !ok || m.Top != 2 {
		t.Errorf("CoveredBy(3,2) = %v %v", m, ok)
	}
	if g.CoveredFromAbove(1, 2) || !g.CoveredFromAbove(3, 2) || g.CoveredFromAbove(2, 2) {
		t.Error("CoveredFromAbove wrong")
	}
	if g.RightEdge(1, 1) != 3 || g.RightEdge(1, 4) != 4 {
		t.Errorf("RightEdge = %d, %d", g.RightEdge(1, 1), g.RightEdge(1, 4))
	}
	if g.Own(1, 2) != "" || g.Own(1, 1) != "标题" || g.Own(2, 2) != "b" {
		t.Errorf("Own = %q %q %q", g.Own(1, 2), g.Own(1, 1), g.Own(2, 2))
	}
	if g.Resolved(1, 3) != "标题" || g.Resolved(3, 2) != "b" || g.Resolved(3, 3) != "c" {
		t.Errorf("Resolved = %q %q %q", g.Resolved(1, 3), g.Resolved(3, 2), g.Resolved(3, 3))
	}
	if g.Ref(3, 2) != "B2" || g.Ref(3, 3) != "C3" {
		t.Errorf("Ref = %s %s", g.Ref(3, 2), g.Ref(3, 3))
	}
	if g.Width(1, 3) != 4 || g.Width(3, 3) != 3 || g.Width(0, 9) != 4 || g.Width(5, 9) != 0 {
		t.Errorf("Width = %d %d %d %d", g.Width(1, 3), g.Width(3, 3), g.Width(0, 9), g.Width(5, 9))
	}
}

func TestGridDropsAndClips(t *testing.T) {
	bad := []Merge{
		{Top: 0, Left: 1, Bottom: 1, Right: 2}, // above the sheet
		{Top: 1, Left: 0, Bottom: 1, Right: 2}, // left of it
		{Top: 2, Left: 1, Bottom: 1, Right: 2}, // upside down
		{Top: 1, Left: 3, Bottom: 1, Right: 2}, // reversed
		{Top: 4, Left: 1, Bottom: 5, Right: 2}, // below the last row
	}
	g := NewGrid(gridSheet(bad...), GridOptions{})
	if g.Merges() != 0 {
		t.Errorf("kept %d malformed merges", g.Merges())
	}

	// A merge reaching below the last row is clipped to it.
	g = NewGrid(gridSheet(Merge{Top: 2, Left: 1, Bottom: 100, Right: 1}), GridOptions{})
	if m, ok := g.CoveredBy(3, 1); !ok || m.Bottom != 3 {
		t.Errorf("CoveredBy(3,1) = %v %v", m, ok)
	}

	// MaxMergeCells counts the merge as written, before clipping.
	huge := Merge{Top: 1, Left: 1, Bottom: 1000, Right: 10}
	if g := NewGrid(gridSheet(huge), GridOptions{MaxMergeCells: 4096}); g.Merges() != 0 || g.Covered(2, 1) {
		t.Error("a merge over 10000 cells was kept")
	}
	if g := NewGrid(gridSheet(Merge{Top: 1, Left: 1, Bottom: 64, Right: 64}), GridOptions{MaxMergeCells: 4096}); g.Merges() != 1 {
		t.Error("a merge over exactly 4096 cells was dropped")
	}
	if g := NewGrid(gridSheet(huge), GridOptions{}); !g.Covered(3, 10) {
		t.Error("without a cap a big merge is resolved")
	}

	// MaxCols clips merges and Width; a merge starting beyond it is dropped.
	g = NewGrid(gridSheet(Merge{Top: 1, Left: 1, Bottom: 1, Right: 30}, Merge{Top: 2, Left: 3, Bottom: 2, Right: 4}), GridOptions{MaxCols: 2})
	if g.Merges() != 1 || g.RightEdge(1, 1) != 2 || g.Covered(1, 3) || !g.Covered(1, 2) {
		t.Errorf("MaxCols: merges %d right edge %d", g.Merges(), g.RightEdge(1, 1))
	}
	if g.Width(1, 3) != 2 {
		t.Errorf("Width capped = %d", g.Width(1, 3))
	}
}

// CellName's cache of names gives what formatting gives, inside and at the
// edges of the rows and columns it keeps.
func TestCellNameCached(t *testing.T) {
	for _, row := range []int{1, 2, 9, 10, 99, 100, cachedRows - 1, cachedRows, cachedRows + 1, 1048576} {
		for _, col := range []int{1, 2, 26, 27, cachedCols - 1, cachedCols, cachedCols + 1, 16384} {
			want := ColName(col) + strconv.Itoa(row)
			for range 2 { // made, then cached
				if got := CellName(row, col); got != want {
					t.Fatalf("CellName(%d, %d) = %q, want %q", row, col, got, want)
				}
			}
		}
	}
}
