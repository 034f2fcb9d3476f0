package workbook

import (
	"bytes"
	"errors"

	"github.com/xuri/excelize/v2"
)

// Limits bound what an untrusted file may cost. Zero fields take defaults.
type Limits struct {
	MaxFileBytes  int64 // compressed size of the upload
	MaxUnzipBytes int64 // total inflated size of all parts
	MaxXMLBytes   int64 // inflated size of one worksheet kept in memory
	MaxCells      int64 // cells read across all sheets
}

// DefaultLimits fit a 决算 draft many times over while keeping a hostile file
// far below the memory a browser tab can spare.
var DefaultLimits = Limits{
	MaxFileBytes:  64 << 20,
	MaxUnzipBytes: 512 << 20,
	MaxXMLBytes:   256 << 20,
	MaxCells:      5_000_000,
}

func (l Limits) withDefaults() Limits {
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = DefaultLimits.MaxFileBytes
	}
	if l.MaxUnzipBytes <= 0 {
		l.MaxUnzipBytes = DefaultLimits.MaxUnzipBytes
	}
	if l.MaxXMLBytes <= 0 {
		l.MaxXMLBytes = DefaultLimits.MaxXMLBytes
	}
	if l.MaxCells <= 0 {
		l.MaxCells = DefaultLimits.MaxCells
	}
	return l
}

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK\x03\x04")
)

// Open reads an XLSX from memory. Every failure is an *Error.
func Open(data []byte, lim Limits) (book *Book, err error) {
	lim = lim.withDefaults()
	defer func() {
		// excelize is large; a malformed file must never take the page down.
		if r := recover(); r != nil {
			book, err = nil, newError(CodeUnreadable, errors.New("panic while reading"))
		}
	}()
	switch {
	case len(data) == 0:
		return nil, newError(CodeEmpty, nil)
	case int64(len(data)) > lim.MaxFileBytes:
		return nil, newError(CodeTooLarge, nil)
	case bytes.HasPrefix(data, oleMagic):
		// An OLE2 container is either a legacy .xls or an encrypted .xlsx.
		if bytes.Contains(data, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o")) {
			return nil, newError(CodeEncrypted, nil)
		}
		return nil, newError(CodeLegacyXLS, nil)
	case !bytes.HasPrefix(data, zipMagic):
		return nil, newError(CodeNotXLSX, nil)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    lim.MaxUnzipBytes,
		UnzipXMLSizeLimit: lim.MaxXMLBytes,
	})
	if err != nil {
		return nil, classify(err)
	}
	defer f.Close()
	book = &Book{}
	var cells int64
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, classify(err)
		}
		for _, r := range rows {
			cells += int64(len(r))
		}
		if cells > lim.MaxCells {
			return nil, newError(CodeTooManyCells, nil)
		}
		sh := &Sheet{Name: name, Rows: rows}
		if merged, err := f.GetMergeCells(name); err == nil {
			for _, m := range merged {
				r1, c1, ok1 := ParseCellName(m.GetStartAxis())
				r2, c2, ok2 := ParseCellName(m.GetEndAxis())
				if ok1 && ok2 {
					sh.Merges = append(sh.Merges, Merge{Top: r1, Left: c1, Bottom: r2, Right: c2})
				}
			}
		}
		book.Sheets = append(book.Sheets, sh)
	}
	if len(book.Sheets) == 0 {
		return nil, newError(CodeNoSheets, nil)
	}
	return book, nil
}

func classify(err error) *Error {
	switch {
	case errors.Is(err, excelize.ErrWorkbookFileFormat):
		return newError(CodeNoWorkbook, err)
	case errors.Is(err, excelize.ErrOptionsUnzipSizeLimit):
		return newError(CodeTooLarge, err)
	}
	msg := err.Error()
	switch {
	case bytes.Contains([]byte(msg), []byte("zip: not a valid zip file")), bytes.Contains([]byte(msg), []byte("unexpected EOF")):
		return newError(CodeTruncated, err)
	case bytes.Contains([]byte(msg), []byte("XML syntax")):
		return newError(CodeBadXML, err)
	}
	return newError(CodeUnreadable, err)
}
