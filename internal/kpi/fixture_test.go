package kpi

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/workbook"
)

// fxTable is a 绩效自评表 described as data, rendered into sheets in several
// layouts by render.
type fxTable struct {
	dept                      bool
	name                      string
	basic, project            string
	ticks                     [][2]string
	budget, exec, rate, score string
	execWeight                string // 分值 cell of the 预算执行 block (central template)
	groups                    []fxGroup
	total                     string
	weightTotal               string
	reason, measures          string
	execPoints, indPoints     string // printed "（20 分）", "（80 分）"; "" for the defaults 20/80, "-" for none
	weights                   bool
	perRowReason              bool
	// The lines of the fixture text each part was read from (1-based; 0
	// when the fixture has no such line), for findings traced to a line.
	line, dLine, bLine, pLine, sLine, rLine int
	kLines                                  []int
}

type fxGroup struct {
	name string
	line int
	rows []fxRow
}

type fxRow struct {
	l1, l2, l3, target, actual, score, weight, reason string
	line                                              int
}

// parseFixture reads the compact text format of testdata/seed.kpi.
func parseFixture(t testing.TB, text string) []*fxTable {
	t.Helper()
	var out []*fxTable
	var cur *fxTable
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		tag, rest, _ := strings.Cut(line, " ")
		f := strings.Split(rest, "|")
		if tag != "T" && cur == nil {
			t.Fatalf("line %d: %q before a T line", n+1, line)
		}
		switch tag {
		case "T":
			cur = &fxTable{dept: f[0] == "dept", name: f[1], total: "", line: n + 1}
			out = append(out, cur)
		case "D":
			cur.basic, cur.project, cur.dLine = f[0], f[1], n+1
		case "K":
			cur.ticks = append(cur.ticks, [2]string{f[0], f[1]})
			cur.kLines = append(cur.kLines, n+1)
		case "B":
			cur.budget, cur.exec, cur.rate, cur.score, cur.bLine = f[0], f[1], f[2], f[3], n+1
			if len(f) > 4 {
				cur.execWeight = f[4]
			}
		case "G":
			cur.groups = append(cur.groups, fxGroup{name: rest, line: n + 1})
		case "I":
			if len(cur.groups) == 0 {
				cur.groups = append(cur.groups, fxGroup{})
			}
			r := fxRow{l1: f[0], l2: f[1], l3: f[2], target: f[3], actual: f[4], score: f[5], line: n + 1}
			if len(f) > 6 {
				r.weight = f[6]
				cur.weights = true
			}
			if len(f) > 7 {
				r.reason = f[7]
				cur.perRowReason = true
			}
			g := &cur.groups[len(cur.groups)-1]
			g.rows = append(g.rows, r)
		case "S":
			cur.total, cur.sLine = f[0], n+1
			if len(f) > 1 {
				cur.weightTotal = f[1]
			}
		case "R":
			cur.reason, cur.rLine = f[0], n+1
			if len(f) > 1 {
				cur.measures = f[1]
			}
		case "P":
			cur.execPoints, cur.indPoints, cur.pLine = f[0], f[1], n+1
		default:
			t.Fatalf("line %d: unknown tag %q", n+1, tag)
		}
	}
	return out
}

func readFile(name string) (string, error) {
	b, err := os.ReadFile(name)
	return string(b), err
}

func readFixture(t testing.TB, name string) []*fxTable {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return parseFixture(t, string(b))
}

// layout says how tables are laid out on sheets.
type layout struct {
	name    string
	stacked bool // all tables in one sheet
	merged  bool // 一级/二级 and labels merged vertically
	repeat  bool // unmerged: 一级/二级 repeated on every row (else blank)
	offset  int  // empty columns on the left
	gap     int  // blank rows between stacked tables
	yuan    bool // amounts in 元
	text    bool // numbers stored as text with full-width digits
	frac    bool // 执行率 stored as a fraction under a percent format (1 for 100%)
	sheet   string
}

var layouts = []layout{
	{name: "stacked-merged", stacked: true, merged: true, sheet: "附件"},
	{name: "sheets-unmerged", repeat: false, sheet: "自评表"},
	{name: "sheets-repeated-shifted", repeat: true, offset: 2, frac: true, sheet: "Sheet"},
	{name: "stacked-gap-text", stacked: true, merged: true, gap: 3, text: true, sheet: "绩效"},
	{name: "sheets-merged-yuan", merged: true, yuan: true, sheet: "表"},
}

