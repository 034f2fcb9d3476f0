// Package narrative checks the 情况说明 of a 决算 disclosure against its
// tables: every figure a sentence gives for a table quantity is compared
// with the cell, the arithmetic a sentence states (shares, changes on last
// year, completion rates, totals of listed parts) is recomputed, the years
// and the item numbers are checked, and template placeholders are found.
//
// A sentence is read as a claim only when the engine can tell what it
// names: an amount whose subject is no quantity it knows, a share whose
// total it cannot find, is left alone. Arithmetic is judged on the figures
// the text prints and on the tables' figures; only what fails on both is
// reported, so one late edit is reported once, where it was made.
package narrative

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/docx"
	"reportcheck/internal/kpi"
	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
)

// Options tune one check.
type Options struct {
	// File is the document's name, for Finding.File.
	File string
	// Profile disables rules and changes severities (nil: the default).
	Profile *profile.Profile
	// Year is the report year when known otherwise; by default it is the
	// tables' year, else the year the narrative states most.
	Year int
}

// Check reads the narrative doc against the recognised tables (nil when no
// workbook was given) and the 绩效自评表 (nil when none), and returns its
// findings in paragraph order.
func Check(doc *docx.Document, tables *locate.Result, kpis []*kpi.Table, opt Options) []report.Finding {
	return check(doc, tables, kpis, opt, nil)
}

func check(doc *docx.Document, tables *locate.Result, kpis []*kpi.Table, opt Options, trace func(kind string, para int, quote string, held bool)) []report.Finding {
	if doc == nil {
		return nil
	}
	if opt.Profile == nil {
		opt.Profile = profile.Default()
	}
	firsts, texts := logicalParagraphs(doc.Paragraphs)
	// A narrative of another year than its workbook's, or naming another
	// department, is said so once (pairing).
	mismatch := pairing(texts, tables, opt)
	// Tables in the document: the whole report in one file gives the
	// narrative its tables; a table pasted into a narrative checked with
	// its workbook must show the workbook's figures.
	var pasted []report.Finding
	if len(doc.Tables) > 0 {
		inDoc, docKPI := Tables(doc, opt.Profile.Templates()...)
		if tables == nil {
			tables = inDoc
		} else {
			pasted = CompareTables(doc, inDoc, tables, opt)
		}
		if kpis == nil {
			kpis = docKPI
		}
	}
	c := &checker{opt: opt, ix: newIndex(tables), kpis: kpiTables(kpis), last: map[string]*stated{}, suspect: map[*stated]bool{}, trace: trace}
	c.year = opt.Year
	if tables != nil {
		if c.year == 0 {
			c.year, _ = strconv.Atoi(tables.Year)
		}
		if tables.Dept != "" {
			c.depts = append(c.depts, normalise(tables.Dept).s)
		}
	}
	for _, k := range c.kpis {
		if k.dept && k.name != "" {
			c.depts = append(c.depts, normalise(k.name).s)
		}
	}
	c.findings = append(c.findings, mismatch...)
	if c.year == 0 {
		c.year = statedYear(texts)
	}
	c.wrapped = map[int]*text{}
	for i, k := range firsts {
		if len(texts[i].paras) > 1 {
			c.wrapped[doc.Paragraphs[k].Index] = &texts[i]
		}
		c.paragraph(&doc.Paragraphs[k], &texts[i])
	}
	c.endList()
	c.findings = append(c.findings, pasted...)
	// A narrative of another year: the figures and years told apart from
	// the tables follow from that one mistake, and fold under it.
	for _, m := range mismatch {
		if m.Rule != RulePairYear {
			continue
		}
		for i := range c.findings {
			f := &c.findings[i]
			if f.Rule == RulePairYear {
				f.Cause = RulePairYear
			} else if f.Rule < "D0100" || f.Rule == RuleYear || f.Rule == RulePrevYear {
				f.Cause, f.Consequence = RulePairYear, true
			}
		}
	}
	sort.SliceStable(c.findings, func(i, j int) bool { return c.findings[i].Para < c.findings[j].Para })
	if c.findings == nil {
		c.findings = []report.Finding{}
	}
	return c.findings
}

