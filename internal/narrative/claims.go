package narrative

import (
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
)

var hundred = decimal.NewFromInt(100)

// paraCtx reads one paragraph's claims.
type paraCtx struct {
	c     *checker
	para  int
	t     *text
	nums  []num
	start int
	level int
	head  string // the topic the item opens with (or its heading's)
	years map[int]bool

	amts     []*stated // figures of money stated, in order
	changes  []changePart
	shareOf  *stated   // the total the shares of this sentence are of
	shareOfQ *quantity // and what it names
	shareAt  int       // the sentence that total belongs to (−1 none)
}

// changePart is half of a change claim: "增加 633.57 万元" or "增长 11.7%".
type changePart struct {
	n        num
	dir      int // +1 增, −1 减, 0 持平, 2 both (增加(减少))
	topic    string
	m        measure
	budget   bool // compared with a budget, not with last year
	sentence int  // end of its sentence
	from     int  // start of its clause
}

func (pc *paraCtx) run() {
	s := pc.t.s
	for k := range pc.nums {
		n := pc.nums[k]
		if n.kind == numYear || n.kind == numDate || n.kind == numPoints {
			continue
		}
		from := max(clauseStart(s, n.i), pc.start)
		pre := s[from:n.i]
		// A change's parts are weighed together when their sentence ends.
		if len(pc.changes) > 0 && pc.changes[0].sentence <= n.i {
			pc.evalChanges()
		}
		switch n.kind {
		case numMoney:
			if dir, verb, ok := changeVerb(pre); ok {
				topic, m := pc.c.subject(changeTopic(pre[:len(pre)-len(verb)]))
				pc.changes = append(pc.changes, changePart{n: n, dir: dir, topic: topic, m: m,
					budget: comparedWithBudget(s[sentenceStart(s, n.i, false):n.i]), sentence: sentenceEnd(s, n.i, false), from: from})
				continue
			}
			pc.amount(k, n, from, pre)
		case numPercent:
			switch {
			case amount.ContainsText(pre, "占"):
				pc.share(n, from, pre)
			case isCompletion(pre):
				pc.completion(n, from, pre)
			default:
				if dir, verb, ok := changeVerb(pre); ok {
					topic, m := pc.c.subject(changeTopic(pre[:len(pre)-len(verb)]))
					pc.changes = append(pc.changes, changePart{n: n, dir: dir, topic: topic, m: m,
						budget: comparedWithBudget(s[sentenceStart(s, n.i, false):n.i]), sentence: sentenceEnd(s, n.i, false), from: from})
				}
			}
		case numCount:
			if strings.HasPrefix(n.unit, "分") {
				pc.score(n, from, pre)
				continue
			}
			pc.indicator(n, from, pre)
		}
	}
	pc.evalChanges()
	pc.comparisons()
	pc.sums()
	if len(pc.amts) > 0 {
		pc.c.lastAmt = pc.amts[len(pc.amts)-1]
	}
}

// subject reads the words before a figure: the topic they name and which
// figure of it (预算 or 决算) is given. Fillers are taken off: the year, the
// department, 其中, a trailing 为/达/是.
func (c *checker) subject(pre string) (string, measure) {
	s := pre
	if it, ok := itemNumber(s); ok {
		s = s[it.end:]
	}
	// "比年初预算数 45.85 万元减少……": the figure inside a comparison is
	// its object's, the budget here.
	for _, w := range []string{"比", "较"} {
		if strings.HasPrefix(s, w) && len(s) > len(w) {
			s = s[len(w):]
		}
	}
	for changed := true; changed; {
		changed = false
		if i := amount.IndexText(s, "本级"); i >= 0 && i <= 60 {
			s, changed = s[i+len("本级"):], true
		}
		for _, d := range c.depts {
			if d != "" && strings.HasPrefix(s, d) {
				s, changed = s[len(d):], true
			}
		}
		if y := leadingYear(s); y > 0 {
			s, changed = s[y:], true
		}
		for _, p := range leadFillers {
			if strings.HasPrefix(s, p) && len(s) > len(p) {
				s, changed = s[len(p):], true
			}
		}
		for _, p := range trailFillers {
			if strings.HasSuffix(s, p) && len(s) > len(p) {
				s, changed = s[:len(s)-len(p)], true
			}
		}
	}
	s = strings.ReplaceAll(s, "收、支", "收支")
	m := mNone
	for _, x := range measureWords {
		if t, ok := strings.CutSuffix(s, x.w); ok {
			if x.m == mBudget && (strings.HasSuffix(t, "公共") || strings.HasSuffix(t, "基金") || strings.HasSuffix(t, "经营") || strings.HasSuffix(t, "部门")) {
				continue // 一般公共预算, 政府性基金预算: a scope, not a measure
			}
			s, m = strings.TrimSuffix(t, "的"), x.m
			break
		}
	}
	return s, m
}

