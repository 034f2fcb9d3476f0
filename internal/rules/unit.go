package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
	"reportcheck/internal/report"
	"reportcheck/internal/workbook"
)

// A table filled in one unit but labelled another (元 under 金额单位：万元)
// breaks every equality it shares with the other tables by one power of ten,
// while its own identities still hold (they are unit-free). One failing
// pair cannot say which of its two tables is wrong — the old S0005 blamed
// whichever read smaller, so a table in 元 had its mistake pinned on every
// table it was compared with. The whole workbook can: the tables that agree
// among themselves are right, and a table that differs from them all by the
// same factor is the odd one. It is reported once (S0016) at its unit label,
// and every finding the factor explains is filed under it.

// comparison is one evaluated identity kept for that analysis: every
// cross-table one (those that hold tell which tables agree) and every other
// one that failed (it may be a consequence of a unit).
type comparison struct {
	lhs, rhs []operand
	op       op
	holds    bool // equal, or within rounding, as read
	both     bool // amounts on both sides (a zero side says nothing of units)
	out      int  // its finding in ev.out; -1 when none was reported
}

// unitNames are the money units a table may be filled in, by their power of
// ten in 元. A table's label is 元 or 万元 (package amount reads no other);
// the amounts under it may be in any of these.
var unitNames = map[int32]string{0: "元", 3: "千元", 4: "万元", 8: "亿元"}

// labelPower is the power of ten in 元 of the unit a table is read in (a
// table without a label is read in 万元).
func labelPower(u amount.Unit) int32 {
	if u == amount.Yuan {
		return 0
	}
	return 4
}

// maxShift bounds the factors tried: 10^8 is 元 against 亿元.
const maxShift = 8

// record keeps a comparison for the unit analysis, with its own copy of
// the operands: the evaluator reuses its buffers for the next comparison.
func (ev *evaluator) record(lhs, rhs []operand, o op, v verdict) {
	ev.cmps = append(ev.cmps, comparison{lhs: slices.Clone(lhs), rhs: slices.Clone(rhs), op: o, holds: v.holds, both: v.both, out: v.out})
}

// tableOf is the one table every operand of a side is in; nil when mixed.
func tableOf(ops []operand) *locate.Table {
	var t *locate.Table
	for _, o := range ops {
		switch {
		case t == nil:
			t = o.table
		case o.table != t:
			return nil
		}
	}
	return t
}

// holdsWith tells whether c holds once the amounts of each table t are read
// 10^shift(t) times smaller, within the rounding of the amounts as they
// would then be shown (a table in 元 shows four more decimals of 万元).
func (c *comparison) holdsWith(shift func(*locate.Table) int32) bool {
	var terms []amount.Term
	total := func(ops []operand) decimal.Decimal {
		s := decimal.Zero
		for _, o := range ops {
			if o.cell == nil {
				continue
			}
			k := shift(o.table)
			v := o.cell.Wan.Shift(-k)
			if o.cell.Value.Kind == amount.Number {
				terms = append(terms, amount.Term{Dec: v, Places: o.cell.Places + k, Shown: shownPlaces(o.table) + k})
			}
			if o.sign < 0 {
				v = v.Neg()
			}
			s = s.Add(v)
		}
		return s
	}
	actual, expected := total(c.lhs), total(c.rhs)
	if c.op == opLE {
		slack := decimal.Zero
		for _, t := range terms {
			slack = slack.Add(decimal.New(5, -t.Shown-1))
		}
		return actual.Sub(expected).LessThanOrEqual(slack)
	}
	v, _ := amount.Compare(expected, actual, terms)
	return v != amount.Differs
}

// pair is what the comparisons between two tables say about their units.
type pair struct {
	a, b    *locate.Table // a's form sorts first
	agree   int           // equalities that hold with amounts on both sides
	leHolds int           // inequalities that hold with amounts on both sides
	failing []int         // comparisons that fail, as indexes into ev.cmps
	strong  bool          // one of them an equality with amounts on both sides
	// shift is the relation found: a's amounts read 10^shift times b's (0:
	// they agree); ok tells whether there is one.
	shift int32
	ok    bool
}

// only shifts table t by k.
func only(t *locate.Table, k int32) func(*locate.Table) int32 {
	return func(x *locate.Table) int32 {
		if x == t {
			return k
		}
		return 0
	}
}