// sheetBuilder collects rows and merges of one sheet.
type sheetBuilder struct {
	sh  *workbook.Sheet
	off int
	// src is the fixture line the rows now written come from; origin maps
	// "sheet!row" to it.
	src    int
	origin map[string]int
}

func (b *sheetBuilder) row(cells ...string) int {
	r := make([]string, b.off, b.off+len(cells))
	r = append(r, cells...)
	b.sh.Rows = append(b.sh.Rows, r)
	if b.src > 0 {
		b.origin[fmt.Sprintf("%s!%d", b.sh.Name, len(b.sh.Rows))] = b.src
	}
	return len(b.sh.Rows)
}

// from sets the fixture line of the rows that follow: line, or the table's
// own line when the fixture has no such line.
func (b *sheetBuilder) from(t *fxTable, line int) {
	if line == 0 {
		line = t.line
	}
	b.src = line
}

func (b *sheetBuilder) merge(top, left, bottom, right int) {
	if top == bottom && left == right {
		return
	}
	b.sh.Merges = append(b.sh.Merges, workbook.Merge{Top: top, Left: left + b.off, Bottom: bottom, Right: right + b.off})
}

var fullWidth = strings.NewReplacer("0", "０", "1", "１", "2", "２", "3", "３", "4", "４", "5", "５", "6", "６", "7", "７", "8", "８", "9", "９", ".", "．")

func (l layout) money(s string) string {
	if s == "" {
		return s
	}
	if l.yuan {
		if d, err := decimal.NewFromString(s); err == nil {
			s = d.Mul(decimal.NewFromInt(10000)).String()
		}
	}
	if l.text {
		return fullWidth.Replace(s)
	}
	return s
}

func (l layout) num(s string) string {
	if l.text {
		return fullWidth.Replace(s)
	}
	return s
}

// render lays the tables out into a book.
func render(tables []*fxTable, l layout) *workbook.Book {
	book, _ := renderTraced(tables, l)
	return book
}

// renderTraced is render, with the fixture line each sheet row comes from
// (keyed "sheet!row"; rows of no line are absent).
func renderTraced(tables []*fxTable, l layout) (*workbook.Book, map[string]int) {
	book := &workbook.Book{}
	origin := map[string]int{}
	var b *sheetBuilder
	for i, t := range tables {
		if b == nil || !l.stacked {
			name := l.sheet
			if !l.stacked {
				name = fmt.Sprintf("%s%d", l.sheet, i+1)
			}
			b = &sheetBuilder{sh: &workbook.Sheet{Name: name}, off: l.offset, origin: origin}
			book.Sheets = append(book.Sheets, b.sh)
			if l.stacked {
				b.row("第六部分 附件")
			}
		} else {
			b.src = 0
			for g := 0; g < l.gap; g++ {
				b.row()
			}
		}
		renderTable(b, t, l)
	}
	return book, origin
}

