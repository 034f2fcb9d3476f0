// Command genhostile writes the bad files of internal/testkit/hostile to a folder
// (testdata/hostile by default, which git ignores) for the browser tests and
// benchmarks: go run ./cmd/genhostile -out testdata/hostile
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/testkit/hostile"
	"reportcheck/internal/testkit/seeddata"
)

func main() {
	out := flag.String("out", "testdata/hostile", "directory to write into")
	rows := flag.Int("rows", 200000, "rows of the large sheet")
	flag.Parse()
	if err := run(*out, *rows); err != nil {
		fmt.Fprintln(os.Stderr, "genhostile:", err)
		os.Exit(1)
	}
}

func run(out string, rows int) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	seed, err := gridbook.XLSX(seeddata.Book())
	if err != nil {
		return err
	}
	large, err := hostile.HugeSheet(rows, 10)
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"zip-bomb-1.5GB.xlsx":                   hostile.ZipBomb(1500 << 20),
		"lying-bomb.xlsx":                       hostile.LyingBomb(400 << 20),
		"entity-expansion.xlsx":                 hostile.EntityExpansion(),
		"broken-xml.xlsx":                       hostile.BrokenXML(),
		"truncated-50.xlsx":                     hostile.Truncated(seed, 0.5),
		"truncated-99.xlsx":                     hostile.Truncated(seed, 0.99),
		"legacy.xls":                            hostile.LegacyXLS(),
		"legacy-renamed.xlsx":                   hostile.LegacyXLS(),
		"encrypted.xlsx":                        hostile.EncryptedXLSX(),
		"csv-renamed.xlsx":                      hostile.CSV(),
		"random.xlsx":                           hostile.RandomBytes(64<<10, 7),
		"not-a-workbook.xlsx":                   hostile.NotWorkbookZip(),
		"no-sheets.xlsx":                        hostile.NoSheets(),
		"far-cell.xlsx":                         hostile.FarCell(),
		"empty.xlsx":                            nil,
		fmt.Sprintf("large-%d-rows.xlsx", rows): large,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
