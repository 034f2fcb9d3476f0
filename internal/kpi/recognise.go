package kpi

import (
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
	"reportcheck/internal/template"
	"reportcheck/internal/trim"
	"reportcheck/internal/workbook"
)

// Field is one value read from a table, with the cell it came from.
type Field struct {
	Ref   string // A1 of the cell holding the value ("" when the table has no such cell)
	Text  string // trimmed raw text
	Found bool   // the label (or column) exists in the table
}

// Num parses the field as an amount.
func (f Field) Num() amount.Value { return amount.Parse(f.Text) }

// Indicator is one indicator row.
type Indicator struct {
	Row    int
	Goal   string // 年度目标 group ("年度目标 1 …", "年度绩效目标1")
	Level1 string
	Level2 string
	L1Ref  string
	L2Ref  string
	Name   Field
	Target Field
	Actual Field
	Weight Field // Found is false when the template prints no 分值
	Score  Field
	Reason Field // a per-row 偏差原因 column, when the template has one

	TargetV, ActualV Value
}

// TickGroup is a row of tick boxes (项目类别/属性/类型).
type TickGroup struct {
	Label   string
	Ref     string
	Text    string
	Options int
	Ticked  int
	Known   bool // whether the count could be read
}

// Table is one recognised 绩效自评表.
type Table struct {
	Sheet                    string
	Top, Left, Bottom, Right int
	Dept                     bool // 部门整体 (true) or 项目 (false)
	Title                    string
	TitleRef                 string
	Name                     string
	NameRef                  string
	Manager                  Field // 主管部门
	Implementer              Field // 项目实施单位
	Unit                     amount.Unit

	// 预算执行 block.
	Budget, Executed, Rate, ExecWeight, ExecScore Field
	// ExecPoints is the execution weight the table prints ("（20 分）",
	// "得分（20 分*执行率）", a 分值 cell); zero when it prints none.
	ExecPoints    decimal.Decimal
	ExecPointsRef string
	// IndPoints is the indicator points printed ("年度绩效目标（80 分）").
	IndPoints    decimal.Decimal
	IndPointsRef string

	Basic, Project Field // 部门整体: 基本支出总额, 项目支出总额

	Indicators  []*Indicator
	HasWeights  bool
	Total       Field
	WeightTotal Field
	Reason      Field // 偏差原因分析
	Measures    Field // 改进措施
	Ticks       []TickGroup
}

// Range is the table's extent in A1 notation.
func (t *Table) Range() string {
	return workbook.RangeName(t.Top, t.Left, t.Bottom, t.Right)
}

// Label names the table in messages: 绩效自评表（科技管理工作经费）.
func (t *Table) Label() string {
	if t.Dept {
		if t.Name != "" {
			return template.FormName(template.FormKPIDept) + "（" + t.Name + "）"
		}
		return template.FormName(template.FormKPIDept)
	}
	if t.Name != "" {
		return "绩效自评表（" + t.Name + "）"
	}
	return "项目绩效自评表"
}

// isTitle tells a 绩效自评表 title row from the nine public tables and from
// narrative text that mentions one.
func isTitle(s string) bool {
	if s == "" || len([]rune(s)) > 80 || !strings.Contains(s, "自评表") || locate.HasFormCode(s) {
		return false
	}
	return !strings.Contains(s, "。") && !strings.Contains(s, "详见")
}

// Find recognises every 绩效自评表 in the book: tables stand on their own
// sheet or stacked, each beginning at its title row.
func Find(book *workbook.Book) []*Table {
	var out []*Table
	if book == nil {
		return nil
	}
	for _, sh := range book.Sheets {
		out = append(out, findInSheet(sh)...)
	}
	return out
}

