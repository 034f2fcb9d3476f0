package narrative

import (
	"strconv"
	"strings"

	"reportcheck/internal/amount"
)

// measure says which figure of a quantity a sentence gives.
type measure uint8

const (
	mNone   measure = iota // the figure itself (a 决算 report: the final amount)
	mBudget                // 年初预算 / 预算数 / 全年预算数
	mFinal                 // 决算数 / 支出决算 / 执行数
)

// quantity is what a figure of the narrative names: cells of the tables (or
// of a 绩效自评表), or nothing the engine can read (a local quantity such as
// 政府采购支出总额, checked only against the text itself).
type quantity struct {
	key   string // one quantity, one key: "收入合计|all", "kpi|<项目名称>|budget"
	name  string // for messages
	cands []cand // table readings; the first is the one a message names
	// alts are readings of the same words under another scope (基本支出
	// of 公开03表 where 公开05表 was meant): a figure equal to one of them
	// is not reported, for the engine cannot be sure which was meant.
	alts    []cand
	rule    string // the rule comparing it: RuleAmount, RuleProject, RuleScore
	project *kpiTable
}

// cellRef names a cell of a recognised table: form, row key (a sum of rows
// joined by "+"), column key. The 三公 table has one row: its key is "".
type cellRef struct{ form, row, col string }

// lexEntry is one table quantity with the words a narrative names it by:
// data, read by one function (readLex), as the table rules are.
type lexEntry struct {
	names []string
	// cells by scope (scopeAll, scopeFin, scopeGen, scopeFund, scopeSOE);
	// a scope without cells reads as scopeAll.
	cells [5][]cellRef
	// scoped: the headings' scope chooses the cells (基本支出 in a 一般公共
	// 预算 section is 公开05表's); else the words themselves say.
	scoped bool
	kind   lexKind
}

type lexKind uint8

const (
	lexPlain lexKind = iota
	lexThree         // a 三公 item: its column is 预算… or 决算… as the sentence says
	lexBasic         // 人员经费/公用经费 of 公开06表 (一般公共预算 money only)
)

func all(c ...cellRef) [5][]cellRef { return [5][]cellRef{c} }

