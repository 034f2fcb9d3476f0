package workbook

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"reportcheck/internal/xmltext"
)

// The fast path. excelize's streaming reader pays for every XML token with
// several allocations (encoding/xml builds a Token, its names and attributes
// for each element), which dominates a check in the browser, where
// allocation is dearest. A worksheet's <sheetData>, its <mergeCells> and the
// shared strings table use a small, regular subset of XML, so they are read
// here by a byte scanner over the very part excelize unzipped and checked.
//
// The scanner is deliberately narrow: it gives up (errUnusual) at the first
// thing outside the subset Excel, WPS, LibreOffice and excelize write — a
// namespace prefix the root does not bind to SpreadsheetML's main namespace,
// a comment, CDATA, an unknown element or entity, a non-UTF-8 declaration,
// bytes XML forbids — and the caller then reads that much with excelize
// instead (model.go). Wherever it does answer, it answers exactly what
// excelize would: the cells of Rows/Columns(RawCellValue), the ranges of
// GetMergeCells, and the formulas saved without their result by the rule of
// cellParts.uncached. The differential tests (differential_test.go) and
// FuzzDifferential hold the two to that.

// errUnusual means "read this part with excelize instead"; it never reaches
// the user.
var errUnusual = errors.New("part outside the fast reader's XML subset")

// maxRows is Excel's row limit; excelize refuses a row number beyond it.
const maxRows = 1048576

// maxColumns is Excel's column limit (XFD).
const maxColumns = 16384

// maxMerges bounds the merged ranges the fast reader takes from one sheet:
// a real sheet has hundreds, and a list of millions is an attack on memory.
const maxMerges = 100000

// Namespaces of SpreadsheetML's main schema: Transitional, and Strict, which
// excelize reads as Transitional (namespaceStrictToTransitional).
const (
	nsMain       = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsMainStrict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
)

func isMainNS(u string) bool { return u == nsMain || u == nsMainStrict }

// scannedSheet is what the fast path reads from one worksheet part. The
// merges are only meant when mergesOK says the scanner was sure of them;
// otherwise excelize reads them.
type scannedSheet struct {
	rows     [][]string
	uncached map[string]bool
	merges   []Merge
	mergesOK bool
}

// sheetScanner walks one worksheet part. pos always indexes b.
type sheetScanner struct {
	b   []byte
	pos int
	sst []string
	// qStart and qEnd place the name of the last tag nextTag read, as
	// written (offsets, not a slice: a slice stored in the scanner costs a
	// write barrier a tag while the collector runs, and a big sheet keeps
	// it running).
	qStart, qEnd int
	// prefix is the namespace prefix every element the scanner reads must
	// carry ("" for none): the one the part's first scanned element
	// (<sheetData>, <sst>) is written with, which the root binds to the
	// main namespace. One spelling throughout keeps end tags matching their
	// start tags by local name alone.
	prefix string
	// text is scratch space for decoding entity-bearing text.
	text []byte
	// cells and spans are the current row's, reused row to row. rowText
	// holds the text of the rows read since the last flushText, which
	// turns it into one string that those rows' cells (pending) share.
	rowText []byte
	cells   []string
	spans   []span
	pending []pendingText
	// cellSlab is the block the rows' cells are carved from.
	cellSlab []string
	// attrBuf is reused by anyAttrs; stack by skipElement.
	attrBuf []attr
	stack   [][]byte
}

// scanSheet reads the cell grid and the merged ranges of a worksheet part.
// cells counts cells across the book (for the limit), progress is called
// every 10,000 rows.
func scanSheet(b []byte, sst []string, lim Limits, cells *int64, progress func(rows int)) (*scannedSheet, error) {
	if !plainUTF8(b) {
		return nil, errUnusual
	}
	root, err := openRoot(b, "worksheet", "sheetData")
	if err != nil {
		return nil, err
	}
	s := &sheetScanner{b: b, pos: root.pos, sst: sst, prefix: root.childPrefix}
	out := &scannedSheet{}
	if !root.selfClosing {
		if err := s.sheetData(lim, cells, progress, out); err != nil {
			return nil, err
		}
	}
	merges, err := s.tail(root)
	switch {
	case err == nil:
		out.merges, out.mergesOK = merges, true
	case !errors.Is(err, errUnusual):
		return nil, err
	}
	return out, nil
}

// pendingText is a cell whose text waits in rowText for flushText.
type pendingText struct {
	cells            []string
	cell, start, end int
}

// textChunk is how much row text becomes one string: a usual sheet's
// whole text, a 200,000-row sheet's in a few hundred pieces.
const textChunk = 64 << 10

// flushText gives the pending cells their text, as slices of one string.
func (s *sheetScanner) flushText() {
	if len(s.pending) > 0 {
		text := string(s.rowText)
		for _, p := range s.pending {
			p.cells[p.cell] = text[p.start:p.end]
		}
	}
	s.pending, s.rowText = s.pending[:0], s.rowText[:0]
}

