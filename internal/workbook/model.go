package workbook

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// What the fast reader is not sure of, excelize's decoder answers: the
// sheet is streamed with excelize's encoding/xml decoder and its charset
// reader, and read as excelize reads it — the merged ranges as its cell
// model decodes <mergeCells> and joins them (GetMergeCells), the cells as
// its Rows place them. It is the reference the differential tests hold the
// fast reader to (and hold, in turn, to GetMergeCells, GetCellFormula and
// GetCellType), and the reader of the sheets the scanner gives up on.
//
// GetMergeCells itself is not called: it decodes the whole sheet into
// excelize's cell model, which for a 200,000-cell sheet allocates 280 MB
// and keeps 107 MB (80 MB for a single cell in the last row), where the
// stream keeps the ranges alone.

// maxJoinMerges bounds the ranges excelize's join of overlapping ranges is
// run on: it compares every range with every other, until none overlap.
const maxJoinMerges = 10000

// mergeCellsXML is excelize's xlsxMergeCells, the same fields of the same
// types, so that it decodes — and fails to — as excelize's does.
type mergeCellsXML struct {
	Count int `xml:"count,attr,omitempty"`
	Cells []*struct {
		Ref string `xml:"ref,attr,omitempty"`
	} `xml:"mergeCell,omitempty"`
}

// streamMerges reads a sheet's merged ranges as GetMergeCells gives them:
// every <mergeCell> of the root's <mergeCells> children (whatever their
// namespace, as encoding/xml matches an unqualified tag), each ref read by
// excelize's rule, overlapping ranges joined by excelize's rule, then each
// with its corners in order.
func streamMerges(f *excelize.File, part []byte) ([]Merge, error) {
	if !bytes.Contains(part, []byte("mergeCell")) {
		return nil, nil // no mergeCells element without the name
	}
	d := xml.NewDecoder(bytes.NewReader(strictToTransitional(part)))
	d.CharsetReader = f.CharsetReader
	var mc mergeCellsXML
	inRoot := false
read:
	for {
		tok, err := d.Token()
		if err == io.EOF && !inRoot {
			break // no root: excelize's Decode gives io.EOF, and it takes that for an empty sheet
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case !inRoot:
				if t.Name.Local != "worksheet" || t.Name.Space != nsMain {
					return nil, errors.New("expected element type <worksheet> but have <" + t.Name.Local + ">")
				}
				inRoot = true
			case t.Name.Local == "mergeCells":
				// Into the same value each time: encoding/xml appends
				// the cells of a second <mergeCells> to the first's.
				if err := d.DecodeElement(&mc, &t); err != nil {
					return nil, err
				}
			default:
				if err := d.Skip(); err != nil {
					return nil, err
				}
			}
		case xml.EndElement:
			break read // the root's: its children are read whole
		}
	}
	if len(mc.Cells) > maxMerges {
		return nil, errTooManyMerges
	}
	rects := make([][4]int, 0, len(mc.Cells))
	for _, c := range mc.Cells {
		r, err := mergeRect(c.Ref)
		if err != nil {
			return nil, err
		}
		rects = append(rects, r)
	}
	var out []Merge
	norm := func(r [4]int) Merge {
		return Merge{Top: min(r[1], r[3]), Left: min(r[0], r[2]), Bottom: max(r[1], r[3]), Right: max(r[0], r[2])}
	}
	for _, r := range rects {
		out = append(out, norm(r))
	}
	if !overlapping(out) {
		return out, nil // excelize joins only ranges that share a cell
	}
	if len(rects) > maxJoinMerges {
		return nil, errTooManyMerges
	}
	out = out[:0]
	for _, r := range joinOverlaps(rects) {
		out = append(out, norm(r))
	}
	return out, nil
}

