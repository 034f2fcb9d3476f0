// Command gentestdata writes the seed reconstruction (internal/testkit/seeddata) as
// real .xlsx files, one per layout, for the browser tests, the benchmarks and
// anyone who wants to try the checker on a realistic draft:
//
//	go run ./cmd/gentestdata -out testdata
//
// testdata/seed/seed.xlsx is the whole draft (nine tables, one sheet each, and
// the twelve 绩效自评表); seed-<layout>.xlsx are the same draft laid out
// differently; seed-styled.xlsx is the draft as WPS or Excel export it
// (hundreds of cell formats, pictures); seed-nine.xlsx holds the nine tables only. testdata/ministry/
// holds the ministry-style fixtures of internal/rules/testdata (no 行次, 栏次
// or form codes, in their many layouts) as real workbooks.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/testkit/layout"
	"reportcheck/internal/testkit/seeddata"
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
	if err := write(dir, files); err != nil {
		return err
	}
	// The draft as WPS or Excel export it: styled, with pictures.
	plain, err := gridbook.XLSX(seeddata.Book())
	if err != nil {
		return err
	}
	styled, err := gridbook.Styled(plain)
	if err != nil {
		return fmt.Errorf("seed-styled.xlsx: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seed-styled.xlsx"), styled, 0o644); err != nil {
		return err
	}
	ministry := map[string]*workbook.Book{}
	texts, _ := filepath.Glob("internal/rules/testdata/ministry*.txt")
	for _, path := range texts {
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(path), ".txt") + ".xlsx"
		ministry[name] = gridbook.Parse(string(text))
	}
	if len(ministry) == 0 {
		return fmt.Errorf("no ministry fixtures found: run from the repository root")
	}
	dir = filepath.Join(out, "ministry")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return write(dir, ministry)
}

func write(dir string, files map[string]*workbook.Book) error {
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