// sheetData reads the rows up to </sheetData>.
func (s *sheetScanner) sheetData(lim Limits, cells *int64, progress func(rows int), out *scannedSheet) error {
	rowNum := 0
	for {
		name, closing, err := s.nextTag()
		if err != nil {
			return err
		}
		if closing {
			if name != "sheetData" {
				return errUnusual
			}
			s.flushText()
			break
		}
		if name != "row" {
			return errUnusual
		}
		attrs, selfClosing, err := s.attrs()
		if err != nil {
			return err
		}
		r := rowNum + 1
		if attrs.hasR {
			n, ok := rowNumber(attrs.r)
			if !ok || n <= rowNum {
				return errUnusual
			}
			r = n
		}
		rowNum = r
		for len(out.rows) < r-1 {
			out.rows = append(out.rows, nil)
		}
		var row []string
		if !selfClosing {
			row, err = s.row(r, out)
			if err != nil {
				return err
			}
		}
		out.rows = append(out.rows, row)
		if len(s.rowText) >= textChunk {
			s.flushText()
		}
		*cells += int64(len(row))
		if *cells > lim.MaxCells {
			return errTooManyCells
		}
		if progress != nil && len(out.rows)%10000 == 0 {
			progress(len(out.rows))
		}
	}
	for len(out.rows) > 0 && len(out.rows[len(out.rows)-1]) == 0 {
		out.rows = out.rows[:len(out.rows)-1]
	}
	return nil
}

// row reads the cells of one <row> up to its end tag. The text of its cells
// is gathered in rowText, with that of the rows before it, and becomes one
// string that they share (flushText); the cells are carved from a block:
// a few allocations a sheet instead of one a cell, which was most of what a
// 200,000-row sheet cost, or two a row.
func (s *sheetScanner) row(rowNum int, out *scannedSheet) ([]string, error) {
	s.cells = s.cells[:0]
	s.spans = s.spans[:0]
	lastCol := 0
	for {
		name, closing, err := s.nextTag()
		if err != nil {
			return nil, err
		}
		if closing {
			if name != "row" {
				return nil, errUnusual
			}
			break
		}
		if name != "c" {
			return nil, errUnusual
		}
		attrs, selfClosing, err := s.attrs()
		if err != nil {
			return nil, err
		}
		col := lastCol + 1
		if attrs.hasR {
			c, ok := refColumn(attrs.r)
			if !ok {
				return nil, errUnusual
			}
			col = c
		}
		// excelize appends a cell after the last one kept whatever its
		// column says; only strictly increasing columns mean the same grid.
		if col <= lastCol || col > maxColumns {
			return nil, errUnusual
		}
		lastCol = col
		mark := len(s.rowText)
		var c cellParts
		if !selfClosing {
			if c, err = s.cell(); err != nil {
				return nil, err
			}
		}
		// The value: a shared string, an inline string, or the text of
		// <v> (raw, whatever the type says), which cell left in rowText.
		var val string
		inText := false
		switch string(attrs.t) {
		case "s":
			v := s.rowText[c.vStart:c.vEnd]
			s.rowText = s.rowText[:mark]
			if len(v) > 0 {
				i, err := strconv.Atoi(strings.TrimSpace(string(v)))
				if err != nil {
					return nil, errUnusual // excelize would read index 0 here
				}
				if i >= 0 && i < len(s.sst) {
					val = s.sst[i] // out of range: excelize drops it silently
				}
			}
		case "inlineStr":
			if c.inline != nil {
				val = *c.inline
				s.rowText = s.rowText[:mark]
			} else {
				inText = c.vEnd > c.vStart
			}
		default: // n, b, d, e, str and anything else
			inText = c.vEnd > c.vStart
		}
		if !inText {
			s.rowText = s.rowText[:mark]
		} else if c.vStart > mark {
			// Only the last <v> counts; drop any before it.
			n := copy(s.rowText[mark:], s.rowText[c.vStart:c.vEnd])
			c.vStart, c.vEnd = mark, mark+n
			s.rowText = s.rowText[:mark+n]
		}
		if c.formula && c.uncached(val == "" && !inText, string(attrs.t) == "str") {
			if out.uncached == nil {
				out.uncached = map[string]bool{}
			}
			out.uncached[CellName(rowNum, col)] = true
		}
		if val == "" && !inText && !c.formula {
			continue
		}
		for len(s.cells) < col-1 {
			s.cells = append(s.cells, "")
		}
		if inText {
			s.spans = append(s.spans, span{len(s.cells), c.vStart, c.vEnd})
		}
		s.cells = append(s.cells, val)
	}
	if len(s.cells) == 0 {
		return nil, nil
	}
	n := len(s.cells)
	if cap(s.cellSlab)-len(s.cellSlab) < n {
		// Blocks double from 256 cells (a small sheet wastes little) to 4096.
		s.cellSlab = make([]string, 0, max(n, min(4096, max(256, 2*cap(s.cellSlab)))))
	}
	at := len(s.cellSlab)
	s.cellSlab = append(s.cellSlab, s.cells...)
	// Capped: a row appended to elsewhere must not run into the next.
	cells := s.cellSlab[at : at+n : at+n]
	for _, sp := range s.spans {
		s.pending = append(s.pending, pendingText{cells, sp.cell, sp.start, sp.end})
	}
	return cells, nil
}

// uncached reports whether a cell is a formula saved without its result:
// one whose value reads empty, unless the value is there and the type is
// "str" — Excel and LibreOffice save a formula that gives the empty string
// so, and that is a result. excelize saves a formula it was given as
// t="str" with no value at all, openpyxl as an empty <v/> and no type:
// neither is calculated. A formula is an <f> with text, or one that shares
// its master's (t="shared" with si).
func (c *cellParts) uncached(empty, str bool) bool {
	return (c.fText || c.fShared) && empty && !(str && c.hasV)
}

// span places a cell's text within the row's shared string.
type span struct{ cell, start, end int }

