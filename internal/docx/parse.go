package docx

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The WordprocessingML namespaces: transitional (what Word and WPS write)
// and strict.
const (
	nsMain   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
)

// span says where a piece of a paragraph's text stands in the XML, so that
// the comment writer can put markup exactly around a stretch of text.
type span struct {
	text, n        int  // byte range [text, text+n) of Paragraph.Text
	isT            bool // character data of a <w:t>; else a tab, break or hyphen element
	raw0, raw1     int  // the character data (isT) or the element
	tag0, tag1     int  // the <w:t …> start tag
	run0, run1     int  // the enclosing <w:r …>…</w:r>
	rpr0, rpr1     int  // the run's <w:rPr>…</w:rPr>, when it has one
	cdata, hasRefs bool // the character data is CDATA / holds references
}

// skipped are elements whose content is not part of the body text a reader
// sees in place: drawings and text boxes (their paragraphs are not body
// paragraphs), deleted and moved-away text, field codes, content-control
// properties, ruby guides.
func skipped(local []byte) bool {
	switch string(local) {
	case "drawing", "pict", "object", "txbxContent", "del", "moveFrom", "delText", "instrText", "delInstrText",
		"sdtPr", "sdtEndPr", "rt":
		return true
	}
	return false
}

// cellState is a table cell being read.
type cellState struct {
	depth   int
	text    []byte
	span    int
	cont    bool // a vertically merged continuation cell
	started bool // a paragraph has been opened in it
}

// tableState is an open table: the top-level table collects rows; a table
// nested in a cell adds its text to that cell.
type tableState struct {
	depth    int // stack depth of the <w:tbl>
	rowDepth int
	nested   bool
	rows     [][]string
	row      []string
	cell     *cellState
}

type builder struct {
	s      *scanner
	w      string // namespace prefix with its colon, "w:"; "" for a default namespace
	doc    *Document
	lim    Limits
	keep   bool // record spans for the comment writer
	inBody bool
	skip   int // depth of the element whose subtree is skipped; 0 when none

	para      *Paragraph // the open body paragraph
	paraDepth int
	text      []byte
	spans     []span

	tables []*tableState
	fields []bool // open complex fields: true once past "separate"

	runDepth   int // depth of the open run, 0 when none
	run0       int
	rpr0, rpr1 int
	runSpans   int // index of the first span of the open run
	tDepth     int // depth of the open <w:t>, 0 when none
	tag0, tag1 int
	paragraphs int
	// Attribute names with the document's prefix, made once.
	attrVal, attrFldCharType string
}

// parse reads the main document part.
func parse(b []byte, main string, lim Limits, keep bool) (*Document, error) {
	bd := &builder{s: newScanner(b, lim.MaxDepth), doc: &Document{mainPart: main}, lim: lim, keep: keep}
	if err := bd.run(); err != nil {
		var code Code
		switch err {
		case errDTD, errBadXML:
			code = CodeBadXML
		case errDepth, errTooMany:
			code = CodeTooLarge
		default:
			code = CodeBadXML
		}
		return nil, newError(code, err)
	}
	bd.doc.prefix = bd.w
	return bd.doc, nil
}

var errTooMany = reason("too many paragraphs")

func (bd *builder) run() error {
	s := bd.s
	first := true
	for {
		t, err := s.next()
		if err != nil {
			return err
		}
		if first && (t.kind == tokStart || t.kind == tokEmpty) {
			first = false
			if !bd.namespace(t) {
				return reason("not a WordprocessingML document")
			}
			bd.attrVal, bd.attrFldCharType = bd.w+"val", bd.w+"fldCharType"
		}
		switch t.kind {
		case tokEOF:
			if bd.para != nil {
				return errBadXML
			}
			return nil
		case tokText, tokCData:
			if bd.skip == 0 && bd.tDepth > 0 {
				if err := bd.addText(t); err != nil {
					return err
				}
			}
		case tokStart, tokEmpty:
			if bd.skip > 0 {
				continue
			}
			if err := bd.open(t); err != nil {
				return err
			}
			if t.kind == tokEmpty {
				bd.close(t, s.depth()+1)
			}
		case tokEnd:
			d := s.depth() + 1 // the depth the element had
			if bd.skip > 0 {
				if d == bd.skip {
					bd.skip = 0
				}
				continue
			}
			bd.close(t, d)
		}
	}
}

// namespace finds the prefix bound to WordprocessingML on the root element.
func (bd *builder) namespace(t token) bool {
	a := bd.s.b[t.attrFrom:t.attrTo]
	for _, ns := range []string{nsMain, nsStrict} {
		i := bytes.Index(a, []byte(ns))
		if i < 0 {
			continue
		}
		// Walk back to the attribute name: xmlns:w="…" or xmlns="…".
		j := bytes.LastIndex(a[:i], []byte("xmlns"))
		if j < 0 {
			continue
		}
		decl := a[j:i]
		if k := bytes.IndexByte(decl, '='); k >= 0 {
			decl = bytes.TrimRight(decl[:k], " \t\r\n")
		}
		switch {
		case string(decl) == "xmlns":
			bd.w = ""
		case bytes.HasPrefix(decl, []byte("xmlns:")):
			bd.w = string(decl[len("xmlns:"):]) + ":"
		default:
			continue
		}
		return true
	}
	return false
}

