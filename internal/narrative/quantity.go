package narrative

import (
	"strconv"
	"strings"
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
	key   string // one quantity, one key: "收入合计|all", "kpi|科技管理工作经费|budget"
	name  string // for messages
	cands []cand // table readings; the first is the one a message names
	// alts are readings of the same words under another scope (基本支出
	// of 公开03表 where 公开05表 was meant): a figure equal to one of them
	// is not reported, for the engine cannot be sure which was meant.
	alts    []cand
	rule    string // the rule comparing it: RuleAmount, RuleProject, RuleScore
	project *kpiTable
}

// lexEntry is one table quantity with the words a narrative names it by.
type lexEntry struct {
	names []string
	// scoped: the scope of the headings chooses the table (基本支出 in a
	// 一般公共预算 section is 公开05表's)
	scoped bool
	read   func(ix *index, sc scope, m measure) (cands []cand)
}

func one(c cand, ok bool) []cand {
	if ok {
		return []cand{c}
	}
	return nil
}

func both(a, b []cand) []cand { return append(a, b...) }

var lexicon = []lexEntry{
	{names: []string{"收支总计", "收支决算总计", "收入支出总计", "收入支出决算总计"}, scoped: true,
		read: func(ix *index, sc scope, m measure) []cand {
			if sc == scopeFin {
				return both(one(ix.at("04", "收入总计", "收入决算数")), one(ix.at("04", "支出总计", "合计")))
			}
			return both(one(ix.at("01", "收入总计", "收入决算数")), one(ix.at("01", "支出总计", "支出决算数")))
		}},
	{names: []string{"收入总计", "收入决算总计"}, scoped: true,
		read: func(ix *index, sc scope, m measure) []cand {
			if sc == scopeFin {
				return one(ix.at("04", "收入总计", "收入决算数"))
			}
			return one(ix.at("01", "收入总计", "收入决算数"))
		}},
	{names: []string{"支出总计", "支出决算总计"}, scoped: true,
		read: func(ix *index, sc scope, m measure) []cand {
			if sc == scopeFin {
				return one(ix.at("04", "支出总计", "合计"))
			}
			return one(ix.at("01", "支出总计", "支出决算数"))
		}},
	{names: []string{"本年收入合计", "收入合计", "本年收入", "收入总额", "本年收入总额", "收入决算合计", "本年度收入合计"}, scoped: true,
		read: func(ix *index, sc scope, m measure) []cand {
			if sc == scopeFin {
				return one(ix.at("04", "本年收入合计", "收入决算数"))
			}
			return both(one(ix.at("01", "本年收入合计", "收入决算数")), one(ix.at("02", "合计", "本年收入合计")))
		}},
	{names: []string{"本年支出合计", "支出合计", "本年支出", "支出总额", "本年支出总额", "支出决算合计", "本年度支出合计"}, scoped: true,
		read: func(ix *index, sc scope, m measure) []cand {
			switch sc {
			case scopeFin:
				return one(ix.at("04", "本年支出合计", "合计"))
			case scopeGen, scopeFund, scopeSOE:
				f, col := codeForm(sc)
				return one(ix.at(f, "合计", col))
			}
			return both(one(ix.at("01", "本年支出合计", "支出决算数")), one(ix.at("03", "合计", "本年支出合计")))
		}},
	{names: []string{"财政拨款收入", "财政拨款收入合计", "本年财政拨款收入"},
		read: func(ix *index, sc scope, m measure) []cand {
			var rows []cand
			for _, k := range []string{"一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"} {
				if c, ok := ix.at("01", k, "收入决算数"); ok {
					rows = append(rows, c)
				}
			}
			var out []cand
			if len(rows) > 0 {
				t := ix.table("01")
				out = one(sum(t.Label()+"“财政拨款收入”（1–3 行之和）", rows...))
			}
			out = both(out, one(ix.at("02", "合计", "财政拨款收入")))
			return both(out, one(ix.at("04", "本年收入合计", "收入决算数")))
		}},
	{names: []string{"一般公共预算财政拨款收入", "一般公共预算收入"},
		read: func(ix *index, sc scope, m measure) []cand {
			return both(one(ix.at("01", "一般公共预算财政拨款收入", "收入决算数")), one(ix.at("04", "一般公共预算财政拨款", "收入决算数")))
		}},
	{names: []string{"政府性基金预算财政拨款收入", "政府性基金预算收入"},
		read: func(ix *index, sc scope, m measure) []cand {
			return both(both(one(ix.at("01", "政府性基金预算财政拨款收入", "收入决算数")), one(ix.at("04", "政府性基金预算财政拨款", "收入决算数"))),
				one(ix.at("07", "合计", "本年收入")))
		}},
	{names: []string{"国有资本经营预算财政拨款收入", "国有资本经营预算收入"},
		read: func(ix *index, sc scope, m measure) []cand {
			return both(one(ix.at("01", "国有资本经营预算财政拨款收入", "收入决算数")), one(ix.at("04", "国有资本经营预算财政拨款", "收入决算数")))
		}},
	{names: []string{"上级补助收入"}, read: incomeSource("上级补助收入")},
	{names: []string{"事业收入"}, read: incomeSource("事业收入")},
	{names: []string{"经营收入"}, read: incomeSource("经营收入")},
	{names: []string{"附属单位上缴收入"}, read: incomeSource("附属单位上缴收入")},
	{names: []string{"其他收入"}, read: incomeSource("其他收入")},
	{names: []string{"使用非财政拨款结余"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("01", "使用非财政拨款结余", "收入决算数"))
	}},
	{names: []string{"年初结转和结余", "年初结转结余"}, scoped: true, read: func(ix *index, sc scope, m measure) []cand {
		if sc == scopeFin {
			return one(ix.at("04", "年初财政拨款结转和结余", "收入决算数"))
		}
		return one(ix.at("01", "年初结转和结余", "收入决算数"))
	}},
	{names: []string{"年初财政拨款结转和结余", "年初财政拨款结转结余"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("04", "年初财政拨款结转和结余", "收入决算数"))
	}},
	{names: []string{"年末结转和结余", "年末结转结余"}, scoped: true, read: func(ix *index, sc scope, m measure) []cand {
		if sc == scopeFin {
			return one(ix.at("04", "年末财政拨款结转和结余", "合计"))
		}
		return one(ix.at("01", "年末结转和结余", "支出决算数"))
	}},
	{names: []string{"年末财政拨款结转和结余", "年末财政拨款结转结余"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("04", "年末财政拨款结转和结余", "合计"))
	}},
	{names: []string{"结余分配"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("01", "结余分配", "支出决算数"))
	}},
	{names: []string{"基本支出"}, scoped: true, read: expenseColumn("基本支出")},
	{names: []string{"项目支出"}, scoped: true, read: expenseColumn("项目支出")},
	{names: []string{"上缴上级支出"}, read: func(ix *index, sc scope, m measure) []cand { return one(ix.at("03", "合计", "上缴上级支出")) }},
	{names: []string{"经营支出"}, read: func(ix *index, sc scope, m measure) []cand { return one(ix.at("03", "合计", "经营支出")) }},
	{names: []string{"对附属单位补助支出"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("03", "合计", "对附属单位补助支出"))
	}},
	{names: []string{"财政拨款收支总计", "财政拨款收入支出总计", "财政拨款收支决算总计"}, read: func(ix *index, sc scope, m measure) []cand {
		return both(one(ix.at("04", "收入总计", "收入决算数")), one(ix.at("04", "支出总计", "合计")))
	}},
	{names: []string{"财政拨款收入总计"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("04", "收入总计", "收入决算数"))
	}},
	{names: []string{"财政拨款支出总计"}, read: func(ix *index, sc scope, m measure) []cand { return one(ix.at("04", "支出总计", "合计")) }},
	{names: []string{"财政拨款支出", "财政拨款支出合计", "本年财政拨款支出"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("04", "本年支出合计", "合计"))
	}},
	{names: []string{"一般公共预算财政拨款支出", "一般公共预算支出", "一般公共预算财政拨款"}, read: func(ix *index, sc scope, m measure) []cand {
		if m == mBudget {
			return nil
		}
		return both(one(ix.at("05", "合计", "本年支出合计")), one(ix.at("04", "本年支出合计", "一般公共预算财政拨款")))
	}},
	{names: []string{"一般公共预算财政拨款基本支出", "一般公共预算基本支出"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("05", "合计", "基本支出"))
	}},
	{names: []string{"一般公共预算财政拨款项目支出", "一般公共预算项目支出"}, read: func(ix *index, sc scope, m measure) []cand {
		return one(ix.at("05", "合计", "项目支出"))
	}},
	{names: []string{"政府性基金预算财政拨款支出", "政府性基金预算支出"}, read: func(ix *index, sc scope, m measure) []cand {
		return both(one(ix.at("07", "合计", "本年支出合计")), one(ix.at("04", "本年支出合计", "政府性基金预算财政拨款")))
	}},
	{names: []string{"国有资本经营预算财政拨款支出", "国有资本经营预算支出"}, read: func(ix *index, sc scope, m measure) []cand {
		return both(one(ix.at("08", "合计", "本年支出合计")), one(ix.at("04", "本年支出合计", "国有资本经营预算财政拨款")))
	}},
	{names: []string{"人员经费", "人员经费支出", "人员经费合计"}, scoped: true, read: basicDetail("人员经费合计")},
	{names: []string{"公用经费", "公用经费支出", "公用经费合计", "日常公用经费"}, scoped: true, read: basicDetail("公用经费合计")},
	{names: []string{"三公经费", "三公经费支出", "三公经费财政拨款支出", "财政拨款三公经费", "财政拨款三公经费支出", "三公经费财政拨款"},
		read: threePublic("合计")},
	{names: []string{"因公出国(境)费", "因公出国费", "因公出国(境)经费", "因公出国(境)费用", "因公出国境费", "出国(境)费"}, read: threePublic("因公出国")},
	{names: []string{"公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置和运行维护费", "公务用车购置和运行费", "公务用车购置及运维费"},
		read: threePublic("公务用车小计")},
	{names: []string{"公务用车购置费"}, read: threePublic("公务用车购置")},
	{names: []string{"公务用车运行费", "公务用车运行维护费", "公务用车运维费"}, read: threePublic("公务用车运维")},
	{names: []string{"公务接待费", "公务接待费用"}, read: threePublic("公务接待")},
}