// cellParts is what a <c> element holds: where the text of its last <v>
// lies in the row's buffer, its formula, its inline string.
type cellParts struct {
	vStart, vEnd int
	hasV         bool    // it has a <v>, empty or not
	formula      bool    // it has an <f>
	fText        bool    // the <f> holds text
	fShared      bool    // the <f> is t="shared" with an si
	inline       *string // the text of <is>, when present
}

// cell reads the children of one <c> up to its end tag.
func (s *sheetScanner) cell() (cellParts, error) {
	var c cellParts
	for {
		name, closing, err := s.nextTag()
		if err != nil {
			return c, err
		}
		if closing {
			if name != "c" {
				return c, errUnusual
			}
			return c, nil
		}
		attrs, selfClosing, err := s.attrs()
		if err != nil {
			return c, err
		}
		switch name {
		case "v":
			c.hasV = true
			c.vStart, c.vEnd = len(s.rowText), len(s.rowText)
			if !selfClosing {
				raw, err := s.rawTextUntil("v")
				if err != nil {
					return c, err
				}
				var ok bool
				if s.rowText, ok = s.decodeAppend(s.rowText, raw); !ok {
					return c, errUnusual
				}
				c.vEnd = len(s.rowText)
			}
		case "f":
			if c.formula {
				return c, errUnusual // encoding/xml would merge the two
			}
			c.formula = true
			c.fShared = string(attrs.t) == "shared" && attrs.hasSi
			if !selfClosing {
				raw, err := s.rawTextUntil("f")
				if err != nil {
					return c, err
				}
				if !plainText(raw) {
					if s.text, err = s.checkText(raw); err != nil {
						return c, err
					}
				}
				c.fText = len(raw) > 0
			}
		case "is":
			text := ""
			if !selfClosing {
				if text, err = s.richText("is"); err != nil {
					return c, err
				}
			}
			c.inline = &text
		default:
			return c, errUnusual
		}
	}
}

// checkText is an error for character data encoding/xml would refuse; it
// returns its scratch buffer for reuse.
func (s *sheetScanner) checkText(raw []byte) ([]byte, error) {
	buf, ok := s.decodeAppend(s.text[:0], raw)
	if !ok {
		return buf, errUnusual
	}
	return buf, nil
}

// richText reads a string item (<si> or <is>) as excelize's xlsxSI.String
// gives it: the item's own <t> followed by the <t> of each run (a repeated
// element keeps its last occurrence, as encoding/xml decodes it), never the
// phonetic runs, with Excel's _xHHHH_ escapes undone.
func (s *sheetScanner) richText(end string) (string, error) {
	var direct string
	var runs []string
	for {
		name, closing, err := s.nextTag()
		if err != nil {
			return "", err
		}
		if closing {
			if name != end {
				return "", errUnusual
			}
			return unescapeBSTR(direct + strings.Join(runs, "")), nil
		}
		_, selfClosing, err := s.attrs()
		if err != nil {
			return "", err
		}
		switch name {
		case "t":
			direct = ""
			if !selfClosing {
				if direct, err = s.textUntil("t"); err != nil {
					return "", err
				}
			}
		case "r":
			t := ""
			if !selfClosing {
				if t, err = s.run(); err != nil {
					return "", err
				}
			}
			runs = append(runs, t)
		case "rPh", "phoneticPr", "extLst":
			if !selfClosing {
				if err := s.skipElement(s.b[s.qStart:s.qEnd]); err != nil {
					return "", err
				}
			}
		default:
			return "", errUnusual
		}
	}
}

// run reads one rich-text run: its formatting is skipped, its <t> kept.
func (s *sheetScanner) run() (string, error) {
	t := ""
	for {
		name, closing, err := s.nextTag()
		if err != nil {
			return "", err
		}
		if closing {
			if name != "r" {
				return "", errUnusual
			}
			return t, nil
		}
		_, selfClosing, err := s.attrs()
		if err != nil {
			return "", err
		}
		switch name {
		case "t":
			t = ""
			if !selfClosing {
				if t, err = s.textUntil("t"); err != nil {
					return "", err
				}
			}
		case "rPr":
			if !selfClosing {
				if err := s.skipElement(s.b[s.qStart:s.qEnd]); err != nil {
					return "", err
				}
			}
		default:
			return "", errUnusual
		}
	}
}

// skipElement passes over the content of the element named qname, already
// opened, up to its end tag: nested elements of any name and prefix, each
// end tag matching its start tag as encoding/xml requires, and character
// data encoding/xml would accept. Comments, CDATA and processing
// instructions are beyond the subset.
func (s *sheetScanner) skipElement(qname []byte) error {
	s.stack = append(s.stack[:0], qname)
	for len(s.stack) > 0 {
		raw, err := s.textUntilTag()
		if err != nil {
			return err
		}
		if !plainText(raw) {
			if s.text, err = s.checkText(raw); err != nil {
				return err
			}
		}
		name, closing, err := s.rawTag()
		if err != nil {
			return err
		}
		if closing {
			if !bytes.Equal(name, s.stack[len(s.stack)-1]) {
				return errUnusual
			}
			s.stack = s.stack[:len(s.stack)-1]
			continue
		}
		_, selfClosing, err := s.anyAttrs()
		if err != nil {
			return err
		}
		if !selfClosing {
			s.stack = append(s.stack, name)
		}
	}
	return nil
}

