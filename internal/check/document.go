package check

import (
	"errors"

	"reportcheck/internal/docx"
	"reportcheck/internal/kpi"
	"reportcheck/internal/locate"
	"reportcheck/internal/narrative"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
)

// Document is a narrative (情况说明): a Word document's file name and
// bytes, or, when Data is nil, text pasted by the user (Text), one
// paragraph a line.
type Document struct {
	Name string
	Data []byte
	Text string
}

// read reads the document, or the pasted text.
func (doc Document) read() (*docx.Document, error) {
	if doc.Data == nil {
		return docx.FromText(doc.Text, docx.DefaultLimits)
	}
	return docx.Read(doc.Data, docx.DefaultLimits)
}

// RunWithDocument checks a workbook and its narrative together: one report,
// the workbook's findings and then the narrative's, each of those naming
// the document (File), the paragraph (Para) and the words judged (Quote).
// With no workbook (data nil) the narrative is checked alone, for what
// needs no table: its own arithmetic, years, numbering and placeholders. A
// document that cannot be read is told in DocumentError; the workbook's
// result stands.
func RunWithDocument(name string, data []byte, doc Document, p *profile.Profile, opts Options) *report.Report {
	if p == nil {
		p = profile.Default()
	}
	var rep *report.Report
	var found *locate.Result
	var kpis []*kpi.Table
	if data != nil {
		rep, found, kpis = run(name, data, p, opts)
		if rep.Error != nil {
			rep.Document = doc.Name
			return rep
		}
		if len(found.Tables) == 0 {
			found = nil // no table to compare with: only what needs none
		}
	} else {
		rep = emptyReport(doc.Name, p)
	}
	rep.Document = doc.Name
	d, err := doc.read()
	if err != nil {
		var de *docx.Error
		if !errors.As(err, &de) {
			de = &docx.Error{Code: docx.CodeUnreadable, Message: docx.Message(docx.CodeUnreadable)}
		}
		rep.DocumentError = &report.FileError{Code: string(de.Code), Message: de.Message}
		if data == nil {
			rep.Error = rep.DocumentError
		}
		return rep
	}
	rep.Findings = append(rep.Findings, narrative.Check(d, found, kpis, narrative.Options{File: doc.Name, Profile: p})...)
	return rep
}

func emptyReport(name string, p *profile.Profile) *report.Report {
	return &report.Report{File: name, Profile: p.ID, ProfileName: p.Name, Tables: []report.Table{}, Findings: []report.Finding{}, KPI: []report.KPITable{}}
}