// stated is a figure of money the narrative gives, with what it names.
type stated struct {
	para  int
	t     *text
	n     num
	from  int // where its subject begins in t.s (the quote's start)
	topic string
	m     measure
	q     *quantity
	item  int // the item level of its paragraph (−1 unnumbered)
}

// checker holds what the narrative has said so far.
type checker struct {
	opt      Options
	ix       *index
	kpis     []*kpiTable
	year     int
	depts    []string
	findings []report.Finding

	heads    [levelArabic]string // headings in force: 第X部分, 一、, （一）
	seq      [levels]seqState
	prevPara int // the last paragraph with text

	last     map[string]*stated // the last figure stated for each quantity
	locals   []*stated          // figures of quantities no table holds
	topic    string             // the topic an item heading set for the paragraphs under it
	list     *sumList           // a "其中：" that ended a paragraph, waiting for its parts
	lastAmt  *stated            // the last figure of the previous paragraph
	listHead *stated            // the total a list of items refers to ("……万元，主要用于：")
	suspect  map[*stated]bool   // figures of the text only that a failed share used

	// wrapped holds the paragraphs read as one (a document whose
	// paragraphs are printed lines), by their first paragraph's Index.
	wrapped map[int]*text

	// trace, in tests, is told every claim read and whether it held.
	trace func(kind string, para int, quote string, held bool)
}

func (c *checker) traced(kind string, para int, t *text, i, j int, held bool) {
	if c.trace != nil {
		c.trace(kind, para, t.quote(i, j), held)
	}
}

func (c *checker) trace2(kind string, para int, quote string, held bool) {
	if c.trace != nil {
		c.trace(kind, para, quote, held)
	}
}

// logicalParagraphs reads a document's paragraphs as the sentences run.
// A narrative converted from a PDF has a paragraph per printed line, a
// sentence (or a 科目's name) cut where the line ended; when many
// paragraphs end mid-sentence and the next goes on without an item number,
// such lines are read as one paragraph. A well-formed document is read a
// paragraph at a time. firsts are the indices of each read paragraph's
// first paragraph.
func logicalParagraphs(ps []docx.Paragraph) (firsts []int, texts []text) {
	norm := make([]text, len(ps))
	for i := range ps {
		norm[i] = normalise(ps[i].Text)
	}
	cont := make([]bool, len(ps)) // paragraph i+1 goes on from paragraph i
	n, open := 0, 0
	for i := 0; i+1 < len(ps); i++ {
		a, b := norm[i].s, norm[i+1].s
		if a == "" || b == "" {
			continue
		}
		n++
		if r, _ := utf8.DecodeLastRuneInString(a); strings.ContainsRune("。!?;:", r) {
			continue
		}
		if _, item := itemNumber(b); item || strings.HasPrefix(b, "图") || strings.HasPrefix(b, "表") || strings.HasPrefix(b, "注") {
			continue
		}
		if it, item := itemNumber(a); item && it.level < levelArabic && !strings.ContainsAny(a, "%元") {
			continue // a heading, then its text; an item's line goes on
		}
		cont[i] = true
		open++
	}
	wrapped := open >= 3 && open*5 >= n
	for i := 0; i < len(ps); {
		j := i
		for wrapped && j+1 < len(ps) && cont[j] {
			j++
		}
		t := norm[i]
		if j > i {
			raw := ps[i].Text
			starts := []int{0}
			for k := i + 1; k <= j; k++ {
				starts = append(starts, len(raw))
				raw += ps[k].Text
			}
			t = normalise(raw)
			t.starts = starts
		}
		for k := i; k <= j; k++ {
			t.paras = append(t.paras, ps[k].Index)
		}
		if t.starts == nil {
			t.starts = []int{0}
		}
		firsts = append(firsts, i)
		texts = append(texts, t)
		i = j + 1
	}
	return firsts, texts
}

