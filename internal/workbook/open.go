package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"hash/crc32"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Limits bound what an untrusted file may cost. Zero fields take defaults.
type Limits struct {
	MaxFileBytes  int64 // compressed size of the upload
	MaxUnzipBytes int64 // total inflated size of all parts
	MaxParts      int   // entries in the zip
	MaxRatio      int64 // inflated/compressed ratio of any large part
	MaxCells      int64 // cells read across all sheets
}

// DefaultLimits fit a 决算 draft many times over (a real one inflates to a
// few megabytes) while keeping a hostile file far below what a browser tab
// can spare: a 200,000-row sheet fits, a zip bomb does not.
var DefaultLimits = Limits{
	MaxFileBytes:  64 << 20,
	MaxUnzipBytes: 300 << 20,
	MaxParts:      5000,
	MaxRatio:      200,
	MaxCells:      5_000_000,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxUnzipBytes <= 0 {
		l.MaxUnzipBytes = d.MaxUnzipBytes
	}
	if l.MaxParts <= 0 {
		l.MaxParts = d.MaxParts
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = d.MaxRatio
	}
	if l.MaxCells <= 0 {
		l.MaxCells = d.MaxCells
	}
	return l
}

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK\x03\x04")
	// Stream names inside an OLE2 container are UTF-16LE.
	oleEncryptionInfo    = utf16le("EncryptionInfo")
	oleEncryptedPackage  = utf16le("EncryptedPackage")
	errTooManyCells      = errors.New("too many cells")
	errLargeRatio        = errors.New("compression ratio too large")
	errDeclaredSizeLarge = errors.New("declared sizes too large")
	errTooManyMerges     = errors.New("too many merged ranges")
)

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// Progress is told how far reading has come: the sheet being read and the
// cells read so far in the whole book.
type Progress func(sheet string, cells int64)

// Open reads an XLSX from memory. Every failure is an *Error; it never panics.
func Open(data []byte, lim Limits) (*Book, error) {
	return OpenWithProgress(data, lim, nil)
}

// OpenWithProgress is Open with a progress callback for long files.
func OpenWithProgress(data []byte, lim Limits, progress Progress) (*Book, error) {
	return open(data, lim, progress, true)
}

// open is OpenWithProgress; allowFast false reads every sheet with
// excelize, which the differential tests compare the fast reader against.
func open(data []byte, lim Limits, progress Progress, allowFast bool) (book *Book, err error) {
	lim = lim.withDefaults()
	defer func() {
		// excelize is large; a malformed file must never take the page down.
		if r := recover(); r != nil {
			book, err = nil, newError(CodeUnreadable, errors.New("panic while reading"))
		}
	}()
	if err := sniff(data, lim); err != nil {
		return nil, err
	}
	crcs, err := prescan(data, lim)
	if err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue: true,
		// Values, not formatting: styles and theme are not decoded (a WPS
		// or Excel styles.xml is often larger than the sheets).
		CellsOnly: true,
		// Both limits explicit, and equal: a part above UnzipXMLSizeLimit is
		// spilled to a temporary file, and the browser has none.
		UnzipSizeLimit:    lim.MaxUnzipBytes,
		UnzipXMLSizeLimit: lim.MaxUnzipBytes,
	})
	if err != nil {
		return nil, classify(err)
	}
	defer f.Close()
	book = &Book{}
	var cells int64
	sheetNames := f.GetSheetList()
	// The part of each sheet, as excelize worked it out on opening (the
	// workbook part the package names, its relationships' targets, Strict
	// namespaces read as Transitional): the fast reader reads the very part
	// excelize would.
	sheetPaths := f.SheetPaths()
	// A shared strings part cut short is told as such before a sheet's
	// read trips on it.
	sstPart := pkgPart(f, "xl/sharedStrings.xml")
	if sstPart != nil {
		if err := checkPart(sstPart, crcs["xl/sharedstrings.xml"]); err != nil {
			return nil, err
		}
	}
	// The fast reader needs the shared strings it resolves and an
	// unambiguous part for every sheet; otherwise excelize reads them all.
	sst, err := scanSharedStrings(sstPart)
	fast := allowFast && err == nil && !foldDuplicates(sheetNames)
	for _, name := range sheetNames {
		sh := &Sheet{Name: name}
		part := pkgPart(f, sheetPaths[name])
		var got *scannedSheet
		if fast && part != nil {
			before := cells
			g, err := scanSheet(part, sst, lim, &cells, func(rows int) {
				if progress != nil {
					progress(name, cells)
				}
			})
			switch {
			case err == nil:
				got, sh.Rows = g, g.rows
			case errors.Is(err, errUnusual):
				cells = before
			default:
				return nil, classify(err)
			}
		}
		if got == nil {
			if err := readRows(f, sh, lim, &cells, progress); err != nil {
				return nil, classify(err)
			}
		}
		if part != nil {
			if err := checkPart(part, crcs[sheetPaths[name]]); err != nil {
				return nil, err
			}
		}
		// Uncalculated formulas come from the scanner's pass over the
		// cells, merges from the scanner where it was sure of them;
		// otherwise excelize's decoder streams the sheet for them
		// (model.go).
		if got != nil {
			sh.Uncached = got.uncached
		} else {
			sh.Uncached = streamUncached(f, sh, part)
		}
		if got != nil && got.mergesOK {
			sh.Merges = got.merges
		} else if sh.Merges, err = streamMerges(f, part); err != nil {
			return nil, classify(err)
		}
		book.Sheets = append(book.Sheets, sh)
	}
	if len(book.Sheets) == 0 {
		return nil, newError(CodeNoSheets, nil)
	}
	return book, nil
}

