package narrative

import (
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
)

// sumList is a total and the parts "其中" lists after it.
type sumList struct {
	head  *stated
	level int // the item level of the head's paragraph, −1 unnumbered
	parts []*stated
	para  int
	end   int // where the quote ends in the head's paragraph
}

// sums finds "总额 A，其中：B、C、D。" in the paragraph; a "其中：" that ends
// it waits for the parts the next paragraphs open with.
func (pc *paraCtx) sums() {
	s := pc.t.s
	for from := 0; ; {
		k := amount.IndexText(s[from:], "其中")
		if k < 0 {
			return
		}
		k += from
		from = k + len("其中")
		var head *stated
		prevStop := sentenceStart(s, sentenceStart(s, k, false)-1, false)
		for i := len(pc.amts) - 1; i >= 0; i-- {
			if a := pc.amts[i]; a.n.end <= k {
				if a.n.i >= prevStop {
					head = a
				}
				break
			}
		}
		if head == nil && strings.TrimSpace(s[:k]) == "" && pc.c.lastAmt != nil {
			head = pc.c.lastAmt // the paragraph opens with 其中
		}
		if head == nil || head.n.approx || head.m == mBudget {
			continue
		}
		end := sentenceEnd(s, k, false)
		var parts []*stated
		for _, a := range pc.amts {
			if a.n.i > k && a.n.end <= end && !a.n.approx && a.m != mBudget && a.n.unit == head.n.unit {
				parts = append(parts, a)
			}
		}
		if len(parts) >= 2 {
			// Parts listed with 、 end at the semicolon: what follows it is
			// another statement ("……服务2.5万元；授予中小企业合同金额……").
			gap := s[parts[0].n.end:parts[1].n.i]
			if amount.ContainsText(gap, "、") && !amount.ContainsText(gap, ";") {
				if semi := strings.IndexByte(s[parts[0].n.end:end], ';'); semi >= 0 {
					cut := parts[0].n.end + semi
					kept := parts[:0:0]
					for _, p := range parts {
						if p.n.end <= cut {
							kept = append(kept, p)
						}
					}
					parts = kept
				}
			}
		}
		if len(parts) == 0 && strings.TrimRight(s[k:], ":") == "其中" {
			pc.c.list = &sumList{head: head, level: pc.level, para: pc.para, end: len(s)}
			return
		}
		if len(parts) >= 2 {
			pc.c.evalSum(&sumList{head: head, parts: parts, para: pc.para, end: parts[len(parts)-1].n.end})
		}
	}
}

// continueList adds the figure a paragraph opens with to a pending list,
// or closes the list when the paragraph is no part of it.
func (c *checker) continueList(pc *paraCtx, numbered bool, level int) {
	l := c.list
	if l == nil {
		return
	}
	if numbered && (l.level < 0 || level <= l.level) {
		c.endList()
		return
	}
	if !numbered && l.level >= 0 {
		return // text between the numbered parts
	}
	// The part is the figure of the paragraph's first clause.
	var first *stated
	if len(pc.amts) > 0 {
		if a := pc.amts[0]; clauseStart(pc.t.s, a.n.i) <= pc.start && a.m != mBudget && !a.n.approx {
			first = a
		}
	}
	if first == nil {
		c.endList()
		return
	}
	l.parts = append(l.parts, first)
}

func (c *checker) endList() {
	l := c.list
	c.list = nil
	if l != nil && len(l.parts) >= 2 {
		c.evalSum(l)
	}
}

// decompositions are lists known to be complete: what is not listed is none.
var decompositions = [][]string{
	{"货物", "工程", "服务"},
	{"人员经费", "公用经费"},
	{"基本支出", "项目支出"},
	{"因公出国", "公务用车", "公务接待"},
	{"购置", "运行"},
}

// complete tells whether parts make up their head entirely: the tables
// say so (their readings of the parts add up to the head's), or the parts
// are a known decomposition.
func complete(head *stated, parts []*stated) bool {
	if head.q != nil && len(head.q.cands) > 0 {
		sum := decimal.Zero
		ok := true
		for _, p := range parts {
			if p.q == nil || len(p.q.cands) == 0 {
				ok = false
				break
			}
			sum = sum.Add(p.q.cands[0].val)
		}
		if ok && sum.Sub(head.q.cands[0].val).Abs().LessThanOrEqual(decimal.New(5, -3).Mul(decimal.NewFromInt(int64(len(parts))))) {
			return true
		}
	}
	for _, d := range decompositions {
		if len(d) != len(parts) {
			continue
		}
		hit := 0
		for i, p := range parts {
			if amount.ContainsText(p.topic, d[i]) {
				hit++
			}
		}
		if hit == len(d) {
			return true
		}
	}
	return false
}

// slack is the rounding the parts of a sum may carry: half a unit of the
// figures' precision each, 0.005 万元 at least (a narrative drops trailing
// zeros: "2.5 万元" is 2.50).
func slack(parts []*stated) decimal.Decimal {
	out := decimal.Zero
	for _, p := range parts {
		places := max(p.n.places, 2)
		out = out.Add(decimal.New(5, -places-1).Shift(-p.n.scale))
	}
	return out
}

// evalSum weighs a total against its listed parts, as printed and as the
// tables give them; only what fails both is reported.
func (c *checker) evalSum(l *sumList) {
	head := l.head
	heads := readings(head, head.q)
	narr := decimal.Zero
	table := decimal.Zero
	tableOK := true
	for _, p := range l.parts {
		narr = narr.Add(p.n.wan)
		if p.q != nil && len(p.q.cands) > 0 {
			table = table.Add(p.q.cands[0].val)
		} else {
			table = table.Add(p.n.wan)
			tableOK = false
		}
	}
	sums := []decimal.Decimal{narr}
	if tableOK || !table.Equal(narr) {
		sums = appendUnique(sums, table)
	}
	tol := slack(l.parts)
	full := complete(head, l.parts)
	rounding := false
	for _, h := range heads {
		for _, s := range sums {
			d := s.Sub(h).Abs()
			switch {
			case d.IsZero():
				c.traced("sum", head.para, head.t, head.from, head.n.end, true)
				return
			case d.LessThanOrEqual(tol):
				rounding = true
			case s.LessThan(h) && !full:
				return // the list may leave parts out: no guess
			}
		}
	}
	t := head.t
	quote := t.quote(head.from, l.end)
	if l.end <= head.n.end || head.para != l.para {
		quote = t.quote(head.from, head.n.end)
	}
	var cells []string
	if head.q != nil {
		cells = cellRefs(head.q.cands)
	}
	var names []string
	for _, p := range l.parts {
		names = append(names, p.n.lit)
		if p.q != nil {
			cells = append(cells, cellRefs(p.q.cands)...)
		}
	}
	diff := head.n.wan.Sub(narr)
	rule, what := RuleSum, "不等于"
	if rounding {
		rule, what = RuleSumRounding, "与各项之和有尾差，"
	}
	c.emit(rule, head.para, quote, cells, fmtWan(narr, 2), head.n.lit, diff.StringFixed(2),
		"总额 "+head.n.lit+" "+head.n.unit+what+"所列各项之和 "+strings.Join(names, " + ")+" = "+fmtWan(narr, 2)+" 万元（差 "+diff.StringFixed(2)+"）")
}