// title finds the heading that names the narrative's department and year,
// "第三部分 江岸区科经局本级 2023 年度部门决算情况说明": the first short
// paragraph (a title, not a sentence) with "N 年度部门决算". It returns
// the read paragraph's index in texts (−1 when there is none), where
// "部门决算" ends in its text, and the department named before the year
// ("" when none is).
func title(texts []text) (k, end int, dept string) {
	for k, t := range texts {
		if utf8.RuneCountInString(t.s) > 60 || strings.ContainsAny(t.s, "。,;") {
			continue
		}
		for _, n := range numbers(t.s, 0) {
			if n.kind != numYear || n.unit != "年度" || !strings.HasPrefix(t.s[n.end:], "部门决算") {
				continue
			}
			dept = strings.TrimSpace(t.s[:n.i])
			if h, ok := itemNumber(dept); ok {
				dept = strings.TrimSpace(dept[h.end:])
			}
			if strings.HasPrefix(dept, "第") {
				if p := amount.IndexText(dept, "部分"); p >= 0 {
					dept = strings.TrimSpace(dept[p+len("部分"):])
				}
			}
			dept = strings.TrimPrefix(dept, "关于")
			return k, n.end + len("部门决算"), dept
		}
	}
	return -1, 0, ""
}

// pairing says when a narrative checked with a workbook is of another
// year (D0207, an error: most of its years name another one than the
// workbook's; a year wrong in one place is D0201's) or its title names
// another department (D0208, a hint: a department goes by more than one
// name) than the workbook's tables.
func pairing(texts []text, tables *locate.Result, opt Options) []report.Finding {
	if tables == nil {
		return nil
	}
	c := &checker{opt: opt, wrapped: map[int]*text{}}
	k, j, dept := title(texts)
	if y, err := strconv.Atoi(tables.Year); err == nil && y != 0 {
		if year, para, quote := mostStated(texts, y); year != 0 {
			c.emit(RulePairYear, para, quote, nil, tables.Year, strconv.Itoa(year), strconv.Itoa(year-y),
				"情况说明写的多是 "+strconv.Itoa(year)+" 年度，工作簿是 "+tables.Year+" 年度：两者可能不是同一份决算。请确认选择了对应的情况说明和工作簿；由此引起的数字和年度不符列在本项之下")
			return c.findings
		}
	}
	if k >= 0 && dept != "" && tables.Dept != "" {
		a, b := plainName(dept), plainName(normalise(tables.Dept).s)
		if a != "" && b != "" && !amount.ContainsText(a, b) && !amount.ContainsText(b, a) {
			t := &texts[k]
			c.emit(RulePairDept, t.paras[0], t.quote(0, j), nil, tables.Dept, dept, "",
				"情况说明的标题写的是“"+dept+"”，工作簿的部门是“"+tables.Dept+"”：请确认两者是同一单位的决算")
		}
	}
	return c.findings
}

// mostStated is the year the narrative states most often as its own (a
// year "N 年（度）" not compared with: "与 N 年度相比" names the previous
// one), and where it is first stated (the paragraph and the words), when it
// is another year than against (the workbook's), stated at least three
// times and three times as often as against; else 0.
func mostStated(texts []text, against int) (year, para int, quote string) {
	count := map[int]int{}
	type place struct {
		para  int
		quote string
	}
	first := map[int]place{}
	for k := range texts {
		t := &texts[k]
		for _, n := range numbers(t.s, 0) {
			if n.kind != numYear {
				continue
			}
			before := t.s[:n.i]
			if (strings.HasSuffix(before, "与") || strings.HasSuffix(before, "比") || strings.HasSuffix(before, "较") || strings.HasSuffix(before, "同")) && isComparison(t.s[n.end:]) {
				continue
			}
			y, err := strconv.Atoi(n.lit)
			if err != nil {
				continue
			}
			if count[y] == 0 {
				end := n.end
				if strings.HasPrefix(t.s[end:], "部门决算") {
					end += len("部门决算")
				}
				first[y] = place{t.paraOf(t.quote(n.i, end), false), t.quote(n.i, end)}
			}
			count[y]++
		}
	}
	best, tie := 0, false
	for y, n := range count {
		switch {
		case n > best:
			year, best, tie = y, n, false
		case n == best:
			tie = true
		}
	}
	// Another year than the workbook's, and clearly the narrative's own: a
	// year left wrong in a few places is D0201's, found where it stands.
	if tie || year == against || best < 3 || count[against]*3 > best {
		return 0, 0, ""
	}
	return year, first[year].para, first[year].quote
}

