package narrative

import (
	"strconv"
	"strings"

	"reportcheck/internal/amount"
	"reportcheck/internal/docx"
	"reportcheck/internal/kpi"
	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

// Book lays out the tables of a document as a workbook, one sheet a table
// (表格1, 表格2, …), each under the lines printed just above it (its title,
// form code, department and unit: up to four non-empty paragraphs since the
// previous table, a tab or a run of spaces parting their cells). The
// table recognisers then read a whole report pasted into one document, or a
// 三公 table pasted into the narrative, as they read a workbook.
func Book(doc *docx.Document) *workbook.Book {
	b := &workbook.Book{}
	if doc == nil {
		return b
	}
	prevEnd := 0
	for _, t := range doc.Tables {
		sh := &workbook.Sheet{Name: SheetName(t.Index)}
		var lines [][]string
		for i := t.After; i > prevEnd && len(lines) < 4; i-- {
			p := strings.TrimSpace(doc.Paragraphs[i-1].Text)
			if p == "" {
				continue
			}
			lines = append([][]string{splitCells(p)}, lines...)
		}
		sh.Rows = append(sh.Rows, lines...)
		for _, r := range t.Rows {
			sh.Rows = append(sh.Rows, append([]string(nil), r...))
		}
		b.Sheets = append(b.Sheets, sh)
		prevEnd = t.After
	}
	return b
}

// SheetName is the sheet Book gives a document's table.
func SheetName(index int) string { return "表格" + strconv.Itoa(index) }

// splitCells parts a title line at tabs and runs of two or more spaces.
func splitCells(p string) []string {
	var out []string
	for _, part := range strings.Split(p, "\t") {
		for _, x := range strings.Split(part, "  ") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

// Tables recognises the public tables and the 绩效自评表 a document holds
// (see Book), with the given templates (the built-in ones when none).
func Tables(doc *docx.Document, templates ...*template.Template) (*locate.Result, []*kpi.Table) {
	b := Book(doc)
	if len(b.Sheets) == 0 {
		return nil, nil
	}
	res := locate.Find(b, templates...)
	if len(res.Tables) == 0 {
		res = nil
	}
	return res, kpi.Find(b)
}

// CompareTables reports the cells of tables pasted into the document that
// differ from the same cells of the workbook (rule D0006): the narrative's
// 三公 or 政府采购 table must show the workbook's figures.
func CompareTables(doc *docx.Document, inDoc, inBook *locate.Result, opt Options) []report.Finding {
	c := &checker{opt: opt}
	if c.opt.Profile == nil {
		c.opt.Profile = profile.Default()
	}
	if doc == nil || inDoc == nil || inBook == nil {
		return nil
	}
	for _, dt := range inDoc.Tables {
		bt := inBook.Table(dt.Form)
		if bt == nil {
			continue
		}
		para := 0
		for _, t := range doc.Tables {
			if SheetName(t.Index) == dt.Sheet {
				para = t.After
			}
		}
		for _, dr := range dt.Rows {
			br := matchRow(bt, dr)
			if br == nil {
				continue
			}
			for key, dc := range dr.Cells {
				bc := br.Cells[key]
				if bc == nil || !dc.Value.IsNumber() && !dc.Value.IsEmpty() || !bc.Value.IsNumber() && !bc.Value.IsEmpty() {
					continue
				}
				if dc.Value.IsEmpty() && bc.Value.IsEmpty() {
					continue
				}
				p := min(dt.Unit.ShownPlacesInWan(max(dc.Value.Places, 2)), bt.Unit.ShownPlacesInWan(2))
				if dc.Wan.Round(p).Equal(bc.Wan.Round(p)) {
					continue
				}
				quote := strings.TrimSpace(dc.Value.Raw)
				if quote == "" {
					quote = "（空）"
				}
				in, of := dc.Sheet+"!"+dc.Ref, bc.Sheet+"!"+bc.Ref
				c.emit(RuleTable, para, quote, []string{in, of}, bc.Wan.StringFixed(2), dc.Wan.StringFixed(2), dc.Wan.Sub(bc.Wan).StringFixed(2),
					"文中表格"+rowLabel(dr)+"“"+key+"”（"+in+"）与"+bt.Label()+"（"+of+"）"+amount.Format(bc.Wan, 2)+" 万元不符")
			}
		}
	}
	return c.findings
}

// matchRow finds the workbook row a pasted table's row stands for.
func matchRow(t *locate.Table, r *locate.Row) *locate.Row {
	if t.Form == "09" && len(t.Rows) > 0 {
		return t.Rows[0]
	}
	for _, x := range t.Rows {
		switch {
		case r.Code != "" && x.Code == r.Code && x.Side == r.Side && x.Class == r.Class:
			return x
		case r.Key != "" && x.Key == r.Key:
			return x
		}
	}
	return nil
}