// nextTag moves past whitespace to the next tag and reads its local name,
// placing the name as written at s.qStart:s.qEnd. Text between structural tags is
// not allowed except whitespace, which is what encoding/xml would hand
// excelize as ignorable character data. The name must carry the scanner's
// prefix, and only it.
func (s *sheetScanner) nextTag() (name string, closing bool, err error) {
	b := s.b
	i := s.pos
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	if i+1 >= len(b) || b[i] != '<' {
		return "", false, errUnusual
	}
	i++
	if b[i] == '/' {
		closing = true
		i++
	}
	q := i
	if p := len(s.prefix); p > 0 {
		if len(b) < i+p+1 || string(b[i:i+p]) != s.prefix || b[i+p] != ':' {
			return "", false, errUnusual
		}
		i += p + 1
	}
	j := i
	for j < len(b) && isNameByte(b[j]) {
		j++
	}
	if j == i || j >= len(b) || !isNameStart(b[i]) {
		return "", false, errUnusual // comment, CDATA, PI, another prefix or garbage
	}
	name = tagName(b[i:j])
	s.qStart, s.qEnd = q, j
	if closing {
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if j >= len(b) || b[j] != '>' {
			return "", false, errUnusual
		}
		j++
	}
	s.pos = j
	return name, closing, nil
}

// rawTag moves past whitespace to the next tag and reads its name as
// written, prefix and all; an end tag is consumed through its '>'.
func (s *sheetScanner) rawTag() (qname []byte, closing bool, err error) {
	b := s.b
	i := s.pos
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	if i+1 >= len(b) || b[i] != '<' {
		return nil, false, errUnusual
	}
	i++
	if b[i] == '/' {
		closing = true
		i++
	}
	j, ok := qnameEnd(b, i)
	if !ok || j >= len(b) {
		return nil, false, errUnusual
	}
	qname = b[i:j]
	if closing {
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if j >= len(b) || b[j] != '>' {
			return nil, false, errUnusual
		}
		j++
	}
	s.pos = j
	return qname, closing, nil
}

// qnameEnd is the end of the XML name at b[i:], with at most one ':'
// between two non-empty parts.
func qnameEnd(b []byte, i int) (int, bool) {
	j := i
	for part := 0; part < 2; part++ {
		if j >= len(b) || !isNameStart(b[j]) {
			return 0, false
		}
		for j < len(b) && isNameByte(b[j]) {
			j++
		}
		if j >= len(b) || b[j] != ':' || part == 1 {
			break
		}
		j++
	}
	return j, true
}

// splitQName splits "x:name" into "x" and "name".
func splitQName(q []byte) (prefix, local []byte) {
	if k := bytes.IndexByte(q, ':'); k >= 0 {
		return q[:k], q[k+1:]
	}
	return nil, q
}

// tagName returns the element names the scanner knows without allocating.
func tagName(b []byte) string {
	switch string(b) {
	case "c":
		return "c"
	case "v":
		return "v"
	case "f":
		return "f"
	case "row":
		return "row"
	case "t":
		return "t"
	case "r":
		return "r"
	case "is":
		return "is"
	case "si":
		return "si"
	case "rPr":
		return "rPr"
	}
	return string(b)
}

// tagAttrs holds the attributes that change a raw value: a cell's or a
// row's r and a cell's t, and whether a formula has an si. They are views
// into the part, decoded only when they hold a reference, so reading them
// allocates nothing.
type tagAttrs struct {
	r, t              []byte
	hasR, hasT, hasSi bool
}

// attrs reads the attributes after a start tag's name through its '>' or
// '/>'.
func (s *sheetScanner) attrs() (tagAttrs, bool, error) {
	b := s.b
	i := s.pos
	var out tagAttrs
	var seenS bool
	for {
		start := i
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return out, false, errUnusual
		}
		switch b[i] {
		case '>':
			s.pos = i + 1
			return out, false, nil
		case '/':
			if i+1 < len(b) && b[i+1] == '>' {
				s.pos = i + 2
				return out, true, nil
			}
			return out, false, errUnusual
		}
		if i == start {
			return out, false, errUnusual // attributes must be separated
		}
		j := i
		for j < len(b) && (isNameByte(b[j]) || b[j] == ':') {
			j++
		}
		if j == i || !isNameStart(b[i]) {
			return out, false, errUnusual
		}
		name := b[i:j]
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if j >= len(b) || b[j] != '=' {
			return out, false, errUnusual
		}
		j++
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if j >= len(b) || (b[j] != '"' && b[j] != '\'') {
			return out, false, errUnusual
		}
		q := b[j]
		k := bytes.IndexByte(b[j+1:], q)
		if k < 0 {
			return out, false, errUnusual
		}
		raw := b[j+1 : j+1+k]
		i = j + 1 + k + 1
		if bytes.IndexByte(raw, '<') >= 0 {
			return out, false, errUnusual
		}
		if !plainAttr(raw) {
			// Entities, line ends and non-ASCII text in r or t are beyond
			// the subset; elsewhere a malformed entity, a byte that is not
			// UTF-8 or a character XML forbids would stop encoding/xml, so
			// they are checked.
			if _, ok := s.decode(raw); !ok || len(name) == 1 {
				return out, false, errUnusual
			}
		}
		local := name
		if k := bytes.LastIndexByte(name, ':'); k >= 0 {
			local = name[k+1:]
			if string(name[:k]) == "xmlns" {
				return out, false, errUnusual // a prefix bound anew
			}
		}
		if len(local) == 2 && local[0] == 's' && local[1] == 'i' {
			// A formula's shared index: excelize's cell model decodes it
			// as an integer, and fails on anything else.
			if len(name) != 2 || out.hasSi || !isInteger(raw) {
				return out, false, errUnusual
			}
			out.hasSi = true
			continue
		}
		if len(local) != 1 {
			if len(name) == 5 && string(name) == "xmlns" {
				return out, false, errUnusual // the default namespace bound anew
			}
			continue
		}
		// encoding/xml hands excelize the local name: a prefixed or
		// repeated r, t or s would mean something else there.
		switch local[0] {
		case 'r':
			if len(name) != 1 || out.hasR {
				return out, false, errUnusual
			}
			out.r, out.hasR = raw, true
		case 't':
			if len(name) != 1 || out.hasT {
				return out, false, errUnusual
			}
			out.t, out.hasT = raw, true
		case 's':
			if len(name) != 1 || seenS || !isInteger(raw) {
				return out, false, errUnusual // excelize would abandon the cell
			}
			seenS = true
		}
	}
}

