//go:build !excelize_rawvalues

// This file is not upstream: see PATCHES.md (change 10).

package excelize

// numFmtValue is the formatting half of formattedValue (see PATCHES.md,
// change 10: a build without number formats).
func (f *File) numFmtValue(c *xlsxC, cellType CellType) (string, error) {
	s, err := f.stylesReader()
	if err != nil {
		return c.V, err
	}
	if s.CellXfs == nil {
		return c.V, err
	}
	if c.S >= len(s.CellXfs.Xf) || c.S < 0 {
		return c.V, err
	}
	var numFmtID int
	if s.CellXfs.Xf[c.S].NumFmtID != nil {
		numFmtID = *s.CellXfs.Xf[c.S].NumFmtID
	}
	date1904 := false
	wb, err := f.workbookReader()
	if err != nil {
		return c.V, err
	}
	if wb != nil && wb.WorkbookPr != nil {
		date1904 = wb.WorkbookPr.Date1904
	}
	if fmtCode, ok := s.getCustomNumFmtCode(numFmtID); ok {
		return format(c.V, fmtCode, date1904, cellType, f.options), err
	}
	if fmtCode, ok := f.getBuiltInNumFmtCode(numFmtID); ok {
		return f.applyBuiltInNumFmt(c, fmtCode, numFmtID, date1904, cellType), err
	}
	return c.V, err
}

// checkDateTimeOptions validates the date and time pattern options.
func (f *File) checkDateTimeOptions() error { return f.checkDateTimePattern() }
