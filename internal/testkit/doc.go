// Package testkit is the parent of the test-support packages: nothing under
// it is linked into the product (the CLI, the wasm engine). They build
// fixtures and hostile files for tests and for cmd/gentestdata and
// cmd/genhostile:
//
//   - gridbook: workbooks written as readable text grids, written as XLSX;
//   - layout: rewrites a workbook the ways real drafts differ (stacked,
//     shifted, renamed, unmerged, text numbers, 元) and maps cells across;
//   - hostile: bad files built in memory (zip bombs, truncated, encrypted …);
//   - seeddata: the transcription of the seed report.
package testkit
