package report

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Annotate returns the user's own workbook with every finding marked on its
// cell: a comment with the rule and the Chinese message, and a fill by
// severity. Everything else in the file is kept as it was.
func Annotate(data []byte, r *Report) ([]byte, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 300 << 20, UnzipXMLSizeLimit: 300 << 20})
	if err != nil {
		return nil, fmt.Errorf("无法打开原文件以标注：%w", err)
	}
	defer f.Close()
	fills := map[Severity]string{Error: "FFC7CE", Warning: "FFEB9C", Info: "DDEBF7"}
	styles := map[string]int{} // sheet|cell|severity → style id
	type mark struct {
		sheet, cell string
		sev         Severity
		texts       []string
	}
	marks := map[string]*mark{}
	var order []string
	for _, fd := range r.Findings {
		if fd.Sheet == "" || fd.Cell == "" {
			continue
		}
		k := fd.Sheet + "!" + fd.Cell
		m, ok := marks[k]
		if !ok {
			m = &mark{sheet: fd.Sheet, cell: fd.Cell, sev: fd.Severity}
			marks[k] = m
			order = append(order, k)
		}
		if fd.Severity.Rank() < m.sev.Rank() {
			m.sev = fd.Severity
		}
		m.texts = append(m.texts, fmt.Sprintf("[%s %s] %s", fd.Rule, fd.Severity.Chinese(), fd.Message))
	}
	for _, k := range order {
		m := marks[k]
		if idx, err := f.GetSheetIndex(m.sheet); err != nil || idx < 0 {
			continue
		}
		text := strings.Join(m.texts, "\n")
		if err := f.AddComment(m.sheet, excelize.Comment{Cell: m.cell, Author: "reportcheck", Paragraph: []excelize.RichTextRun{
			{Text: "reportcheck：", Font: &excelize.Font{Bold: true}}, {Text: text},
		}}); err != nil {
			continue // a cell that already has a comment keeps it
		}
		base, _ := f.GetCellStyle(m.sheet, m.cell)
		key := fmt.Sprintf("%d|%s", base, m.sev)
		id, ok := styles[key]
		if !ok {
			st, err := f.GetStyle(base)
			if err != nil || st == nil {
				st = &excelize.Style{}
			}
			st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fills[m.sev]}}
			if id, err = f.NewStyle(st); err != nil {
				continue
			}
			styles[key] = id
		}
		f.SetCellStyle(m.sheet, m.cell, m.cell, id)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
