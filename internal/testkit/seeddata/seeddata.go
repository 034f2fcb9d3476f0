// Package seeddata holds the reconstruction of the seed report — the 2023
// 部门决算公开 of 江岸区科经局本级 — as readable text grids transcribed from the
// published document: the nine public tables (nine.txt) and the twelve
// 绩效自评表 (kpi.txt). Printed numbers are kept as printed, including the ones
// that are wrong: finding those is the checker's job.
package seeddata

import (
	_ "embed"

	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/workbook"
)

//go:embed nine.txt
var nineText string

//go:embed kpi.txt
var kpiText string

// Nine returns the nine public tables, one sheet each.
func Nine() *workbook.Book { return gridbook.Parse(nineText) }

// KPI returns the twelve 绩效自评表 stacked on one sheet.
func KPI() *workbook.Book { return gridbook.Parse(kpiText) }

// Book returns the whole draft: the nine tables and the 绩效自评表.
func Book() *workbook.Book {
	b := Nine()
	b.Sheets = append(b.Sheets, KPI().Sheets...)
	return b
}
