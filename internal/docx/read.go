// Package docx reads the narrative of a 决算 disclosure (情况说明) from a
// Word .docx file: the body's paragraphs in order, each with its 1-based
// position among the body paragraphs outside tables, its text with runs,
// fields and hyperlinks read through, and the tables it holds as grids. It
// also writes Word comments on stretches of that text, leaving the text
// itself untouched.
//
// Only the standard library is used (archive/zip and a byte scanner of the
// WordprocessingML the reader needs), and an uploaded file is treated as
// hostile: sizes are bounded before anything is inflated, XML with a DTD is
// refused, and every failure is an *Error with a stable code and a Chinese
// message.
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"path"
	"strings"
)

// Limits bound what an untrusted document may cost. Zero fields take
// defaults.
type Limits struct {
	MaxFileBytes  int64 // compressed size of the upload
	MaxUnzipBytes int64 // inflated size of the parts read (the main document and small metadata)
	MaxParts      int   // entries in the zip
	MaxRatio      int64 // inflated/compressed ratio of any large part
	MaxParagraphs int   // paragraphs, table-cell paragraphs included
	MaxDepth      int   // XML element nesting
}

// DefaultLimits fit a whole 决算 report in one document (its tables
// included) many times over; a bomb does not fit.
var DefaultLimits = Limits{
	MaxFileBytes:  64 << 20,
	MaxUnzipBytes: 128 << 20,
	MaxParts:      5000,
	MaxRatio:      200,
	MaxParagraphs: 500_000,
	MaxDepth:      256,
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
	if l.MaxParagraphs <= 0 {
		l.MaxParagraphs = d.MaxParagraphs
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = d.MaxDepth
	}
	return l
}

// Document is the body of a Word document reduced to what a checker reads.
type Document struct {
	// Paragraphs are the body paragraphs outside tables, in order, empty
	// ones included: Paragraphs[i].Index == i+1.
	Paragraphs []Paragraph
	// Tables are the body's tables in order, each a grid of cell texts.
	Tables []Table

	mainPart string // the zip name of the main document part
	prefix   string // the prefix of the WordprocessingML namespace ("w:")
}

// Paragraph is one body paragraph.
type Paragraph struct {
	// Index is the paragraph's 1-based position among the body paragraphs
	// that are not inside a table (the "para" of a finding).
	Index int
	// Text is the paragraph's visible text: runs concatenated, field
	// results and hyperlink text read through, field codes, deleted and
	// moved-away text left out, a tab as "\t", a line break as "\n".
	Text string
	// Style is the paragraph style ID (w:pStyle), "" when none.
	Style string
	// AutoNumbered tells that Word numbers the paragraph itself (w:numPr):
	// its number is not in Text.
	AutoNumbered bool

	spans []span // where each piece of Text stands in the XML, for comments
	// open0, open1 are the <w:p …> start tag; close is the start of
	// </w:p>, −1 for an empty <w:p/>. Kept for comments only.
	open0, open1, close int
}

// Table is one table of the body, read as a grid.
type Table struct {
	// Index is the table's 1-based position among the body's tables.
	Index int
	// After is the Index of the last body paragraph before the table (0
	// when the table opens the document).
	After int
	// Rows are the cell texts, a merged cell's continuation cells empty; a
	// cell's paragraphs are joined with "\n".
	Rows [][]string
}

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK\x03\x04")
	// Stream names inside an OLE2 container are UTF-16LE.
	oleEncryptionInfo   = utf16le("EncryptionInfo")
	oleEncryptedPackage = utf16le("EncryptedPackage")
	oleWorkbook         = utf16le("Workbook")
	oleWorkbookOld      = utf16le("Book")
	oleWordDocument     = utf16le("WordDocument")
)

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// Read reads a .docx from memory. Every failure is an *Error; it never
// panics.
func Read(data []byte, lim Limits) (doc *Document, err error) {
	lim = lim.withDefaults()
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, newError(CodeUnreadable, reason("panic while reading"))
		}
	}()
	pkg, err := openPackage(data, lim)
	if err != nil {
		return nil, err
	}
	body, err := pkg.read(pkg.main, lim)
	if err != nil {
		return nil, err
	}
	return parse(body, pkg.main, lim, false)
}

// sniff rejects what is not a zip before anything is inflated, naming the
// formats people pick by mistake.
func sniff(data []byte, lim Limits) error {
	switch {
	case len(data) == 0:
		return newError(CodeEmpty, nil)
	case int64(len(data)) > lim.MaxFileBytes:
		return FileTooLarge(int64(len(data)), lim)
	case bytes.HasPrefix(data, oleMagic):
		// An OLE2 container is an encrypted .docx, a Word 97-2003 .doc or
		// an Excel .xls.
		switch {
		case bytes.Contains(data, oleEncryptionInfo) || bytes.Contains(data, oleEncryptedPackage):
			return newError(CodeEncrypted, nil)
		case bytes.Contains(data, oleWordDocument):
			return newError(CodeLegacyDoc, nil)
		case bytes.Contains(data, oleWorkbook) || bytes.Contains(data, oleWorkbookOld):
			return newError(CodeWorkbook, nil)
		}
		// An OLE file whose directory we cannot see: a .doc is by far the
		// likeliest thing offered as a narrative.
		return newError(CodeLegacyDoc, nil)
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		// A .doc that is really RTF: Word opens it, so the advice is the same.
		return newError(CodeLegacyDoc, reason("rtf"))
	case !bytes.HasPrefix(data, zipMagic):
		return newError(CodeNotDocx, nil)
	}
	return nil
}

