package workbook

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"hash/crc32"
	"io"
	"path"
	"regexp"
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
	sheetPaths, crcs, err := prescan(data, lim)
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
	// The fast reader needs the shared strings it resolves and an
	// unambiguous part for every sheet; otherwise excelize reads them all.
	sst, err := scanSharedStrings(pkgPart(f, "xl/sharedStrings.xml"))
	fast := allowFast && err == nil && !foldDuplicates(sheetNames)
	for _, name := range sheetNames {
		sh := &Sheet{Name: name}
		part := pkgPart(f, sheetPaths[name])
		read := false
		if fast && part != nil {
			before := cells
			got, err := scanSheet(part, sst, lim, &cells, func(rows int) {
				if progress != nil {
					progress(name, cells)
				}
			})
			switch {
			case err == nil:
				sh.Rows, sh.Uncached, read = got.rows, got.uncached, true
			case errors.Is(err, errUnusual):
				cells = before
			default:
				return nil, classify(err)
			}
		}
		if !read {
			if err := readRows(f, sh, lim, &cells, progress); err != nil {
				return nil, classify(err)
			}
			if part != nil {
				sh.Uncached = scanUncached(part)
			}
		}
		if part != nil {
			if err := checkPart(part, "worksheet>", crcs[sheetPaths[name]]); err != nil {
				return nil, err
			}
			sh.Merges = scanMerges(part)
		}
		book.Sheets = append(book.Sheets, sh)
	}
	if len(book.Sheets) == 0 {
		return nil, newError(CodeNoSheets, nil)
	}
	if b := pkgPart(f, "xl/sharedStrings.xml"); b != nil {
		if err := checkPart(b, "sst>", crcs["xl/sharedstrings.xml"]); err != nil {
			return nil, err
		}
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
// otherwise pass as a short sheet. A part must end its root element and
// carry no DTD (Excel never writes one; entity tricks need one).
func checkPart(b []byte, end string, crc uint32) *Error {
	head := b[:min(len(b), 1024)]
	if bytes.Contains(head, []byte("<!DOCTYPE")) || bytes.Contains(head, []byte("<!ENTITY")) {
		return newError(CodeBadXML, errors.New("DTD in a workbook part"))
	}
	if bytes.HasSuffix(bytes.TrimRight(b, " \t\r\n"), []byte(end)) {
		return nil
	}
	if crc32.ChecksumIEEE(b) != crc {
		return newError(CodeTruncated, errors.New("part does not match its checksum"))
	}
	return newError(CodeBadXML, errors.New("part ends before its root element closes"))
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
// declared sizes and ratios before a byte is inflated, finds the workbook
// parts, and maps sheet names to their XML parts. The declared sizes are not
// trusted alone: archive/zip fails a part that inflates beyond its declared
// size, and excelize is given the same limits.
func prescan(data []byte, lim Limits) (map[string]string, map[string]uint32, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, newError(CodeTruncated, err)
	}
	if len(zr.File) > lim.MaxParts {
		return nil, nil, newError(CodeTooLarge, errors.New("too many parts"))
	}
	crcs := map[string]uint32{}
	var total uint64
	parts := map[string]*zip.File{}
	for _, zf := range zr.File {
		total += zf.UncompressedSize64
		if total > uint64(lim.MaxUnzipBytes) {
			return nil, nil, newError(CodeTooLarge, errDeclaredSizeLarge)
		}
		if zf.UncompressedSize64 > 16<<20 && zf.CompressedSize64 > 0 &&
			zf.UncompressedSize64/zf.CompressedSize64 > uint64(lim.MaxRatio) {
			return nil, nil, newError(CodeTooLarge, errLargeRatio)
		}
		name := strings.ReplaceAll(zf.Name, "\\", "/")
		parts[strings.ToLower(name)] = zf
		crcs[name] = zf.CRC32
		crcs[strings.ToLower(name)] = zf.CRC32
	}
	wb := parts["xl/workbook.xml"]
	if wb == nil {
		return nil, nil, newError(CodeNoWorkbook, nil)
	}
	sheets, err := sheetParts(wb, parts["xl/_rels/workbook.xml.rels"])
	if err != nil {
		return nil, nil, newError(CodeBadXML, err)
	}
	return sheets, crcs, nil
}

// smallPart reads a small metadata part, refusing one that is not small.
func smallPart(zf *zip.File) ([]byte, error) {
	if zf == nil {
		return nil, nil
	}
	if zf.UncompressedSize64 > 8<<20 {
		return nil, errors.New("metadata part too large")
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, 8<<20))
}

// sheetParts maps each sheet name to its part, through workbook.xml and its
// relationships.
func sheetParts(wbFile, relsFile *zip.File) (map[string]string, error) {
	wbXML, err := smallPart(wbFile)
	if err != nil {
		return nil, err
	}
	relsXML, err := smallPart(relsFile)
	if err != nil {
		return nil, err
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(wbXML, &wb); err != nil {
		return nil, err
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if len(relsXML) > 0 {
		if err := xml.Unmarshal(relsXML, &rels); err != nil {
			return nil, err
		}
	}
	target := map[string]string{}
	for _, r := range rels.Rel {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		out[s.Name] = target[s.RID]
	}
	return out, nil
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

// uncachedFormula matches a cell holding a formula and no value: <c r="D3"><f>C3*2</f></c>.
var uncachedFormula = regexp.MustCompile(`<c r="([A-Z]{1,3}[0-9]{1,7})"[^>]*>\s*<f(?:\s[^>]*)?(?:/>|>[^<]*</f>)\s*</c>`)

// scanUncached finds formula cells saved without a cached value.
func scanUncached(sheetXML []byte) map[string]bool {
	if !bytes.Contains(sheetXML, []byte("<f")) {
		return nil
	}
	var out map[string]bool
	for _, m := range uncachedFormula.FindAllSubmatch(sheetXML, 100000) {
		if out == nil {
			out = map[string]bool{}
		}
		out[string(m[1])] = true
	}
	return out
}

var mergeRef = []byte(`<mergeCell `)

// scanMerges reads the merged ranges from a sheet's raw XML without a second
// full parse: they follow </sheetData> as <mergeCell ref="A1:B2"/>.
func scanMerges(sheetXML []byte) []Merge {
	i := bytes.LastIndex(sheetXML, []byte("</sheetData>"))
	if i < 0 {
		i = 0
	}
	rest := sheetXML[i:]
	var out []Merge
	for {
		j := bytes.Index(rest, mergeRef)
		if j < 0 || len(out) > 100000 {
			return out
		}
		rest = rest[j+len(mergeRef):]
		k := bytes.Index(rest, []byte(`ref="`))
		end := bytes.IndexByte(rest, '>')
		if k < 0 || end < 0 || k > end {
			continue
		}
		v := rest[k+len(`ref="`):]
		q := bytes.IndexByte(v, '"')
		if q < 0 {
			return out
		}
		a, b, ok := strings.Cut(string(v[:q]), ":")
		if !ok {
			continue
		}
		r1, c1, ok1 := ParseCellName(a)
		r2, c2, ok2 := ParseCellName(b)
		if ok1 && ok2 && r1 <= r2 && c1 <= c2 {
			out = append(out, Merge{Top: r1, Left: c1, Bottom: r2, Right: c2})
		}
	}
}

func classify(err error) *Error {
	var we *Error
	switch {
	case errors.As(err, &we):
		return we
	case errors.Is(err, errTooManyCells):
		return newError(CodeTooManyCells, err)
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
