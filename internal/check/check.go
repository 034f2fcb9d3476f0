// Package check is the façade of the engine: the bytes of a draft and a rule
// profile in, a report out. The CLI and the wasm bridge call only this.
package check

import (
	"errors"

	"reportcheck/internal/kpi"
	"reportcheck/internal/locate"
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
	rep := &report.Report{File: name, Profile: p.ID, ProfileName: p.Name, Tables: []report.Table{}, Findings: []report.Finding{}, KPI: []report.KPITable{}}
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
		return rep
	}
	progress("locate", 60)
	Book(rep, book, p)
	progress("done", 100)
	return rep
}

// Book checks an already-read workbook into rep. Tests build books in memory.
func Book(rep *report.Report, book *workbook.Book, p *profile.Profile) {
	found := locate.Find(book, p.Templates()...)
	for _, t := range found.Tables {
		rep.Tables = append(rep.Tables, report.Table{
			Form: t.Form, Sheet: t.Sheet, Range: workbook.RangeName(t.Top, t.Left, t.Bottom, max(t.Right, t.Left)),
			Unit: t.Unit.String(), Title: t.Title, Code: t.Code,
		})
	}
	rep.Department, rep.Year = found.Dept, found.Year
	if len(found.Tables) > 0 {
		rep.Template = found.Template.ID
		for _, f := range template.FormKeys {
			if found.Table(f) == nil {
				rep.Missing = append(rep.Missing, f)
			}
		}
	}
	for _, n := range found.Notes {
		rep.Recognition = append(rep.Recognition, report.Note{Kind: n.Kind, Form: n.Form, Sheet: n.Sheet, Cell: n.Cell, Message: n.Message})
	}
	rep.Findings = append(rep.Findings, rules.Evaluate(found, p)...)
	kpiFindings, sheets, recognised := kpi.Check(book, found, p)
	rep.Findings = append(rep.Findings, kpiFindings...)
	rep.KPI = append(rep.KPI, sheets...)
	rep.Tables = append(rep.Tables, recognised...)
	if len(found.Tables) == 0 && len(recognised) > 0 {
		// A workbook of 绩效自评表 only: the nine tables are not expected.
		rep.Findings = dropRule(rep.Findings, "S0008")
	}
}

func dropRule(fs []report.Finding, id string) []report.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Rule != id {
			out = append(out, f)
		}
	}
	return out
}
