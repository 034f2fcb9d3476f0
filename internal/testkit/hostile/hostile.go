// Package hostile makes the bad files reportcheck must refuse cleanly: zip
// bombs, truncated and encrypted workbooks, legacy .xls, entity-expansion
// XML, random bytes. They are built in memory, cheaply, so no
// multi-megabyte file is ever committed.
package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"strings"

	"github.com/xuri/excelize/v2"
)

// minimalParts are the parts of a one-sheet workbook, with the sheet left out.
func minimalParts(sheetRels bool) map[string]string {
	m := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":     `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
	}
	if sheetRels {
		m["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
	}
	return m
}

func zipOf(parts map[string]string, extra func(*zip.Writer) error) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"} {
		body, ok := parts[name]
		if !ok {
			continue
		}
		w, _ := zw.Create(name)
		io.WriteString(w, body)
	}
	if extra != nil {
		if err := extra(zw); err != nil {
			panic(err)
		}
	}
	zw.Close()
	return buf.Bytes()
}

// ZipBomb is a workbook whose sheet inflates to about inflated bytes of
// repeated rows while the file stays tiny. Like real bombs it repeats one
// compressed block: each flate block ends on a sync flush, so copies of it
// concatenate into a valid stream. Building it costs a CRC pass, no deflate.
func ZipBomb(inflated int64) []byte {
	flush := func(s []byte, final bool) []byte {
		var b bytes.Buffer
		fw, _ := flate.NewWriter(&b, flate.BestCompression)
		fw.Write(s)
		if final {
			fw.Close()
		} else {
			fw.Flush()
		}
		return b.Bytes()
	}
	head := []byte(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	head = append(head, `<row r="1"><c r="A1" t="inlineStr"><is><t>`...)
	row := bytes.Repeat([]byte("0"), 1<<20) // one run of a single byte deflates ~1000:1
	tail := []byte(`</t></is></c></row></sheetData></worksheet>`)
	n := inflated / int64(len(row))
	var body bytes.Buffer
	body.Write(flush(head, false))
	block := flush(row, false)
	crc := crc32.Update(0, crc32.IEEETable, head)
	for range n {
		body.Write(block)
		crc = crc32.Update(crc, crc32.IEEETable, row)
	}
	body.Write(flush(tail, true))
	crc = crc32.Update(crc, crc32.IEEETable, tail)
	size := uint64(len(head)) + uint64(n)*uint64(len(row)) + uint64(len(tail))
	return zipOf(minimalParts(true), func(zw *zip.Writer) error {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
			CompressedSize64: uint64(body.Len()), UncompressedSize64: size, CRC32: crc})
		if err != nil {
			return err
		}
		_, err = w.Write(body.Bytes())
		return err
	})
}

// LyingBomb declares a small uncompressed size for a part that inflates far
// beyond it, to show declared sizes are not trusted alone.
func LyingBomb(inflated int64) []byte {
	var body bytes.Buffer
	fw, _ := flate.NewWriter(&body, flate.BestCompression)
	io.WriteString(fw, `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	chunk := []byte(strings.Repeat("<row/>", 4096))
	for n := int64(0); n < inflated; n += int64(len(chunk)) {
		fw.Write(chunk)
	}
	io.WriteString(fw, `</sheetData></worksheet>`)
	fw.Close()
	parts := minimalParts(true)
	return zipOf(parts, func(zw *zip.Writer) error {
		h := &zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
			CompressedSize64: uint64(body.Len()), UncompressedSize64: 1024, CRC32: 0}
		w, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		_, err = w.Write(body.Bytes())
		return err
	})
}

// EntityExpansion is a workbook whose shared strings use a billion-laughs DTD.
func EntityExpansion() []byte {
	parts := minimalParts(true)
	var dtd strings.Builder
	dtd.WriteString(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">`)
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&dtd, `<!ENTITY lol%d "%s">`, i, strings.Repeat(fmt.Sprintf("&lol%d;", i-1), 10))
	}
	dtd.WriteString(`]>`)
	s := strings.Replace(dtd.String(), "&lol0;", "&lol;", -1)
	parts["xl/worksheets/sheet1.xml"] = s + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`
	return zipOf(parts, nil)
}

// NotWorkbookZip is a valid zip that holds no workbook (like a .docx).
func NotWorkbookZip() []byte {
	return zipOf(map[string]string{"[Content_Types].xml": `<Types/>`, "_rels/.rels": `<Relationships/>`}, func(zw *zip.Writer) error {
		w, _ := zw.Create("word/document.xml")
		_, err := io.WriteString(w, `<document/>`)
		return err
	})
}

// NoSheets is a workbook part listing no sheets.
func NoSheets() []byte {
	parts := minimalParts(false)
	parts["xl/workbook.xml"] = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`
	return zipOf(parts, nil)
}

// BrokenXML is a workbook whose sheet XML is not well formed.
func BrokenXML() []byte {
	parts := minimalParts(true)
	parts["xl/worksheets/sheet1.xml"] = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c>`
	return zipOf(parts, nil)
}

// FarCell is a valid workbook with one cell at the last column and row.
func FarCell() []byte {
	parts := minimalParts(true)
	parts["xl/worksheets/sheet1.xml"] = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>`
	return zipOf(parts, nil)
}

// Truncated cuts a file at frac of its length.
func Truncated(data []byte, frac float64) []byte {
	n := int(float64(len(data)) * frac)
	return append([]byte(nil), data[:n]...)
}

// LegacyXLS is the start of an Excel 97-2003 file: an OLE2 container with a
// Workbook stream.
func LegacyXLS() []byte {
	return ole2("Workbook")
}

// EncryptedXLSX is the shape of a password-protected .xlsx: an OLE2
// container with EncryptionInfo and EncryptedPackage streams.
func EncryptedXLSX() []byte {
	return ole2("EncryptionInfo", "EncryptedPackage")
}

// ole2 writes an OLE2 header and a directory sector naming the streams; it
// is enough for detection, which is all a checker should do with such files.
func ole2(streams ...string) []byte {
	b := make([]byte, 512*4)
	copy(b, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	dir := b[512:]
	for i, s := range append([]string{"Root Entry"}, streams...) {
		e := dir[i*128:]
		for j := 0; j < len(s); j++ {
			e[2*j] = s[j]
		}
		e[64] = byte(2 * (len(s) + 1))
	}
	return b
}

// CSV is a comma-separated export renamed to .xlsx.
func CSV() []byte {
	return []byte("科目编码,科目名称,金额\n201,一般公共服务支出,5.00\n")
}

// RandomBytes is n bytes of deterministic noise.
func RandomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// HugeSheet is a valid workbook with rows × cols numeric cells, written with
// excelize's stream writer.
func HugeSheet(rows, cols int) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return nil, err
	}
	vals := make([]any, cols)
	for r := 1; r <= rows; r++ {
		for c := range vals {
			vals[c] = r*cols + c
		}
		cell, _ := excelize.CoordinatesToCellName(1, r)
		if err := sw.SetRow(cell, vals); err != nil {
			return nil, err
		}
	}
	if err := sw.Flush(); err != nil {
		return nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
