package workbook

// MergeIndex finds the merged range a cell lies in. It keeps, for each row
// the merges reach, the merges covering that row, in the order given: a
// sheet row holds only a few merges, while a map of every covered cell cost
// a third of reading the seed's twelve 自评表 (hashing cell keys is dear in
// wasm).
type MergeIndex struct {
	merges   []Merge
	firstRow int       // the row byRow[0] stands for
	byRow    [][]int32 // indices into merges
}

// NewMergeIndex indexes merges as given (callers clip or drop what they
// will not read first). Of overlapping merges, which Excel does not write,
// lookups answer with the last, as a map filled in that order would.
func NewMergeIndex(merges []Merge) *MergeIndex {
	x := &MergeIndex{merges: merges}
	if len(merges) == 0 {
		return x
	}
	first, last := merges[0].Top, merges[0].Bottom
	for _, m := range merges {
		first, last = min(first, m.Top), max(last, m.Bottom)
	}
	x.firstRow = first
	x.byRow = make([][]int32, last-first+1)
	for i, m := range merges {
		for r := m.Top; r <= m.Bottom; r++ {
			x.byRow[r-first] = append(x.byRow[r-first], int32(i))
		}
	}
	return x
}

// Len is the number of merges indexed.
func (x *MergeIndex) Len() int { return len(x.merges) }

func (x *MergeIndex) row(r int) []int32 {
	i := r - x.firstRow
	if i < 0 || i >= len(x.byRow) {
		return nil
	}
	return x.byRow[i]
}

// CoveredBy is the merge covering (r, c) anywhere but at its top-left.
func (x *MergeIndex) CoveredBy(r, c int) (Merge, bool) {
	var found Merge
	ok := false
	for _, k := range x.row(r) {
		m := x.merges[k]
		if c >= m.Left && c <= m.Right && (r != m.Top || c != m.Left) {
			found, ok = m, true
		}
	}
	return found, ok
}

// StartingAt is the merge whose top-left is (r, c).
func (x *MergeIndex) StartingAt(r, c int) (Merge, bool) {
	var found Merge
	ok := false
	for _, k := range x.row(r) {
		if m := x.merges[k]; m.Top == r && m.Left == c {
			found, ok = m, true
		}
	}
	return found, ok
}
