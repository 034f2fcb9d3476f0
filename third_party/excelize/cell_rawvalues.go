//go:build excelize_rawvalues

// This file is not upstream: see PATCHES.md (change 10).

package excelize

// numFmtValue, built with the tag excelize_rawvalues, gives every cell its
// raw value: number formats are not applied. reportcheck reads raw values
// only (Options.RawCellValue) and its wasm is built with the tag, so that
// the number format engine — its tokenizer, and tables of month and
// weekday names for some two hundred languages built when the package
// loads — is not linked.
func (f *File) numFmtValue(c *xlsxC, _ CellType) (string, error) { return c.V, nil }

// checkDateTimeOptions: the date and time pattern options only serve
// number formats, which this build does not apply, so they are not parsed
// (the number format tokenizer stays out of the build).
func (f *File) checkDateTimeOptions() error { return nil }
