//go:build excelize_rawvalues

// Not upstream: see PATCHES.md (change 10).

package excelize

import "testing"

func TestRawValuesBuildAppliesNoNumberFormat(t *testing.T) {
	f := NewFile()
	style, err := f.NewStyle(&Style{NumFmt: 4}) // #,##0.00
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("Sheet1", "A1", 1234.5); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellStyle("Sheet1", "A1", "A1", style); err != nil {
		t.Fatal(err)
	}
	if v, err := f.GetCellValue("Sheet1", "A1"); err != nil || v != "1234.5" {
		t.Errorf("GetCellValue = %q, %v; the raw value is 1234.5", v, err)
	}
}