// plainName is a department's name without spaces and the 本级 that a
// unit's own accounts add.
func plainName(s string) string {
	s = strings.Join(strings.Fields(s), "")
	return strings.TrimSuffix(s, "本级")
}

// statedYear is the year a narrative without tables is about: the year of
// "N 年度部门决算", else the one most often written "N 年度".
func statedYear(texts []text) int {
	count := map[int]int{}
	for _, t := range texts {
		for _, n := range numbers(t.s, 0) {
			if n.kind != numYear || n.unit != "年度" {
				continue
			}
			y, _ := strconv.Atoi(n.lit)
			if strings.HasPrefix(t.s[n.end:], "部门决算") {
				return y
			}
			count[y]++
		}
	}
	best, year := 0, 0
	for y, k := range count {
		if k > best || k == best && y > year {
			best, year = k, y
		}
	}
	return year
}

func (c *checker) emit(rule string, para int, quote string, cells []string, expected, actual, diff, msg string) {
	if !c.opt.Profile.Enabled(rule) {
		return
	}
	if t := c.wrapped[para]; t != nil {
		para = t.paraOf(quote, rule != RuleSum && rule != RuleSumRounding)
	}
	r := ruleByID(rule)
	sev := r.Severity
	if s, ok := c.opt.Profile.Severity[rule]; ok {
		sev = report.Severity(s)
	}
	if cells == nil {
		cells = []string{}
	}
	c.findings = append(c.findings, report.Finding{
		Rule: rule, Severity: sev, File: c.opt.File, Para: para, Quote: quote, Cells: cells,
		Message: "第 " + strconv.Itoa(para) + " 段“" + quote + "”：" + msg, Expected: expected, Actual: actual, Diff: diff,
		Title: r.Title, Form: "narrative",
	})
}

// isHeading tells a heading (一、收入决算情况说明) from an item that states
// figures (1.一般公共服务支出(类)5 万元).
func isHeading(s string, nums []num) bool {
	for _, n := range nums {
		if n.kind != numYear {
			return false
		}
	}
	return len([]rune(s)) <= 60 && !strings.HasSuffix(s, "。")
}

// scope is the money the current section speaks of, from its headings,
// innermost first.
func (c *checker) scope() (scope, bool) {
	headed := false
	for l := len(c.heads) - 1; l >= 0; l-- {
		if sc, ok := scopeOf(c.heads[l]); ok {
			return sc, true
		}
		headed = headed || c.heads[l] != ""
	}
	// Under a heading that names no fund ("三、支出决算情况说明") the
	// templates speak of all money; with no heading at all, who knows.
	return scopeAll, headed
}

