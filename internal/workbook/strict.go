package workbook

import (
	"bytes"
	"strings"
)

// The sheets' parts come from excelize (File.SheetPaths, a fork change):
// what is left here is how excelize reads a Strict part, for the decoder
// model.go falls back on.

const relOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

// strictNames are the Strict namespace names excelize rewrites to their
// Transitional ones before it decodes a part (namespaceStrictToTransitional),
// the longer of two names sharing a beginning first.
var strictNames = strings.NewReplacer(
	"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", relOfficeDocument,
	"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
	"http://purl.oclc.org/ooxml/officeDocument/relationships/comments", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
	"http://purl.oclc.org/ooxml/officeDocument/relationships/chart", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
	"http://purl.oclc.org/ooxml/officeDocument/relationships/image", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
	"http://purl.oclc.org/ooxml/officeDocument/relationships", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
	"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
	"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
	"http://purl.oclc.org/ooxml/drawingml/main", "http://schemas.openxmlformats.org/drawingml/2006/main",
	nsMainStrict, nsMain,
)

func strictToTransitional(b []byte) []byte {
	if !bytes.Contains(b, []byte("purl.oclc.org")) {
		return b
	}
	return []byte(strictNames.Replace(string(b)))
}