// attr is one attribute as written: its name and raw value.
type attr struct{ name, raw []byte }

// anyAttrs reads the attributes of a start tag the scanner does not
// interpret value by value (the root's children, merges, skipped
// elements) through its '>' or '/>', checking what encoding/xml checks. The
// slice is reused by the next call.
func (s *sheetScanner) anyAttrs() ([]attr, bool, error) {
	b := s.b
	i := s.pos
	out := s.attrBuf[:0]
	for {
		start := i
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return nil, false, errUnusual
		}
		switch b[i] {
		case '>':
			s.pos, s.attrBuf = i+1, out
			return out, false, nil
		case '/':
			if i+1 < len(b) && b[i+1] == '>' {
				s.pos, s.attrBuf = i+2, out
				return out, true, nil
			}
			return nil, false, errUnusual
		}
		if i == start {
			return nil, false, errUnusual
		}
		j, ok := qnameEnd(b, i)
		if !ok {
			return nil, false, errUnusual
		}
		name := b[i:j]
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if j >= len(b) || b[j] != '=' {
			return nil, false, errUnusual
		}
		j++
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if j >= len(b) || (b[j] != '"' && b[j] != '\'') {
			return nil, false, errUnusual
		}
		k := bytes.IndexByte(b[j+1:], b[j])
		if k < 0 {
			return nil, false, errUnusual
		}
		raw := b[j+1 : j+1+k]
		i = j + 1 + k + 1
		if bytes.IndexByte(raw, '<') >= 0 {
			return nil, false, errUnusual
		}
		if !plainAttr(raw) {
			var err error
			if s.text, err = s.checkText(raw); err != nil {
				return nil, false, err
			}
		}
		out = append(out, attr{name, raw})
	}
}

// isInteger is strconv.ParseInt(…, 10, 64) succeeding.
func isInteger(b []byte) bool {
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 18 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// textUntil reads character data up to </end>, which it consumes.
func (s *sheetScanner) textUntil(end string) (string, error) {
	raw, err := s.rawTextUntil(end)
	if err != nil {
		return "", err
	}
	v, ok := s.decode(raw)
	if !ok {
		return "", errUnusual
	}
	return v, nil
}

// rawTextUntil returns the undecoded character data up to </end>, which it
// consumes.
func (s *sheetScanner) rawTextUntil(end string) ([]byte, error) {
	raw, err := s.textUntilTag()
	if err != nil {
		return nil, err
	}
	name, closing, err := s.nextTag()
	if err != nil {
		return nil, err
	}
	if !closing || name != end {
		return nil, errUnusual
	}
	return raw, nil
}

// textUntilTag returns the raw bytes up to the next '<', leaving pos there.
func (s *sheetScanner) textUntilTag() ([]byte, error) {
	k := bytes.IndexByte(s.b[s.pos:], '<')
	if k < 0 {
		return nil, errUnusual
	}
	raw := s.b[s.pos : s.pos+k]
	s.pos += k
	return raw, nil
}

// decode is decodeAppend into a new string.
func (s *sheetScanner) decode(raw []byte) (string, bool) {
	if plainText(raw) {
		return string(raw), true
	}
	var ok bool
	s.text, ok = s.decodeAppend(s.text[:0], raw)
	return string(s.text), ok
}

// plainText is true when raw means itself: no entity, no carriage return,
// nothing outside printable ASCII.
func plainText(raw []byte) bool {
	for _, c := range raw {
		if c == '&' || c == '\r' || c < 0x20 && c != '\t' && c != '\n' || c >= 0x80 {
			return false
		}
	}
	return true
}

// decodeAppend appends raw character data to dst as encoding/xml would
// decode it: the five named entities and character references, line ends
// normalised to \n (attribute values alike: encoding/xml does not normalise
// their spaces). ok is false for anything encoding/xml would refuse.
func (s *sheetScanner) decodeAppend(dst, raw []byte) ([]byte, bool) {
	if plainText(raw) {
		return append(dst, raw...), true
	}
	out := dst
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			j := bytes.IndexByte(raw[i:], ';')
			if j < 0 {
				return dst, false
			}
			r, ok := xmltext.Entity(raw[i+1 : i+j])
			if !ok {
				return dst, false
			}
			out = utf8.AppendRune(out, r)
			i += j + 1
		case c == '\r':
			out = append(out, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case c < 0x20 && c != '\t' && c != '\n':
			return dst, false
		case c >= 0x80:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 || !xmltext.InCharacterRange(r) {
				return dst, false
			}
			out = append(out, raw[i:i+size]...)
			i += size
		default:
			out = append(out, c)
			i++
		}
	}
	return out, true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isNameByte accepts the ASCII letters, digits and marks of element names;
// a ':' (a namespace prefix) is deliberately not one.
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

// isNameStart is XML's NameStartChar within ASCII, ':' aside.
func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// refColumn reads the column of a cell reference such as "AB12" as excelize
// does: letters then a row number from 1 to Excel's limit.
func refColumn(ref []byte) (int, bool) {
	i := 0
	col := 0
	for i < len(ref) && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		c := ref[i] | 0x20
		col = col*26 + int(c-'a'+1)
		if col > maxColumns {
			return 0, false
		}
		i++
	}
	if i == 0 || i == len(ref) || i > 3 {
		return 0, false
	}
	row := 0
	for j := i; j < len(ref); j++ {
		if ref[j] < '0' || ref[j] > '9' {
			return 0, false
		}
		row = row*10 + int(ref[j]-'0')
		if row > maxRows {
			return 0, false
		}
	}
	if row < 1 || ref[i] == '0' {
		return 0, false
	}
	return col, true
}

