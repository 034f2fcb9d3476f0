// Package check is the façade of the engine: the bytes of a draft and a rule
// profile in, a report out. The CLI and the wasm bridge call only this.
package check

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"reportcheck/internal/catalog"
	"reportcheck/internal/kpi"
	"reportcheck/internal/locate"
	"reportcheck/internal/narrative"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/rules"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// Options tune one check.
type Options struct {
	Limits workbook.Limits
	// Progress, when set, is told the stage and a percentage as work goes on.
	Progress func(stage string, percent int)
}

// Run checks one file. It never panics; a file that cannot be read gives a
// report with Error set.
func Run(name string, data []byte, p *profile.Profile, opts Options) *report.Report {
	if p == nil {
		p = profile.Default()
	}
	rep, _, _ := run(name, data, p, opts)
	return rep
}

// run is Run, also giving the tables and the 绩效自评表 found in the
// workbook (nil when it could not be read), for the narrative checked with
// it.
func run(name string, data []byte, p *profile.Profile, opts Options) (*report.Report, *locate.Result, []*kpi.Table) {
	rep := emptyReport(name, p)
	progress := opts.Progress
	if progress == nil {
		progress = func(string, int) {}
	}
	progress("read", 0)
	// Reading is the long part of a big file: report it as it goes. The
	// total is unknown until the end, so the bar approaches 60 % smoothly.
	book, err := workbook.OpenWithProgress(data, opts.Limits, func(_ string, cells int64) {
		progress("read", 5+int(55*cells/(cells+200_000)))
	})
	if err != nil {
		var we *workbook.Error
		if !errors.As(err, &we) {
			we = &workbook.Error{Code: workbook.CodeUnreadable, Message: workbook.Message(workbook.CodeUnreadable)}
		}
		rep.Error = &report.FileError{Code: string(we.Code), Message: we.Message}
		return rep, nil, nil
	}
	progress("locate", 60)
	found, kpis := bookAndKPI(rep, book, p)
	progress("done", 100)
	return rep, found, kpis
}

// Book checks an already-read workbook into rep and returns the tables it
// found. Tests build books in memory.
func Book(rep *report.Report, book *workbook.Book, p *profile.Profile) *locate.Result {
	found, _ := bookAndKPI(rep, book, p)
	return found
}

// bookAndKPI is Book, also giving the 绩效自评表 found, read once.
func bookAndKPI(rep *report.Report, book *workbook.Book, p *profile.Profile) (*locate.Result, []*kpi.Table) {
	found := locate.Find(book, p.Templates()...)
	for _, t := range found.Tables {
		rep.Tables = append(rep.Tables, report.Table{
			Form: t.Form, Sheet: t.Sheet, Range: workbook.RangeName(t.Top, t.Left, t.Bottom, max(t.Right, t.Left)),
			Unit: t.Unit.String(), Title: t.Title, Code: t.Code, Frozen: frozen(t),
		})
	}
	rep.Department, rep.Year = found.Dept, found.Year
	if len(found.Tables) > 0 {
		rep.Template = found.Template.ID
	}
	// Every one of the nine tables not found is named, also when none was
	// (a 绩效自评表-only file, an unrelated workbook): a result that checked
	// nothing must not read as clean.
	for _, f := range template.FormKeys {
		if found.Table(f) == nil {
			rep.Missing = append(rep.Missing, f)
		}
	}
	for _, n := range found.Notes {
		rep.Recognition = append(rep.Recognition, report.Note{Kind: n.Kind, Form: n.Form, Sheet: n.Sheet, Cell: n.Cell, Message: n.Message})
	}
	kpis := kpi.Find(book)
	kpiFindings, sheets, recognised := kpi.CheckFound(kpis, found, p)
	// A table's unit mistake (S0016) also explains a 绩效自评表 that
	// disagrees with it by the same factor: filed under it.
	rep.Findings = append(rep.Findings, rules.Attach(rules.Evaluate(found, p, rules.Context{KPITables: len(recognised)}), kpiFindings)...)
	rep.KPI = append(rep.KPI, sheets...)
	rep.Tables = append(rep.Tables, recognised...)
	return found, kpis
}

var (
	registryOnce sync.Once
	registry     *catalog.Registry
)

// Registry is the one list of every rule the engine runs: table,
// cross-table, structure and rounding rules (package rules) and KPI rules
// (package kpi), built once, explicitly.
func Registry() *catalog.Registry {
	registryOnce.Do(func() {
		reg, err := catalog.New(rules.Rules(), kpi.Rules(), narrative.Rules())
		if err != nil {
			panic(err) // a broken catalogue is a programming error: it fails every test
		}
		registry = reg
	})
	return registry
}

// ParseProfile reads a profile file and validates it, its templates and the
// rule IDs it disables or re-grades against the registry. Errors are
// Chinese, for the user who imports it.
func ParseProfile(data []byte) (*profile.Profile, error) {
	p, err := profile.Parse(data)
	if err != nil {
		return nil, err
	}
	if err := ValidateRuleIDs(p); err != nil {
		return nil, err
	}
	if _, builtin := profile.ByID(p.ID); builtin {
		// An imported profile never shadows a built-in one: it gets an id of its own.
		p.ID = strings.TrimRight(p.ID[:min(len(p.ID), 31)], "-_") + "-imported"
	}
	return p, nil
}

// ValidateRuleIDs refuses a profile that names a rule the engine does not
// have: a typo (T0l01) would otherwise silently disable nothing.
func ValidateRuleIDs(p *profile.Profile) error {
	var bad []string
	seen := map[string]bool{}
	check := func(id string) {
		if _, ok := Registry().Lookup(id); !ok && !seen[id] {
			seen[id] = true
			bad = append(bad, id)
		}
	}
	for _, id := range p.Disabled {
		check(id)
	}
	for id := range p.Severity {
		check(id)
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return fmt.Errorf("规则配置有误：没有编号为 %s 的规则（规则编号见“规则说明”，如 T0101、K0003）", strings.Join(bad, "、"))
	}
	return nil
}

// frozen is where a reader of t would freeze the panes: its first data row
// and its first amount column ("" when it has neither).
func frozen(t *locate.Table) string {
	row, col := 0, 0
	for _, r := range t.Rows {
		if r.SheetRow >= t.Top && (row == 0 || r.SheetRow < row) {
			row = r.SheetRow
		}
	}
	for _, c := range t.Columns {
		if c.Col > 0 && (col == 0 || c.Col < col) {
			col = c.Col
		}
	}
	if row == 0 || col == 0 {
		return ""
	}
	return workbook.ColName(col) + strconv.Itoa(row)
}