func incomeSource(key string) func(ix *index, sc scope, m measure) []cand {
	return func(ix *index, sc scope, m measure) []cand {
		return both(one(ix.at("01", key, "收入决算数")), one(ix.at("02", "合计", key)))
	}
}

func expenseColumn(col string) func(ix *index, sc scope, m measure) []cand {
	return func(ix *index, sc scope, m measure) []cand {
		if sc == scopeFin {
			sc = scopeGen // 04 has no 基本/项目 columns; its 一般公共预算 part is 05
		}
		f, _ := codeForm(sc)
		return one(ix.at(f, "合计", col))
	}
}

// basicDetail reads 人员经费/公用经费 of 公开06表: it covers 一般公共预算
// money only, so it answers for the whole unit only when the unit's 基本支出
// is all 一般公共预算 (公开03表 and 05表 agree).
func basicDetail(key string) func(ix *index, sc scope, m measure) []cand {
	return func(ix *index, sc scope, m measure) []cand {
		if sc != scopeGen {
			a, ok1 := ix.at("03", "合计", "基本支出")
			b, ok2 := ix.at("05", "合计", "基本支出")
			if !ok1 || !ok2 || !a.val.Equal(b.val) {
				return nil
			}
		}
		return one(ix.at("06", key, "决算数"))
	}
}

