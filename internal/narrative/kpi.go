package narrative

import (
	"strings"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/kpi"
	"reportcheck/internal/template"
)

// kpiField is one figure of a 绩效自评表.
type kpiField struct {
	val    decimal.Decimal // in 万元 for money
	places int32
	ref    string // Sheet!A1
	ok     bool
}

// kpiIndicator is one indicator row, reduced to what a sentence can cite.
type kpiIndicator struct {
	name    string // as printed
	core    string // normalised for matching (see core)
	target  kpiValue
	actual  kpiValue
	ref     string // the 实际完成值 cell
	table   string // the table's label
	project string
}

// kpiValue is a target or actual as a number with its unit words.
type kpiValue struct {
	val  decimal.Decimal
	unit string // "万平方米", "家", "%"
	ok   bool
	raw  string
}

// kpiTable is a 绩效自评表 reduced to what the narrative cites.
type kpiTable struct {
	dept     bool
	name     string // as printed
	norm     string // normalised for matching
	label    string
	budget   kpiField
	executed kpiField
	total    kpiField
	inds     []kpiIndicator // read on first use (indicators): most narratives cite few
	src      *kpi.Table
	// bare is bareName(norm) and its characters, made on first use by
	// projectLike, which compares every sentence's subject with every
	// table's name.
	bare      string
	bareRunes []rune
}

// bareName is bareName(kt.norm), worked out once.
func (kt *kpiTable) bareName() (string, []rune) {
	if kt.bareRunes == nil {
		kt.bare = bareName(kt.norm)
		kt.bareRunes = []rune(kt.bare)
	}
	return kt.bare, kt.bareRunes
}

// indicators reads the table's indicator rows, once.
func (kt *kpiTable) indicators() []kpiIndicator {
	if kt.inds == nil && kt.src != nil {
		t := kt.src
		kt.inds = make([]kpiIndicator, 0, len(t.Indicators))
		for _, in := range t.Indicators {
			kt.inds = append(kt.inds, kpiIndicator{name: in.Name.Text, core: core(in.Name.Text),
				target: kpiValue{raw: in.Target.Text}, actual: parseKPIValue(in.Actual.Text),
				ref: t.Sheet + "!" + in.Actual.Ref, table: kt.label, project: t.Name})
		}
	}
	return kt.inds
}

// kpiTables adapts the 绩效自评表 package kpi recognised.
func kpiTables(tables []*kpi.Table) []*kpiTable {
	var out []*kpiTable
	for _, t := range tables {
		if t == nil {
			continue
		}
		u := t.Unit
		if u == amount.UnitUnknown {
			u = amount.WanYuan
		}
		field := func(f kpi.Field, money bool) kpiField {
			v := amount.Parse(f.Text)
			if !v.IsNumber() || v.Percent {
				return kpiField{}
			}
			out := kpiField{val: v.Dec, places: v.Places, ref: t.Sheet + "!" + f.Ref, ok: f.Ref != ""}
			if money {
				out.val = u.ToWan(v.Dec)
				out.places = u.ShownPlacesInWan(v.Places)
			}
			return out
		}
		out = append(out, &kpiTable{dept: t.Dept, name: t.Name, norm: projectKey(t.Name), label: t.Label(), src: t,
			budget: field(t.Budget, true), executed: field(t.Executed, true), total: field(t.Total, false)})
	}
	return out
}

// parseKPIValue reads "5.2 万平方米", "５场", "≥90%": a bare figure only
// (a bound such as ≥90% is no figure a sentence can be held to).
func parseKPIValue(s string) kpiValue {
	t := normaliseString(s)
	if t == "" || !isDigitByte(t[0]) {
		return kpiValue{raw: s}
	}
	ns := numbers(t, 0)
	if len(ns) != 1 || ns[0].i != 0 {
		return kpiValue{raw: s}
	}
	n := ns[0]
	unit := t[n.j:]
	if n.kind == numPercent {
		unit = "%"
	}
	if unit != "%" && !amount.HasLetters(unit) {
		return kpiValue{raw: s}
	}
	return kpiValue{val: n.val, unit: unit, ok: true, raw: s}
}

// projectKey normalises a project name for matching a sentence's subject.
func projectKey(s string) string {
	s = template.Squash(s)
	for _, suffix := range []string{"项目绩效自评综述", "绩效自评综述", "项目绩效自评", "绩效自评", "项目"} {
		s = strings.TrimSuffix(s, suffix)
	}
	return s
}