var (
	leadFillers = []string{"其中", "另外", "此外", "主要", "全年", "当年", "本年度", "上年度", "年度", "累计", "总共",
		"我部门(单位)", "本部门(单位)", "我部门", "本部门", "我单位", "本单位", "我局", "本局", "部门", "单位", "(单位)", "共"}
	trailFillers = []string{"合计为", "总计为", "共计", "为", "是", "达到", "达", "了", "约", "各", "的"}
	measureWords = []struct {
		w string
		m measure
	}{
		{"调整后预算数", mBudget}, {"调整预算数", mBudget}, {"年初预算数", mBudget}, {"年初预算", mBudget}, {"全年预算数", mBudget},
		{"全年预算", mBudget}, {"预算数", mBudget}, {"预算", mBudget},
		{"支出决算数", mFinal}, {"支出决算", mFinal}, {"决算支出", mFinal}, {"决算数", mFinal}, {"决算", mFinal},
		{"实际执行数", mFinal}, {"执行数", mFinal}, {"实际支出", mFinal},
	}
)

// leadingYear is the length of a year the words open with ("2023年度").
func leadingYear(s string) int {
	if len(s) < 5 || !isDigitByte(s[0]) || !isDigitByte(s[1]) || !isDigitByte(s[2]) || !isDigitByte(s[3]) {
		return 0
	}
	switch {
	case strings.HasPrefix(s[4:], "年度"):
		return 4 + len("年度")
	case strings.HasPrefix(s[4:], "年"):
		return 4 + len("年")
	}
	return 0
}

// generic topics stand for the item's own: "项目全年预算数为", "支出决算为".
func generic(topic string) bool {
	switch topic {
	case "", "项目", "该项目", "本项目", "其", "该":
		return true
	}
	return false
}

// amount reads a stated figure of money and compares it with what it names.
func (pc *paraCtx) amount(k int, n num, from int, pre string) {
	c := pc.c
	topic, m := c.subject(pre)
	if generic(topic) && (m != mNone || topic != "") {
		topic = pc.context(n.i)
	}
	sc, explicit := c.scope()
	st := &stated{para: pc.para, t: pc.t, n: n, from: from, topic: topic, m: m, item: pc.level}
	if it, ok := itemNumber(pc.t.s[from:]); ok {
		st.from += it.end
	}
	switch {
	case n.approx:
	case !listed(topic):
		st.q = c.resolve(topic, m, sc, explicit)
	case amount.ContainsText(topic, "、"):
		st.q = c.resolve(topic, m, sc, explicit) // several projects together
		if st.q != nil && st.q.rule != RuleProjectLike {
			st.q = nil
		}
	}
	if st.q == nil && !n.approx && strings.HasSuffix(topic, "资金") && len([]rune(topic)) <= 6 {
		// "开展部门整体支出绩效自评，资金 6050.66 万元": the 部门整体 table's.
		ss := pc.t.s[sentenceStart(pc.t.s, n.i, false):n.i]
		if amount.ContainsText(ss, "整体支出") {
			st.q = c.deptSpending()
		}
	}
	pc.amts = append(pc.amts, st)
	if st.q != nil {
		c.last[st.q.key] = st
		if len(st.q.cands) > 0 {
			// The year a sentence of this year's figures opens with.
			for j := k - 1; j >= 0; j-- {
				if y := pc.nums[j]; y.kind == numYear && y.i >= from && leadingYear(pc.t.s[y.i:]) > 0 && y.i == from+amount.IndexText(pc.t.s[from:], y.lit) {
					pc.years[j] = true
				}
			}
		}
		pc.checkAmount(st)
	} else if topic != "" {
		c.locals = append(c.locals, st)
		pc.indicator(n, from, pre)
	}
	// A list of parts follows a total: "……万元，主要用于以下方面：", "其中："
	rest := pc.t.s[n.end:]
	if i := strings.IndexAny(rest, "。"); i >= 0 {
		rest = rest[:i]
	}
	for _, w := range []string{"主要用于", "其中", "具体", "分别", "包括"} {
		if k := amount.IndexText(rest, w); k >= 0 && k <= 12 {
			c.listHead = st
		}
	}
}