// pairs gathers the cross-table comparisons by the two tables they join and
// finds each pair's relation: they agree (an equality holds with amounts on
// both sides), or every equality between them fails and one factor explains
// most of what fails and no equality holds.
func (ev *evaluator) pairs() []*pair {
	byKey := map[[2]*locate.Table]*pair{}
	var out []*pair
	for i := range ev.cmps {
		c := &ev.cmps[i]
		lt, rt := tableOf(c.lhs), tableOf(c.rhs)
		if lt == nil || rt == nil || lt == rt {
			continue
		}
		a, b := lt, rt
		if b.Form < a.Form {
			a, b = b, a
		}
		p := byKey[[2]*locate.Table{a, b}]
		if p == nil {
			p = &pair{a: a, b: b}
			byKey[[2]*locate.Table{a, b}] = p
			out = append(out, p)
		}
		both := c.both
		switch {
		case c.holds && both && c.op == opEq:
			p.agree++
		case c.holds && both:
			p.leHolds++
		case !c.holds:
			p.failing = append(p.failing, i)
			p.strong = p.strong || (both && c.op == opEq)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].a.Form != out[j].a.Form {
			return out[i].a.Form < out[j].a.Form
		}
		return out[i].b.Form < out[j].b.Form
	})
	for _, p := range out {
		switch {
		case p.agree > 0:
			p.ok = true
		case p.strong:
			best, bestN := int32(0), 0
			for k := int32(-maxShift); k <= maxShift; k++ {
				if k == 0 {
					continue
				}
				n := 0
				for _, i := range p.failing {
					if ev.cmps[i].holdsWith(only(p.a, k)) {
						n++
					}
				}
				if n > bestN {
					best, bestN = k, n
				}
			}
			// Most of what fails between them, explained by one factor: a
			// few other mistakes may stand beside a unit, but not outnumber it.
			if bestN > len(p.failing)-bestN {
				p.shift, p.ok = best, true
			}
		}
	}
	return out
}

// unitShifts finds, for every table it can, how many powers of ten its
// amounts read away from the tables that are right: 0 for those, nonzero for
// a table filled in another unit than its label. The pairs' relations are
// constraints (shift(a) − shift(b) = relation) solved over each connected
// set of tables; the level most tables share is "right" when at least two
// tables and at least twice as many as the others share it — a tie (two
// tables alone, half against half) says nothing.
func (ev *evaluator) unitShifts(ps []*pair) map[*locate.Table]int32 {
	type edge struct {
		to    *locate.Table
		shift int32 // shift(from) − shift(to)
	}
	adj := map[*locate.Table][]edge{}
	for _, p := range ps {
		if p.ok {
			adj[p.a] = append(adj[p.a], edge{p.b, p.shift})
			adj[p.b] = append(adj[p.b], edge{p.a, -p.shift})
		}
	}
	known := map[*locate.Table]int32{}
	seen := map[*locate.Table]bool{}
	for _, root := range ev.res.Tables {
		if seen[root] || len(adj[root]) == 0 {
			continue
		}
		rel := map[*locate.Table]int32{root: 0}
		order := []*locate.Table{root}
		seen[root] = true
		consistent := true
		for q := 0; q < len(order); q++ {
			t := order[q]
			for _, e := range adj[t] {
				want := rel[t] - e.shift
				if r, ok := rel[e.to]; ok {
					consistent = consistent && r == want
					continue
				}
				rel[e.to] = want
				seen[e.to] = true
				order = append(order, e.to)
			}
		}
		if !consistent {
			continue // contradictory relations: no unit can be named
		}
		count := map[int32]int{}
		for _, t := range order {
			count[rel[t]]++
		}
		level, n, tie := int32(0), 0, false
		for _, t := range order { // in table order: deterministic
			switch c := count[rel[t]]; {
			case c > n:
				level, n, tie = rel[t], c, false
			case c == n && rel[t] != level:
				tie = true
			}
		}
		if tie || n < 2 || n < 2*(len(order)-n) {
			continue
		}
		for _, t := range order {
			known[t] = rel[t] - level
		}
	}
	// A table joined to the right ones by inequalities only (三公 by the
	// 06 items it must not be smaller than) is shifted when every one of
	// them fails, at least two, and reading it 10000 times smaller or
	// larger mends them all; an inequality cannot tell 千元 from 元, so
	// only the 元/万元 factor is tried.
	weak := map[*locate.Table][]int{}
	for _, p := range ps {
		if p.ok || p.strong || p.leHolds > 0 || len(p.failing) == 0 {
			continue
		}
		for _, x := range [][2]*locate.Table{{p.a, p.b}, {p.b, p.a}} {
			if s, ok := known[x[1]]; ok && s == 0 && len(adj[x[0]]) == 0 {
				weak[x[0]] = append(weak[x[0]], p.failing...)
			}
		}
	}
	for _, t := range ev.res.Tables {
		failing := weak[t]
		if len(failing) < 2 {
			continue
		}
		for _, k := range []int32{4, -4} {
			all := true
			for _, i := range failing {
				all = all && ev.cmps[i].holdsWith(only(t, k))
			}
			if all {
				known[t] = k
				break
			}
		}
	}
	return known
}

