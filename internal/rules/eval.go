// Package rules holds the catalogue of table rules (as data, in a notation
// over the canonical row and column keys of package template) and the one
// evaluator that runs them over recognised tables of any template.
package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
)

// Context is what the rules need to know about the rest of the workbook.
type Context struct {
	// KPITables counts the 绩效自评表 found: a workbook of those alone is not
	// missing its nine tables (S0008).
	KPITables int
}

// Evaluate runs every enabled table rule and returns the findings, ordered
// so that the likely cause of a mistake comes before its consequences.
func Evaluate(res *locate.Result, p *profile.Profile, ctx ...Context) []report.Finding {
	if p == nil {
		p = profile.Default()
	}
	ev := &evaluator{res: res, p: p}
	if len(ctx) > 0 {
		ev.ctx = ctx[0]
	}
	for _, r := range Catalogue {
		if !p.Enabled(r.ID) || r.Retired != "" {
			continue
		}
		switch r.kind {
		case kindIdentity:
			ev.identity(r)
		case kindHierarchy:
			ev.hierarchy(r)
		}
	}
	ev.structure()
	ev.unitCauses()
	for i := range ev.out {
		if s, ok := p.Severity[ev.out[i].Rule]; ok && ev.out[i].Severity != report.Info {
			ev.out[i].Severity = report.Severity(s)
		}
	}
	return group(ev.out, res)
}

type evaluator struct {
	res *locate.Result
	p   *profile.Profile
	ctx Context
	out []report.Finding
	// cmps are the comparisons the unit analysis reads (unit.go).
	cmps []comparison
	// lhs and rhs are the operands of the comparison being made, reused
	// from one to the next (a workbook makes thousands); a comparison
	// kept in cmps gets its own copy.
	lhs, rhs []operand
}

// binding is what a quantifier fixed for one evaluation.
type binding struct {
	row  *locate.Row
	code string
	col  string // column key
}

// operand is one resolved cell of an identity.
type operand struct {
	sign  int
	table *locate.Table
	row   *locate.Row
	col   *locate.Column
	cell  *locate.Cell // nil: the row or its cell is absent, read as zero
	byKey bool         // the row was named by key (absent: the template lacks it)
	group string       // the Σ group it belongs to, for messages
}

func (o operand) value() decimal.Decimal {
	if o.cell == nil {
		return decimal.Zero
	}
	return o.cell.Wan
}

// status tells whether a term could be resolved.
type status uint8

const (
	resolved      status = iota
	noTable              // the table is missing (S0007 reports it)
	notApplicable        // the table has no such column: the rule does not apply to its template
)

func (ev *evaluator) identity(r *Rule) {
	e := r.parsed
	home := ev.res.Table(e.home())
	if home == nil {
		return
	}
	eachRow, eachCol, class, anyCode := e.quantified()
	var binds []binding
	switch {
	case eachRow:
		for _, row := range home.Rows {
			binds = append(binds, binding{row: row})
		}
	case class || anyCode:
		for _, c := range ev.codes(e, class) {
			binds = append(binds, binding{code: c})
		}
	default:
		binds = []binding{{}}
	}
	for _, b := range binds {
		if !eachCol {
			ev.compare(r, b)
			continue
		}
		for _, col := range ev.columns(e, b) {
			b.col = col
			ev.compare(r, b)
		}
	}
}