var lexicon = []lexEntry{
	{names: []string{"收支总计", "收支决算总计", "收入支出总计", "收入支出决算总计"}, scoped: true,
		cells: [5][]cellRef{{{"01", "收入总计", "收入决算数"}, {"01", "支出总计", "支出决算数"}}, {{"04", "收入总计", "收入决算数"}, {"04", "支出总计", "合计"}}}},
	{names: []string{"收入总计", "收入决算总计"}, scoped: true,
		cells: [5][]cellRef{{{"01", "收入总计", "收入决算数"}}, {{"04", "收入总计", "收入决算数"}}}},
	{names: []string{"支出总计", "支出决算总计"}, scoped: true,
		cells: [5][]cellRef{{{"01", "支出总计", "支出决算数"}}, {{"04", "支出总计", "合计"}}}},
	{names: []string{"本年收入合计", "收入合计", "本年收入", "收入总额", "本年收入总额", "收入决算合计", "本年度收入合计"}, scoped: true,
		cells: [5][]cellRef{{{"01", "本年收入合计", "收入决算数"}, {"02", "合计", "本年收入合计"}}, {{"04", "本年收入合计", "收入决算数"}}}},
	{names: []string{"本年支出合计", "支出合计", "本年支出", "支出总额", "本年支出总额", "支出决算合计", "本年度支出合计"}, scoped: true,
		cells: [5][]cellRef{{{"01", "本年支出合计", "支出决算数"}, {"03", "合计", "本年支出合计"}}, {{"04", "本年支出合计", "合计"}},
			{{"05", "合计", "本年支出合计"}}, {{"07", "合计", "本年支出合计"}}, {{"08", "合计", "本年支出合计"}}}},
	{names: []string{"财政拨款收入", "财政拨款收入合计", "本年财政拨款收入"},
		cells: all(cellRef{"01", "一般公共预算财政拨款收入+政府性基金预算财政拨款收入+国有资本经营预算财政拨款收入", "收入决算数"},
			cellRef{"02", "合计", "财政拨款收入"}, cellRef{"04", "本年收入合计", "收入决算数"})},
	{names: []string{"一般公共预算财政拨款收入", "一般公共预算收入"},
		cells: all(cellRef{"01", "一般公共预算财政拨款收入", "收入决算数"}, cellRef{"04", "一般公共预算财政拨款", "收入决算数"})},
	{names: []string{"政府性基金预算财政拨款收入", "政府性基金预算收入"},
		cells: all(cellRef{"01", "政府性基金预算财政拨款收入", "收入决算数"}, cellRef{"04", "政府性基金预算财政拨款", "收入决算数"}, cellRef{"07", "合计", "本年收入"})},
	{names: []string{"国有资本经营预算财政拨款收入", "国有资本经营预算收入"},
		cells: all(cellRef{"01", "国有资本经营预算财政拨款收入", "收入决算数"}, cellRef{"04", "国有资本经营预算财政拨款", "收入决算数"})},
	{names: []string{"上级补助收入"}, cells: all(cellRef{"01", "上级补助收入", "收入决算数"}, cellRef{"02", "合计", "上级补助收入"})},
	{names: []string{"事业收入"}, cells: all(cellRef{"01", "事业收入", "收入决算数"}, cellRef{"02", "合计", "事业收入"})},
	{names: []string{"经营收入"}, cells: all(cellRef{"01", "经营收入", "收入决算数"}, cellRef{"02", "合计", "经营收入"})},
	{names: []string{"附属单位上缴收入"}, cells: all(cellRef{"01", "附属单位上缴收入", "收入决算数"}, cellRef{"02", "合计", "附属单位上缴收入"})},
	{names: []string{"其他收入"}, cells: all(cellRef{"01", "其他收入", "收入决算数"}, cellRef{"02", "合计", "其他收入"})},
	{names: []string{"使用非财政拨款结余"}, cells: all(cellRef{"01", "使用非财政拨款结余", "收入决算数"})},
	{names: []string{"年初结转和结余", "年初结转结余"}, scoped: true,
		cells: [5][]cellRef{{{"01", "年初结转和结余", "收入决算数"}}, {{"04", "年初财政拨款结转和结余", "收入决算数"}}}},
	{names: []string{"年初财政拨款结转和结余", "年初财政拨款结转结余"}, cells: all(cellRef{"04", "年初财政拨款结转和结余", "收入决算数"})},
	{names: []string{"年末结转和结余", "年末结转结余"}, scoped: true,
		cells: [5][]cellRef{{{"01", "年末结转和结余", "支出决算数"}}, {{"04", "年末财政拨款结转和结余", "合计"}}}},
	{names: []string{"年末财政拨款结转和结余", "年末财政拨款结转结余"}, cells: all(cellRef{"04", "年末财政拨款结转和结余", "合计"})},
	{names: []string{"结余分配"}, cells: all(cellRef{"01", "结余分配", "支出决算数"})},
	{names: []string{"基本支出"}, scoped: true,
		cells: [5][]cellRef{{{"03", "合计", "基本支出"}}, {{"05", "合计", "基本支出"}}, {{"05", "合计", "基本支出"}}, {{"07", "合计", "基本支出"}}, {{"08", "合计", "基本支出"}}}},
	{names: []string{"项目支出"}, scoped: true,
		cells: [5][]cellRef{{{"03", "合计", "项目支出"}}, {{"05", "合计", "项目支出"}}, {{"05", "合计", "项目支出"}}, {{"07", "合计", "项目支出"}}, {{"08", "合计", "项目支出"}}}},
	{names: []string{"上缴上级支出"}, cells: all(cellRef{"03", "合计", "上缴上级支出"})},
	{names: []string{"经营支出"}, cells: all(cellRef{"03", "合计", "经营支出"})},
	{names: []string{"对附属单位补助支出"}, cells: all(cellRef{"03", "合计", "对附属单位补助支出"})},
	{names: []string{"财政拨款收支总计", "财政拨款收入支出总计", "财政拨款收支决算总计"},
		cells: all(cellRef{"04", "收入总计", "收入决算数"}, cellRef{"04", "支出总计", "合计"})},
	{names: []string{"财政拨款收入总计"}, cells: all(cellRef{"04", "收入总计", "收入决算数"})},
	{names: []string{"财政拨款支出总计"}, cells: all(cellRef{"04", "支出总计", "合计"})},
	{names: []string{"财政拨款支出", "财政拨款支出合计", "本年财政拨款支出"}, cells: all(cellRef{"04", "本年支出合计", "合计"})},
	{names: []string{"一般公共预算财政拨款支出", "一般公共预算支出", "一般公共预算财政拨款"},
		cells: all(cellRef{"05", "合计", "本年支出合计"}, cellRef{"04", "本年支出合计", "一般公共预算财政拨款"})},
	{names: []string{"一般公共预算财政拨款基本支出", "一般公共预算基本支出"}, cells: all(cellRef{"05", "合计", "基本支出"})},
	{names: []string{"一般公共预算财政拨款项目支出", "一般公共预算项目支出"}, cells: all(cellRef{"05", "合计", "项目支出"})},
	{names: []string{"政府性基金预算财政拨款支出", "政府性基金预算支出"},
		cells: all(cellRef{"07", "合计", "本年支出合计"}, cellRef{"04", "本年支出合计", "政府性基金预算财政拨款"})},
	{names: []string{"国有资本经营预算财政拨款支出", "国有资本经营预算支出"},
		cells: all(cellRef{"08", "合计", "本年支出合计"}, cellRef{"04", "本年支出合计", "国有资本经营预算财政拨款"})},
	{names: []string{"人员经费", "人员经费支出", "人员经费合计"}, scoped: true, kind: lexBasic, cells: all(cellRef{"06", "人员经费合计", "决算数"})},
	{names: []string{"公用经费", "公用经费支出", "公用经费合计", "日常公用经费"}, scoped: true, kind: lexBasic, cells: all(cellRef{"06", "公用经费合计", "决算数"})},
	{names: []string{"三公经费", "三公经费支出", "三公经费财政拨款支出", "财政拨款三公经费", "财政拨款三公经费支出", "三公经费财政拨款"},
		kind: lexThree, cells: all(cellRef{"09", "", "合计"})},
	{names: []string{"因公出国(境)费", "因公出国费", "因公出国(境)经费", "因公出国(境)费用", "因公出国境费", "出国(境)费"},
		kind: lexThree, cells: all(cellRef{"09", "", "因公出国"})},
	{names: []string{"公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置和运行维护费", "公务用车购置和运行费", "公务用车购置及运维费"},
		kind: lexThree, cells: all(cellRef{"09", "", "公务用车小计"})},
	{names: []string{"公务用车购置费"}, kind: lexThree, cells: all(cellRef{"09", "", "公务用车购置"})},
	{names: []string{"公务用车运行费", "公务用车运行维护费", "公务用车运维费"}, kind: lexThree, cells: all(cellRef{"09", "", "公务用车运维"})},
	{names: []string{"公务接待费", "公务接待费用"}, kind: lexThree, cells: all(cellRef{"09", "", "公务接待"})},
}