// local returns the local name of a WordprocessingML element, or "" for
// another namespace. No allocation: the caller switches on it.
func (bd *builder) local(name []byte) []byte {
	if bd.w == "" {
		if bytes.IndexByte(name, ':') >= 0 {
			return nil
		}
		return name
	}
	if len(name) > len(bd.w) && string(name[:len(bd.w)]) == bd.w {
		return name[len(bd.w):]
	}
	return nil
}

func (bd *builder) open(t token) error {
	d := bd.s.depth() // depth including this element when it is a start tag
	if t.kind == tokEmpty {
		d++
	}
	ln := bd.local(t.name)
	if ln == nil {
		// Another namespace: only the alternate content fallback matters.
		if i := bytes.IndexByte(t.name, ':'); i >= 0 && string(t.name[i+1:]) == "Fallback" && t.kind == tokStart {
			bd.skip = d
		}
		return nil
	}
	if skipped(ln) {
		if t.kind == tokStart {
			bd.skip = d
		}
		return nil
	}
	switch string(ln) {
	case "body":
		bd.inBody = true
	case "p":
		return bd.openParagraph(t, d)
	case "pStyle":
		if bd.para != nil && bd.runDepth == 0 && bd.para.Style == "" {
			bd.para.Style = bd.s.attr(t, bd.attrVal)
		}
	case "numId":
		if bd.para != nil && bd.runDepth == 0 {
			if v := bd.s.attr(t, bd.attrVal); v != "" && v != "0" {
				bd.para.AutoNumbered = true
			}
		}
	case "r":
		if bd.runDepth == 0 && t.kind == tokStart {
			bd.runDepth, bd.run0, bd.rpr0, bd.rpr1, bd.runSpans = d, t.start, 0, 0, len(bd.spans)
		}
	case "rPr":
		if bd.runDepth > 0 && d == bd.runDepth+1 {
			bd.rpr0 = t.start
			if t.kind == tokEmpty {
				bd.rpr1 = t.end
			}
		}
	case "t":
		if bd.runDepth > 0 && t.kind == tokStart && bd.collecting() {
			bd.tDepth, bd.tag0, bd.tag1 = d, t.start, t.end
		}
	case "tab", "ptab":
		if bd.runDepth > 0 && d == bd.runDepth+1 {
			bd.addElement(t, "\t")
		}
	case "br", "cr":
		if bd.runDepth > 0 && d == bd.runDepth+1 {
			bd.addElement(t, "\n")
		}
	case "noBreakHyphen":
		if bd.runDepth > 0 {
			bd.addElement(t, "-")
		}
	case "fldChar":
		switch bd.s.attr(t, bd.attrFldCharType) {
		case "begin":
			if len(bd.fields) < 64 {
				bd.fields = append(bd.fields, false)
			}
		case "separate":
			if n := len(bd.fields); n > 0 {
				bd.fields[n-1] = true
			}
		case "end":
			if n := len(bd.fields); n > 0 {
				bd.fields = bd.fields[:n-1]
			}
		}
	case "tbl":
		if bd.inBody && t.kind == tokStart {
			ts := &tableState{depth: d, nested: len(bd.tables) > 0 || bd.para != nil}
			if !ts.nested {
				bd.doc.Tables = append(bd.doc.Tables, Table{Index: len(bd.doc.Tables) + 1, After: len(bd.doc.Paragraphs)})
			}
			bd.tables = append(bd.tables, ts)
		}
	case "tr":
		if ts := bd.top(); ts != nil && t.kind == tokStart {
			ts.row, ts.rowDepth = nil, d
		}
	case "tc":
		if ts := bd.top(); ts != nil && ts.cell == nil {
			ts.cell = &cellState{depth: d, span: 1}
			if t.kind == tokEmpty {
				bd.endCell(ts)
			}
		}
	case "gridSpan":
		if ts := bd.top(); ts != nil && ts.cell != nil {
			if n, err := strconv.Atoi(bd.s.attr(t, bd.attrVal)); err == nil && n > 1 && n <= 64 {
				ts.cell.span = n
			}
		}
	case "vMerge":
		if ts := bd.top(); ts != nil && ts.cell != nil {
			if v := bd.s.attr(t, bd.attrVal); v == "" || v == "continue" {
				ts.cell.cont = true
			}
		}
	}
	return nil
}

// collecting reports whether text met now is visible body text: not in a
// field's code, inside the body.
func (bd *builder) collecting() bool {
	if !bd.inBody {
		return false
	}
	for _, res := range bd.fields {
		if !res {
			return false
		}
	}
	return bd.para != nil || bd.cell() != nil
}

// table is the innermost open table, or nil.
func (bd *builder) table() *tableState {
	if n := len(bd.tables); n > 0 {
		return bd.tables[n-1]
	}
	return nil
}

// top is the open top-level table while no table nested in it is open.
func (bd *builder) top() *tableState {
	if len(bd.tables) == 1 && !bd.tables[0].nested {
		return bd.tables[0]
	}
	return nil
}