// listed tells a subject naming several things ("工业运行、园区建设等经费").
func listed(topic string) bool {
	return amount.ContainsText(topic, "、") || strings.HasSuffix(topic, "等") || amount.ContainsText(topic, "等经费") ||
		amount.ContainsText(topic, "等资金") || amount.ContainsText(topic, "等项目") || amount.ContainsText(topic, "及其他")
}

// context is the topic a sentence without its own subject continues: the
// last stated figure's in this sentence, else the item's.
func (pc *paraCtx) context(at int) string {
	ss := sentenceStart(pc.t.s, at, false)
	for i := len(pc.amts) - 1; i >= 0; i-- {
		if a := pc.amts[i]; a.n.i >= ss && a.topic != "" {
			return a.topic
		}
	}
	return pc.head
}

// agrees compares a printed figure with a reading at the coarser of their
// precisions: "5 万元" agrees with 5.00, "20.4" with 20.40.
func agrees(n num, v decimal.Decimal, c cand) bool {
	if v.Equal(c.val) {
		return true
	}
	p := n.places + n.scale
	if p > c.places {
		p = c.places
	}
	return v.Round(p).Equal(c.val.Round(p))
}

func (pc *paraCtx) checkAmount(st *stated) {
	q := st.q
	if len(q.cands) == 0 {
		return
	}
	for _, cs := range [][]cand{q.cands, q.alts} {
		for _, cd := range cs {
			if agrees(st.n, st.n.wan, cd) {
				pc.c.traced("amount", pc.para, pc.t, st.from, st.n.end, true)
				return
			}
		}
	}
	pc.c.traced("amount", pc.para, pc.t, st.from, st.n.end, false)
	want := q.cands[0]
	quote := pc.t.quote(st.from, st.n.end)
	exp := want.val.Shift(st.n.scale)
	diff := st.n.val.Sub(exp)
	places := max(st.n.places, want.places-st.n.scale)
	pc.c.emit(q.rule, pc.para, quote, cellRefs(q.cands), exp.StringFixed(places), st.n.val.StringFixed(places), diff.StringFixed(places),
		"与"+want.label()+"（"+strings.Join(want.refs(), "、")+"）"+amount.Format(exp, max(places, 2))+" "+st.n.unit+"不符，差 "+diff.StringFixed(places)+" "+st.n.unit)
}

// readings are the values a figure may stand for: as printed, and as the
// tables give what it names.
func readings(st *stated, q *quantity) []decimal.Decimal {
	var out []decimal.Decimal
	if st != nil && !st.n.approx {
		out = append(out, st.n.wan)
	}
	if q != nil {
		for _, cs := range [][]cand{q.cands, q.alts} {
			for _, c := range cs {
				out = appendUnique(out, c.val)
			}
		}
	}
	return out
}

func appendUnique(list []decimal.Decimal, v decimal.Decimal) []decimal.Decimal {
	for _, x := range list {
		if x.Equal(v) {
			return list
		}
	}
	return append(list, v)
}

// pct is part ÷ whole in percent, rounded half-up to places.
func pct(part, whole decimal.Decimal, places int32) decimal.Decimal {
	return part.Mul(hundred).DivRound(whole, places+8).Round(places)
}