// unitCauses reports each table whose amounts read a power of ten away
// from the tables that agree (S0016) at its unit label, and files under it
// every finding that holds once its amounts are read in the unit they seem
// to be in. A failing cross-table equality between two tables a factor
// apart that no table can be blamed for says so in its message.
func (ev *evaluator) unitCauses() {
	ps := ev.pairs()
	shifts := ev.unitShifts(ps)
	type cause struct {
		t        *locate.Table
		shift    int32
		unit     string
		key      string
		cell     string
		n        int // findings filed under it
		partners []*locate.Table
		related  []string
	}
	var causes []*cause
	byTable := map[*locate.Table]*cause{}
	if ev.p.Enabled("S0016") {
		for _, t := range ev.res.Tables {
			k, ok := shifts[t]
			if !ok || k == 0 {
				continue
			}
			unit, plausible := unitNames[labelPower(t.Unit)-k]
			if !plausible {
				continue // ten times off is a slipped decimal point, not a unit
			}
			cell := firstNonEmpty(t.UnitCell, t.FormCell, workbook.CellName(t.Top, t.Left))
			c := &cause{t: t, shift: k, unit: unit, cell: cell, key: t.Sheet + "!" + cell}
			causes = append(causes, c)
			byTable[t] = c
		}
	}
	shift := func(t *locate.Table) int32 {
		if c := byTable[t]; c != nil {
			return c.shift
		}
		return 0
	}
	explained := map[int]bool{}
	for i := range ev.cmps {
		c := &ev.cmps[i]
		if c.holds || c.out < 0 || ev.out[c.out].Severity != report.Error {
			continue
		}
		var by *cause
		for _, o := range append(append([]operand{}, c.lhs...), c.rhs...) {
			if by = byTable[o.table]; by != nil {
				break
			}
		}
		if by == nil || !c.holdsWith(shift) {
			continue
		}
		f := &ev.out[c.out]
		f.Cause, f.Consequence = by.key, true
		explained[c.out] = true
		by.n++
		// Each table it disagrees with, named once, with the first of its
		// cells that disagree.
		for _, o := range append(append([]operand{}, c.lhs...), c.rhs...) {
			if o.table == by.t || o.cell == nil || containsTable(by.partners, o.table) {
				continue
			}
			by.partners = append(by.partners, o.table)
			by.related = append(by.related, cellRef(by.t.Sheet, o.cell))
		}
	}
	// A factor that no table could be blamed for is still worth saying.
	for _, p := range ps {
		if !p.ok || p.shift == 0 {
			continue
		}
		factor := decimal.New(1, abs32(p.shift)).String()
		for _, i := range p.failing {
			c := &ev.cmps[i]
			if c.out < 0 || explained[c.out] || c.op != opEq || !c.holdsWith(only(p.a, p.shift)) {
				continue
			}
			ev.out[c.out].Message += "；两表金额相差 " + factor + " 倍，可能有一张表的金额单位标错"
		}
	}
	s16 := byID("S0016")
	for _, c := range causes {
		if c.n == 0 {
			continue
		}
		t := c.t
		label := "表头标为" + t.Unit.String()
		if t.Unit == amount.UnitUnknown {
			label = "表头未写明金额单位（按万元核对）"
		}
		idx := make([]int, len(c.partners))
		for i := range idx {
			idx[i] = i
		}
		sort.Slice(idx, func(i, j int) bool { return c.partners[idx[i]].Form < c.partners[idx[j]].Form })
		names, related := make([]string, len(idx)), make([]string, len(idx))
		for i, j := range idx {
			names[i], related[i] = c.partners[j].Label(), c.related[j]
		}
		way := "偏大"
		if c.shift < 0 {
			way = "偏小"
		}
		ev.out = append(ev.out, report.Finding{Rule: s16.ID, Severity: s16.Severity, Title: s16.Title, Form: t.Form,
			Sheet: t.Sheet, Cell: c.cell, Cells: related, Cause: c.key,
			Expected: "1", Actual: decimal.New(1, c.shift).String(),
			Message: fmt.Sprintf("%s金额似乎以%s填列，但%s：与%s比较均相差 %s 倍（本表%s）。由此引起的不符归在本条之下；请按实际单位改正表头或金额",
				t.Label(), c.unit, label, strings.Join(names, "、"), decimal.New(1, abs32(c.shift)).String(), way)})
		// The unit mix this table shows (S0004) is the same mistake.
		for i := range ev.out {
			if f := &ev.out[i]; f.Rule == "S0004" && f.Form == t.Form && f.Sheet == t.Sheet && f.Cause == "" {
				f.Cause, f.Consequence = c.key, true
			}
		}
	}
}

