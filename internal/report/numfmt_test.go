package report

// numberFormatsApplied is whether excelize, as built for these tests,
// applies number formats when a test reads a cell back (GetCellValue,
// GetRows). The product's wasm is built with the fork's excelize_rawvalues
// tag, under which it does not (third_party/excelize/PATCHES.md): the
// workbook written is the same, only the test's reading differs.
var numberFormatsApplied = true