func (c *checker) paragraph(p *docx.Paragraph, t *text) {
	s := t.s
	if s == "" {
		return
	}
	defer func() { c.prevPara = p.Index }()
	it, numbered := itemNumber(s)
	start := 0
	if numbered {
		start = it.end
		if !p.AutoNumbered {
			c.numbering(p.Index, t, it)
		}
	}
	c.placeholders(p.Index, t)
	nums := numbers(s, start)
	level := -1
	if numbered {
		level = it.level
	}
	if numbered && isHeading(s, nums) {
		c.endList()
		if it.level < len(c.heads) {
			c.listHead = nil
			c.heads[it.level] = s[start:]
			for l := it.level + 1; l < len(c.heads); l++ {
				c.heads[l] = ""
			}
			c.topic = ""
		} else {
			c.topic = c.headTopic(s[start:])
		}
		c.years(p.Index, t, nums, nil)
		return
	}
	if !numbered && isHeading(s, nums) && len(nums) == 0 && !strings.HasSuffix(s, ":") {
		c.years(p.Index, t, nums, nil)
		return // a caption or a title line: no figures
	}
	if numbered && it.level < len(c.heads) {
		// A heading run into its first sentence ("一、收入决算情况说明2023
		// 年度收入合计……"): its words up to the first figure head the section.
		c.endList()
		c.listHead = nil
		end := len(s)
		if len(nums) > 0 {
			end = nums[0].i
		}
		c.heads[it.level] = s[start:end]
		for l := it.level + 1; l < len(c.heads); l++ {
			c.heads[l] = ""
		}
	}
	if numbered && it.level >= levelArabic {
		c.topic = ""
	}
	if c.list != nil && numbered && (c.list.level < 0 || it.level <= c.list.level) {
		c.endList()
	}
	pc := &paraCtx{c: c, para: p.Index, t: t, nums: nums, start: start, level: level, years: map[int]bool{}}
	if numbered {
		pc.head = c.headTopic(s[start:])
		if pc.head != "" && it.level >= levelArabic {
			c.topic = pc.head
		}
	}
	if pc.head == "" {
		pc.head = c.topic
	}
	pending := c.list
	pc.run()
	if pending != nil && c.list == pending {
		c.continueList(pc, numbered, level)
	}
	c.years(p.Index, t, nums, pc.years)
	c.none(p.Index, t)
}

// headTopic is the subject an item opens with, when its first stretch (up
// to the first full stop or colon) states no figure: "3.科学技术支出(类)
// 科学技术管理事务(款)行政运行(项)。" or "1.信访维稳…经费项目绩效自评综述：".
func (c *checker) headTopic(s string) string {
	end := len(s)
	for k, r := range s {
		if r == '。' || r == ':' || r == ';' || r == '，' || r == ',' {
			end = k
			break
		}
	}
	h := s[:end]
	for _, r := range h {
		if r >= '0' && r <= '9' {
			return ""
		}
	}
	topic, _ := c.subject(h)
	return topic
}

// none checks "本部门无政府性基金预算财政拨款收入支出" against the table.
func (c *checker) none(para int, t *text) {
	for _, x := range []struct{ words, form, name string }{
		{"无政府性基金", "07", "政府性基金预算财政拨款"},
		{"无国有资本经营", "08", "国有资本经营预算财政拨款"},
	} {
		k := amount.IndexText(t.s, x.words)
		if k < 0 {
			continue
		}
		tb := c.ix.table(x.form)
		if tb == nil {
			continue
		}
		for _, r := range tb.Rows {
			for _, cl := range r.Cells {
				if cl.Value.IsNumber() && !cl.Wan.IsZero() {
					q := t.quote(sentenceStart(t.s, k, true), sentenceEnd(t.s, k, true))
					ref := cl.Sheet + "!" + cl.Ref
					c.emit(RuleNone, para, q, []string{ref}, "", cl.Value.Raw, "", tb.Label()+"却列有"+x.name+"金额（"+ref+"）")
					return
				}
			}
		}
	}
}

// fmtWan prints an amount in 万元 with at least two decimals.
func fmtWan(d decimal.Decimal, places int32) string {
	if places < 2 {
		places = 2
	}
	return amount.Format(d, places)
}

// cellRefs lists the cells of readings.
func cellRefs(cs ...[]cand) []string {
	var out []string
	seen := map[string]bool{}
	for _, list := range cs {
		for _, c := range list {
			for _, r := range c.refs() {
				if !seen[r] {
					seen[r] = true
					out = append(out, r)
				}
			}
		}
	}
	return out
}