func containsTable(ts []*locate.Table, t *locate.Table) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func abs32(k int32) int32 {
	if k < 0 {
		return -k
	}
	return k
}

// Attach files findings of other checks that compare a table's amounts with
// theirs (the 绩效自评表 against the 05/03 totals) under that table's unit
// cause when the two amounts differ by its factor, and returns the table
// findings with the others, each one filed under a cause placed after the
// rest of its cause's group.
func Attach(table, others []report.Finding) []report.Finding {
	type unitCause struct {
		sheet, key string
		shift      int32
	}
	var causes []unitCause
	for _, f := range table {
		if f.Rule != "S0016" || f.Consequence {
			continue
		}
		factor, err := decimal.NewFromString(f.Actual)
		if err != nil {
			continue
		}
		for k := int32(-maxShift); k <= maxShift; k++ {
			if k != 0 && decimal.New(1, k).Equal(factor) {
				causes = append(causes, unitCause{f.Sheet, f.Cause, k})
			}
		}
	}
	if len(causes) == 0 {
		return append(table, others...)
	}
	filed := map[string][]report.Finding{}
	var rest []report.Finding
	for _, o := range others {
		key := ""
		if o.Severity == report.Error && o.Cause == "" {
			for _, c := range causes {
				if refersTo(o, c.sheet) && offBy(o.Expected, o.Actual, c.shift) {
					key = c.key
					break
				}
			}
		}
		if key == "" {
			rest = append(rest, o)
			continue
		}
		o.Cause, o.Consequence = key, true
		filed[key] = append(filed[key], o)
	}
	out := make([]report.Finding, 0, len(table)+len(others))
	for i, f := range table {
		out = append(out, f)
		if f.Cause != "" && (i+1 == len(table) || table[i+1].Cause != f.Cause) {
			out = append(out, filed[f.Cause]...)
			delete(filed, f.Cause)
		}
	}
	for _, c := range causes { // a cause always leads its group; kept should it not
		out = append(out, filed[c.key]...)
		delete(filed, c.key)
	}
	return append(out, rest...)
}

// refersTo tells whether a finding is at, or names a related cell on, sheet.
func refersTo(f report.Finding, sheet string) bool {
	if f.Sheet == sheet {
		return true
	}
	for _, c := range f.Cells {
		i := strings.LastIndexByte(c, '!')
		if i < 0 {
			continue
		}
		s := c[:i]
		if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
			s = strings.ReplaceAll(s[1:len(s)-1], "''", "'")
		}
		if s == sheet {
			return true
		}
	}
	return false
}

// offBy tells whether one of two amounts (万元, shown with two decimals) is
// the other one read 10^shift times too large, within rounding.
func offBy(expected, actual string, shift int32) bool {
	e, err1 := decimal.NewFromString(expected)
	a, err2 := decimal.NewFromString(actual)
	if err1 != nil || err2 != nil || e.IsZero() || a.IsZero() {
		return false
	}
	for _, x := range [][2]decimal.Decimal{{e, a}, {a, e}} {
		terms := []amount.Term{{Dec: x[0].Shift(-shift), Shown: 2 + shift}, {Dec: x[1], Shown: 2}}
		if v, _ := amount.Compare(x[1], x[0].Shift(-shift), terms); v != amount.Differs {
			return true
		}
	}
	return false
}