// codes lists the codes a [类] or [*] rule iterates over: every one present in
// any of its tables.
func (ev *evaluator) codes(e *expr, classOnly bool) []string {
	seen := map[string]bool{}
	for _, side := range [][]ref{e.lhs, e.rhs} {
		for _, rf := range side {
			t := ev.res.Table(rf.form)
			if t == nil {
				continue
			}
			for _, row := range t.Rows {
				switch {
				case classOnly && len(row.Code) == 3:
					seen[row.Code] = true
				case !classOnly && row.Code != "":
					seen[row.Code] = true
				case !classOnly && row.Key == "合计":
					seen["合计"] = true
				}
			}
		}
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// columns lists the columns an 各栏 rule iterates over: those of the first
// left-hand row, in the table's order.
func (ev *evaluator) columns(e *expr, b binding) []string {
	ops, st := ev.resolve(e.lhs[0], b, true, nil)
	if st != resolved {
		return nil
	}
	seen := map[string]bool{}
	for _, o := range ops {
		if o.row != nil {
			for k := range o.row.Cells {
				seen[k] = true
			}
		}
	}
	var out []string
	for _, c := range ops[0].table.Columns {
		if seen[c.Key] {
			out = append(out, c.Key)
		}
	}
	return out
}

type rowPick struct {
	sign  int
	row   *locate.Row
	byKey bool
}

// resolve turns a term into operands, appended to ops. rowsOnly resolves
// rows without choosing a column (for columns()).
func (ev *evaluator) resolve(rf ref, b binding, rowsOnly bool, ops []operand) ([]operand, status) {
	t := ev.res.Table(rf.form)
	if t == nil {
		return nil, noTable
	}
	var rowBuf [8]rowPick
	rows := rowBuf[:0]
	switch {
	case rf.eachRow:
		rows = append(rows, rowPick{1, sameRow(t, b.row), false})
	case rf.class || rf.anyCode:
		if b.code == "合计" {
			rows = append(rows, rowPick{1, t.RowByKey("合计"), false})
		} else {
			rows = append(rows, rowPick{1, t.RowByCode(b.code), false})
		}
	case rf.sumClasses:
		for _, row := range t.Rows {
			if row.Class || (len(row.Code) == 3 && row.Key == "") {
				rows = append(rows, rowPick{1, row, false})
			}
		}
	case rf.codeList != "":
		codes := ev.p.PublicCodes
		if rf.codeList == "人员经费" {
			codes = ev.p.PersonnelCodes
		}
		for _, c := range codes {
			if row := t.RowByCode(c); row != nil {
				rows = append(rows, rowPick{1, row, false})
				continue
			}
			// A 类 row left out: its 款 rows stand for it.
			for _, row := range t.Rows {
				if len(row.Code) == 5 && strings.HasPrefix(row.Code, c) {
					rows = append(rows, rowPick{1, row, false})
				}
			}
		}
	case len(rf.rows) > 0:
		for _, rs := range rf.rows {
			var row *locate.Row
			switch {
			case rs.line > 0:
				row = t.RowByLine(rs.line)
			case rs.code != "":
				row = t.RowByCode(rs.code)
			default:
				row = t.RowByKey(rs.key)
			}
			rows = append(rows, rowPick{rs.sign, row, rs.line > 0 || rs.key != ""})
		}
	default:
		// A table with a single data row (三公).
		var row *locate.Row
		if len(t.Rows) > 0 {
			row = t.Rows[0]
		}
		rows = append(rows, rowPick{1, row, true})
	}
	// Columns the table lacks: the rule is not for this template.
	var colBuf [8]*locate.Column
	var signBuf [8]int
	cols, colSigns := colBuf[:0], signBuf[:0]
	switch {
	case rf.eachCol:
		c := t.Column(b.col)
		if c == nil && !rowsOnly {
			return nil, notApplicable
		}
		cols, colSigns = append(cols, c), append(colSigns, 1)
	case len(rf.cols) > 0:
		for _, cs := range rf.cols {
			var c *locate.Column
			if cs.key != "" {
				c = t.Column(cs.key)
			} else {
				c = t.ColumnByNumber(cs.num)
			}
			if c == nil {
				return nil, notApplicable
			}
			cols, colSigns = append(cols, c), append(colSigns, cs.sign)
		}
	}
	for _, rp := range rows {
		base := operand{sign: rf.sign * rp.sign, table: t, row: rp.row, byKey: rp.byKey, group: rf.rowGroup + rf.colGroup}
		if rf.sumClasses {
			base.group = "各类支出"
		}
		if rowsOnly || rp.row == nil {
			ops = append(ops, base)
			continue
		}
		if len(cols) == 0 {
			// A row of one amount (01, 04 income side, 06).
			if len(rp.row.Cells) == 1 {
				for k, c := range rp.row.Cells {
					base.cell, base.col = c, t.Column(k)
				}
			}
			ops = append(ops, base)
			continue
		}
		for i, c := range cols {
			o := base
			o.sign *= colSigns[i]
			o.col, o.cell = c, rp.row.Cells[c.Key]
			ops = append(ops, o)
		}
	}
	return ops, resolved
}

// sameRow finds in t the row that corresponds to row (of possibly another table).
func sameRow(t *locate.Table, row *locate.Row) *locate.Row {
	if row == nil {
		return nil
	}
	for _, r := range t.Rows {
		if r == row {
			return r
		}
	}
	switch {
	case row.Code != "":
		return t.RowByCode(row.Code)
	case row.Key != "":
		return t.RowByKey(row.Key)
	case row.Line > 0:
		return t.RowByLine(row.Line)
	}
	return nil
}

// absentByKey reports a side whose rows were all named by key and none is in
// its table: the template has no such rows (04 without 年末 breakdown rows).
func absentByKey(ops []operand) bool {
	if len(ops) == 0 {
		return true
	}
	for _, o := range ops {
		if o.row != nil || !o.byKey {
			return false
		}
	}
	return true
}

// side resolves the terms of one side of a comparison into out.
func (ev *evaluator) side(refs []ref, b binding, out []operand) ([]operand, bool) {
	out = out[:0]
	for _, rf := range refs {
		var st status
		if out, st = ev.resolve(rf, b, false, out); st != resolved {
			return out[:0], false
		}
	}
	return out, !absentByKey(out)
}

func (ev *evaluator) compare(r *Rule, b binding) {
	e := r.parsed
	lhs, ok := ev.side(e.lhs, b, ev.lhs)
	ev.lhs = lhs
	if !ok {
		return
	}
	rhs, ok := ev.side(e.rhs, b, ev.rhs)
	ev.rhs = rhs
	if !ok {
		return
	}
	// A row-wise rule applies only where the row has the left-hand column.
	if b.row != nil && (len(lhs) == 0 || lhs[0].cell == nil) {
		return
	}
	// Every cross-table comparison tells whether two tables agree; a failed
	// one inside a table may follow from its unit (unit.go).
	if v := ev.check(r, b, lhs, rhs, e.op); v.compared && (r.Form == "X" || !v.holds) {
		ev.record(lhs, rhs, e.op, v)
	}
}

// verdict is what check found, for the unit analysis.
type verdict struct {
	compared bool // the terms could be compared (none text, one filled)
	holds    bool // equal, or within rounding
	both     bool // amounts on both sides
	out      int  // the finding reported, -1 when none
}

// check compares resolved operands and reports a difference: the one
// comparison every identity and hierarchy rule goes through.
func (ev *evaluator) check(r *Rule, b binding, lhs, rhs []operand, o op) verdict {
	// The terms stay on the stack for the usual identity (a handful of
	// cells); a check runs hundreds of times per workbook.
	var buf [16]amount.Term
	terms := buf[:0]
	for _, side := range [2][]operand{lhs, rhs} {
		for _, x := range side {
			if x.cell == nil {
				continue
			}
			switch x.cell.Value.Kind {
			case amount.Text:
				return verdict{} // reported once as S0006; arithmetic on it would be noise
			case amount.Number:
				terms = append(terms, amount.Term{Dec: x.cell.Wan, Places: x.cell.Places, Shown: shownPlaces(x.table)})
			}
		}
	}
	if len(terms) == 0 {
		return verdict{}
	}
	actual, expected := sum(lhs), sum(rhs)
	v := verdict{compared: true, both: !actual.IsZero() && !expected.IsZero(), out: -1}
	cmp := amount.Differs
	if o == opLE {
		v.holds = actual.LessThanOrEqual(expected)
	} else {
		cmp, _ = amount.Compare(expected, actual, terms)
		v.holds = cmp != amount.Differs
	}
	if !v.holds || cmp == amount.Rounding {
		n := len(ev.out)
		ev.emit(r, b, lhs, rhs, o, actual, expected, cmp, terms)
		if len(ev.out) > n {
			v.out = n
		}
	}
	return v
}

func shownPlaces(t *locate.Table) int32 {
	return t.Unit.ShownPlacesInWan(2)
}

func sum(ops []operand) decimal.Decimal {
	var s amount.Sum
	for _, o := range ops {
		if o.sign < 0 {
			s.Sub(o.value())
		} else {
			s.Add(o.value())
		}
	}
	return s.Value()
}

// at picks the cell to report: the single cell of a side (the total that
// fails), the left side first.
func at(lhs, rhs []operand) operand {
	for _, side := range [][]operand{lhs, rhs} {
		if len(side) == 1 && side[0].cell != nil {
			return side[0]
		}
	}
	for _, o := range append(append([]operand{}, lhs...), rhs...) {
		if o.cell != nil {
			return o
		}
	}
	return lhs[0]
}

func (ev *evaluator) emit(r *Rule, b binding, lhs, rhs []operand, o op, actual, expected decimal.Decimal, verdict amount.Verdict, terms []amount.Term) {
	here := at(lhs, rhs)
	unit := here.table.Unit
	if unit == amount.UnitUnknown {
		unit = amount.WanYuan
	}
	all := append(append([]operand{}, lhs...), rhs...)
	places := displayPlaces(unit, all)
	show := func(d decimal.Decimal) decimal.Decimal { return fromWan(unit, d) }
	fmtv := func(d decimal.Decimal) string { return amount.Format(show(d), places) }
	diff := actual.Sub(expected)
	f := report.Finding{
		Rule: r.ID, Severity: r.Severity, Sheet: here.table.Sheet, Title: r.Title, Form: r.Form,
		Expected: show(expected).StringFixed(places), Actual: show(actual).StringFixed(places), Diff: show(diff).StringFixed(places),
	}
	if f.Form == "X" || r.kind == kindHierarchy {
		f.Form = here.table.Form
	}
	if here.cell != nil {
		f.Cell = here.cell.Ref
	}
	for _, x := range all {
		if x.cell == nil || x.cell == here.cell {
			continue
		}
		f.Cells = append(f.Cells, cellRef(here.table.Sheet, x.cell))
	}
	home := lhs[0].table
	where := ev.where(home, b, lhs[0])
	bound := b.row != nil || b.code != ""
	lt, rt := sideText(lhs, home, bound), sideText(rhs, home, bound)
	if r.kind == kindHierarchy {
		lt, rt = hierarchyTexts(lhs, rhs, b)
	}
	u := unit.String()
	switch o {
	case opLE:
		f.Message = fmt.Sprintf("%s%s %s 不应大于 %s %s，超出 %s（%s）", where, lt, fmtv(actual), rt, fmtv(expected), fmtv(diff), u)
	default:
		of := ""
		if len(rhs) > 1 {
			of = " 之和"
		}
		f.Message = fmt.Sprintf("%s%s 应等于 %s%s %s，实为 %s，差 %s（%s）", where, lt, rt, of, fmtv(expected), fmtv(actual), fmtv(diff), u)
	}
	if here.cell != nil && here.cell.Value.Kind != amount.Number {
		f.Message += "；该单元格为空"
	}
	if verdict == amount.Rounding {
		// 尾差: reported under its own rule, never hidden, never an error.
		if !ev.p.Enabled("R0001") {
			return
		}
		r1 := byID("R0001")
		slack := amount.Slack(terms)
		f.Of, f.Rule, f.Severity, f.Title = f.Rule, r1.ID, r1.Severity, r1.Title
		f.Tolerance = "±" + amount.Format(show(slack), places+1)
		f.Message += fmt.Sprintf("。差额在 %d 个金额四舍五入的范围内（±%s），是尾差：可能是元折算万元四舍五入造成，公开前请调平（%s）",
			len(terms), strings.TrimPrefix(f.Tolerance, "±"), r.ID)
	}
	ev.out = append(ev.out, f)
}

// fromWan converts back to the unit the clerk sees in the table.
func fromWan(u amount.Unit, d decimal.Decimal) decimal.Decimal {
	if u == amount.Yuan {
		return d.Mul(decimal.NewFromInt(10000))
	}
	return d
}

func displayPlaces(u amount.Unit, ops []operand) int32 {
	places := int32(2)
	for _, o := range ops {
		if o.cell == nil || o.cell.Value.Kind != amount.Number {
			continue
		}
		p := o.cell.Places
		if u == amount.Yuan {
			p -= 4
		}
		if p > places {
			places = p
		}
	}
	if places > 6 {
		places = 6
	}
	return places
}

// cellRef names a cell, prefixed with its sheet when it is on another one.
func cellRef(sheet string, c *locate.Cell) string {
	if c.Sheet == sheet {
		return c.Ref
	}
	return quoteSheet(c.Sheet) + "!" + c.Ref
}

func quoteSheet(s string) string {
	if strings.ContainsAny(s, " !'-()") {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	return s
}

// where names the place a finding is about: the table and, for row-wise and
// per-code rules, the row.
func (ev *evaluator) where(t *locate.Table, b binding, first operand) string {
	w := t.Label() + " "
	row := b.row
	if row == nil && b.code != "" {
		if b.code == "合计" {
			return w + "合计行："
		}
		name := ""
		if rr := t.RowByCode(b.code); rr != nil {
			name = rr.Name
		}
		return w + "科目 " + strings.TrimSpace(b.code+" "+name) + "："
	}
	if row == nil {
		return strings.TrimSpace(w) + "："
	}
	switch {
	case row.Code != "":
		return w + strings.TrimSpace(row.Code+" "+row.Name) + "："
	case row.Key != "":
		return w + row.Key + "行："
	}
	return w
}