// mergeRect is excelize's xlsxMergeCell.Rect: a ref without ':' is one
// cell; '$' signs go; the first two parts are the corners, as written
// ([col, row, col, row]).
func mergeRect(ref string) ([4]int, error) {
	if !strings.Contains(ref, ":") {
		ref += ":" + ref
	}
	parts := strings.Split(strings.ReplaceAll(ref, "$", ""), ":")
	c1, r1, err := excelize.CellNameToCoordinates(parts[0])
	if err != nil {
		return [4]int{}, err
	}
	c2, r2, err := excelize.CellNameToCoordinates(parts[1])
	if err != nil {
		return [4]int{}, err
	}
	return [4]int{c1, r1, c2, r2}, nil
}

// joinOverlaps is excelize's mergeOverlapCells: a range is joined with
// every later one a corner of either lies in, into their bounding box,
// and the list is gone over again until nothing joins.
func joinOverlaps(rects [][4]int) [][4]int {
	for merged := true; merged; {
		merged = false
		var out [][4]int
		used := make([]bool, len(rects))
		for i := range rects {
			if used[i] {
				continue
			}
			r1 := rects[i]
			for j := i + 1; j < len(rects); j++ {
				if r2 := rects[j]; !used[j] && cornerIn(r1, r2) {
					r1 = [4]int{min(r1[0], r2[0]), min(r1[1], r2[1]), max(r1[2], r2[2]), max(r1[3], r2[3])}
					merged, used[j] = true, true
				}
			}
			out = append(out, r1)
		}
		rects = out
	}
	return rects
}

// cornerIn is excelize's isOverlap: a corner of either range lies in the
// other, as excelize's cellInRange tells it (a range written bottom-right
// first holds nothing).
func cornerIn(a, b [4]int) bool {
	in := func(c, r int, x [4]int) bool { return c >= x[0] && c <= x[2] && r >= x[1] && r <= x[3] }
	return in(a[0], a[1], b) || in(a[2], a[1], b) || in(a[0], a[3], b) || in(a[2], a[3], b) ||
		in(b[0], b[1], a) || in(b[2], b[1], a) || in(b[0], b[3], a) || in(b[2], b[3], a)
}