// readLex reads an entry's cells under a scope and a measure.
func (ix *index) readLex(e *lexEntry, sc scope, m measure) []cand {
	if m == mBudget && e.kind != lexThree {
		return nil // the 年初预算 of these is in no table
	}
	if e.kind == lexBasic && sc != scopeGen {
		// 公开06表 covers 一般公共预算 money: it answers for the whole unit
		// only when all its 基本支出 is that (公开03表 and 05表 agree).
		a, ok1 := ix.at("03", "合计", "基本支出")
		b, ok2 := ix.at("05", "合计", "基本支出")
		if !ok1 || !ok2 || !a.val.Equal(b.val) {
			return nil
		}
	}
	refs := e.cells[scopeAll]
	if e.scoped && len(e.cells[sc]) > 0 {
		refs = e.cells[sc]
	}
	var out []cand
	for _, r := range refs {
		col := r.col
		if e.kind == lexThree {
			col = "决算" + col
			if m == mBudget {
				col = "预算" + col[len("决算"):]
			}
		}
		var parts []cand
		for _, row := range strings.Split(r.row, "+") {
			if c, ok := ix.at(r.form, row, col); ok {
				parts = append(parts, c)
			}
		}
		switch {
		case len(parts) == 1:
			out = append(out, parts[0])
		case len(parts) > 1:
			c, _ := sum(ix.table(r.form).Label()+"“"+strings.ReplaceAll(r.row, "+", "”“")+"”之和", parts...)
			out = append(out, c)
		}
	}
	return out
}

var lexNames = func() map[string]int {
	m := map[string]int{}
	for i, e := range lexicon {
		for _, n := range e.names {
			m[n] = i
		}
	}
	return m
}()