// cell is the cell of the top-level table text goes to, or nil.
func (bd *builder) cell() *cellState {
	if len(bd.tables) == 0 {
		return nil
	}
	return bd.tables[0].cell
}

func (bd *builder) openParagraph(t token, d int) error {
	bd.paragraphs++
	if bd.paragraphs > bd.lim.MaxParagraphs {
		return errTooMany
	}
	if !bd.inBody {
		return nil
	}
	if len(bd.tables) > 0 {
		if c := bd.cell(); c != nil {
			if c.started {
				c.text = append(c.text, '\n')
			}
			c.started = true
		}
		return nil
	}
	if bd.para != nil {
		return nil // a paragraph inside a paragraph (a text box not marked as such): read through
	}
	bd.doc.Paragraphs = append(bd.doc.Paragraphs, Paragraph{Index: len(bd.doc.Paragraphs) + 1})
	bd.para = &bd.doc.Paragraphs[len(bd.doc.Paragraphs)-1]
	bd.paraDepth = d
	bd.text = bd.text[:0]
	bd.spans = nil
	bd.para.open0, bd.para.open1, bd.para.close = t.start, t.end, -1
	if t.kind == tokEmpty {
		bd.endParagraph()
	}
	return nil
}

func (bd *builder) endParagraph() {
	p := bd.para
	p.Text = string(bd.text)
	if !utf8.ValidString(p.Text) {
		p.Text = strings.ToValidUTF8(p.Text, "\uFFFD")
	}
	if bd.keep {
		p.spans = bd.spans
	}
	bd.para, bd.paraDepth = nil, 0
}

func (bd *builder) close(t token, d int) {
	ln := bd.local(t.name)
	if ln == nil {
		return
	}
	switch string(ln) {
	case "p":
		if bd.para != nil && d == bd.paraDepth && t.kind == tokEnd {
			bd.para.close = t.start
			bd.endParagraph()
		}
	case "r":
		if d == bd.runDepth {
			if bd.keep {
				for i := bd.runSpans; i < len(bd.spans); i++ {
					bd.spans[i].run1 = t.end
				}
			}
			bd.runDepth = 0
		}
	case "rPr":
		if bd.runDepth > 0 && d == bd.runDepth+1 && t.kind == tokEnd {
			bd.rpr1 = t.end
		}
	case "t":
		if d == bd.tDepth {
			bd.tDepth = 0
		}
	case "tc":
		if ts := bd.top(); ts != nil && ts.cell != nil && d == ts.cell.depth && t.kind == tokEnd {
			bd.endCell(ts)
		}
	case "tr":
		if ts := bd.top(); ts != nil && d == ts.rowDepth && t.kind == tokEnd {
			ts.rows = append(ts.rows, ts.row)
			ts.row, ts.rowDepth = nil, 0
		}
	case "tbl":
		if ts := bd.table(); ts != nil && d == ts.depth {
			bd.tables = bd.tables[:len(bd.tables)-1]
			if !ts.nested {
				bd.doc.Tables[len(bd.doc.Tables)-1].Rows = ts.rows
			}
		}
	}
}

func (bd *builder) endCell(ts *tableState) {
	c := ts.cell
	text := ""
	if !c.cont {
		text = strings.TrimRight(string(c.text), "\n")
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
	}
	ts.row = append(ts.row, text)
	for i := 1; i < c.span; i++ {
		ts.row = append(ts.row, "")
	}
	ts.cell = nil
}

// addText appends the character data of a <w:t> to the open paragraph or
// cell.
func (bd *builder) addText(t token) error {
	raw := bd.s.b[t.start:t.end]
	if bd.para == nil {
		c := bd.cell()
		if c == nil {
			return nil
		}
		if t.kind == tokCData {
			c.text = append(c.text, raw...)
			return nil
		}
		var err error
		c.text, err = unescape(c.text, raw)
		return err
	}
	before := len(bd.text)
	var err error
	if t.kind == tokCData {
		bd.text = append(bd.text, raw...)
	} else {
		bd.text, err = unescape(bd.text, raw)
	}
	if bd.keep && len(bd.text) > before {
		bd.spans = append(bd.spans, span{text: before, n: len(bd.text) - before, isT: true,
			raw0: t.start, raw1: t.end, tag0: bd.tag0, tag1: bd.tag1, run0: bd.run0,
			rpr0: bd.rpr0, rpr1: bd.rpr1, cdata: t.kind == tokCData,
			hasRefs: t.kind == tokText && bytes.IndexByte(raw, '&') >= 0})
	}
	return err
}

// addElement appends the text a run element stands for (a tab, a break).
func (bd *builder) addElement(t token, s string) {
	if !bd.collecting() {
		return
	}
	if bd.para == nil {
		if c := bd.cell(); c != nil {
			c.text = append(c.text, s...)
		}
		return
	}
	before := len(bd.text)
	bd.text = append(bd.text, s...)
	if bd.keep {
		bd.spans = append(bd.spans, span{text: before, n: len(s), raw0: t.start, raw1: t.end, run0: bd.run0})
	}
}