// hasFormulaElement tells whether part may hold an <f> element, whatever its
// prefix: whether the regular expression `<([A-Za-z_][\w.-]*:)?f[\s/>]`
// matches somewhere in it. At each '<' it reads an optional prefix (a letter
// or '_', then ASCII letters, digits, '_', '.' and '-', then ':'), then 'f',
// then white space (\s: tab, newline, form feed, return, space), '/' or
// '>'. The prefix's characters cannot be ':', so there is one way to read
// it; when it does not lead to an f, the element may still be a bare <f.
func hasFormulaElement(part []byte) bool {
	fEnd := func(i int) bool { // part[i:] is "f" and a byte that ends the name
		if i+1 >= len(part) || part[i] != 'f' {
			return false
		}
		switch part[i+1] {
		case '\t', '\n', '\f', '\r', ' ', '/', '>':
			return true
		}
		return false
	}
	for i := 0; i < len(part); i++ {
		if part[i] != '<' {
			continue
		}
		if j := i + 1; j < len(part) && (isASCIILetter(part[j]) || part[j] == '_') {
			j++
			for j < len(part) && (isASCIILetter(part[j]) || '0' <= part[j] && part[j] <= '9' || part[j] == '_' || part[j] == '.' || part[j] == '-') {
				j++
			}
			if j < len(part) && part[j] == ':' && fEnd(j+1) {
				return true
			}
		}
		if fEnd(i + 1) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// cellFormula is excelize's xlsxF, the same fields of the same types, so
// that it decodes — and fails to — as excelize's cell does.
type cellFormula struct {
	Content string `xml:",chardata"`
	T       string `xml:"t,attr,omitempty"`
	Aca     bool   `xml:"aca,attr,omitempty"`
	Ref     string `xml:"ref,attr,omitempty"`
	Dt2D    bool   `xml:"dt2D,attr,omitempty"`
	Dtr     bool   `xml:"dtr,attr,omitempty"`
	Del1    bool   `xml:"del1,attr,omitempty"`
	Del2    bool   `xml:"del2,attr,omitempty"`
	R1      string `xml:"r1,attr,omitempty"`
	R2      string `xml:"r2,attr,omitempty"`
	Ca      bool   `xml:"ca,attr,omitempty"`
	Si      *int   `xml:"si,attr"`
	Bx      bool   `xml:"bx,attr,omitempty"`
}

// streamUncached finds the formula cells saved without their result in a
// sheet excelize read (sh.Rows), by the rule the fast reader applies
// (cellParts.uncached): a formula whose value reads empty, unless a value
// is there and the type is "str". excelize's API cannot tell an empty <v/>
// from none (GetCellFormula and GetCellType see the cell model, where both
// are ""), so the sheet is streamed here with excelize's own decoder and
// its charset reader, each <row> and <c> placed and each <c> decoded as
// excelize's Rows and Columns do it (rows.go: Next, Columns,
// cellXMLHandler), so that a cell found here is the cell sh.Rows holds.
func streamUncached(f *excelize.File, sh *Sheet, part []byte) map[string]bool {
	if !hasFormulaElement(part) {
		return nil
	}
	d := xml.NewDecoder(bytes.NewReader(part))
	d.CharsetReader = f.CharsetReader
	var out map[string]bool
	row, col, inRows := 0, 0, false
	for {
		tok, err := d.Token()
		if err != nil {
			return out // excelize's stream ends at an error, silently
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				return out
			}
		case xml.StartElement:
			switch {
			case t.Name.Local == "row":
				inRows = true
				row, col = row+1, 0
				if n := attrInt("r", t.Attr); n != 0 {
					row = n
				}
			case t.Name.Local == "c" && inRows:
				col++
				c, ok := decodeCell(d, t)
				if c.r != "" {
					if col, _, err = excelize.CellNameToCoordinates(c.r); err != nil {
						return out // excelize fails the sheet here
					}
				}
				if c.f != nil && (c.f.Content != "" || c.f.T == "shared" && c.f.Si != nil) &&
					sh.Value(row, col) == "" && !(c.t == "str" && c.hasV) {
					if out == nil {
						out = map[string]bool{}
					}
					out[CellName(row, col)] = true
				}
				if !ok {
					return out
				}
			}
		}
	}
}

// streamCell is what streamUncached needs of a <c>.
type streamCell struct {
	r, t string
	f    *cellFormula
	hasV bool
}

// decodeCell is excelize's cellXMLHandler: the attributes r, s (which must
// be an integer, or the cell is abandoned) and t, then <v>, <f> and <is>
// wherever they stand before the cell's end tag. ok is false once the
// decoder has failed.
func decodeCell(d *xml.Decoder, start xml.StartElement) (c streamCell, ok bool) {
	for _, a := range start.Attr {
		switch a.Name.Local {
		case "r":
			c.r = a.Value
		case "s":
			if _, err := strconv.ParseInt(a.Value, 10, 64); err != nil {
				return c, true
			}
		case "t":
			c.t = a.Value
		}
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return c, false
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "v":
				c.hasV = true
				var v string
				err = d.DecodeElement(&v, &el)
			case "f":
				err = d.DecodeElement(&c.f, &el)
			case "is":
				err = d.Skip()
			}
			if err != nil {
				return c, !isSyntax(err)
			}
		case xml.EndElement:
			if el == start.End() {
				return c, true
			}
		}
	}
}

// isSyntax reports an error that stops encoding/xml's decoder for good.
func isSyntax(err error) bool {
	var syn *xml.SyntaxError
	return errors.As(err, &syn)
}

// attrInt is excelize's attrValToInt.
func attrInt(name string, attrs []xml.Attr) int {
	val := 0
	for _, a := range attrs {
		if a.Name.Local == name {
			n, err := strconv.Atoi(a.Value)
			if err != nil {
				return 0
			}
			val = n
		}
	}
	return val
}