// parseRef reads a cell reference: its column, its row, and whether its
// letters are all upper case.
func parseRef(ref []byte) (col, row int, upper, ok bool) {
	i := 0
	upper = true
	for i < len(ref) && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		if ref[i] >= 'a' {
			upper = false
		}
		c := ref[i] | 0x20
		col = col*26 + int(c-'a'+1)
		if col > maxColumns {
			return 0, 0, false, false
		}
		i++
	}
	if i == 0 || i == len(ref) || i > 3 {
		return 0, 0, false, false
	}
	for j := i; j < len(ref); j++ {
		if ref[j] < '0' || ref[j] > '9' {
			return 0, 0, false, false
		}
		row = row*10 + int(ref[j]-'0')
		if row > maxRows {
			return 0, 0, false, false
		}
	}
	if row < 1 || ref[i] == '0' {
		return 0, 0, false, false
	}
	return col, row, upper, true
}

// mergeRange reads a merged range's ref when it is written as Excel writes
// it — "A1:C2", or "A1" for one cell — in upper case, without '$', top-left
// first. excelize accepts other spellings too, and answers for them.
func mergeRange(ref []byte) (Merge, bool) {
	a, b, two := bytes.Cut(ref, []byte(":"))
	if !two {
		b = a
	}
	c1, r1, up1, ok1 := parseRef(a)
	c2, r2, up2, ok2 := parseRef(b)
	if !ok1 || !ok2 || !up1 || !up2 || r1 > r2 || c1 > c2 {
		return Merge{}, false
	}
	return Merge{Top: r1, Left: c1, Bottom: r2, Right: c2}, true
}

// rowNumber reads a row's r as strconv.Atoi would, within Excel's limit;
// signs and leading zeros are left to excelize.
func rowNumber(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 7 || b[0] == '0' {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n <= maxRows
}

// plainAttr reports whether an attribute value is printable ASCII without
// entities: read as it stands, with nothing to check.
func plainAttr(raw []byte) bool {
	for _, c := range raw {
		if c < 0x20 || c >= 0x80 || c == '&' {
			return false
		}
	}
	return true
}

// plainUTF8 is false for a part that declares another encoding or starts
// with a UTF-16 byte-order mark: excelize transcodes those.
func plainUTF8(b []byte) bool {
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return false
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return true
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return false
	}
	decl := b[:end]
	k := bytes.Index(decl, []byte("encoding"))
	if k < 0 {
		return true
	}
	rest := bytes.TrimLeft(decl[k+len("encoding"):], " \t\r\n=")
	rest = bytes.Trim(rest, " \t\r\n")
	if len(rest) < 2 {
		return false
	}
	enc := strings.ToLower(string(bytes.Trim(rest, `"'`)))
	if i := strings.IndexAny(enc, `"' `); i >= 0 {
		enc = enc[:i]
	}
	return enc == "utf-8" || enc == "utf8"
}

// partRoot is what the start of a part tells the scanner.
type partRoot struct {
	qname       []byte // the root element's name as written
	prefix      string // a prefix the root binds to the main namespace, or ""
	defaultMain bool   // unprefixed names are in the main namespace
	childPrefix string // the prefix of the element openRoot stopped at
	pos         int    // just past that element's start tag
	selfClosing bool   // that element is empty (<sheetData/>)
}

// allowed reports whether an element written with prefix is in the main
// namespace by the root's declarations.
func (r *partRoot) allowed(prefix []byte) bool {
	if len(prefix) == 0 {
		return r.defaultMain
	}
	return r.prefix != "" && string(prefix) == r.prefix
}