func findInSheet(sh *workbook.Sheet) []*Table {
	g := newGrid(sh)
	var starts []int
	var stops []int
	var cells []int // reused row to row
	var parts []string
	for r := 1; r <= g.rows; r++ {
		w := len(sh.Rows[r-1])
		if w > maxCols {
			w = maxCols
		}
		if !g.fewCells(r, w, 3) {
			continue
		}
		cells = g.appendCells(cells[:0], r, w)
		parts = parts[:0]
		for _, c := range cells {
			parts = append(parts, template.Fold(sh.Value(r, c)))
		}
		if len(parts) == 0 || len(parts) > 3 {
			continue
		}
		joined := strings.Join(parts, "")
		switch {
		case isTitle(joined):
			starts = append(starts, r)
		case strings.Contains(joined, "公开") && locate.HasFormCode(joined) && len([]rune(joined)) <= 40:
			stops = append(stops, r)
		}
	}
	if len(starts) == 0 {
		// A sheet holding one table whose title was left out: its headers
		// are near the top. A sheet of plain data — 200,000 rows of it —
		// is not read through a second time looking for indicators.
		if !untitledTableHead(sh) {
			return nil
		}
		starts = []int{1}
	}
	var out []*Table
	for i, top := range starts {
		bottom := g.rows
		if i+1 < len(starts) {
			bottom = starts[i+1] - 1
		}
		for _, s := range stops {
			if s > top && s <= bottom {
				bottom = s - 1
			}
		}
		if t := parseBlock(g, top, bottom); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// untitledHeadRows is how far down an untitled table's headers may start.
const untitledHeadRows = 60

// untitledTableHead reports whether the top of a sheet names indicators or
// a budget execution, as every 自评表 does in its headers.
func untitledTableHead(sh *workbook.Sheet) bool {
	for r := 0; r < len(sh.Rows) && r < untitledHeadRows; r++ {
		for c, v := range sh.Rows[r] {
			if c >= maxCols {
				break
			}
			if strings.Contains(v, "指标") || strings.Contains(v, "预算") || strings.Contains(v, "执行") {
				return true
			}
		}
	}
	return false
}

type colMap struct {
	goal, l1, l2, l3, target, actual, weight, score, reason int
}

// parseBlock reads one table between its title row and the next title.
// It returns nil when the block holds neither a 预算执行 block nor
// indicator rows: a mention of a 自评表, not a table.
func parseBlock(g *grid, top, bottom int) *Table {
	sh := g.sh
	width := g.width(top, bottom)
	t := &Table{Sheet: sh.Name, Top: top, Bottom: bottom, Left: 1, Right: width}
	// Title and dept/project.
	titleCells := g.cells(top, width)
	var titleText string
	for _, c := range titleCells {
		titleText += clean(sh.Value(top, c))
	}
	if isTitle(template.Fold(titleText)) {
		t.Title = titleText
		t.TitleRef = workbook.CellName(top, titleCells[0])
	}
	st := template.Fold(t.Title)
	t.Dept = strings.Contains(st, "部门整体") || strings.Contains(st, "整体支出") || strings.Contains(st, "整体绩效")

	var cols *colMap
	goal := ""
	var lv levels
	inIndicators := false
	budgetHead := 0
	var bcols struct{ budget, exec, rate, weight, score int }
	bprio := -1
	// One row's cells and keys at a time: the slices are reused.
	var row []int
	var keys []string
	for r := top; r <= bottom; r++ {
		row = g.appendCells(row[:0], r, width)
		if len(row) == 0 {
			continue
		}
		keys = keys[:0]
		for _, c := range row {
			keys = append(keys, template.Fold(sh.Value(r, c)))
		}
		// Subtitle "（科技管理工作经费）" right under the title.
		if r <= top+2 && r > top && len(row) == 1 && t.Name == "" {
			if isSubtitle(keys[0]) {
				t.Name = clean(strings.Trim(trim.Space(sh.Value(r, row[0])), "（）() "))
				t.NameRef = workbook.CellName(r, row[0])
			}
		}
		// Header of an indicator section.
		if m, ok := indicatorHeader(g, r, row, keys); ok {
			for i, k := range keys {
				if !t.IndPoints.IsZero() || !(strings.Contains(k, "绩效目标") || strings.Contains(k, "绩效指标")) {
					continue
				}
				if p, ok := firstPoints(k); ok {
					if d, err := amount.ParseDecimal(p); err == nil {
						t.IndPoints, t.IndPointsRef = d, workbook.CellName(r, row[i])
					}
				}
			}
			cols = m
			inIndicators = true
			lv = levels{}
			continue
		}
		// Header of the 预算执行 block.
		if hasKey(keys, "预算数") && (hasKey(keys, "执行数") || hasKey(keys, "决算数")) && !(inIndicators && t.Budget.Found) {
			budgetHead = r
			for i, c := range row {
				k := keys[i]
				switch {
				case strings.Contains(k, "预算执行") || strings.Contains(k, "资金(万元)") || strings.Contains(k, "资金(元)"):
					t.budgetLabel(k, workbook.CellName(r, c))
				case strings.Contains(k, "得分"):
					bcols.score = c
					if p, ok := scoreHeadPoints(k); ok {
						t.setExecPoints(p, workbook.CellName(r, c))
					}
				case strings.Contains(k, "执行率"):
					bcols.rate = c
				case strings.Contains(k, "全年预算数") || strings.Contains(k, "调整后预算"):
					bcols.budget, bprio = c, 2
				case strings.Contains(k, "预算数") && !strings.Contains(k, "年初"):
					if bprio < 1 {
						bcols.budget, bprio = c, 1
					}
				case strings.Contains(k, "预算数"):
					if bprio < 0 {
						bcols.budget, bprio = c, 0
					}
				case strings.Contains(k, "执行数") || strings.Contains(k, "决算数"):
					bcols.exec = c
				case strings.Contains(k, "分值") || strings.Contains(k, "权重"):
					bcols.weight = c
				}
			}
			inIndicators = false
			continue
		}
		// Values of the 预算执行 block: the first numeric row under its header.
		if budgetHead > 0 && r <= budgetHead+4 && bcols.budget > 0 && !t.Budget.Found {
			if amount.Parse(g.raw(r, bcols.budget)).IsNumber() || (bcols.exec > 0 && amount.Parse(g.raw(r, bcols.exec)).IsNumber()) {
				t.Budget = field(g, r, bcols.budget)
				t.Executed = fieldAt(g, r, bcols.exec)
				t.Rate = fieldAt(g, r, bcols.rate)
				t.ExecScore = fieldAt(g, r, bcols.score)
				t.ExecWeight = fieldAt(g, r, bcols.weight)
				if w := t.ExecWeight.Num(); w.IsNumber() {
					t.setExecPoints(w.Dec.String(), t.ExecWeight.Ref)
				}
				continue
			}
		}
		first := keys[0]
		// Labels with values to their right.
		handled := true
		switch {
		case (strings.HasPrefix(first, "总分") && len([]rune(first)) <= 10) || ((first == "合计" || first == "总计") && cols != nil && inIndicators):
			t.Total = g.totalField(r, row[0], width, cols)
			if cols != nil && cols.weight > 0 {
				if ar, ac := g.anchor(r, cols.weight); !(ar == r && ac == row[0]) {
					t.WeightTotal = fieldAt(g, r, cols.weight)
				}
			}
			inIndicators = false
		case strings.Contains(first, "偏差") && strings.Contains(first, "原因"):
			f := g.valueRight(r, row[0], width)
			t.Reason = f
			if strings.Contains(first, "改进") {
				t.Measures = f
			}
			inIndicators = false
		case strings.Contains(first, "改进措施"):
			t.Measures = g.valueRight(r, row[0], width)
			inIndicators = false
		case strings.HasPrefix(first, "年度目标") && !strings.Contains(first, "总体"):
			// A new 年度目标 group; its indicators follow, with or without
			// a header of their own.
			goal = clean(strings.Join(cellTexts(sh, r, row), " "))
			lv = levels{}
		default:
			handled = false
		}
		if handled {
			continue
		}
		// Scattered labels anywhere in the row.
		for i, c := range row {
			k := keys[i]
			switch {
			case k == "项目名称" || strings.HasPrefix(k, "项目名称:"):
				if f := g.labelValue(r, c, width, k, "项目名称"); f.Text != "" {
					t.Name, t.NameRef = clean(f.Text), f.Ref
				}
			case (k == "单位名称" || k == "部门名称" || strings.HasPrefix(k, "单位名称:") || strings.HasPrefix(k, "部门(单位)名称")) && t.Dept:
				if f := g.labelValue(r, c, width, k, ""); f.Text != "" {
					t.Name, t.NameRef = clean(f.Text), f.Ref
				}
			case k == "主管部门" || strings.HasPrefix(k, "主管部门:"):
				t.Manager = g.labelValue(r, c, width, k, "主管部门")
				t.Manager.Text = clean(t.Manager.Text)
			case k == "项目实施单位" || k == "实施单位" || strings.HasPrefix(k, "实施单位:") || strings.HasPrefix(k, "项目实施单位:"):
				t.Implementer = g.labelValue(r, c, width, k, "")
				t.Implementer.Text = clean(t.Implementer.Text)
			case budgetHead > 0 && bcols.exec > 0 && r <= budgetHead+8 && c < bcols.budget && !t.Basic.Found &&
				(k == "基本支出" || k == "其中:基本支出" || k == "其中基本支出"):
				// Central 部门整体 template: 基本/项目支出 rows under the total.
				t.Basic = field(g, r, bcols.exec)
			case budgetHead > 0 && bcols.exec > 0 && r <= budgetHead+8 && c < bcols.budget && !t.Project.Found && k == "项目支出":
				t.Project = field(g, r, bcols.exec)
			case strings.HasPrefix(k, "基本支出总额"):
				t.Basic = g.labelValue(r, c, width, k, "基本支出总额")
			case strings.HasPrefix(k, "项目支出总额"):
				t.Project = g.labelValue(r, c, width, k, "项目支出总额")
			case strings.HasPrefix(k, "项目类别") || strings.HasPrefix(k, "项目属性") || strings.HasPrefix(k, "项目类型"):
				t.Ticks = append(t.Ticks, readTicks(g, r, c, width, k[:len("项目类别")]))
			case strings.Contains(k, "预算执行"):
				t.budgetLabel(k, workbook.CellName(r, c))
			case strings.Contains(k, "绩效目标") || strings.Contains(k, "绩效指标"):
				if p, ok := firstPoints(k); ok && t.IndPoints.IsZero() {
					if d, err := amount.ParseDecimal(p); err == nil {
						t.IndPoints, t.IndPointsRef = d, workbook.CellName(r, c)
					}
				}
			}
		}
		if t.Unit == amount.UnitUnknown {
			for _, k := range keys {
				if u := amount.ParseUnit(k); u != amount.UnitUnknown {
					t.Unit = u
				}
			}
		}
		if inIndicators && cols != nil {
			if ind := readIndicator(g, r, cols, &lv); ind != nil {
				if ind.Goal == "" {
					ind.Goal = goal
				}
				t.Indicators = append(t.Indicators, ind)
			}
		}
	}
	if !t.Budget.Found && len(t.Indicators) == 0 {
		return nil
	}
	if t.Title == "" && !(t.Budget.Found && len(t.Indicators) > 0) {
		return nil
	}
	if !t.Dept && (t.Basic.Found || t.Project.Found) {
		t.Dept = true
	}
	for _, ind := range t.Indicators {
		if ind.Weight.Found {
			t.HasWeights = true
		}
	}
	// Trim the extent to the last non-empty row.
	for t.Bottom > t.Top && len(g.cells(t.Bottom, width)) == 0 {
		t.Bottom--
	}
	return t
}

// budgetLabel reads the unit and points from "预算执行情况（万元）（20 分）".
func (t *Table) budgetLabel(k, ref string) {
	if strings.Contains(k, "万元") {
		t.Unit = amount.WanYuan
	} else if strings.Contains(k, "(元)") || strings.Contains(k, "单位:元") {
		t.Unit = amount.Yuan
	}
	if p, ok := lastPoints(k); ok {
		t.setExecPoints(p, ref)
	}
}

func (t *Table) setExecPoints(s, ref string) {
	if d, err := amount.ParseDecimal(s); err == nil && t.ExecPoints.IsZero() && d.IsPositive() {
		t.ExecPoints, t.ExecPointsRef = d, ref
	}
}

func hasKey(keys []string, sub string) bool {
	for _, k := range keys {
		if strings.Contains(k, sub) {
			return true
		}
	}
	return false
}

func cellTexts(sh *workbook.Sheet, r int, cols []int) []string {
	var out []string
	for _, c := range cols {
		out = append(out, trim.Space(sh.Value(r, c)))
	}
	return out
}

// field is the value at (r, c), merges resolved.
func field(g *grid, r, c int) Field {
	return Field{Ref: g.ref(r, c), Text: g.raw(r, c), Found: true}
}

// fieldAt is field, or an absent field when the column does not exist.
func fieldAt(g *grid, r, c int) Field {
	if c <= 0 {
		return Field{}
	}
	return field(g, r, c)
}

// valueRight is the value cell right of a label: the first non-empty cell,
// or, when all are empty, the label itself — the one cell whose place does
// not depend on how the draft merged (or did not merge) the empty field.
func (g *grid) valueRight(r, c, width int) Field {
	if x, ok := g.nextRight(r, c, width); ok {
		return Field{Ref: workbook.CellName(r, x), Text: trim.Space(g.sh.Value(r, x)), Found: true}
	}
	return Field{Ref: workbook.CellName(r, c), Found: true}
}

// labelValue reads "项目名称：X" written in one cell, or the value right of
// the label.
func (g *grid) labelValue(r, c, width int, key, label string) Field {
	if i := strings.IndexAny(key, ":"); i >= 0 && i+1 < len(key) {
		return Field{Ref: workbook.CellName(r, c), Text: key[i+1:], Found: true}
	}
	if label != "" && len(key) > len(label) && strings.HasPrefix(key, label) && !strings.HasPrefix(key[len(label):], "(") {
		return Field{Ref: workbook.CellName(r, c), Text: key[len(label):], Found: true}
	}
	return g.valueRight(r, c, width)
}

// totalField reads the 总分 value: in the 得分 column when the indicator
// header has one, else the first value right of the label.
func (g *grid) totalField(r, c, width int, cols *colMap) Field {
	if cols != nil && cols.score > 0 && cols.score > c {
		if ar, ac := g.anchor(r, cols.score); !(ar == r && ac == c) {
			if f := field(g, r, cols.score); f.Text != "" {
				return f
			}
		}
	}
	return g.valueRight(r, c, width)
}

// indicatorHeader recognises the header row of an indicator section and
// maps its columns.
func indicatorHeader(g *grid, r int, row []int, keys []string) (*colMap, bool) {
	if !hasKey(keys, "一级指") || !hasKey(keys, "得分") {
		return nil, false
	}
	m := &colMap{}
	for i, c := range row {
		k := keys[i]
		switch {
		case strings.Contains(k, "一级指"):
			m.l1 = c
		case strings.Contains(k, "二级指"):
			m.l2 = c
		case strings.Contains(k, "三级指") || strings.Contains(k, "具体指标") || strings.Contains(k, "指标名称"):
			m.l3 = c
		case strings.Contains(k, "得分"):
			m.score = c
		case strings.Contains(k, "分值") || strings.Contains(k, "权重"):
			m.weight = c
		case strings.Contains(k, "实际") || strings.Contains(k, "完成值"):
			m.actual = c
		case strings.Contains(k, "目标值") || strings.Contains(k, "指标值") || strings.Contains(k, "预期") || strings.Contains(k, "计划值"):
			m.target = c
		case strings.Contains(k, "偏差"):
			m.reason = c
		case m.l1 == 0 && (strings.Contains(k, "目标名称") || k == "年度目标" || k == "绩效目标"):
			m.goal = c
		}
	}
	// Headers split over two rows: complete from the row below.
	if m.target == 0 || m.actual == 0 {
		for _, c := range g.cells(r+1, maxCols) {
			k := template.Fold(g.sh.Value(r+1, c))
			switch {
			case m.actual == 0 && (strings.Contains(k, "实际") || strings.Contains(k, "完成值")):
				m.actual = c
			case m.target == 0 && (strings.Contains(k, "目标值") || strings.Contains(k, "指标值")):
				m.target = c
			}
		}
	}
	if m.l3 == 0 {
		prev := m.l2
		if prev == 0 {
			prev = m.l1
		}
		m.l3 = g.rightEdge(r, prev) + 1
	}
	if m.score == 0 || m.l3 == 0 {
		return nil, false
	}
	return m, true
}

// levels carries 一级/二级 headings down rows whose cells are blank or merged.
type levels struct{ goal, l1, l2, l1Ref, l2Ref string }

// readIndicator reads one indicator row, or nil for a blank row, a
// continuation of merged cells, or a second header row.
func readIndicator(g *grid, r int, m *colMap, st *levels) *Indicator {
	nameCont := g.coveredFromAbove(r, m.l3)
	scoreCont := g.coveredFromAbove(r, m.score)
	if nameCont && (scoreCont || g.raw(r, m.score) == "") {
		return nil
	}
	name := ""
	if !nameCont {
		name = g.raw(r, m.l3)
	}
	score := ""
	if !scoreCont {
		score = g.raw(r, m.score)
	}
	target, actual := "", ""
	if m.target > 0 && !g.coveredFromAbove(r, m.target) {
		target = g.raw(r, m.target)
	}
	if m.actual > 0 && !g.coveredFromAbove(r, m.actual) {
		actual = g.raw(r, m.actual)
	}
	if name == "" && score == "" && target == "" && actual == "" {
		return nil
	}
	// A second header row ("（A）", "（B）") carries no score.
	if s := template.Fold(score + target + actual); score == "" && (strings.Contains(s, "(A)") || strings.Contains(s, "(B)")) {
		return nil
	}
	if k := template.Fold(name); strings.Contains(k, "三级指标") || strings.Contains(k, "具体指标名称") {
		return nil
	}
	ind := &Indicator{Row: r}
	if m.l1 > 0 {
		if v := clean(g.raw(r, m.l1)); v != "" && !strings.Contains(template.Fold(v), "一级指标") {
			if template.Fold(v) != template.Fold(st.l1) {
				st.l2, st.l2Ref = "", ""
			}
			st.l1, st.l1Ref = v, g.ref(r, m.l1)
		}
	}
	if m.l2 > 0 {
		if v := clean(g.raw(r, m.l2)); v != "" {
			st.l2, st.l2Ref = v, g.ref(r, m.l2)
		}
	}
	ind.Level1, ind.Level2 = template.Fold(st.l1), template.Fold(st.l2)
	ind.L1Ref, ind.L2Ref = st.l1Ref, st.l2Ref
	if m.goal > 0 {
		if v := clean(g.raw(r, m.goal)); v != "" {
			st.goal = v
		}
		ind.Goal = st.goal
	}
	ind.Name = Field{Ref: g.ref(r, m.l3), Text: clean(name), Found: true}
	ind.Target = fieldAt(g, r, m.target)
	ind.Target.Text = target
	ind.Actual = fieldAt(g, r, m.actual)
	ind.Actual.Text = actual
	ind.Score = field(g, r, m.score)
	ind.Score.Text = score
	if m.weight > 0 {
		ind.Weight = field(g, r, m.weight)
		if g.coveredFromAbove(r, m.weight) {
			ind.Weight.Text = ""
		}
	}
	if m.reason > 0 {
		ind.Reason = field(g, r, m.reason)
	}
	ind.TargetV = ParseValue(target)
	ind.ActualV = ParseValue(actual)
	return ind
}

var (
	tickedGlyphs   = "☑✓✔√■☒▣◼●◉⊠✅"
	uncheckedGlyph = "□☐○◯口"
)

// readTicks reads a tick-box group: the label's own cell after the label and
// every cell to its right.
func readTicks(g *grid, r, c, width int, label string) TickGroup {
	tg := TickGroup{Label: label, Ref: workbook.CellName(r, c)}
	var parts []string
	own := trim.Space(g.sh.Value(r, c))
	if i := strings.Index(own, label); i >= 0 {
		rest := strings.TrimLeft(own[i+len(label):], ":： \t\n")
		if rest != "" {
			parts = append(parts, rest)
		}
	}
	for x := g.rightEdge(r, c) + 1; x <= width; x++ {
		if g.isCovered(r, x) {
			continue
		}
		if v := trim.Space(g.sh.Value(r, x)); v != "" {
			if k := template.Fold(v); strings.HasPrefix(k, "项目类别") || strings.HasPrefix(k, "项目属性") || strings.HasPrefix(k, "项目类型") {
				break
			}
			parts = append(parts, v)
			if tg.Ref == workbook.CellName(r, c) {
				tg.Ref = workbook.CellName(r, x)
			}
		}
	}
	text := strings.Join(parts, " ")
	tg.Text = clean(text)
	ticked, unticked := 0, 0
	for _, ch := range text {
		switch {
		case strings.ContainsRune(tickedGlyphs, ch):
			ticked++
		case strings.ContainsRune(uncheckedGlyph, ch):
			unticked++
		}
	}
	// Options are counted by their numbers ("1、…2、…"), else by cells
	// holding one box each; otherwise the count is unknown.
	options := countOptionNumbers(text)
	if options == 0 && len(parts) > 1 {
		options = len(parts)
		for _, p := range parts {
			if countGlyphs(p) > 1 {
				options = 0
			}
		}
	}
	tg.Options = options
	switch {
	case trim.Space(text) == "":
		tg.Known, tg.Ticked = true, 0
	case ticked > 0:
		tg.Known, tg.Ticked = true, ticked
	case unticked > 0 && options > 0 && options >= unticked:
		// Every option has a box; those without one lost their tick glyph
		// (a symbol font the file no longer carries).
		tg.Known, tg.Ticked = true, options-unticked
	case unticked == 0 && options <= 1:
		// The chosen option written as words.
		tg.Known, tg.Ticked = true, 1
	}
	return tg
}

func countGlyphs(s string) int {
	n := 0
	for _, ch := range s {
		if strings.ContainsRune(tickedGlyphs, ch) || strings.ContainsRune(uncheckedGlyph, ch) {
			n++
		}
	}
	return n
}
