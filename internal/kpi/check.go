// Package kpi recognises the 绩效自评表 of a 决算 draft (one 部门整体 table
// and one table per project), recomputes their scores under a region
// profile, and reports what arithmetic proves wrong (domain.md §3).
//
// The K rules are data (rules.go): each is a catalogue entry with the check
// that evaluates it, written next to it (rules_*.go, cross.go). Check is the
// one evaluator: it reads each recognised table once into a tableContext
// (facts.go: the points it is scored on, the recomputed execution score,
// each indicator's reading, the sums), runs every table rule over it, then
// every cross rule over all the tables.
//
// Only what the table itself decides is checked: when a template prints no
// 分值 (weight) for its indicators, an indicator's full score is unknown and
// none is invented; the score's plausibility is then left alone.
package kpi

import (
	"sort"

	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// Check recognises and checks every 绩效自评表 in book. tables, when it holds
// the nine public tables, enables the cross checks with 公开05表/03表.
func Check(book *workbook.Book, tables *locate.Result, p *profile.Profile) (findings []report.Finding, sheets []report.KPITable, recognised []report.Table) {
	return CheckFound(Find(book), tables, p)
}

// CheckFound is Check of the 绩效自评表 already found in a workbook (Find),
// for a caller that reads them once for other checks too (the narrative's).
// Checking leaves found as it was.
func CheckFound(found []*Table, tables *locate.Result, p *profile.Profile) (findings []report.Finding, sheets []report.KPITable, recognised []report.Table) {
	if p == nil {
		p = profile.Default()
	}
	ev := &evaluator{p: p}
	checked := make([]*tableContext, 0, len(found))
	for _, t := range found {
		tc := newTableContext(t, p)
		ev.table(tc)
		checked = append(checked, tc)
		sheets = append(sheets, tc.sheet)
		form := template.FormKPIProject
		if t.Dept {
			form = template.FormKPIDept
		}
		recognised = append(recognised, report.Table{Form: form, Sheet: t.Sheet, Range: t.Range(), Unit: t.unit().String(), Title: t.Title})
	}
	ev.cross(newCrossContext(ev, checked, tables))
	if sheets == nil {
		sheets = []report.KPITable{}
	}
	return ev.findings, sheets, recognised
}

// evaluator runs the catalogue and collects the findings.
type evaluator struct {
	p        *profile.Profile
	findings []report.Finding
}

// finding is what a check reports; the evaluator adds the rule's ID, title
// and severity (the profile's, unless the check downgrades it).
type finding struct {
	at       place           // where in its table (table rules)
	severity report.Severity // "" for the rule's; set to downgrade, e.g. to 信息 for rounding
	sheet    string          // "" for the table's own sheet
	cell     string
	cells    []string // related cells
	expected string
	actual   string
	diff     string
	message  string
	cause    string // the finding this one follows from (cross rules)
	role     role
}

// role marks the findings a cross rule may later blame on a wrong 执行数.
type role uint8

const (
	roleNone      role = iota
	roleRate           // the table's K0001
	roleExecScore      // the table's K0002
)

// slot is where in a table a finding is reported. A table's findings are
// ordered by it, so the report reads the table top to bottom whatever order
// the rules run in: the points, the 预算执行 block, each indicator row (its
// cells in the order a reviewer reads them), the sums, the 总分, the 偏差原因,
// the tick boxes, the 部门整体 amounts.
type slot uint8

const (
	slotPoints        slot = iota // K0017
	slotBudget                    // K0024: 预算数, 执行数
	slotRate                      // K0001, K0024: 执行率
	slotExecScore                 // K0002
	slotExecScoreRead             // K0016: the 执行得分 cell
	// One indicator row.
	slotScoreRead // K0016
	slotTarget    // K0010
	slotActual    // K0011
	slotRowReason // K0013
	slotDeviation // K0012
	slotScore     // K0006, K0007, K0008, K0009
	slotHeading   // K0015
	// After the indicators.
	slotIndicatorSum // K0005
	slotWeightSum    // K0018
	slotTotal        // K0003
	slotTotalMax     // K0004
	slotTotalRead    // K0016: the 总分 cell
	slotReason       // K0013
	slotTicks        // K0014
	slotDeptSum      // K0019
)

// place is a slot, and for an indicator row's slots the row's index.
type place struct {
	slot slot
	row  int
}

func at(s slot) place                  { return place{slot: s} }
func atRow(s slot, f *indicator) place { return place{slot: s, row: f.index} }

func (p place) before(q place) bool {
	pa, pr := p.slot, 0
	if p.slot >= slotScoreRead && p.slot <= slotHeading {
		pa, pr = slotScoreRead, p.row
	}
	qa, qr := q.slot, 0
	if q.slot >= slotScoreRead && q.slot <= slotHeading {
		qa, qr = slotScoreRead, q.row
	}
	if pa != qa {
		return pa < qa
	}
	if pr != qr {
		return pr < qr
	}
	return p.slot < q.slot
}

// table runs every table rule over one table.
func (ev *evaluator) table(tc *tableContext) {
	type pending struct {
		r *Rule
		f finding
	}
	var out []pending
	for _, r := range catalogue {
		if r.table == nil || r.Retired != "" {
			continue
		}
		for _, f := range r.table(tc) {
			out = append(out, pending{r, f})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].f.at.before(out[j].f.at) })
	for _, x := range out {
		idx := ev.emit(x.r, x.f, tc.t.Sheet)
		switch x.f.role {
		case roleRate:
			tc.rateIdx = idx
		case roleExecScore:
			tc.scoreIdx = idx
		}
	}
}

// cross runs every cross rule over the tables together.
func (ev *evaluator) cross(cc *crossContext) {
	for _, r := range catalogue {
		if r.cross == nil || r.Retired != "" {
			continue
		}
		for _, f := range r.cross(cc) {
			ev.emit(r, f, "")
		}
	}
}

// emit appends a finding unless the profile disables the rule, and returns
// its index (−1 when disabled). A disabled cross rule blames nothing either
// (crossContext.blame).
func (ev *evaluator) emit(r *Rule, f finding, sheet string) int {
	if !ev.p.Enabled(r.ID) {
		return -1
	}
	sev := f.severity
	if sev == "" {
		sev = r.Severity
		if s, ok := ev.p.Severity[r.ID]; ok {
			sev = report.Severity(s)
		}
	}
	if f.sheet != "" {
		sheet = f.sheet
	}
	var rel []string
	for _, x := range f.cells {
		if x != "" && x != f.cell && x != sheet+"!"+f.cell {
			rel = append(rel, x)
		}
	}
	ev.findings = append(ev.findings, report.Finding{
		Rule: r.ID, Severity: sev, Sheet: sheet, Cell: f.cell, Cells: rel, Message: f.message,
		Expected: f.expected, Actual: f.actual, Diff: f.diff, Title: r.Title, Form: "kpi", Cause: f.cause,
	})
	return len(ev.findings) - 1
}
