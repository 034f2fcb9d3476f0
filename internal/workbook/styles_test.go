package workbook

import "testing"

// TestStylesAndThemeAreNotRead: the checker reads values, not formatting,
// so a damaged styles.xml or theme (or a huge one) costs nothing and stops
// nothing. excelize is opened with CellsOnly (third_party/excelize/PATCHES.md).
func TestStylesAndThemeAreNotRead(t *testing.T) {
	data := minimalXLSXWith(t, wsHead+`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c></row>`+wsTail,
		sstHead+`<si><t>合计</t></si>`+sstTail, map[string]string{
			"xl/styles.xml":       `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="`,
			"xl/theme/theme1.xml": `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><<<`,
			"xl/calcChain.xml":    `not xml at all <`,
		})
	book, err := Open(data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if got := book.Sheets[0].Rows[0]; len(got) != 2 || got[0] != "合计" || got[1] != "12.5" {
		t.Errorf("row 1 = %q", got)
	}
}
