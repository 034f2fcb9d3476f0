package kpi

import (
	"strings"
	"testing"

	"reportcheck/internal/profile"
	"reportcheck/internal/workbook"
)

// FuzzCheck: any grid, with any merges, is read without a panic.
func FuzzCheck(f *testing.F) {
	tabs := parseFixture(f, hubeiProject)
	b := render(tabs, layouts[0])
	var sb strings.Builder
	for _, r := range b.Sheets[0].Rows {
		sb.WriteString(strings.Join(r, "\t"))
		sb.WriteByte('\n')
	}
	f.Add(sb.String(), 3, 1, 5, 2)
	f.Add(centralSheet, 1, 1, 30, 9)
	f.Add("项目自评表\n一级指标\t得分\n总分\t\n", 2, 1, 1, 9)
	f.Fuzz(func(t *testing.T, text string, top, left, bottom, right int) {
		sh := &workbook.Sheet{Name: "s"}
		for _, l := range strings.Split(text, "\n") {
			sh.Rows = append(sh.Rows, strings.Split(l, "\t"))
		}
		sh.Merges = []workbook.Merge{{Top: top, Left: left, Bottom: bottom, Right: right}, {Top: bottom, Left: right, Bottom: top + 2, Right: left + 3}}
		book := &workbook.Book{Sheets: []*workbook.Sheet{sh}}
		for _, p := range profile.Builtin() {
			Check(book, nil, p)
		}
	})
}
