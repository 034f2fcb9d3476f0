package workbook

import (
	"bytes"
	"encoding/xml"
	"errors"
	"regexp"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// What the fast reader is not sure of, excelize answers: the merged ranges
// through its cell model (the worksheet decoded into its structs), the
// uncalculated formulas by its decoder streaming the sheet as its Rows do.
// It is the reference the differential tests hold the fast reader to, and
// the reader of the unusual sheets the scanner gives up on. Decoding a
// sheet into the cell model costs several times what streaming it does, so
// it is done only for a sheet that has merges at all, and excelize's
// quadratic step is bounded first.

// maxModelMerges bounds the merged ranges excelize is asked for:
// GetMergeCells compares every range with every other (0.6 s for 10,000
// natively, several times that in the browser).
const maxModelMerges = 10000

// excelizeMerges is GetMergeCells as Merges, each with its corners in order.
func excelizeMerges(f *excelize.File, sheet string, part []byte) ([]Merge, error) {
	// No mergeCells element without the name; many names, many ranges.
	n := bytes.Count(part, []byte("mergeCell"))
	if n == 0 {
		return nil, nil
	}
	if n > 2*maxModelMerges+2 {
		return nil, errTooManyMerges
	}
	mcs, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return nil, err
	}
	if len(mcs) > maxModelMerges {
		return nil, errTooManyMerges
	}
	var out []Merge
	for _, mc := range mcs {
		r1, c1, ok1 := ParseCellName(mc.GetStartAxis())
		r2, c2, ok2 := ParseCellName(mc.GetEndAxis())
		if !ok1 || !ok2 {
			return nil, errors.New("merged range " + mc[0])
		}
		out = append(out, Merge{Top: min(r1, r2), Left: min(c1, c2), Bottom: max(r1, r2), Right: max(c1, c2)})
	}
	return out, nil
}

// formulaElement finds where an <f> element may stand, whatever its prefix.
var formulaElement = regexp.MustCompile(`<([A-Za-z_][\w.-]*:)?f[\s/>]`)

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
	if !formulaElement.Match(part) {
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
