// Command gentestdata writes the seed reconstruction (internal/seeddata) as
// real .xlsx files, one per layout, for the browser tests, the benchmarks and
// anyone who wants to try the checker on a realistic draft:
//
//	go run ./cmd/gentestdata -out testdata
//
// testdata/seed/seed.xlsx is the whole draft (nine tables, one sheet each, and
// the twelve 绩效自评表); seed-<layout>.xlsx are the same draft laid out
// differently; seed-nine.xlsx holds the nine tables only.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"reportcheck/internal/gridbook"
	"reportcheck/internal/layout"
	"reportcheck/internal/seeddata"
	"reportcheck/internal/workbook"
)

func main() {
	out := flag.String("out", "testdata", "directory to write seed/ into")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gentestdata:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	dir := filepath.Join(out, "seed")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := map[string]*workbook.Book{
		"seed.xlsx":      seeddata.Book(),
		"seed-nine.xlsx": seeddata.Nine(),
	}
	for _, l := range layout.All() {
		b, _ := l.Apply(seeddata.Book())
		files["seed-"+l.Name+".xlsx"] = b
	}
	for name, b := range files {
		data, err := gridbook.XLSX(b)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
