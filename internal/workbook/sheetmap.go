package workbook

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// sheetParts maps each sheet name to the part excelize reads for it, worked
// out as excelize's getSheetMap works it out when it opens the file — the
// workbook part named by the package relationships, the worksheet targets
// of the workbook's relationships, relative or absolute, Strict namespaces
// read as Transitional — so that the fast reader reads the very part
// excelize would. A sheet without a part excelize holds maps to "".
func sheetParts(f *excelize.File) map[string]string {
	out := map[string]string{}
	if f.WorkBook == nil {
		return out
	}
	wbPath := ""
	for _, r := range relationships(pkgPart(f, "_rels/.rels")) {
		if r.Type == relOfficeDocument {
			wbPath = strings.TrimPrefix(r.Target, "/")
			break
		}
	}
	rels := relationships(pkgPart(f, workbookRelsPath(wbPath)))
	for _, sh := range f.WorkBook.Sheets.Sheet {
		// As excelize: every relationship with the id, the last whose
		// part exists winning.
		for _, r := range rels {
			if r.ID != sh.ID {
				continue
			}
			p := worksheetPath(wbPath, r.Target)
			if _, ok := f.Pkg.Load(p); ok {
				out[sh.Name] = p
			}
		}
	}
	return out
}

const relOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

type relationship struct {
	ID     string `xml:"Id,attr"`
	Target string `xml:",attr"`
	Type   string `xml:",attr"`
}

// relationships decodes a relationships part as excelize's relsReader does;
// nil if it is missing or does not decode (excelize then has none either).
func relationships(b []byte) []relationship {
	if b == nil {
		return nil
	}
	var rels struct {
		XMLName xml.Name       `xml:"http://schemas.openxmlformats.org/package/2006/relationships Relationships"`
		Rel     []relationship `xml:"Relationship"`
	}
	if err := xml.NewDecoder(bytes.NewReader(strictToTransitional(b))).Decode(&rels); err != nil {
		return nil
	}
	return rels.Rel
}

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

// workbookRelsPath is excelize's getWorkbookRelsPath.
func workbookRelsPath(wbPath string) string {
	dir := filepath.Dir(wbPath)
	if dir == "." {
		return "_rels/" + filepath.Base(wbPath) + ".rels"
	}
	return strings.TrimPrefix(filepath.Dir(wbPath)+"/_rels/"+filepath.Base(wbPath)+".rels", "/")
}

// worksheetPath is excelize's getWorksheetPath: a target relative to the
// workbook's folder, or absolute in the package.
func worksheetPath(wbPath, target string) string {
	if strings.HasPrefix(target, "/") {
		return filepath.ToSlash(strings.TrimPrefix(strings.ReplaceAll(filepath.Clean(target), "\\", "/"), "/"))
	}
	return filepath.ToSlash(strings.TrimPrefix(
		strings.ReplaceAll(filepath.Clean(fmt.Sprintf("%s/%s", filepath.Dir(wbPath), target)), "\\", "/"), "/"))
}
