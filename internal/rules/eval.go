// Package rules holds the catalogue of table rules (as data, in the
// notation of the tables' own notes) and the one evaluator that runs them
// over recognised tables.
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

// Evaluate runs every enabled table rule and returns the findings, ordered
// so that the likely cause of a mistake comes before its consequences.
func Evaluate(res *locate.Result, p *profile.Profile) []report.Finding {
	if p == nil {
		p = profile.Default()
	}
	ev := &evaluator{res: res, p: p}
	for _, r := range Catalogue {
		if !p.Enabled(r.ID) {
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
	ev.groupUnitSlips()
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
	out []report.Finding
	// slipped remembers tables already reported by S0005.
	slipped map[string]bool
	// forms records, per cross-table finding, the tables it compared.
	forms map[int][]string
}

// groupUnitSlips files every cross-table finding that involves a table whose
// unit S0005 proved wrong under that S0005 finding: one wrong label, one
// problem, however many equalities it breaks.
func (ev *evaluator) groupUnitSlips() {
	if len(ev.slipped) == 0 {
		return
	}
	cause := map[string]string{} // form → cause key
	for i := range ev.out {
		f := &ev.out[i]
		if f.Rule == "S0005" {
			f.Cause = "unit:" + f.Form
			cause[f.Form] = f.Cause
		}
	}
	for i := range ev.out {
		f := &ev.out[i]
		if f.Rule == "S0005" {
			continue
		}
		forms := ev.forms[i]
		if f.Rule == "S0004" {
			forms = []string{f.Form}
		}
		for _, form := range forms {
			if c, ok := cause[form]; ok {
				f.Cause, f.Consequence = c, true
				break
			}
		}
	}
}

var tenThousand = decimal.NewFromInt(10000)

// unitSlip reports S0005 when a cross-table equality fails by exactly a
// factor of 10,000: one table's 元/万元 label does not match its numbers.
func (ev *evaluator) unitSlip(r *Rule, lhs, rhs []operand, actual, expected decimal.Decimal, f report.Finding) {
	if r.Form != "X" || actual.IsZero() || expected.IsZero() || !ev.p.Enabled("S0005") {
		return
	}
	a, b := lhs[0].table, rhs[0].table
	var suspect, other *locate.Table
	switch {
	case actual.Mul(tenThousand).Equal(expected):
		suspect, other = a, b // the left table reads 10,000 times too small
	case expected.Mul(tenThousand).Equal(actual):
		suspect, other = b, a
	default:
		return
	}
	if ev.slipped == nil {
		ev.slipped = map[string]bool{}
	}
	key := suspect.Form
	if ev.slipped[key] {
		return
	}
	ev.slipped[key] = true
	s5 := byID("S0005")
	cell := suspect.UnitCell
	if cell == "" {
		cell = suspect.FormCell
	}
	ev.out = append(ev.out, report.Finding{Rule: s5.ID, Severity: s5.Severity, Title: s5.Title, Form: suspect.Form,
		Sheet: suspect.Sheet, Cell: cell, Cells: []string{quoteIfOther(suspect.Sheet, f.Sheet, f.Cell)},
		Expected: other.Unit.String(), Actual: suspect.Unit.String(),
		Message: fmt.Sprintf("公开%s表与公开%s表应相等的金额恰好相差 10000 倍（%s 规则），公开%s表的金额单位“%s”可能与数值不符",
			suspect.Form, other.Form, r.ID, suspect.Form, suspect.UnitText)})
}

// binding is what a quantifier fixed for one evaluation.
type binding struct {
	row  *locate.Row
	code string
	col  int
}

// operand is one resolved cell of an identity.
type operand struct {
	sign  int
	table *locate.Table
	row   *locate.Row
	cell  *locate.Cell // nil: the row or column is absent, read as zero
}

func (o operand) value() decimal.Decimal {
	if o.cell == nil {
		return decimal.Zero
	}
	return o.cell.Wan
}

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
				case !classOnly && row.Label == "合计":
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
// left-hand row.
func (ev *evaluator) columns(e *expr, b binding) []int {
	ops, ok := ev.resolve(e.lhs[0], b, true)
	if !ok {
		return nil
	}
	seen := map[int]bool{}
	for _, o := range ops {
		if o.row != nil {
			for n := range o.row.Cells {
				seen[n] = true
			}
		}
	}
	out := make([]int, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Ints(out)
	return out
}

// resolve turns a term into operands; ok is false when its table is absent.
// rowsOnly resolves rows without choosing a column (for columns()).
func (ev *evaluator) resolve(rf ref, b binding, rowsOnly bool) ([]operand, bool) {
	t := ev.res.Table(rf.form)
	if t == nil {
		return nil, false
	}
	type rowPick struct {
		sign int
		row  *locate.Row
	}
	var rows []rowPick
	switch {
	case rf.eachRow:
		rows = append(rows, rowPick{1, sameRow(t, b.row)})
	case rf.class || rf.anyCode:
		if b.code == "合计" {
			rows = append(rows, rowPick{1, t.RowByLabel("合计")})
		} else {
			rows = append(rows, rowPick{1, t.RowByCode(b.code)})
		}
	case rf.codeList != "":
		codes := ev.p.PublicCodes
		if rf.codeList == "人员经费" {
			codes = ev.p.PersonnelCodes
		}
		for _, c := range codes {
			rows = append(rows, rowPick{1, t.RowByCode(c)})
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
				row = t.RowByLabel(rs.label)
			}
			rows = append(rows, rowPick{rs.sign, row})
		}
	default:
		// A table with a single data row (09).
		var row *locate.Row
		if len(t.Rows) > 0 {
			row = t.Rows[0]
		}
		rows = append(rows, rowPick{1, row})
	}
	var ops []operand
	for _, rp := range rows {
		base := operand{sign: rf.sign * rp.sign, table: t, row: rp.row}
		if rowsOnly || rp.row == nil {
			ops = append(ops, base)
			continue
		}
		switch {
		case rf.eachCol:
			base.cell = rp.row.Cells[b.col]
			ops = append(ops, base)
		case len(rf.cols) > 0:
			for _, cs := range rf.cols {
				o := base
				o.sign *= cs.sign
				o.cell = rp.row.Cells[cs.num]
				ops = append(ops, o)
			}
		default:
			for _, c := range rp.row.Cells {
				if len(rp.row.Cells) == 1 {
					base.cell = c
				}
			}
			ops = append(ops, base)
		}
	}
	return ops, true
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
	case row.Label != "":
		return t.RowByLabel(row.Label)
	case row.Line > 0:
		return t.RowByLine(row.Line)
	}
	return nil
}

func (ev *evaluator) compare(r *Rule, b binding) {
	e := r.parsed
	var lhs, rhs []operand
	for _, rf := range e.lhs {
		ops, ok := ev.resolve(rf, b, false)
		if !ok {
			return
		}
		lhs = append(lhs, ops...)
	}
	for _, rf := range e.rhs {
		ops, ok := ev.resolve(rf, b, false)
		if !ok {
			return
		}
		rhs = append(rhs, ops...)
	}
	// A row-wise rule applies only where the row has the left-hand column.
	if b.row != nil && (len(lhs) == 0 || lhs[0].cell == nil) {
		return
	}
	all := append(append([]operand{}, lhs...), rhs...)
	filled := false
	for _, o := range all {
		if o.cell == nil {
			continue
		}
		switch o.cell.Value.Kind {
		case amount.Text:
			return // reported once as S0006; arithmetic on it would be noise
		case amount.Number:
			filled = true
		}
	}
	if !filled {
		return
	}
	actual, expected := sum(lhs), sum(rhs)
	var terms []amount.Term
	for _, o := range all {
		if o.cell != nil && o.cell.Value.Kind == amount.Number {
			terms = append(terms, amount.Term{Dec: o.cell.Wan, Places: o.cell.Places, Shown: shownPlaces(o.table)})
		}
	}
	f := ev.finding(r, b, lhs, rhs)
	switch e.op {
	case opLE:
		if actual.LessThanOrEqual(expected) {
			return
		}
		ev.emit(f, r, b, lhs, rhs, actual, expected, amount.Differs, terms)
	default:
		verdict, _ := amount.Compare(expected, actual, terms)
		if verdict == amount.Equal {
			return
		}
		ev.emit(f, r, b, lhs, rhs, actual, expected, verdict, terms)
	}
}

func shownPlaces(t *locate.Table) int32 {
	return t.Unit.ShownPlacesInWan(2)
}

func sum(ops []operand) decimal.Decimal {
	s := decimal.Zero
	for _, o := range ops {
		v := o.value()
		if o.sign < 0 {
			v = v.Neg()
		}
		s = s.Add(v)
	}
	return s
}

// finding picks the cell to report: the single cell of a side (the total
// that fails), the left side first.
func (ev *evaluator) finding(r *Rule, b binding, lhs, rhs []operand) operand {
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

func (ev *evaluator) emit(at operand, r *Rule, b binding, lhs, rhs []operand, actual, expected decimal.Decimal, verdict amount.Verdict, terms []amount.Term) {
	unit := at.table.Unit
	if unit == amount.UnitUnknown {
		unit = amount.WanYuan
	}
	places := displayPlaces(unit, append(append([]operand{}, lhs...), rhs...))
	show := func(d decimal.Decimal) decimal.Decimal { return fromWan(unit, d) }
	diff := actual.Sub(expected)
	f := report.Finding{
		Rule: r.ID, Severity: r.Severity, Sheet: at.table.Sheet, Title: r.Title, Form: r.Form,
		Expected: show(expected).StringFixed(places), Actual: show(actual).StringFixed(places), Diff: show(diff).StringFixed(places),
	}
	if f.Form == "X" {
		f.Form = at.table.Form
	}
	if at.cell != nil {
		f.Cell = at.cell.Ref
	}
	for _, o := range append(append([]operand{}, lhs...), rhs...) {
		if o.cell == nil || o.cell == at.cell {
			continue
		}
		f.Cells = append(f.Cells, cellRef(at.table.Sheet, o.cell))
	}
	lt, rt := ev.texts(r.parsed, b)
	where := ev.where(r, b, at)
	u := unit.String()
	fmtv := func(d decimal.Decimal) string { return amount.Format(show(d), places) }
	switch {
	case r.parsed.op == opLE:
		f.Message = fmt.Sprintf("%s%s %s 不应大于 %s %s，超出 %s（%s）", where, lt, fmtv(actual), rt, fmtv(expected), fmtv(diff), u)
	default:
		of := ""
		if len(rhs) > 1 {
			of = " 之和"
		}
		f.Message = fmt.Sprintf("%s%s 应等于 %s%s %s，实为 %s，差 %s（%s）", where, lt, rt, of, fmtv(expected), fmtv(actual), fmtv(diff), u)
	}
	if at.cell != nil && at.cell.Value.Kind != amount.Number {
		f.Message += "；该单元格为空"
	}
	ev.unitSlip(r, lhs, rhs, actual, expected, f)
	if verdict == amount.Rounding {
		f.Severity = report.Info
		slack := decimal.Zero
		for _, t := range terms {
			slack = slack.Add(decimal.New(5, -t.Shown-1))
		}
		f.Tolerance = "±" + show(slack).String()
		f.Message += fmt.Sprintf("。差额在显示精度的取整范围内（±%s），可能为取整误差", show(slack).String())
	}
	if r.Form == "X" {
		if ev.forms == nil {
			ev.forms = map[int][]string{}
		}
		ev.forms[len(ev.out)] = []string{lhs[0].table.Form, rhs[0].table.Form}
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

// texts renders the two sides of the rule for one binding, in the notation.
func (ev *evaluator) texts(e *expr, b binding) (string, string) {
	sub := func(s string) string {
		s = strings.ReplaceAll(s, "各行", "")
		if b.code != "" {
			s = strings.ReplaceAll(s, "[类]", "["+b.code+"]")
			s = strings.ReplaceAll(s, "[*]", "["+b.code+"]")
		}
		if b.col > 0 {
			s = strings.ReplaceAll(s, "各栏", fmt.Sprintf("%d栏", b.col))
		}
		s = strings.ReplaceAll(s, "{人员经费}", "人员经费科目（"+strings.Join(ev.p.PersonnelCodes, "+")+"）")
		s = strings.ReplaceAll(s, "{公用经费}", "公用经费科目（"+strings.Join(ev.p.PublicCodes, "+")+"）")
		return strings.ReplaceAll(s, "表 ", "表")
	}
	lt, rt := sub(e.lhsText), sub(e.rhsText)
	home := e.home() + "表"
	lt, rt = strings.TrimPrefix(lt, home), strings.TrimPrefix(rt, home)
	return strings.TrimSpace(lt), strings.TrimSpace(rt)
}

// where names the place a finding is about: the table and, for row-wise
// rules, the row.
func (ev *evaluator) where(r *Rule, b binding, at operand) string {
	w := "公开" + r.parsed.home() + "表 "
	row := b.row
	if row == nil && b.code != "" {
		if b.code == "合计" {
			return w + "合计行："
		}
		name := ""
		if t := ev.res.Table(r.parsed.home()); t != nil {
			if rr := t.RowByCode(b.code); rr != nil {
				name = rr.Name
			}
		}
		return w + "科目 " + b.code + " " + name + "："
	}
	if row == nil {
		return strings.TrimSpace(w) + "："
	}
	switch {
	case row.Code != "" && row.Line == 0:
		return w + row.Code + " " + row.Name + "："
	case row.Label != "":
		return w + row.Label + "行："
	case row.Line > 0:
		return fmt.Sprintf("%s%d行 %s：", w, row.Line, row.Name)
	}
	return w
}