// pkgPart is the unzipped bytes excelize holds for a part, or nil.
func pkgPart(f *excelize.File, name string) []byte {
	if name == "" {
		return nil
	}
	raw, ok := f.Pkg.Load(name)
	if !ok {
		return nil
	}
	b, _ := raw.([]byte)
	return b
}

// foldDuplicates reports sheet names equal but for case: excelize then
// picks either part, and only excelize can say which.
func foldDuplicates(names []string) bool {
	seen := map[string]bool{}
	for _, n := range names {
		k := strings.ToLower(n)
		if seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// checkPart verifies a part excelize kept: excelize ignores read errors and
// keeps a part cut at its declared size, so a damaged or lying zip would
// otherwise pass as a short sheet. A part must end its root element — the
// element it opens with, whatever its prefix or namespace (Strict, a
// chart sheet) — and carry no DTD (Excel never writes one; entity tricks
// need one).
func checkPart(b []byte, crc uint32) *Error {
	head := b[:min(len(b), 1024)]
	if bytes.Contains(head, []byte("<!DOCTYPE")) || bytes.Contains(head, []byte("<!ENTITY")) {
		return newError(CodeBadXML, errors.New("DTD in a workbook part"))
	}
	if rootClosed(b) {
		return nil
	}
	if crc32.ChecksumIEEE(b) != crc {
		return newError(CodeTruncated, errors.New("part does not match its checksum"))
	}
	return newError(CodeBadXML, errors.New("part ends before its root element closes"))
}

// rootClosed reports whether a part ends with the end of the element it
// opens with: its end tag, or the start tag itself when it is empty.
func rootClosed(b []byte) bool {
	i := 0
	for {
		for i < len(b) && (isSpace(b[i]) || b[i] >= 0x80) { // a byte-order mark
			i++
		}
		switch {
		case bytes.HasPrefix(b[i:], []byte("<?")):
			k := bytes.Index(b[i:], []byte("?>"))
			if k < 0 {
				return false
			}
			i += k + 2
			continue
		case bytes.HasPrefix(b[i:], []byte("<!--")):
			k := bytes.Index(b[i:], []byte("-->"))
			if k < 0 {
				return false
			}
			i += k + 3
			continue
		}
		break
	}
	if i >= len(b) || b[i] != '<' {
		return false
	}
	end, ok := qnameEnd(b, i+1)
	if !ok {
		return false
	}
	root := b[i+1 : end]
	t := bytes.TrimRight(b, " \t\r\n")
	if !bytes.HasSuffix(t, []byte(">")) {
		return false
	}
	if bytes.HasSuffix(t, []byte("/>")) && startTagEnd(b, end) == len(t) {
		return true
	}
	t = bytes.TrimRight(t[:len(t)-1], " \t\r\n")
	return len(t) >= len(root)+2 && bytes.HasSuffix(t, root) &&
		string(t[len(t)-len(root)-2:len(t)-len(root)]) == "</"
}

// startTagEnd is the offset just past the start tag whose name ends at i,
// stepping over quoted attribute values, or -1.
func startTagEnd(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case '"', '\'':
			k := bytes.IndexByte(b[i+1:], b[i])
			if k < 0 {
				return -1
			}
			i += k + 2
		case '>':
			return i + 1
		default:
			i++
		}
	}
	return -1
}

