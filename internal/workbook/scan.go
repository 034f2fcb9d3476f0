package workbook

import (
	"bytes"
	"encoding/xml"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The fast path. excelize's streaming reader pays for every XML token with
// several allocations (encoding/xml builds a Token, its names and attributes
// for each element), which dominates a check in the browser, where
// allocation is dearest. A worksheet's <sheetData> and the shared strings
// table use a small, regular subset of XML, so they are read here by a
// byte scanner over the very part excelize unzipped and checked.
//
// The scanner is deliberately narrow: it gives up (errUnusual) at the first
// thing outside the subset Excel, WPS and excelize write — a namespace
// prefix, a comment, CDATA, an unknown element or entity, a non-UTF-8
// declaration, bytes XML forbids — and the caller then reads the sheet with
// excelize as before. Wherever it does answer, it answers exactly what
// excelize's Rows/Columns(RawCellValue) would: the differential tests and
// FuzzScanSheet hold the two to that.

// errUnusual means "read this part with excelize instead"; it never reaches
// the user.
var errUnusual = errors.New("part outside the fast reader's XML subset")

// maxRows is Excel's row limit; excelize refuses a row number beyond it.
const maxRows = 1048576

// maxColumns is Excel's column limit (XFD).
const maxColumns = 16384

// scannedSheet is what the fast path reads from one worksheet part.
type scannedSheet struct {
	rows     [][]string
	uncached map[string]bool
}

// sheetScanner walks one worksheet part. pos always indexes b.
type sheetScanner struct {
	b   []byte
	pos int
	sst []string
	// text is scratch space for decoding entity-bearing text.
	text []byte
	// rowText, cells and spans are the current row's, reused row to row.
	rowText []byte
	cells   []string
	spans   []span
}

// scanSheet reads the cell grid of a worksheet part. cells counts cells
// across the book (for the limit), progress is called every 10,000 rows.
func scanSheet(b []byte, sst []string, lim Limits, cells *int64, progress func(rows int)) (*scannedSheet, error) {
	if !plainUTF8(b) {
		return nil, errUnusual
	}
	start := indexTag(b, "sheetData")
	if start < 0 {
		return nil, errUnusual
	}
	if err := wellFormedPrefix(b[:start]); err != nil {
		return nil, err
	}
	s := &sheetScanner{b: b, pos: start + len("<sheetData"), sst: sst}
	_, selfClosing, err := s.attrs()
	if err != nil {
		return nil, err
	}
	out := &scannedSheet{}
	if selfClosing {
		return out, nil
	}
	rowNum := 0
	for {
		name, closing, err := s.nextTag()
		if err != nil {
			return nil, err
		}
		if closing {
			if name != "sheetData" {
				return nil, errUnusual
			}
			break
		}
		if name != "row" {
			return nil, errUnusual
		}
		attrs, selfClosing, err := s.attrs()
		if err != nil {
			return nil, err
		}
		r := rowNum + 1
		if attrs.hasR {
			n, ok := rowNumber(attrs.r)
			if !ok || n <= rowNum {
				return nil, errUnusual
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
				return nil, err
			}
		}
		out.rows = append(out.rows, row)
		*cells += int64(len(row))
		if *cells > lim.MaxCells {
			return nil, errTooManyCells
		}
		if progress != nil && len(out.rows)%10000 == 0 {
			progress(len(out.rows))
		}
	}
	for len(out.rows) > 0 && len(out.rows[len(out.rows)-1]) == 0 {
		out.rows = out.rows[:len(out.rows)-1]
	}
	return out, nil
}

// row reads the cells of one <row> up to its end tag. The text of all its
// cells is gathered in one buffer and becomes one string that the cells
// share: two allocations a row instead of one a cell, which is most of
// what a 200,000-row sheet costs.
func (s *sheetScanner) row(rowNum int, out *scannedSheet) ([]string, error) {
	s.cells = s.cells[:0]
	s.spans = s.spans[:0]
	s.rowText = s.rowText[:0]
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
		if c.formula && !c.hasV {
			if out.uncached == nil {
				out.uncached = map[string]bool{}
			}
			out.uncached[CellName(rowNum, col)] = true
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
	cells := make([]string, len(s.cells))
	copy(cells, s.cells)
	if len(s.spans) > 0 {
		text := string(s.rowText)
		for _, sp := range s.spans {
			cells[sp.cell] = text[sp.start:sp.end]
		}
	}
	return cells, nil
}

// span places a cell's text within the row's shared string.
type span struct{ cell, start, end int }

// cellParts is what a <c> element holds: where the text of its last <v>
// lies in the row's buffer, whether it has a formula, its inline string.
type cellParts struct {
	vStart, vEnd int
	hasV         bool
	formula      bool
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
		_, selfClosing, err := s.attrs()
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
			c.formula = true
			if !selfClosing {
				if _, err = s.textUntil("f"); err != nil {
					return c, err
				}
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
				if err := s.skip(name); err != nil {
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
				if err := s.skip("rPr"); err != nil {
					return "", err
				}
			}
		default:
			return "", errUnusual
		}
	}
}

// skip passes over the content of an element already opened, nested
// elements included, up to its end tag.
func (s *sheetScanner) skip(end string) error {
	depth := 0
	for {
		if _, err := s.textUntilTag(); err != nil {
			return err
		}
		name, closing, err := s.nextTag()
		if err != nil {
			return err
		}
		if closing {
			if depth == 0 {
				if name != end {
					return errUnusual
				}
				return nil
			}
			depth--
			continue
		}
		_, selfClosing, err := s.attrs()
		if err != nil {
			return err
		}
		if !selfClosing {
			depth++
		}
	}
}

// nextTag moves past whitespace to the next tag and reads its name. Text
// between structural tags is not allowed except whitespace, which is what
// encoding/xml would hand excelize as ignorable character data.
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
	j := i
	for j < len(b) && isNameByte(b[j]) {
		j++
	}
	if j == i || j >= len(b) || !isNameStart(b[i]) {
		return "", false, errUnusual // comment, CDATA, PI, prefix or garbage
	}
	name = tagName(b[i:j])
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
// row's r and a cell's t. They are views into the part, decoded only when
// they hold a reference, so reading them allocates nothing.
type tagAttrs struct {
	r, t       []byte
	hasR, hasT bool
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
		}
		if len(local) != 1 {
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
			r, ok := entity(raw[i+1 : i+j])
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
			if r == utf8.RuneError && size == 1 || !inCharacterRange(r) {
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

// entity resolves the name between '&' and ';'.
func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	var n uint64
	var err error
	if name[1] == 'x' {
		n, err = strconv.ParseUint(string(name[2:]), 16, 32)
	} else {
		n, err = strconv.ParseUint(string(name[1:]), 10, 32)
	}
	if err != nil || !inCharacterRange(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// inCharacterRange is XML 1.0's Char production, as encoding/xml checks it.
func inCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
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

// indexTag finds the start tag <name followed by a space, '>' or '/'.
func indexTag(b []byte, name string) int {
	pat := "<" + name
	off := 0
	for {
		k := bytes.Index(b[off:], []byte(pat))
		if k < 0 {
			return -1
		}
		k += off
		e := k + len(pat)
		if e < len(b) && (isSpace(b[e]) || b[e] == '>' || b[e] == '/') {
			return k
		}
		off = e
	}
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

// wellFormedPrefix checks the part up to <sheetData> the way excelize's
// decoder meets it: if encoding/xml would stop before <sheetData>, excelize
// reads no rows, and the fast path must not read any either.
func wellFormedPrefix(prefix []byte) error {
	if bytes.Contains(prefix, []byte("<!--")) || bytes.Contains(prefix, []byte("<![CDATA[")) {
		return errUnusual
	}
	d := xml.NewDecoder(bytes.NewReader(prefix))
	for {
		_, err := d.RawToken()
		if err == nil {
			continue
		}
		// Running out of input inside the still-open <worksheet> is expected.
		if d.InputOffset() == int64(len(prefix)) {
			return nil
		}
		return errUnusual
	}
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
	start := indexTag(b, "sst")
	if start < 0 {
		return nil, errUnusual
	}
	if err := wellFormedPrefix(b[:start]); err != nil {
		return nil, err
	}
	s := &sheetScanner{b: b, pos: start + len("<sst")}
	_, selfClosing, err := s.attrs()
	if err != nil || selfClosing {
		return nil, err
	}
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
			if err := s.skip(name); err != nil {
				return nil, err
			}
		default:
			return nil, errUnusual
		}
	}
}

// bstrEscape is Excel's escape for characters XML cannot carry: _xHHHH_.
var bstrEscape = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)

// unescapeBSTR is excelize's bstrUnmarshal: _x005F_ is '_', other escapes
// their character, and escapes of surrogates vanish.
func unescapeBSTR(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var sb strings.Builder
	cursor := 0
	for _, m := range bstrEscape.FindAllStringIndex(s, -1) {
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