// threePublic reads a 三公 item, 预算数 or 决算数 as the sentence says.
func threePublic(item string) func(ix *index, sc scope, m measure) []cand {
	return func(ix *index, sc scope, m measure) []cand {
		if m == mBudget {
			return one(ix.at("09", "", "预算"+item))
		}
		return one(ix.at("09", "", "决算"+item))
	}
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
	if strings.Contains(topic, "(类)") {
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
		e := lexicon[i]
		key := e.names[0]
		q := &quantity{name: e.names[0], rule: RuleAmount}
		if e.scoped {
			q.cands = e.read(c.ix, sc, m)
			key += "|" + strconv.Itoa(int(sc))
			for _, other := range []scope{scopeAll, scopeFin, scopeGen} {
				if other != sc && (!explicit || sc == scopeGen && other == scopeAll && isBase(topic)) {
					q.alts = append(q.alts, e.read(c.ix, other, m)...)
				}
			}
		} else {
			q.cands = e.read(c.ix, sc, m)
		}
		q.key = key + "|" + measureNames[m]
		if m == mBudget && !strings.HasPrefix(key, "三公") && !strings.Contains(e.names[0], "公务") && !strings.Contains(e.names[0], "出国") {
			q.cands, q.alts = nil, nil // 年初预算 of these is in no table
		}
		return q
	}
	if p := c.project(topic); p != nil {
		q := &quantity{key: "kpi|" + p.name + "|" + measureNames[m], name: p.name, rule: RuleProject, project: p}
		f := p.executed
		if m == mBudget {
			f = p.budget
		}
		if f.ok {
			q.cands = []cand{{val: f.val, places: f.places, refs: []string{f.ref}, label: p.label + (map[bool]string{true: "预算数", false: "执行数"})[m == mBudget]}}
		}
		return q
	}
	return nil
}

// isBase tells the totals a share is taken of: they may mean all money
// even inside a 一般公共预算 section ("占本年支出合计的 100%").
func isBase(topic string) bool {
	return strings.Contains(topic, "合计") || strings.Contains(topic, "总计") || strings.HasPrefix(topic, "本年")
}

func (c *checker) functionalCands(code string, sc scope) []cand {
	form, col := codeForm(sc)
	var out []cand
	if sc == scopeFin {
		return one(c.ix.code("04", code, "合计"))
	}
	out = one(c.ix.code(form, code, col))
	if len(code) == 3 {
		switch sc {
		case scopeGen:
			out = both(out, one(c.ix.code("04", code, "一般公共预算财政拨款")))
		case scopeAll:
			out = both(out, one(c.ix.code("01", code, "支出决算数")))
		}
	}
	return out
}
