// This file is not part of upstream excelize: see PATCHES.md. It replaces
// net/http.DetectContentType, whose package links the whole HTTP stack
// (net, crypto/tls, ...) into the binary.

package excelize

import "bytes"

// sniffSignatures are the prefixes http.DetectContentType knows for the
// files one embeds in a workbook (documents, archives, pictures), with the
// same answers. The other formats it knows (HTML, fonts, audio, video, ...)
// fall through to the text rule or to "application/octet-stream".
var sniffSignatures = []struct {
	prefix, contentType string
}{
	{"%PDF-", "application/pdf"},
	{"%!PS-Adobe-", "application/postscript"},
	{"\xFE\xFF", "text/plain; charset=utf-16be"},
	{"\xFF\xFE", "text/plain; charset=utf-16le"},
	{"\xEF\xBB\xBF", "text/plain; charset=utf-8"},
	{"BM", "image/bmp"},
	{"GIF87a", "image/gif"},
	{"GIF89a", "image/gif"},
	{"\x89PNG\x0D\x0A\x1A\x0A", "image/png"},
	{"\xFF\xD8\xFF", "image/jpeg"},
	{"\x1F\x8B\x08", "application/x-gzip"},
	{"PK\x03\x04", "application/zip"},
	{"Rar!\x1A\x07\x00", "application/x-rar-compressed"},
	{"Rar!\x1A\x07\x01\x00", "application/x-rar-compressed"},
}

// detectContentType returns the MIME type of an embedded file from its
// first 512 bytes, as http.DetectContentType does for the formats in
// sniffSignatures, for XML, and for plain text.
func detectContentType(data []byte) string {
	if len(data) > 512 {
		data = data[:512]
	}
	if bytes.HasPrefix(bytes.TrimLeft(data, "\t\n\x0C\r "), []byte("<?xml")) {
		return "text/xml; charset=utf-8"
	}
	for _, sig := range sniffSignatures {
		if bytes.HasPrefix(data, []byte(sig.prefix)) {
			return sig.contentType
		}
	}
	for _, b := range data {
		if b <= 0x08 || b == 0x0B || 0x0E <= b && b <= 0x1A || 0x1C <= b && b <= 0x1F {
			return "application/octet-stream"
		}
	}
	return "text/plain; charset=utf-8"
}