// project finds the one 绩效自评表 a topic names: the names contain one
// another (信访维稳及部门日常管理经费 in 驻村扶贫、信访维稳及部门日常管理经费)
// and are long enough to mean something. A topic listing several projects
// (、 or 等) names none.
func (c *checker) project(topic string) *kpiTable {
	key := projectKey(topic)
	if len([]rune(key)) < 4 || amount.ContainsText(key, "、") || strings.HasSuffix(key, "等") || amount.ContainsText(key, "等项目") {
		return nil
	}
	var found *kpiTable
	for _, p := range c.kpis {
		if p.dept || p.norm == "" {
			continue
		}
		if p.norm == key || len([]rune(p.norm)) >= 4 && (amount.ContainsText(key, p.norm) || amount.ContainsText(p.norm, key)) {
			if found != nil && found.norm != p.norm {
				return nil // two projects: no guess
			}
			found = p
		}
	}
	return found
}

// deptSpending is the 部门整体 table's 执行数, as a quantity.
func (c *checker) deptSpending() *quantity {
	for _, k := range c.kpis {
		if k.dept && k.executed.ok {
			return &quantity{key: "kpi|部门整体|final", name: k.label, rule: RuleProject, project: k,
				cands: []cand{{val: k.executed.val, places: k.executed.places, ref: k.executed.ref, name: k.label + "执行数"}}}
		}
	}
	return nil
}

// projectLike finds the one 绩效自评表 whose name is close to a topic but
// neither holds the other ("汽车以旧换新补贴专项资金" for "2022 年度汽车以旧换新
// 专项行动补贴资金"): the shorter name's characters, years and digits left
// out, stand mostly in order in the longer one, a run of four of them
// together. No other table comes as close.
func (c *checker) projectLike(topic string) *kpiTable {
	key := bareName(projectKey(topic))
	keyRunes := []rune(key)
	if len(keyRunes) < 5 || listed(key) {
		return nil
	}
	var found *kpiTable
	best := 0
	for _, p := range c.kpis {
		if p.dept || p.norm == "" {
			continue
		}
		name, nameRunes := p.bareName()
		// The cheaper test first; both must hold.
		if !sharesRun(key, name, 4) {
			continue
		}
		score := inOrderRunes(keyRunes, nameRunes)
		if score*4 < 3*min(len(keyRunes), len(nameRunes)) {
			continue
		}
		switch {
		case score > best:
			found, best = p, score
		case score == best:
			found = nil // two as close: no guess
		}
	}
	return found
}

// projectsListed finds the 绩效自评表 of each project a listing subject
// names ("工业运行、园区建设等经费"): every name must name one table, each
// table once.
func (c *checker) projectsListed(topic string) []*kpiTable {
	key := projectKey(topic)
	parts := strings.Split(key, "、")
	if len(parts) < 2 {
		return nil
	}
	var out []*kpiTable
	for i, part := range parts {
		if i == len(parts)-1 {
			if k := strings.LastIndex(part, "等"); k > 0 {
				part = part[:k]
			}
		}
		p := c.project(part)
		if p == nil {
			return nil
		}
		for _, q := range out {
			if q == p {
				return nil
			}
		}
		out = append(out, p)
	}
	return out
}

// bareName is a name without digits and the year words around them.
func bareName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= '0' && r <= '9' || r == '年' || r == '度' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// inOrderRunes counts the characters of the shorter of a and b that stand in
// the same order in the longer.
func inOrderRunes(ra, rb []rune) int {
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	j, hit := 0, 0
	for _, r := range ra {
		for k := j; k < len(rb); k++ {
			if rb[k] == r {
				hit++
				j = k + 1
				break
			}
		}
	}
	return hit
}

// sharesRun tells whether a and b hold a common run of n characters.
func sharesRun(a, b string, n int) bool {
	// Each run of n characters of a, as a slice of a (no copy): a is
	// valid UTF-8 (a name or key already rebuilt rune by rune), so the
	// slice is the text string(runes) would give.
	var starts [64]int
	at := starts[:0]
	for i := range a {
		at = append(at, i)
	}
	at = append(at, len(a))
	for i := 0; i+n < len(at); i++ {
		if amount.ContainsText(b, a[at[i]:at[i+n]]) {
			return true
		}
	}
	return false
}

// core is an indicator name or a sentence's subject reduced for matching:
// brackets' contents, the leading verb and a trailing 数量/数 taken off,
// 规模以上 written 规上.
func core(s string) string {
	s = normaliseString(s)
	var b strings.Builder
	b.Grow(len(s))
	depth := 0
	for _, r := range s {
		switch r {
		case '(':
			depth++
			continue
		case ')':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	s = strings.ReplaceAll(b.String(), "规模以上", "规上")
	for _, p := range []string{"全区", "全市", "全县", "累计", "共", "新增", "建设", "新建", "创建", "完成", "举办", "组织", "开展", "推动", "实现", "达到", "达"} {
		s = strings.TrimPrefix(s, p)
	}
	for _, p := range []string{"达到", "达", "为", "共", "数量", "个数", "数"} {
		s = strings.TrimSuffix(s, p)
	}
	return s
}