// openRoot reads the start of a part with encoding/xml, as excelize's
// decoder meets it, up to the start tag of the root's child named child (or
// the root's own when child is ""). The root must be the main namespace's
// element named root; before the child there must be nothing excelize would
// read as part of what the scanner reads (a row, another sheetData, merges)
// and nothing the scanner cannot vouch for (a comment, CDATA, a DTD, a
// processing instruction). An encoding/xml error there means excelize
// reads nothing, so the scanner must not either.
func openRoot(b []byte, root, child string) (partRoot, error) {
	var r partRoot
	d := xml.NewDecoder(bytes.NewReader(b))
	// RawToken, not Token: Token's namespace bookkeeping costs more than
	// the rest of a small sheet. Namespaces are resolved from the root's
	// own declarations (the child's are refused), and end tags are
	// matched here as Token would match them.
	var open [][]byte
	for {
		off := d.InputOffset()
		tok, err := d.RawToken()
		if err != nil {
			return r, errUnusual
		}
		switch t := tok.(type) {
		case xml.StartElement:
			raw := b[off:d.InputOffset()]
			end, ok := qnameEnd(raw, 1)
			if !ok {
				return r, errUnusual
			}
			qname := raw[1:end]
			selfClosing := bytes.HasSuffix(raw, []byte("/>"))
			switch {
			case len(open) == 0:
				if t.Name.Local != root || r.qname != nil {
					return r, errUnusual
				}
				r.qname = qname
				if err := r.bind(t.Attr, t.Name.Space); err != nil {
					return r, err
				}
				if child == "" {
					r.childPrefix, r.pos, r.selfClosing = t.Name.Space, int(d.InputOffset()), selfClosing
					return r, nil
				}
			case len(open) == 1 && t.Name.Local == child:
				if !r.allowed([]byte(t.Name.Space)) || declares(t.Attr) {
					return r, errUnusual
				}
				r.childPrefix, r.pos, r.selfClosing = t.Name.Space, int(d.InputOffset()), selfClosing
				return r, nil
			case t.Name.Local == "row" || t.Name.Local == child || t.Name.Local == "mergeCells":
				// excelize's stream reads a row wherever it stands, and
				// its cell model the merges of any child of the root.
				return r, errUnusual
			}
			open = append(open, qname)
		case xml.EndElement:
			if len(open) == 0 || !bytes.Equal(open[len(open)-1], endName(t.Name)) {
				return r, errUnusual
			}
			open = open[:len(open)-1]
			if len(open) == 0 {
				return r, errUnusual // the root closed before the child
			}
		case xml.CharData:
			if bytes.Contains(b[off:d.InputOffset()], []byte("<![CDATA[")) {
				return r, errUnusual
			}
			if len(open) == 0 && len(bytes.Trim(t, " \t\r\n\ufeff")) > 0 {
				return r, errUnusual
			}
		case xml.ProcInst:
			if len(open) != 0 || r.qname != nil || t.Target != "xml" {
				return r, errUnusual
			}
		default: // a comment, a DTD
			return r, errUnusual
		}
	}
}

// endName is an end tag's name as written.
func endName(n xml.Name) []byte {
	if n.Space == "" {
		return []byte(n.Local)
	}
	return []byte(n.Space + ":" + n.Local)
}

// bind reads the root's namespace declarations (as RawToken gives them):
// which prefix, and whether no prefix, names the main namespace. The root
// itself, written with rootPrefix, must be in it. A prefix declared twice
// is beyond the subset.
func (r *partRoot) bind(attrs []xml.Attr, rootPrefix string) error {
	rootNS := ""
	for i, a := range attrs {
		if !isDeclaration(a.Name) {
			continue
		}
		for _, o := range attrs[:i] {
			if o.Name == a.Name {
				return errUnusual
			}
		}
		switch {
		case a.Name.Space == "":
			r.defaultMain = isMainNS(a.Value)
			if rootPrefix == "" {
				rootNS = a.Value
			}
		case a.Name.Local == rootPrefix:
			rootNS = a.Value
			r.prefix = rootPrefix
		case r.prefix == "" && isMainNS(a.Value):
			r.prefix = a.Name.Local
		}
	}
	if !isMainNS(rootNS) {
		return errUnusual
	}
	return nil
}

// isDeclaration reports whether an attribute, as encoding/xml's RawToken
// names it, declares a namespace.
func isDeclaration(n xml.Name) bool {
	return n.Space == "xmlns" || n.Space == "" && n.Local == "xmlns"
}

// declares reports whether a start tag declares a namespace.
func declares(attrs []xml.Attr) bool {
	for _, a := range attrs {
		if isDeclaration(a.Name) {
			return true
		}
	}
	return false
}

// isXMLNS is isDeclaration for a name as written.
func isXMLNS(name []byte) bool {
	return string(name) == "xmlns" || bytes.HasPrefix(name, []byte("xmlns:"))
}

// tail reads the root's children after </sheetData> up to the root's end
// tag, and returns the merged ranges as excelize's GetMergeCells gives them:
// the <mergeCell> elements of the root's one <mergeCells>, in order. Ranges
// that overlap, or are written otherwise than Excel writes them, are
// excelize's to interpret (errUnusual).
func (s *sheetScanner) tail(root partRoot) ([]Merge, error) {
	var merges []Merge
	seen := false
	for {
		name, closing, err := s.rawTag()
		if err != nil {
			return nil, err
		}
		if closing {
			if !bytes.Equal(name, root.qname) {
				return nil, errUnusual
			}
			break
		}
		attrs, selfClosing, err := s.anyAttrs()
		if err != nil {
			return nil, err
		}
		prefix, local := splitQName(name)
		switch string(local) {
		case "mergeCells":
			if seen || !root.allowed(prefix) {
				return nil, errUnusual
			}
			seen = true
			for _, a := range attrs {
				_, l := splitQName(a.name)
				// excelize's cell model decodes count as an integer.
				if isXMLNS(a.name) || string(l) == "count" && !isInteger(a.raw) {
					return nil, errUnusual
				}
			}
			if !selfClosing {
				if merges, err = s.mergeCells(name, &root); err != nil {
					return nil, err
				}
			}
		case "sheetData":
			return nil, errUnusual
		default:
			if !selfClosing {
				if err := s.skipElement(name); err != nil {
					return nil, err
				}
			}
		}
	}
	if overlapping(merges) {
		return nil, errUnusual
	}
	return merges, nil
}