// pkg is an opened zip with its parts by lower-case name.
type pkg struct {
	zr    *zip.Reader
	parts map[string]*zip.File
	main  string
}

// openPackage reads only the zip's central directory: a bomb is refused by
// its declared sizes and ratios before a byte is inflated; the main
// document part is found through the package relationships.
func openPackage(data []byte, lim Limits) (*pkg, error) {
	if err := sniff(data, lim); err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, newError(CodeTruncated, err)
	}
	if len(zr.File) > lim.MaxParts {
		return nil, newError(CodeTooLarge, reason("too many parts"))
	}
	p := &pkg{zr: zr, parts: make(map[string]*zip.File, len(zr.File))}
	for _, zf := range zr.File {
		p.parts[strings.ToLower(strings.ReplaceAll(zf.Name, "\\", "/"))] = zf
	}
	p.main = p.mainPart(lim)
	if p.main == "" {
		if p.parts["xl/workbook.xml"] != nil {
			return nil, newError(CodeWorkbook, nil)
		}
		return nil, newError(CodeNoDocument, nil)
	}
	return p, nil
}

// mainPart is the officeDocument target of _rels/.rels, or
// word/document.xml when the relationships do not say.
func (p *pkg) mainPart(lim Limits) string {
	if rels, err := p.read("_rels/.rels", Limits{MaxUnzipBytes: 1 << 20, MaxRatio: lim.MaxRatio}); err == nil {
		for _, r := range relationships(rels) {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				name := strings.ToLower(strings.TrimPrefix(r.target, "/"))
				if p.parts[name] != nil && strings.HasSuffix(name, ".xml") {
					return name
				}
			}
		}
	}
	if p.parts["word/document.xml"] != nil {
		return "word/document.xml"
	}
	return ""
}

// read inflates one part within the limits. archive/zip fails a part that
// inflates beyond its declared size, so a lying header cannot pass them.
func (p *pkg) read(name string, lim Limits) ([]byte, error) {
	zf := p.parts[name]
	if zf == nil {
		return nil, newError(CodeNoDocument, reason("missing part "+name))
	}
	size := zf.UncompressedSize64
	if size > uint64(lim.MaxUnzipBytes) {
		return nil, newError(CodeTooLarge, reason("part too large"))
	}
	if size > 16<<20 && zf.CompressedSize64 > 0 && size/zf.CompressedSize64 > uint64(lim.MaxRatio) {
		return nil, newError(CodeTooLarge, reason("compression ratio too large"))
	}
	rc, err := zf.Open()
	if err != nil {
		return nil, classify(err)
	}
	defer rc.Close()
	buf := make([]byte, 0, min(size, 64<<20)+1)
	b := bytes.NewBuffer(buf)
	n, err := io.Copy(b, io.LimitReader(rc, lim.MaxUnzipBytes+1))
	if err != nil {
		return nil, classify(err)
	}
	if n > lim.MaxUnzipBytes {
		return nil, newError(CodeTooLarge, reason("part inflates beyond the limit"))
	}
	return b.Bytes(), nil
}

func classify(err error) *Error {
	var de *Error
	switch {
	case errors.As(err, &de):
		return de
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, zip.ErrAlgorithm),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return newError(CodeTruncated, err)
	}
	if strings.Contains(err.Error(), "flate") {
		return newError(CodeTruncated, err)
	}
	return newError(CodeUnreadable, err)
}

// rel is one package relationship.
type rel struct{ id, typ, target, mode string }

// relationships lists the <Relationship> elements of a .rels part. The part
// is small and machine-written; a malformed one yields what could be read.
func relationships(b []byte) []rel {
	var out []rel
	s := newScanner(b, 64)
	for {
		tok, err := s.next()
		if err != nil || tok.kind == tokEOF {
			return out
		}
		if (tok.kind == tokStart || tok.kind == tokEmpty) && localName(tok.name) == "Relationship" {
			out = append(out, rel{
				id:     s.attr(tok, "Id"),
				typ:    s.attr(tok, "Type"),
				target: s.attr(tok, "Target"),
				mode:   s.attr(tok, "TargetMode"),
			})
		}
	}
}

// relTarget resolves a relationship target against the directory of the
// part whose relationships name it.
func relTarget(part, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.ToLower(strings.TrimPrefix(target, "/"))
	}
	return strings.ToLower(path.Join(path.Dir(part), target))
}

func localName(name []byte) string {
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		return string(name[i+1:])
	}
	return string(name)
}
