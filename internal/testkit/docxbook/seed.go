package docxbook

import (
	_ "embed"
	"strings"
)

//go:embed testdata/seed-narrative.txt
var seedNarrative string

//go:embed testdata/seed-report.txt
var seedReport string

// SeedNarrative is the transcription of the seed report's 情况说明 (第三部分),
// one paragraph a line, as published: its errors included.
func SeedNarrative() string { return seedNarrative }

// SeedNarrativeBlocks are the seed's 情况说明 as document blocks.
func SeedNarrativeBlocks() []Block { return Paragraphs(seedNarrative) }

// SeedReportBlocks is the whole seed report in one document: 概况, the nine
// public tables (each table's title lines as paragraphs, the rest a Word
// table), the 情况说明, 重点工作, 名词解释 and the 绩效自评表. table gives the
// grid of a public table by its key ("01"…"09"), kpi the stacked grid of
// the 绩效自评表 (package seeddata has both; this package does not depend
// on the workbook reader).
func SeedReportBlocks(table func(key string) [][]string, kpi [][]string) []Block {
	var out []Block
	for _, l := range strings.Split(seedReport, "\n") {
		l = strings.TrimRight(l, "\r")
		switch {
		case strings.HasPrefix(l, "#") || l == "":
		case strings.HasPrefix(l, "@table "):
			if rows := table(strings.TrimSpace(l[len("@table "):])); rows != nil {
				out = append(out, SheetBlocks(rows)...)
			}
		case l == "@kpi":
			out = append(out, KPIBlocks(kpi)...)
		case l == "@include seed-narrative.txt":
			out = append(out, SeedNarrativeBlocks()...)
		default:
			out = append(out, Paragraphs(l)...)
		}
	}
	return out
}

// SheetBlocks lays out one public table as a document prints it: its
// title, form code and unit lines as paragraphs (cells apart by a tab),
// the rest as a table.
func SheetBlocks(rows [][]string) []Block {
	var out []Block
	i := 0
	for ; i < len(rows) && i < 4 && titleRow(rows[i], i == 0); i++ {
		var cells []string
		for _, c := range rows[i] {
			if strings.TrimSpace(c) != "" {
				cells = append(cells, strings.TrimSpace(c))
			}
		}
		out = append(out, Block{Text: strings.Join(cells, "\t")})
	}
	// The note below the table and what follows it are paragraphs.
	end := len(rows)
	for j := i; j < len(rows); j++ {
		if strings.HasPrefix(strings.TrimSpace(first(rows[j])), "注") {
			end = j
			break
		}
	}
	if end > i {
		out = append(out, Block{Rows: rows[i:end]})
	}
	for _, r := range rows[end:] {
		if t := strings.TrimSpace(strings.Join(r, " ")); t != "" {
			out = append(out, Block{Text: t})
		}
	}
	return out
}

func first(r []string) string {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return c
		}
	}
	return ""
}

// titleRow tells the lines above a table's header: the title, the form
// code, the department and unit.
func titleRow(r []string, top bool) bool {
	any := false
	for _, c := range r {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		any = true
		if !(top || strings.Contains(c, "表") || strings.Contains(c, "部门") || strings.Contains(c, "单位")) {
			return false
		}
	}
	return any
}

// KPIBlocks cuts a sheet of stacked 绩效自评表 into a title paragraph and a
// table each; rows before the first title are paragraphs.
func KPIBlocks(rows [][]string) []Block {
	var out []Block
	var cur [][]string
	flush := func() {
		if cur != nil {
			out = append(out, Block{Rows: cur})
			cur = nil
		}
	}
	started := false
	for _, r := range rows {
		f := strings.TrimSpace(first(r))
		switch {
		case strings.Contains(f, "自评表") && len(nonEmpty(r)) == 1:
			flush()
			started = true
			out = append(out, Block{Text: f})
		case !started:
			if f != "" {
				out = append(out, Block{Text: strings.Join(nonEmpty(r), "\t")})
			}
		case len(nonEmpty(r)) == 1 && strings.HasPrefix(f, "（") && cur == nil:
			out = append(out, Block{Text: f}) // the project's name under the title
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return out
}

func nonEmpty(r []string) []string {
	var out []string
	for _, c := range r {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}
