package narrative

import (
	"strings"

	"reportcheck/internal/amount"
)

// indicator compares a figure the narrative gives for a KPI indicator
// ("新增创新街区面积 8.9 万平方米") with the 绩效自评表: the subject must
// name the indicator (the same words once brackets, the leading verb and a
// trailing 数量 are taken off) and the unit must be the indicator's. Equal
// to the actual value of any indicator so named, it agrees.
func (pc *paraCtx) indicator(n num, from int, pre string) {
	if n.approx || len(pc.c.kpis) == 0 {
		return
	}
	subj, _ := pc.c.subject(pre)
	key := core(subj)
	if len([]rune(key)) < 4 {
		return
	}
	after := pc.t.s[n.j:]
	var hit *kpiIndicator
	own := pc.c.project(pc.head) // the paragraph's project: its table is named first
	for _, k := range pc.c.kpis {
		inds := k.indicators()
		for i := range inds {
			in := &inds[i]
			if in.core != key || !in.actual.ok || !strings.HasPrefix(after, in.actual.unit) {
				continue
			}
			if in.actual.val.Equal(n.val) {
				pc.c.traced("indicator", pc.para, pc.t, from, n.end, true)
				return
			}
			if hit == nil || k == own && hit.project != k.name {
				hit = in
			}
		}
	}
	if hit == nil {
		return
	}
	quote := pc.t.quote(from, n.end)
	pc.c.emit(RuleIndicator, pc.para, quote, []string{hit.ref}, hit.actual.val.String(), n.lit, n.val.Sub(hit.actual.val).String(),
		"与"+hit.table+"指标“"+hit.name+"”的实际完成值 "+strings.TrimSpace(hit.actual.raw)+"（年初目标值 "+strings.TrimSpace(hit.target.raw)+"，"+hit.ref+"）不一致")
}

// score compares "自评得分 98 分" with the 总分 of the 绩效自评表 the
// paragraph is about.
func (pc *paraCtx) score(n num, from int, pre string) {
	c := pc.c
	ok := false
	for _, w := range []string{"自评得分", "得分", "总分", "评分", "自评分"} {
		for _, x := range []string{"", "为", "是"} {
			ok = ok || strings.HasSuffix(pre, w+x)
		}
	}
	if !ok || n.approx {
		return
	}
	var t *kpiTable
	if amount.ContainsText(pc.t.s[:n.i], "部门整体") || amount.ContainsText(pc.t.s[:n.i], "整体支出") {
		for _, k := range c.kpis {
			if k.dept {
				t = k
			}
		}
	} else {
		topic, _ := c.subject(pre)
		if generic(topic) || strings.HasSuffix(topic, "自评") || strings.HasSuffix(topic, "得分") {
			topic = pc.head
		}
		t = c.project(topic)
		if t == nil {
			t = c.project(pc.head)
		}
	}
	if t == nil || !t.total.ok || t.total.val.Equal(n.val) {
		return
	}
	quote := pc.t.quote(from, n.end)
	c.emit(RuleScore, pc.para, quote, []string{t.total.ref}, t.total.val.String(), n.lit, n.val.Sub(t.total.val).String(),
		"与"+t.label+"总分 "+t.total.val.String()+" 分（"+t.total.ref+"）不符")
}
