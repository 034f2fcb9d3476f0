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
}

// indicators reads the table's indicator rows, once.
func (kt *kpiTable) indicators() []kpiIndicator {
	if kt.inds == nil && kt.src != nil {
		t := kt.src
		kt.inds = make([]kpiIndicator, 0, len(t.Indicators))
		for _, in := range t.Indicators {
			kt.inds = append(kt.inds, kpiIndicator{name: in.Name.Text, core: core(in.Name.Text),
				target: parseKPIValue(in.Target.Text), actual: parseKPIValue(in.Actual.Text),
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
	if len([]rune(key)) < 4 || strings.Contains(key, "、") || strings.HasSuffix(key, "等") || strings.Contains(key, "等项目") {
		return nil
	}
	var found *kpiTable
	for _, p := range c.kpis {
		if p.dept || p.norm == "" {
			continue
		}
		if p.norm == key || len([]rune(p.norm)) >= 4 && (strings.Contains(key, p.norm) || strings.Contains(p.norm, key)) {
			if found != nil && found.norm != p.norm {
				return nil // two projects: no guess
			}
			found = p
		}
	}
	return found
}

// core is an indicator name or a sentence's subject reduced for matching:
// brackets' contents, the leading verb and a trailing 数量/数 taken off,
// 规模以上 written 规上.
func core(s string) string {
	s = normaliseString(s)
	var b strings.Builder
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