func renderTable(b *sheetBuilder, t *fxTable, l layout) {
	width := 7
	if t.weights {
		width++
	}
	if t.perRowReason {
		width++
	}
	scoreCol := 7
	if t.weights {
		scoreCol = 8
	}
	unit := "万元"
	if l.yuan {
		unit = "元"
	}
	execPts, indPts := "（20 分）", "（80 分）"
	scoreHead := "得分（20 分*执行率）"
	switch t.execPoints {
	case "":
	case "-":
		execPts, indPts, scoreHead = "", "", "得分"
	default:
		execPts = "（" + t.execPoints + " 分）"
		indPts = "（" + t.indPoints + " 分）"
		scoreHead = "得分"
	}
	m := func(top, left, bottom, right int) {
		if l.merged {
			b.merge(top, left, bottom, right)
		}
	}
	b.from(t, t.line)
	if t.dept {
		r := b.row("2023 年度江岸区科经局本级部门整体绩效自评表")
		m(r, 1, r, width)
		r = b.row("单位名称", t.name)
		m(r, 2, r, width)
		b.from(t, t.dLine)
		b.row("基本支出总额", "", l.money(t.basic), "", "项目支出总额", l.money(t.project))
	} else {
		r := b.row("2023 年度江岸区科经局项目自评表")
		m(r, 1, r, width)
		r = b.row("（" + t.name + "）")
		m(r, 1, r, width)
		r = b.row("项目名称", t.name)
		m(r, 2, r, width)
		b.row("主管部门", "江岸区科经局", "", "", "项目实施单位", "江岸区科经局")
		for i, k := range t.ticks {
			b.from(t, t.kLines[i])
			r = b.row(k[0], k[1])
			m(r, 2, r, width)
		}
	}
	// 预算执行.
	total := "年度财政资金总额"
	if t.dept {
		total = "部门整体支出总额"
	}
	head := []string{"预算执行情况（" + unit + "）" + execPts, "", "", "预算数（A）", "执行数（B）", "执行率（B/A）"}
	rate := l.num(t.rate)
	if l.frac && strings.HasSuffix(t.rate, "%") {
		if d, err := decimal.NewFromString(strings.TrimSuffix(t.rate, "%")); err == nil {
			rate = d.Div(decimal.NewFromInt(100)).String()
		}
	}
	vals := []string{"", total, "", l.money(t.budget), l.money(t.exec), rate}
	if t.execWeight != "" {
		head = append(head, "分值")
		vals = append(vals, l.num(t.execWeight))
	}
	head = append(head, scoreHead)
	vals = append(vals, l.num(t.score))
	b.from(t, t.bLine)
	h := b.row(head...)
	v := b.row(vals...)
	m(h, 1, v, 1)
	m(v, 2, v, 3)
	// Indicators.
	hdr := func(first string) int {
		cells := []string{first, "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）"}
		if t.weights {
			cells = append(cells, "分值")
		}
		cells = append(cells, "得分")
		if t.perRowReason {
			cells = append(cells, "偏差原因分析")
		}
		return b.row(cells...)
	}
	goalCol := !t.dept && len(t.groups) > 1
	// Indicator headers print the points: they belong to the P line.
	b.from(t, t.pLine)
	var top int
	if !t.dept && !goalCol {
		top = hdr("年度绩效目标" + indPts)
	} else if goalCol {
		top = hdr("目标名称")
	}
	for _, g := range t.groups {
		gtop := 0
		if t.dept {
			b.from(t, g.line)
			r := b.row(strings.Fields(g.name)[0]+" "+strings.Fields(g.name)[1], strings.Join(strings.Fields(g.name)[2:], ""))
			m(r, 2, r, width)
			gtop = hdr("年度绩效指标")
		}
		start := len(b.sh.Rows) + 1
		prev1, prev2 := "", ""
		s1, s2 := start, start
		for i, x := range g.rows {
			first := ""
			if goalCol && (i == 0 || !l.merged) && (i == 0 || l.repeat) {
				first = g.name
			}
			l1, l2 := x.l1, x.l2
			if !l.repeat && x.l1 == prev1 && i > 0 {
				l1 = ""
				if x.l2 == prev2 {
					l2 = ""
				}
			}
			row := []string{first, l1, l2, x.l3, l.num(x.target), l.num(x.actual)}
			if t.weights {
				row = append(row, l.num(x.weight))
			}
			row = append(row, l.num(x.score))
			if t.perRowReason {
				row = append(row, x.reason)
			}
			b.from(t, x.line)
			r := b.row(row...)
			if i > 0 && x.l1 != prev1 {
				m(s1, 2, r-1, 2)
				s1 = r
			}
			if i > 0 && (x.l2 != prev2 || x.l1 != prev1) {
				m(s2, 3, r-1, 3)
				s2 = r
			}
			prev1, prev2 = x.l1, x.l2
		}
		end := len(b.sh.Rows)
		m(s1, 2, end, 2)
		m(s2, 3, end, 3)
		if goalCol {
			m(start, 1, end, 1)
		}
		if t.dept {
			m(gtop, 1, end, 1)
		}
	}
	if !t.dept && !goalCol {
		m(top, 1, len(b.sh.Rows), 1)
	}
	// 总分.
	b.from(t, t.sLine)
	trow := make([]string, scoreCol)
	trow[0] = "总分"
	trow[scoreCol-1] = l.num(t.total)
	if t.weights {
		trow[scoreCol-2] = t.weightTotal
	}
	r := b.row(trow...)
	if t.weights {
		m(r, 1, r, scoreCol-2)
	} else {
		m(r, 1, r, scoreCol-1)
	}
	b.from(t, t.rLine)
	r = b.row("偏差大或目标未完成原因分析", "", t.reason)
	m(r, 1, r, 2)
	m(r, 3, r, width)
	r = b.row("改进措施及结果应用方案", "", t.measures)
	m(r, 1, r, 2)
	m(r, 3, r, width)
}
