package rules

import (
	"sort"
	"strconv"
	"strings"

	"reportcheck/internal/locate"
	"reportcheck/internal/report"
)

// group ranks findings so one underlying mistake does not flood the list.
// An error's cells are its own cell and its related cells; a cell shared by
// two or more failing identities is the likely cause (a mistyped amount
// breaks its row, its parent and its cross-table twin at once). Findings that
// share it form one group: the one reported at that cell first, the others
// marked as consequences.
func group(fs []report.Finding, res *locate.Result) []report.Finding {
	key := func(f *report.Finding, c string) string {
		if i := strings.LastIndexByte(c, '!'); i >= 0 {
			sheet := c[:i]
			if len(sheet) >= 2 && sheet[0] == '\'' && sheet[len(sheet)-1] == '\'' {
				sheet = strings.ReplaceAll(sheet[1:len(sheet)-1], "''", "'")
			}
			return sheet + "!" + c[i+1:]
		}
		return f.Sheet + "!" + c
	}
	count := map[string]int{}
	assigned := make([]bool, len(fs))
	for i := range fs {
		f := &fs[i]
		if f.Cause != "" {
			assigned[i] = true // already grouped (under a unit, unit.go)
			continue
		}
		if f.Severity != report.Error || f.Cell == "" {
			continue
		}
		for _, c := range append([]string{f.Cell}, f.Cells...) {
			count[key(f, c)]++
		}
	}
	for {
		best, bestN := "", 1
		for i := range fs {
			f := &fs[i]
			if assigned[i] || f.Severity != report.Error || f.Cell == "" {
				continue
			}
			for _, c := range append([]string{f.Cell}, f.Cells...) {
				k := key(f, c)
				if n := count[k]; n > bestN || (n == bestN && n > 1 && k < best) {
					best, bestN = k, n
				}
			}
		}
		if best == "" {
			break
		}
		var members []int
		for i := range fs {
			f := &fs[i]
			if assigned[i] || f.Severity != report.Error {
				continue
			}
			for _, c := range append([]string{f.Cell}, f.Cells...) {
				if key(f, c) == best {
					members = append(members, i)
					break
				}
			}
		}
		// The finding reported at the suspect cell leads; else the first.
		lead := members[0]
		for _, i := range members {
			if key(&fs[i], fs[i].Cell) == best {
				lead = i
				break
			}
		}
		for _, i := range members {
			assigned[i] = true
			fs[i].Cause = best
			if i != lead {
				fs[i].Consequence = true
			}
		}
		for _, i := range members { // a cell counts for one group only
			f := &fs[i]
			for _, c := range append([]string{f.Cell}, f.Cells...) {
				count[key(f, c)]--
			}
		}
	}
	order := map[string]int{}
	for i, t := range res.Tables {
		order[t.Sheet+"/"+t.Form] = i
	}
	pos := func(f *report.Finding) int {
		if n, ok := order[f.Sheet+"/"+f.Form]; ok {
			return n
		}
		return len(order)
	}
	// Order: severity, then table order, then cause groups kept together
	// with their lead first, then position on the sheet.
	leadOf := map[string]int{}
	for i := range fs {
		if fs[i].Cause != "" && !fs[i].Consequence {
			leadOf[fs[i].Cause] = i
		}
	}
	anchor := func(i int) int {
		if fs[i].Cause != "" {
			if l, ok := leadOf[fs[i].Cause]; ok {
				return l
			}
		}
		return i
	}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		fa, fb := &fs[anchor(idx[a])], &fs[anchor(idx[b])]
		if ra, rb := fa.Severity.Rank(), fb.Severity.Rank(); ra != rb {
			return ra < rb
		}
		if pa, pb := pos(fa), pos(fb); pa != pb {
			return pa < pb
		}
		if ca, cb := cellOrder(fa.Cell), cellOrder(fb.Cell); ca != cb {
			return ca < cb
		}
		if anchor(idx[a]) != anchor(idx[b]) {
			return anchor(idx[a]) < anchor(idx[b])
		}
		return !fs[idx[a]].Consequence && fs[idx[b]].Consequence
	})
	out := make([]report.Finding, len(fs))
	for i, j := range idx {
		out[i] = fs[j]
	}
	return out
}

// cellOrder sorts A1 names by row, then column.
func cellOrder(a1 string) int {
	col, row := 0, 0
	for i := 0; i < len(a1); i++ {
		c := a1[i]
		switch {
		case c >= 'A' && c <= 'Z':
			col = col*26 + int(c-'A'+1)
		case c >= '0' && c <= '9':
			n, _ := strconv.Atoi(a1[i:])
			row = n
			i = len(a1)
		}
	}
	return row*1000 + col
}
