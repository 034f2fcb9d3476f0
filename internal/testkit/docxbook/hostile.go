package docxbook

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"strings"
)

// Bad documents a narrative reader must refuse cleanly, built in memory.

// Bomb is a .docx whose document part inflates to about inflated bytes of
// one repeated paragraph while the file stays small: one compressed block
// repeated, as real bombs do (each block ends on a sync flush).
func Bomb(inflated int64, declareTruly bool) []byte {
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
	head := []byte(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	chunk := bytes.Repeat([]byte(`<w:p><w:r><w:t>0000000000000000</w:t></w:r></w:p>`), 1<<14)
	tail := []byte(`</w:body></w:document>`)
	n := inflated / int64(len(chunk))
	var body bytes.Buffer
	body.Write(flush(head, false))
	block := flush(chunk, false)
	crc := crc32.Update(0, crc32.IEEETable, head)
	for range n {
		body.Write(block)
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
	}
	body.Write(flush(tail, true))
	crc = crc32.Update(crc, crc32.IEEETable, tail)
	size := uint64(len(head)) + uint64(n)*uint64(len(chunk)) + uint64(len(tail))
	if !declareTruly {
		size = 4096 // a header lying about what the part inflates to
	}
	return replacePart(Package("", "w", 0), "word/document.xml", func(zw *zip.Writer) error {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
			CompressedSize64: uint64(body.Len()), UncompressedSize64: size, CRC32: crc})
		if err != nil {
			return err
		}
		_, err = w.Write(body.Bytes())
		return err
	})
}

// WithDocument is a .docx whose document part is xml, as given.
func WithDocument(xml string) []byte {
	return replacePart(Package("", "w", 0), "word/document.xml", func(zw *zip.Writer) error {
		w, err := zw.Create("word/document.xml")
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, xml)
		return err
	})
}

// Entities is a document part with a billion-laughs DTD.
func Entities() []byte {
	var dtd strings.Builder
	dtd.WriteString(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">`)
	prev := "lol"
	for i := 1; i <= 9; i++ {
		name := "lol" + string(rune('0'+i))
		dtd.WriteString(`<!ENTITY ` + name + ` "` + strings.Repeat("&"+prev+";", 10) + `">`)
		prev = name
	}
	dtd.WriteString(`]>`)
	return WithDocument(dtd.String() + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`)
}

// Deep is a document part nested depth elements deep.
func Deep(depth int) []byte {
	return WithDocument(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		strings.Repeat(`<w:sdt><w:sdtContent>`, depth) + strings.Repeat(`</w:sdtContent></w:sdt>`, depth) + `</w:body></w:document>`)
}

// LegacyDoc is the start of a Word 97-2003 .doc: an OLE2 container with a
// WordDocument stream.
func LegacyDoc() []byte { return ole2("WordDocument", "1Table") }

// EncryptedDocx is the shape of a password-protected .docx: an OLE2
// container with EncryptionInfo and EncryptedPackage streams.
func EncryptedDocx() []byte { return ole2("EncryptionInfo", "EncryptedPackage") }

// LegacyXLS is an Excel 97-2003 workbook offered as a narrative.
func LegacyXLS() []byte { return ole2("Workbook") }

// WorkbookZip is a zip holding a workbook, not a document.
func WorkbookZip() []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		io.WriteString(w, "<x/>")
	}
	zw.Close()
	return buf.Bytes()
}

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

// replacePart copies a package, writing part name with write instead.
func replacePart(data []byte, name string, write func(*zip.Writer) error) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if f.Name == name {
			if err := write(zw); err != nil {
				panic(err)
			}
			continue
		}
		if err := zw.Copy(f); err != nil {
			panic(err)
		}
	}
	zw.Close()
	return buf.Bytes()
}
