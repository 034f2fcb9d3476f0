package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Notes gives the 审核说明 written on a finding, "" when none. The page and
// the CLI key notes by drafts.KeyOf; this package does not need to know.
type Notes func(Finding) string

// NotesByKey looks each finding's 审核说明 up in notes by its key, as key
// computes it from the finding (drafts.KeyOf).
func NotesByKey(notes map[string]string, key func(Finding) string) Notes {
	if len(notes) == 0 {
		return nil
	}
	return func(f Finding) string { return notes[key(f)] }
}

// IndexSheet is the name of the sheet the annotated workbook gains, first,
// listing every finding (a numbered variant when the draft has one).
const IndexSheet = "审核结果"

// Annotate returns the user's own workbook with the review marked on it:
// every finding on its cell (a comment with the rule, the Chinese message and
// its 审核说明, and a fill by severity), and a first sheet, 审核结果, listing
// every finding with a link to its cell and its 审核说明. Everything else in
// the file is kept as it was. notes may be nil.
func Annotate(data []byte, r *Report, notes Notes) ([]byte, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: 300 << 20, UnzipXMLSizeLimit: 300 << 20})
	if err != nil {
		return nil, fmt.Errorf("无法打开原文件以标注：%w", err)
	}
	defer f.Close()
	if notes == nil {
		notes = func(Finding) string { return "" }
	}
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
		text := fmt.Sprintf("[%s %s] %s", fd.Rule, fd.Severity.Chinese(), fd.Message)
		if n := strings.TrimSpace(notes(fd)); n != "" {
			text += "\n审核说明：" + n
		}
		m.texts = append(m.texts, text)
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
	if err := addIndex(f, r, notes, fills); err != nil {
		return nil, fmt.Errorf("无法写入审核结果表：%w", err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// indexColumns are the 审核结果 sheet's columns and their widths.
var indexColumns = []struct {
	title string
	width int
}{
	{"序号", 6}, {"级别", 6}, {"规则", 8}, {"表", 28}, {"单元格", 26},
	{"应为", 14}, {"实为", 14}, {"差额", 14}, {"问题说明", 70}, {"审核说明", 40},
}

// addIndex writes the 审核结果 sheet and makes it the first and active one.
//
// The sheet's XML is written here, not through excelize's cell or stream
// API: either one links 25–40 KB (gzip) more code into the wasm, whose size
// has a budget, and neither writes a formula with its value or an amount as
// the exact decimal text. NewSheet registers the part (workbook, relations,
// content types); the empty worksheet it keeps in memory is replaced by this
// XML, which excelize reads back like any sheet of the draft when it next
// needs the sheet (MoveSheet does) and writes out again.
func addIndex(f *excelize.File, r *Report, notes Notes, fills map[Severity]string) error {
	sheets := f.GetSheetList()
	name := IndexSheet
	for n := 2; hasSheet(sheets, name); n++ {
		name = IndexSheet + strconv.Itoa(n)
	}
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	path := ""
	for id, n := range f.GetSheetMap() {
		if n == name {
			path = "xl/worksheets/sheet" + strconv.Itoa(id) + ".xml" // as NewSheet names it
		}
	}
	if _, ok := f.Sheet.Load(path); !ok {
		return fmt.Errorf("excelize kept the new sheet %q elsewhere than %q", name, path)
	}
	data, err := indexXML(f, r, notes, fills, sheets)
	if err != nil {
		return err
	}
	f.Sheet.Delete(path)
	f.Pkg.Store(path, data)
	if len(sheets) > 0 {
		if err := f.MoveSheet(name, sheets[0]); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return nil
}

// indexXML is the worksheet of the 审核结果 sheet: a bold, frozen header row
// and a row per finding.
func indexXML(f *excelize.File, r *Report, notes Notes, fills map[Severity]string, sheets []string) ([]byte, error) {
	top := &excelize.Alignment{Vertical: "top", WrapText: true}
	var styleErr error
	style := func(s *excelize.Style) int {
		id, err := f.NewStyle(s)
		if err != nil {
			styleErr = err
		}
		return id
	}
	header := style(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}},
		Border: []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}})
	plain := style(&excelize.Style{Alignment: top})
	link := style(&excelize.Style{Alignment: top, Font: &excelize.Font{Color: "0563C1", Underline: "single"}})
	level := map[Severity]int{}
	for sev, color := range fills {
		level[sev] = style(&excelize.Style{Alignment: top, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}})
	}
	// Amounts show the decimals the report gives them (2 for 万元, 0 for a
	// score): one number format per count of decimals.
	amounts := map[int32]int{}
	amount := func(places int32) int {
		if id, ok := amounts[places]; ok {
			return id
		}
		format := "#,##0"
		if places > 0 {
			format += "." + strings.Repeat("0", int(places))
		}
		amounts[places] = style(&excelize.Style{Alignment: top, CustomNumFmt: ptr(format)})
		return amounts[places]
	}
	codes := map[string]string{}
	for _, t := range r.Tables {
		if _, ok := codes[t.Form]; !ok {
			codes[t.Form] = t.Code
		}
	}
	lead := map[string]int{} // cause → 序号 of the finding that leads it
	for i, fd := range r.Findings {
		if _, ok := lead[fd.Cause]; fd.Cause != "" && !fd.Consequence && !ok {
			lead[fd.Cause] = i + 1
		}
	}

	var b sheetXML
	rows := max(len(r.Findings), 1) + 1
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	b.WriteString(`<dimension ref="A1:J` + strconv.Itoa(rows) + `"/>`)
	b.WriteString(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
		`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, c := range indexColumns {
		n := strconv.Itoa(i + 1)
		b.WriteString(`<col min="` + n + `" max="` + n + `" width="` + strconv.Itoa(c.width) + `" customWidth="1"/>`)
	}
	b.WriteString(`</cols><sheetData><row r="1">`)
	for i, c := range indexColumns {
		b.text(i, 1, header, c.title)
	}
	b.WriteString(`</row>`)
	for i, fd := range r.Findings {
		n := i + 2
		b.WriteString(`<row r="` + strconv.Itoa(n) + `">`)
		b.number(0, n, plain, strconv.Itoa(i+1))
		sev, ok := level[fd.Severity]
		if !ok {
			sev = plain
		}
		b.text(1, n, sev, fd.Severity.Chinese())
		b.text(2, n, plain, fd.Rule)
		b.text(3, n, plain, tableName(fd, codes))
		if fd.Sheet != "" && fd.Cell != "" && hasSheet(sheets, fd.Sheet) {
			ref := QuoteSheet(fd.Sheet) + "!" + fd.Cell
			b.formula(4, n, link, `HYPERLINK("#`+formulaText(ref)+`","`+formulaText(ref)+`")`, ref)
		} else {
			b.text(4, n, plain, location(fd))
		}
		for j, v := range []string{fd.Expected, fd.Actual, fd.Diff} {
			if places, ok := decimalText(v); ok && fd.Diff != "" {
				b.number(5+j, n, amount(places), v)
			} else {
				b.text(5+j, n, plain, v)
			}
		}
		msg := fd.Message
		if fd.Consequence && fd.Cause != "" {
			if k, ok := lead[fd.Cause]; ok {
				msg += fmt.Sprintf("（由第 %d 项引起）", k)
			} else {
				msg += "（由同一处问题引起：" + fd.Cause + "）"
			}
		}
		b.text(8, n, plain, msg)
		b.text(9, n, plain, strings.TrimSpace(notes(fd)))
		b.WriteString(`</row>`)
	}
	if len(r.Findings) == 0 {
		b.WriteString(`<row r="2">`)
		b.text(8, 2, plain, "未发现问题")
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return []byte(b.String()), styleErr
}

// sheetXML builds a worksheet's XML, cell by cell (col is 0-based).
type sheetXML struct{ strings.Builder }

// cell opens a cell's element, up to its attributes.
func (b *sheetXML) cell(col, row, style int) {
	b.WriteString(`<c r="` + excelizeCol(col) + strconv.Itoa(row) + `" s="` + strconv.Itoa(style) + `"`)
}

func (b *sheetXML) text(col, row, style int, s string) {
	b.cell(col, row, style)
	if s == "" {
		b.WriteString(`/>`)
		return
	}
	b.WriteString(` t="inlineStr"><is><t xml:space="preserve">`)
	b.escape(s)
	b.WriteString(`</t></is></c>`)
}

// number writes a decimal as its own text: the cell holds exactly it.
func (b *sheetXML) number(col, row, style int, dec string) {
	b.cell(col, row, style)
	b.WriteString(`><v>` + dec + `</v></c>`)
}

// formula writes a formula with its value, shown as is by a viewer that
// does not recalculate on opening.
func (b *sheetXML) formula(col, row, style int, formula, value string) {
	b.cell(col, row, style)
	b.WriteString(` t="str"><f>`)
	b.escape(formula)
	b.WriteString(`</f><v xml:space="preserve">`)
	b.escape(value)
	b.WriteString(`</v></c>`)
}

func (b *sheetXML) escape(s string) {
	_ = xml.EscapeText(&b.Builder, []byte(s)) // a strings.Builder never fails
}

// excelizeCol is a 0-based column's letters (the index has ten columns).
func excelizeCol(col int) string { return string(rune('A' + col)) }

func ptr[T any](v T) *T { return &v }

func hasSheet(sheets []string, name string) bool {
	for _, s := range sheets {
		if strings.EqualFold(s, name) { // Excel's sheet names ignore case
			return true
		}
	}
	return false
}

// location says where a finding is when it has no cell to link to: a sheet,
// or a paragraph of a narrative document.
func location(fd Finding) string {
	switch {
	case fd.Sheet != "" && fd.Cell != "":
		return fd.Sheet + "!" + fd.Cell
	case fd.File != "" && fd.Para > 0:
		return fmt.Sprintf("%s 第 %d 段", fd.File, fd.Para)
	case fd.File != "":
		return fd.File
	}
	return fd.Sheet
}

// tableName is the table a finding is in, as the clerk names it.
func tableName(fd Finding, codes map[string]string) string {
	switch {
	case fd.Form == "kpi":
		return "绩效自评表"
	case fd.Form != "":
		if n := FormName(fd.Form, codes[fd.Form]); n != fd.Form {
			return n
		}
	}
	return ""
}

// decimalText tells whether s is a plain decimal ("3131.20", "-0.01", "92")
// a cell holds exactly as a number — no exponent, at most the 15 digits a
// spreadsheet keeps — and its count of decimals.
func decimalText(s string) (places int32, ok bool) {
	digits, dot := 0, false
	for i, c := range s {
		switch {
		case c == '-' && i == 0:
		case c == '.' && !dot && digits > 0:
			dot = true
		case c >= '0' && c <= '9':
			digits++
			if dot {
				places++
			}
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 || strings.HasSuffix(s, ".") {
		return 0, false
	}
	return places, true
}

// formulaText escapes a string for a formula's string literal.
func formulaText(s string) string { return strings.ReplaceAll(s, `"`, `""`) }

// cellLike tells the sheet names Excel would read as a reference (A1, R1C1,
// R, C) and so quotes: what the regular expression
// `^(?i:[a-z]{1,3}[0-9]+|r[0-9]*c[0-9]*|r[0-9]*|c[0-9]*)$` matched. Under
// (?i) Go's [a-z] also takes the two letters that case-fold into it, 'ſ'
// (U+017F, s) and 'K' (U+212A, k); r and c fold to R and C only.
func cellLike(name string) bool {
	// One to three letters, then ASCII digits to the end: A1, xfd1048576.
	i, letters := 0, 0
	for i < len(name) && letters <= 3 {
		r, n := utf8.DecodeRuneInString(name[i:])
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '\u017f' || r == '\u212a') {
			break
		}
		i, letters = i+n, letters+1
	}
	if letters >= 1 && letters <= 3 && i < len(name) && strings.TrimLeft(name[i:], "0123456789") == "" {
		return true
	}
	// R, R1, R1C, RC1, R1C1 ...: an optional R and its digits, then an
	// optional C and its digits, and at least one of R and C.
	s := name
	if s != "" && (s[0] == 'r' || s[0] == 'R') {
		s = strings.TrimLeft(s[1:], "0123456789")
		if s == "" {
			return true
		}
	}
	return s != "" && (s[0] == 'c' || s[0] == 'C') && strings.TrimLeft(s[1:], "0123456789") == ""
}

// QuoteSheet writes a sheet name as Excel's 定位 (Go To) and formulas need it
// before "!": bare when it is plain ASCII letters, digits, _ and . starting
// with a letter or _ (and not readable as a cell), otherwise in apostrophes
// with each apostrophe doubled:
//
//	Sheet1   'Sheet 1'   '公开01表'   'O''Brien'   'A1'
func QuoteSheet(name string) string {
	plain := name != "" && !cellLike(name) && !strings.EqualFold(name, "TRUE") && !strings.EqualFold(name, "FALSE")
	for i, c := range name {
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c == '_':
		case i > 0 && (c >= '0' && c <= '9' || c == '.'):
		default:
			plain = false
		}
	}
	if plain {
		return name
	}
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}