// sniff rejects what is not a zip before anything is inflated.
func sniff(data []byte, lim Limits) error {
	switch {
	case len(data) == 0:
		return newError(CodeEmpty, nil)
	case int64(len(data)) > lim.MaxFileBytes:
		return FileTooLarge(int64(len(data)), lim)
	case bytes.HasPrefix(data, oleMagic):
		// An OLE2 container is either an encrypted .xlsx or a legacy .xls.
		if bytes.Contains(data, oleEncryptionInfo) || bytes.Contains(data, oleEncryptedPackage) {
			return newError(CodeEncrypted, nil)
		}
		return newError(CodeLegacyXLS, nil)
	case !bytes.HasPrefix(data, zipMagic):
		return newError(CodeNotXLSX, nil)
	}
	return nil
}

// prescan reads only the zip's central directory: it refuses a bomb by the
// declared sizes and ratios before a byte is inflated, checks there is a
// workbook, and gives each part's checksum. The declared sizes are not
// trusted alone: archive/zip fails a part that inflates beyond its declared
// size, and excelize is given the same limits.
func prescan(data []byte, lim Limits) (map[string]uint32, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, newError(CodeTruncated, err)
	}
	if len(zr.File) > lim.MaxParts {
		return nil, newError(CodeTooLarge, errors.New("too many parts"))
	}
	crcs := map[string]uint32{}
	var total uint64
	parts := map[string]*zip.File{}
	for _, zf := range zr.File {
		total += zf.UncompressedSize64
		if total > uint64(lim.MaxUnzipBytes) {
			return nil, newError(CodeTooLarge, errDeclaredSizeLarge)
		}
		if zf.UncompressedSize64 > 16<<20 && zf.CompressedSize64 > 0 &&
			zf.UncompressedSize64/zf.CompressedSize64 > uint64(lim.MaxRatio) {
			return nil, newError(CodeTooLarge, errLargeRatio)
		}
		name := strings.ReplaceAll(zf.Name, "\\", "/")
		parts[strings.ToLower(name)] = zf
		crcs[name] = zf.CRC32
		crcs[strings.ToLower(name)] = zf.CRC32
	}
	if parts["xl/workbook.xml"] == nil {
		return nil, newError(CodeNoWorkbook, nil)
	}
	return crcs, nil
}

// readRows streams a sheet's rows, raw, stopping as soon as the book holds
// more cells than allowed.
func readRows(f *excelize.File, sh *Sheet, lim Limits, cells *int64, progress Progress) error {
	rows, err := f.Rows(sh.Name)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		*cells += int64(len(cols))
		if *cells > lim.MaxCells {
			return errTooManyCells
		}
		sh.Rows = append(sh.Rows, cols)
		if progress != nil && len(sh.Rows)%10000 == 0 {
			progress(sh.Name, *cells)
		}
	}
	if err := rows.Error(); err != nil {
		return err
	}
	// Trailing empty rows carry nothing; drop them as GetRows does.
	for len(sh.Rows) > 0 && len(sh.Rows[len(sh.Rows)-1]) == 0 {
		sh.Rows = sh.Rows[:len(sh.Rows)-1]
	}
	return nil
}

func classify(err error) *Error {
	var we *Error
	switch {
	case errors.As(err, &we):
		return we
	case errors.Is(err, errTooManyCells):
		return newError(CodeTooManyCells, err)
	case errors.Is(err, errTooManyMerges):
		return &Error{Code: CodeTooManyCells, Err: err, Message: tooManyMergesMessage}
	case errors.Is(err, excelize.ErrWorkbookFileFormat):
		return newError(CodeNoWorkbook, err)
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrAlgorithm),
		errors.Is(err, io.ErrUnexpectedEOF):
		return newError(CodeTruncated, err)
	}
	var syn *xml.SyntaxError
	if errors.As(err, &syn) {
		return newError(CodeBadXML, err)
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "unzip size") || strings.Contains(msg, "UnzipSizeLimit"):
		return newError(CodeTooLarge, err)
	case strings.Contains(msg, "XML syntax") || strings.Contains(msg, "entity") || strings.Contains(msg, "xml:"):
		return newError(CodeBadXML, err)
	case strings.Contains(msg, "sheet") && strings.Contains(msg, "does not exist"):
		return newError(CodeNoSheets, err)
	}
	return newError(CodeUnreadable, err)
}