// share checks "占……X%".
func (pc *paraCtx) share(n num, from int, pre string) {
	c := pc.c
	k := strings.LastIndex(pre, "占")
	before := strings.TrimSpace(pre[:k])
	basePhrase := pre[k+len("占"):]
	for _, w := range []string{"的比重为", "的比重", "的比例为", "的比例", "比重为", "比重", "比例为", "比例", "的", "为", "达", "约"} {
		basePhrase = strings.TrimSuffix(basePhrase, w)
	}
	if basePhrase == "比" {
		basePhrase = "" // 占比
	}
	// The part: the figure just before, or the words before 占.
	var part *stated
	var partQ *quantity
	if t, _ := c.subject(before); t != "" {
		part = c.byName(t)
		if part == nil {
			return
		}
		partQ = part.q
	} else {
		if len(pc.amts) > 0 {
			if a := pc.amts[len(pc.amts)-1]; a.n.end <= from && a.n.i >= sentenceStart(pc.t.s, from, false) {
				part = a
			}
		}
		if part == nil || pc.between(part.n.end, from) {
			return
		}
		partQ = part.q
	}
	// The whole: named, or the total the shares of this list are of.
	var whole *stated
	var wholeQ *quantity
	sc, explicit := c.scope()
	if basePhrase != "" {
		topic, _ := c.subject(basePhrase)
		wholeQ = c.resolve(topic, mNone, sc, explicit)
		if wholeQ != nil {
			if s, ok := c.last[wholeQ.key]; ok {
				whole = s
			}
			// A total of all money may be meant whatever the section.
			if alt := c.resolve(topic, mNone, scopeAll, true); alt != nil {
				wholeQ.alts = append(wholeQ.alts, alt.cands...)
				wholeQ.alts = append(wholeQ.alts, alt.alts...)
			}
		} else if whole = c.byName(topic); whole == nil {
			return
		}
		pc.shareOf, pc.shareOfQ, pc.shareAt = whole, wholeQ, sentenceStart(pc.t.s, n.i, false)
		if whole == nil && (wholeQ == nil || len(wholeQ.cands) == 0) {
			return
		}
	} else {
		head := pc.listHead(from)
		switch {
		case pc.shareAt == sentenceStart(pc.t.s, n.i, false) && (pc.shareOf != nil || pc.shareOfQ != nil):
			whole, wholeQ = pc.shareOf, pc.shareOfQ
		case head != nil:
			whole, wholeQ = head, head.q
		case c.listHead != nil:
			whole, wholeQ = c.listHead, c.listHead.q
		default:
			return
		}
	}
	if c.suspect[part] || c.suspect[whole] {
		return // a figure an earlier share found wrong: reported there
	}
	if partQ != nil && wholeQ != nil && len(partQ.cands) > 0 {
		// A share of itself is no reading: "一般公共预算财政拨款支出……占本年
		// 支出合计的 82%" in a 一般公共预算 section is of all money.
		wholeQ = withoutCells(wholeQ, partQ.cands[0].cells)
	}
	parts := readings(part, partQ)
	wholes := readings(whole, wholeQ)
	quote := pc.t.quote(from, n.end)
	if part != nil && part.para == pc.para && part.from < from {
		quote = pc.t.quote(part.from, n.end)
	}
	if !pc.rate("share", RuleShare, n, quote, parts, wholes, qcells(partQ, wholeQ), "占比") && part != nil && (partQ == nil || len(partQ.cands) == 0) {
		// Only the text holds this figure: if it was the edit, the shares
		// taken of it are its consequences.
		c.suspect[part] = true
	}
}

// qcells lists the cells the readings of quantities come from.
func qcells(qs ...*quantity) []string {
	var out []string
	for _, q := range qs {
		if q != nil {
			out = append(out, cellRefs(q.cands)...)
		}
	}
	return out
}

// rate checks a printed percentage against num ÷ den for every pair of
// readings; it holds when one pair gives it at its printed precision.
// Otherwise it is reported, with what it should be on the first readings.
func (pc *paraCtx) rate(kind, rule string, n num, quote string, nums, dens []decimal.Decimal, cells []string, what string) bool {
	if len(nums) == 0 || len(dens) == 0 {
		return true
	}
	var a, b decimal.Decimal
	found := false
	for _, x := range nums {
		for _, y := range dens {
			if y.Sign() <= 0 {
				continue
			}
			if pct(x, y, n.places).Equal(n.val) {
				pc.c.trace2(kind, pc.para, quote, true)
				return true
			}
			if !found {
				a, b, found = x, y, true
			}
		}
	}
	if !found {
		return true // no base to take a rate of (reported elsewhere when zero)
	}
	pc.c.trace2(kind, pc.para, quote, false)
	exp := pct(a, b, n.places)
	pc.c.emit(rule, pc.para, quote, cells, exp.StringFixed(n.places)+"%", n.lit+"%", n.val.Sub(exp).StringFixed(n.places),
		what+"应为 "+fmtWan(a, 2)+" ÷ "+fmtWan(b, 2)+" = "+exp.StringFixed(n.places)+"%，文中为 "+n.lit+"%")
	return false
}