// lookup finds the lexicon entry of a topic, trying it with and without a
// trailing 支出/数/总额 the narrative adds or drops.
func lookup(topic string) (int, bool) {
	if i, ok := lexNames[topic]; ok {
		return i, true
	}
	for _, suffix := range []string{"总额", "合计", "支出", "决算数", "数", "金额"} {
		if t, ok := strings.CutSuffix(topic, suffix); ok && t != "" {
			if i, ok := lexNames[t]; ok {
				return i, true
			}
		}
	}
	if i, ok := lexNames[topic+"支出"]; ok {
		return i, true
	}
	return 0, false
}

var measureNames = [...]string{"", "budget", "final"}

// resolve finds the quantity a topic names under the scope of its sentence
// and headings. explicit tells whether the scope was stated (in the topic
// or a heading): an unstated one also accepts the other scopes' readings.
func (c *checker) resolve(topic string, m measure, sc scope, explicit bool) *quantity {
	if topic == "" {
		return nil
	}
	if ts, ok := scopeOf(topic); ok {
		sc, explicit = ts, true
	}
	if amount.ContainsText(topic, "(类)") {
		code := c.ix.functional(topic)
		if code == "" {
			return nil
		}
		q := &quantity{key: "fn|" + code + "|" + strconv.Itoa(int(sc)) + "|" + measureNames[m], name: topic, rule: RuleAmount}
		if m == mBudget {
			return q // no table prints the 年初预算 of a 科目
		}
		q.cands = c.functionalCands(code, sc)
		if !explicit {
			q.alts = c.functionalCands(code, scopeGen)
		}
		return q
	}
	if i, ok := lookup(topic); ok {
		e := &lexicon[i]
		key := e.names[0]
		q := &quantity{name: e.names[0], rule: RuleAmount, cands: c.ix.readLex(e, sc, m)}
		if e.scoped {
			key += "|" + strconv.Itoa(int(sc))
			for _, other := range []scope{scopeAll, scopeFin, scopeGen} {
				if other != sc && (!explicit || sc == scopeGen && other == scopeAll && isBase(topic)) {
					q.alts = append(q.alts, c.ix.readLex(e, other, m)...)
				}
			}
		}
		q.key = key + "|" + measureNames[m]
		return q
	}
	rule := RuleProject
	ps := []*kpiTable{c.project(topic)}
	if ps[0] == nil {
		// Near names and lists of projects are likely, not certain: 提示.
		rule = RuleProjectLike
		if ps[0] = c.projectLike(topic); ps[0] == nil {
			if ps = c.projectsListed(topic); ps == nil {
				return nil
			}
		}
	}
	what := "执行数"
	if m == mBudget {
		what = "预算数"
	}
	q := &quantity{key: "kpi|" + topic + "|" + measureNames[m], name: topic, rule: rule, project: ps[0]}
	var reads []cand
	for _, p := range ps {
		f := p.executed
		if m == mBudget {
			f = p.budget
		}
		if !f.ok {
			return q
		}
		reads = append(reads, cand{val: f.val, places: f.places, ref: f.ref, name: p.label + what})
	}
	if len(reads) == 1 {
		q.cands = reads
		return q
	}
	total := cand{name: "各项目绩效自评表" + what + "之和"}
	for _, r := range reads {
		total.val = total.val.Add(r.val)
		total.places = max(total.places, r.places)
		total.refs2 = append(total.refs2, r.ref)
	}
	q.cands = []cand{total}
	return q
}

// isBase tells the totals a share is taken of: they may mean all money
// even inside a 一般公共预算 section ("占本年支出合计的 100%").
func isBase(topic string) bool {
	return amount.ContainsText(topic, "合计") || amount.ContainsText(topic, "总计") || strings.HasPrefix(topic, "本年")
}

func (c *checker) functionalCands(code string, sc scope) []cand {
	var refs []cellRef
	switch sc {
	case scopeFin:
		refs = []cellRef{{"04", code, "合计"}}
	case scopeGen:
		refs = []cellRef{{"05", code, "本年支出合计"}, {"04", code, "一般公共预算财政拨款"}}
	case scopeFund:
		refs = []cellRef{{"07", code, "本年支出合计"}}
	case scopeSOE:
		refs = []cellRef{{"08", code, "本年支出合计"}}
	default:
		refs = []cellRef{{"03", code, "本年支出合计"}, {"01", code, "支出决算数"}}
	}
	var out []cand
	for _, r := range refs {
		if c, ok := c.ix.code(r.form, r.row, r.col); ok {
			out = append(out, c)
		}
	}
	return out
}
