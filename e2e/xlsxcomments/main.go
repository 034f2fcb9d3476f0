// Command xlsxcomments prints "sheet!cell<TAB>text" for every comment in a
// workbook; the browser tests use it to read back the annotated download.
// With -index it prints the first sheet's rows instead (the 审核结果 sheet),
// its name first, one row a line, cells joined by tabs.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
)

func main() {
	index := len(os.Args) > 2 && os.Args[1] == "-index"
	f, err := excelize.OpenFile(os.Args[len(os.Args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	if index {
		first := f.GetSheetName(0)
		rows, err := f.GetRows(first)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(first)
		for _, r := range rows {
			fmt.Println(strings.ReplaceAll(strings.Join(r, "\t"), "\n", " "))
		}
		return
	}
	for _, s := range f.GetSheetList() {
		cs, err := f.GetComments(s)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, c := range cs {
			var text strings.Builder
			for _, p := range c.Paragraph {
				text.WriteString(p.Text)
			}
			fmt.Printf("%s!%s\t%s\n", s, c.Cell, strings.ReplaceAll(text.String(), "\n", " "))
		}
	}
}