// listHead is the total a "其中" before position at lists the parts of:
// the last figure stated before it in its sentence or the one before.
func (pc *paraCtx) listHead(at int) *stated {
	k := strings.LastIndex(pc.t.s[:at], "其中")
	if k < 0 {
		return nil
	}
	stop := sentenceStart(pc.t.s, sentenceStart(pc.t.s, k, false)-1, false)
	for i := len(pc.amts) - 1; i >= 0; i-- {
		if a := pc.amts[i]; a.n.end <= k {
			if a.n.i >= stop && a.m != mBudget {
				return a
			}
			return nil
		}
	}
	return nil
}

// withoutCells is q without the readings that use any of cells.
func withoutCells(q *quantity, cells []*locate.Cell) *quantity {
	uses := func(c cand) bool {
		for _, a := range c.cells {
			for _, b := range cells {
				if a == b {
					return true
				}
			}
		}
		return false
	}
	out := *q
	out.cands, out.alts = nil, nil
	for _, c := range q.cands {
		if !uses(c) {
			out.cands = append(out.cands, c)
		}
	}
	for _, c := range q.alts {
		if !uses(c) {
			out.alts = append(out.alts, c)
		}
	}
	return &out
}

// between tells whether another figure stands between two positions.
func (pc *paraCtx) between(a, b int) bool {
	for _, n := range pc.nums {
		if n.i >= a && n.end <= b && n.kind != numYear {
			return true
		}
	}
	return false
}

// byName finds the last figure stated for a quantity named in words: a
// table quantity, or a local one whose subject ends with the words
// ("政府采购支出总额" for "2023年度……政府采购支出总额").
func (c *checker) byName(topic string) *stated {
	if topic == "" {
		return nil
	}
	sc, explicit := c.scope()
	if q := c.resolve(topic, mNone, sc, explicit); q != nil {
		if s, ok := c.last[q.key]; ok {
			return s
		}
	}
	for i := len(c.locals) - 1; i >= 0; i-- {
		l := c.locals[i]
		if l.topic == topic || len([]rune(topic)) >= 4 && strings.HasSuffix(l.topic, topic) {
			return l
		}
	}
	return nil
}