// mergeCells reads the <mergeCell ref="…"/> children of <mergeCells> up to
// its end tag.
func (s *sheetScanner) mergeCells(end []byte, root *partRoot) ([]Merge, error) {
	var out []Merge
	for {
		name, closing, err := s.rawTag()
		if err != nil {
			return nil, err
		}
		if closing {
			if !bytes.Equal(name, end) {
				return nil, errUnusual
			}
			return out, nil
		}
		prefix, local := splitQName(name)
		if string(local) != "mergeCell" || !root.allowed(prefix) {
			return nil, errUnusual
		}
		attrs, selfClosing, err := s.anyAttrs()
		if err != nil {
			return nil, err
		}
		var ref []byte
		for _, a := range attrs {
			p, l := splitQName(a.name)
			switch {
			case isXMLNS(a.name):
				return nil, errUnusual
			case string(l) == "ref":
				// encoding/xml would take a prefixed or repeated ref too.
				if len(p) > 0 || ref != nil {
					return nil, errUnusual
				}
				ref = a.raw
			}
		}
		m, ok := mergeRange(ref)
		if !ok {
			return nil, errUnusual
		}
		if !selfClosing {
			if n, closing, err := s.rawTag(); err != nil || !closing || !bytes.Equal(n, name) {
				return nil, errUnusual
			}
		}
		if len(out) == maxMerges {
			return nil, errTooManyMerges
		}
		out = append(out, m)
	}
}

// overlapping reports whether two ranges share a cell. excelize's
// GetMergeCells joins such ranges (mergeOverlapCells); Excel never writes
// them, so excelize answers for them. It also answers true when telling
// would cost more than reading the sheet.
func overlapping(ms []Merge) bool {
	if len(ms) <= 64 {
		for i, a := range ms {
			for _, b := range ms[i+1:] {
				if a.Top <= b.Bottom && b.Top <= a.Bottom && a.Left <= b.Right && b.Left <= a.Right {
					return true
				}
			}
		}
		return false
	}
	// Down the rows: bottom[c] is the lowest row a range met so far
	// reaches in column c. Every such range starts at or above the current
	// one, so they share a cell exactly when that row is not above it.
	byTop := slices.Clone(ms)
	slices.SortFunc(byTop, func(a, b Merge) int { return cmp.Compare(a.Top, b.Top) })
	right := 0
	for _, m := range ms {
		right = max(right, m.Right)
	}
	bottom := make([]int32, right+1)
	work := 0
	for _, m := range byTop {
		if work += m.Right - m.Left + 1; work > 1<<24 {
			return true
		}
		for c := m.Left; c <= m.Right; c++ {
			if int(bottom[c]) >= m.Top {
				return true
			}
			bottom[c] = int32(m.Bottom)
		}
	}
	return false
}

// scanSharedStrings reads xl/sharedStrings.xml into its strings, as
// excelize's xlsxSI.String would give them.
func scanSharedStrings(b []byte) ([]string, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if !plainUTF8(b) {
		return nil, errUnusual
	}
	root, err := openRoot(b, "sst", "")
	if err != nil {
		return nil, err
	}
	// excelize rewrites Strict namespace names wherever they stand in this
	// part (namespaceStrictToTransitional), text included.
	if bytes.Contains(b[root.pos:], []byte("purl.oclc.org")) {
		return nil, errUnusual
	}
	if root.selfClosing {
		return nil, nil
	}
	s := &sheetScanner{b: b, pos: root.pos, prefix: root.childPrefix}
	var out []string
	for {
		name, closing, err := s.nextTag()
		if err != nil {
			return nil, err
		}
		if closing {
			if name != "sst" {
				return nil, errUnusual
			}
			return out, nil
		}
		_, selfClosing, err := s.attrs()
		if err != nil {
			return nil, err
		}
		switch {
		case name == "si" && selfClosing:
			out = append(out, "")
		case name == "si":
			t, err := s.richText("si")
			if err != nil {
				return nil, err
			}
			out = append(out, t)
		case name == "extLst" && !selfClosing:
			if err := s.skipElement(s.b[s.qStart:s.qEnd]); err != nil {
				return nil, err
			}
		default:
			return nil, errUnusual
		}
	}
}

// bstrEscapes finds Excel's escapes for characters XML cannot carry, _xHHHH_
// (H an ASCII hexadecimal digit), left to right and not overlapping, as
// [start, end) byte offsets: what the regular expression `_x[a-fA-F\d]{4}_`
// finds with FindAllStringIndex(s, -1). In "_x0041_x0042_" only the first is
// an escape: the second would share its underscore.
func bstrEscapes(s string) [][2]int {
	var out [][2]int
	for i := 0; i+7 <= len(s); {
		if s[i] == '_' && s[i+1] == 'x' && isHex4(s[i+2:i+6]) && s[i+6] == '_' {
			out = append(out, [2]int{i, i + 7})
			i += 7
			continue
		}
		i++
	}
	return out
}

// isHex4 tells whether h is four ASCII hexadecimal digits.
func isHex4(h string) bool {
	if len(h) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if c := h[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// unescapeBSTR is excelize's bstrUnmarshal: _x005F_ is '_', other escapes
// their character, and escapes of surrogates vanish.
func unescapeBSTR(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var sb strings.Builder
	cursor := 0
	for _, m := range bstrEscapes(s) {
		sb.WriteString(s[cursor:m[0]])
		cursor = m[1]
		hex := s[m[0]+2 : m[1]-1]
		if hex == "005F" {
			sb.WriteByte('_')
			continue
		}
		n, _ := strconv.ParseUint(hex, 16, 32)
		if r := rune(n); utf8.ValidRune(r) {
			sb.WriteRune(r)
		}
	}
	sb.WriteString(s[cursor:])
	return sb.String()
}
