package workbook

import (
	"math/rand/v2"
	"testing"
)

func TestMergeIndex(t *testing.T) {
	x := NewMergeIndex([]Merge{{Top: 2, Left: 2, Bottom: 3, Right: 4}, {Top: 5, Left: 1, Bottom: 5, Right: 2}})
	for _, c := range []struct {
		r, c     int
		covered  bool
		top, lft int
	}{
		{2, 2, false, 0, 0}, // a top-left is not covered
		{2, 3, true, 2, 2},
		{3, 4, true, 2, 2},
		{3, 5, false, 0, 0},
		{4, 2, false, 0, 0},
		{5, 2, true, 5, 1},
		{1, 1, false, 0, 0},
		{99, 1, false, 0, 0},
	} {
		m, ok := x.CoveredBy(c.r, c.c)
		if ok != c.covered || ok && (m.Top != c.top || m.Left != c.lft) {
			t.Errorf("CoveredBy(%d, %d) = %v, %v", c.r, c.c, m, ok)
		}
	}
	if m, ok := x.StartingAt(2, 2); !ok || m.Right != 4 {
		t.Errorf("StartingAt(2, 2) = %v, %v", m, ok)
	}
	if _, ok := x.StartingAt(2, 3); ok {
		t.Error("StartingAt(2, 3) found a merge")
	}
	if NewMergeIndex(nil).Len() != 0 {
		t.Error("empty index")
	}
	if _, ok := NewMergeIndex(nil).CoveredBy(1, 1); ok {
		t.Error("empty index covers a cell")
	}
}

// TestMergeIndexAsMaps holds the index to the maps it replaced: a map of
// every covered cell to its merge's top-left, and of every top-left to its
// merge, each filled in order (later merges win), overlaps included.
func TestMergeIndexAsMaps(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var merges []Merge
		for range rng.IntN(12) {
			top, left := 1+rng.IntN(20), 1+rng.IntN(8)
			merges = append(merges, Merge{Top: top, Left: left, Bottom: top + rng.IntN(4), Right: left + rng.IntN(4)})
		}
		covered, starts := map[[2]int]Merge{}, map[[2]int]Merge{}
		for _, m := range merges {
			starts[[2]int{m.Top, m.Left}] = m
			for r := m.Top; r <= m.Bottom; r++ {
				for c := m.Left; c <= m.Right; c++ {
					if r != m.Top || c != m.Left {
						covered[[2]int{r, c}] = m
					}
				}
			}
		}
		x := NewMergeIndex(merges)
		for r := 0; r <= 26; r++ {
			for c := 0; c <= 14; c++ {
				want, wok := covered[[2]int{r, c}]
				if got, ok := x.CoveredBy(r, c); ok != wok || got != want {
					t.Fatalf("%v: CoveredBy(%d, %d) = %v, %v; want %v, %v", merges, r, c, got, ok, want, wok)
				}
				want, wok = starts[[2]int{r, c}]
				if got, ok := x.StartingAt(r, c); ok != wok || got != want {
					t.Fatalf("%v: StartingAt(%d, %d) = %v, %v; want %v, %v", merges, r, c, got, ok, want, wok)
				}
			}
		}
	}
}