// isCompletion tells "完成年初预算的", "预算完成率为", "执行率".
//
// A bare 完成率 is left alone: it may be a task's, not the budget's.
func isCompletion(pre string) bool {
	for _, w := range []string{"预算完成率为", "预算完成率", "执行率为", "执行率"} {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return amount.ContainsText(pre, "完成") && strings.HasSuffix(pre, "的") && (amount.ContainsText(pre, "预算") || amount.ContainsText(pre, "目标") || amount.ContainsText(pre, "计划"))
}

// completion checks "完成年初预算的 Z%" = 决算 ÷ 预算.
func (pc *paraCtx) completion(n num, from int, pre string) {
	c := pc.c
	ss := sentenceStart(pc.t.s, n.i, false)
	var fin, bud *stated
	var finQ, budQ *quantity
	// "完成全年目标（42 亿元）的 129%": the figure named inside is the whole.
	for i := len(pc.nums) - 1; i >= 0; i-- {
		x := pc.nums[i]
		if x.i >= from && x.end <= n.i && x.kind != numYear {
			for j := i - 1; j >= 0; j-- {
				y := pc.nums[j]
				if y.end <= from && y.i >= ss && y.kind == x.kind && y.unit == x.unit {
					if y.approx || x.approx || x.val.IsZero() {
						return
					}
					pc.rate("completion", RuleCompletion, n, pc.t.quote(max(clauseStart(pc.t.s, y.i), ss), n.end),
						[]decimal.Decimal{y.val}, []decimal.Decimal{x.val}, nil, "完成率")
					return
				}
			}
			return
		}
	}
	topic := pc.context(n.i)
	fin, bud = pc.operands(n.i, ss, topic)
	if fin != nil && fin.topic != "" {
		topic = fin.topic
	}
	sc, explicit := c.scope()
	if fin != nil {
		finQ = fin.q
	} else {
		finQ = c.resolve(topic, mFinal, sc, explicit)
	}
	if bud != nil {
		budQ = bud.q
	} else {
		budQ = c.resolve(topic, mBudget, sc, explicit)
	}
	fins, buds := readings(fin, finQ), readings(bud, budQ)
	if len(fins) == 0 || len(buds) == 0 {
		return
	}
	// The quote runs from the first figure the rate is made of, when this
	// paragraph states it: whichever of them was edited is quoted.
	qfrom := from
	for _, a := range []*stated{fin, bud} {
		if a != nil && a.para == pc.para && a.from < qfrom {
			qfrom = a.from
		}
	}
	quote := pc.t.quote(qfrom, n.end)
	allZero := true
	for _, b := range buds {
		allZero = allZero && b.IsZero()
	}
	if allZero {
		c.emit(RuleZeroBase, pc.para, quote, nil, "", n.lit+"%", "", "预算数为零，完成率无从计算，请改为文字说明")
		return
	}
	pc.rate("completion", RuleCompletion, n, quote, fins, buds, qcells(finQ, budQ), "完成率（决算数 ÷ 预算数）")
}

// changeVerb reads the direction word just before a figure.
func changeVerb(pre string) (dir int, verb string, ok bool) {
	for _, v := range changeVerbs {
		if strings.HasSuffix(pre, v.w) {
			return v.dir, v.w, true
		}
	}
	return 0, "", false
}

var changeVerbs = func() []struct {
	w   string
	dir int
} {
	type vw = struct {
		w   string
		dir int
	}
	var out []vw
	for _, alt := range alternatives {
		out = append(out, vw{alt, 2})
	}
	up := []string{"增长率为", "增长率", "增幅为", "增幅", "增加了", "增加", "增长了", "增长", "上升了", "上升", "提高了", "提高", "超支", "多支出", "增"}
	down := []string{"下降率为", "降幅为", "降幅", "减少了", "减少", "下降了", "下降", "降低了", "降低", "节约了", "节约", "节支", "少支出", "减"}
	for _, w := range up {
		out = append(out, vw{w, 1})
	}
	for _, w := range down {
		out = append(out, vw{w, -1})
	}
	out = append(out, vw{"持平", 0})
	return out
}()

// changeTopic takes the comparison off the words before a change:
// "与2022年度相比，收、支总计各" is about 收支总计, "比上年" and "比年初预算数"
// about the figure just stated.
func changeTopic(s string) string {
	if i := strings.LastIndex(s, "相比"); i >= 0 {
		s = s[i+len("相比"):]
	}
	cut := len(s)
	for _, w := range []string{"比上年", "比上一年", "比年初", "比预算", "比全年", "比去年", "较上年", "较上一年", "较年初", "较预算", "较去年", "与上年", "与去年", "同比", "环比"} {
		if i := amount.IndexText(s, w); i >= 0 && i < cut {
			cut = i
		}
	}
	for _, w := range []string{"比", "较", "与"} {
		for from := 0; ; {
			i := amount.IndexText(s[from:], w)
			if i < 0 {
				break
			}
			i += from
			if rest := s[i+len(w):]; rest != "" && isDigitByte(rest[0]) && i < cut {
				cut = i
			}
			from = i + len(w)
		}
	}
	return s[:cut]
}

// comparedWithBudget tells "比年初预算数减少" from "与上年相比减少".
func comparedWithBudget(sentence string) bool {
	i := strings.LastIndexAny(sentence, "比较")
	if i < 0 {
		return false
	}
	after := sentence[i:]
	return amount.ContainsText(after, "预算") && !amount.ContainsText(after, "上年") && !amount.ContainsText(after, "相比")
}

// evalChanges weighs the change parts of one sentence: the direction words
// agree; the rate is the change over the base (本年数 ∓ 变动额); against a
// budget, the base is that budget.
func (pc *paraCtx) evalChanges() {
	parts := pc.changes
	pc.changes = nil
	if len(parts) == 0 {
		return
	}
	c := pc.c
	var x, y *changePart
	for i := range parts {
		p := &parts[i]
		if p.n.kind == numMoney && x == nil {
			x = p
		}
		if p.n.kind == numPercent && y == nil {
			y = p
		}
	}
	first := parts[0]
	topic := first.topic
	for _, p := range parts {
		if p.topic != "" && !generic(p.topic) {
			topic = p.topic
			break
		}
	}
	quote := pc.t.quote(first.from, parts[len(parts)-1].n.end)
	if x != nil && y != nil && x.dir != 2 && y.dir != 2 && x.dir != 0 && y.dir != 0 && x.dir != y.dir {
		c.emit(RuleDirection, pc.para, quote, nil, "", quote, "",
			"增减额与增减率的方向用词相反")
		return
	}
	if x != nil && x.dir == 0 && !x.n.val.IsZero() || y != nil && y.dir == 0 && !y.n.val.IsZero() {
		c.emit(RuleDirection, pc.para, quote, nil, "0", quote, "", "写作持平，变动额却不为零")
		return
	}
	if x == nil || x.dir == 2 || x.n.approx || y != nil && (y.dir == 2 || y.n.approx) {
		return
	}
	// The figure the change is of: named, else the one just stated.
	var cur *stated
	var curQ *quantity
	sc, explicit := c.scope()
	if topic != "" && !generic(topic) {
		curQ = c.resolve(topic, x.m, sc, explicit)
		for i := len(pc.amts) - 1; i >= 0; i-- {
			a := pc.amts[i]
			if a.n.i < x.n.i && (a.topic == topic || curQ != nil && a.q != nil && a.q.key == curQ.key) {
				cur = a
				break
			}
		}
		if cur == nil && curQ != nil {
			if s, ok := c.last[curQ.key]; ok && s.para == pc.para {
				cur = s
			}
		}
	} else {
		for i := len(pc.amts) - 1; i >= 0; i-- {
			if a := pc.amts[i]; a.n.i < x.n.i && a.m != mBudget {
				cur = a
				break
			}
		}
		if cur != nil {
			curQ = cur.q
		}
	}
	curs := readings(cur, curQ)
	if len(curs) == 0 {
		return
	}
	var cells []string
	if curQ != nil {
		cells = cellRefs(curQ.cands)
	}
	dx := x.n.wan
	if x.dir < 0 {
		dx = dx.Neg()
	}
	if x.budget {
		// 比预算增加（减少）X：本年数 ∓ X 应为预算数.
		bt := topic
		if bt == "" || generic(bt) {
			if cur != nil {
				bt = cur.topic
			}
		}
		var bud *stated
		for i := len(pc.amts) - 1; i >= 0; i-- {
			if a := pc.amts[i]; a.n.i < x.n.i && a.m == mBudget && (a.topic == bt || bt == "") {
				bud = a
				break
			}
		}
		var budQ *quantity
		if bud == nil && bt != "" {
			budQ = c.resolve(bt, mBudget, sc, explicit)
		} else if bud != nil {
			budQ = bud.q
		}
		buds := readings(bud, budQ)
		if len(buds) > 0 && y == nil {
			for _, cu := range curs {
				for _, b := range buds {
					if cu.Sub(dx).Equal(b) {
						c.traced("change-budget", pc.para, pc.t, first.from, x.n.end, true)
						return
					}
				}
			}
			exp := curs[0].Sub(buds[0]).Abs()
			c.emit(RuleChange, pc.para, quote, cells, fmtWan(exp, 2), x.n.lit, x.n.wan.Sub(exp).StringFixed(2),
				"决算数 "+fmtWan(curs[0], 2)+" 与预算数 "+fmtWan(buds[0], 2)+" 相差 "+fmtWan(exp, 2)+" 万元")
			return
		}
	}
	if y == nil {
		return
	}
	var prevs []decimal.Decimal
	for _, cu := range curs {
		if prev := cu.Sub(dx); prev.Sign() > 0 {
			prevs = append(prevs, prev)
		}
	}
	prev := curs[0].Sub(dx)
	switch {
	case len(prevs) == 0 && prev.IsZero():
		c.emit(RuleZeroBase, pc.para, quote, cells, "", y.n.lit+"%", "",
			"上年数（"+fmtWan(curs[0], 2)+" − "+fmtWan(x.n.wan, 2)+"）为零，增长率无从计算，请改为文字说明")
	case len(prevs) == 0:
		c.emit(RuleChange, pc.para, quote, cells, "", quote, "",
			"按本年数 "+fmtWan(curs[0], 2)+" 推算的上年数 "+fmtWan(prev, 2)+" 不是正数，增减额或方向有误")
	default:
		pc.rate("change", RuleChange, y.n, quote, []decimal.Decimal{x.n.wan}, prevs, cells, "增减率（增减额 ÷ 上年数）")
	}
}

// comparisons checks "决算数大于（小于、等于）年初预算数".
func (pc *paraCtx) comparisons() {
	s := pc.t.s
	for _, w := range []struct {
		w   string
		cmp int
	}{{"大于", 1}, {"高于", 1}, {"超过", 1}, {"多于", 1}, {"小于", -1}, {"低于", -1}, {"少于", -1}, {"等于", 0}, {"持平", 0}} {
		for from := 0; ; {
			k := amount.IndexText(s[from:], w.w)
			if k < 0 {
				break
			}
			k += from
			from = k + len(w.w)
			before := s[max(0, k-18):k]
			after := s[from:min(len(s), from+18)]
			cmp := w.cmp
			switch {
			case strings.HasSuffix(before, "决算数") || strings.HasSuffix(before, "决算") || strings.HasSuffix(before, "支出数"):
				if !strings.HasPrefix(after, "预算") && !strings.HasPrefix(after, "年初预算") && !strings.HasPrefix(after, "全年预算") && !strings.HasPrefix(after, "调整") {
					continue
				}
			case strings.HasSuffix(before, "预算数") || strings.HasSuffix(before, "预算"):
				if !strings.HasPrefix(after, "决算") && !strings.HasPrefix(after, "支出决算") {
					continue
				}
				cmp = -cmp
			default:
				continue
			}
			if strings.HasPrefix(after, "(") || strings.HasPrefix(s[k:], "大于(小于)") {
				continue // 大于（小于）: a template alternative, reported as such
			}
			pc.compare(k, w.w, cmp)
		}
	}
}

// paraStart is the start of the sentence before the one holding at: a
// comparison ("决算数大于预算数的主要原因…") may follow the figures' sentence.
func (pc *paraCtx) paraStart(at int) int {
	ss := sentenceStart(pc.t.s, at, false)
	if ss > 0 {
		return sentenceStart(pc.t.s, ss-1, false)
	}
	return 0
}

// operands are the final and the budget figure a rate or a comparison at
// position at is made of: the last figure of the sentence that is no
// budget, and the last budget of the same topic in the paragraph (the
// total's budget is not an item's).
func (pc *paraCtx) operands(at, ss int, topic string) (fin, bud *stated) {
	for i := len(pc.amts) - 1; i >= 0; i-- {
		if a := pc.amts[i]; a.n.end <= at && a.m != mBudget && a.n.i >= ss {
			fin = a
			break
		}
	}
	if fin != nil && fin.topic != "" {
		topic = fin.topic
	}
	for i := len(pc.amts) - 1; i >= 0; i-- {
		if a := pc.amts[i]; a.n.end <= at && a.m == mBudget && (a.topic == topic || topic == "") {
			bud = a
			break
		}
	}
	return fin, bud
}

func (pc *paraCtx) compare(at int, word string, cmp int) {
	c := pc.c
	topic := pc.context(at)
	fin, bud := pc.operands(at, pc.paraStart(at), topic)
	if fin != nil && fin.topic != "" {
		topic = fin.topic
	}
	sc, explicit := c.scope()
	var finQ, budQ *quantity
	if fin != nil {
		finQ = fin.q
	} else {
		finQ = c.resolve(topic, mFinal, sc, explicit)
	}
	if bud != nil {
		budQ = bud.q
	} else {
		budQ = c.resolve(topic, mBudget, sc, explicit)
	}
	fins, buds := readings(fin, finQ), readings(bud, budQ)
	if len(fins) == 0 || len(buds) == 0 {
		return
	}
	for _, f := range fins {
		for _, b := range buds {
			if f.Cmp(b) == cmp {
				c.traced("compare", pc.para, pc.t, at, at+len(word), true)
				return
			}
		}
	}
	ss, se := max(sentenceStart(pc.t.s, at, true), clauseStart(pc.t.s, at)), at+len(word)
	for _, suffix := range []string{"年初预算数", "年初预算", "预算数", "预算", "决算数", "决算"} {
		if strings.HasPrefix(pc.t.s[se:], suffix) {
			se += len(suffix)
			break
		}
	}
	quote := pc.t.quote(ss, se)
	rel := map[int]string{1: "大于", -1: "小于", 0: "等于"}[fins[0].Cmp(buds[0])]
	c.emit(RuleCompare, pc.para, quote, nil, rel, word, "",
		"决算数 "+fmtWan(fins[0], 2)+" "+rel+"预算数 "+fmtWan(buds[0], 2))
}
