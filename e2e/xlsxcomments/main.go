// Command xlsxcomments prints "sheet!cell<TAB>text" for every comment in a
// workbook; the browser tests use it to read back the annotated download.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
)

func main() {
	f, err := excelize.OpenFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
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
