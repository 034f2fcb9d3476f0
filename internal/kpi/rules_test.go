package kpi

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"reportcheck/internal/catalog"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/workbook"
)

// TestCatalogue: one entry per rule ID, in ID order; every live rule has
// exactly one check, a title, an explanation and a severity; Rules gives
// the registry the same entries.
func TestCatalogue(t *testing.T) {
	ids := []string{RuleRate, RuleExecScore, RuleTotal, RuleTotalMax, RuleIndicatorSum, RuleScoreRange, RuleFormula,
		RuleMissedFull, RuleBand, RuleTarget, RuleActualRange, RuleDeviation, RuleReason, RuleTicks, RuleLevel2,
		RuleScoreMissing, RuleProfile, RuleWeightSum, RuleDeptSum, RuleProjects05, RuleDept05, RuleDeptTotal05,
		RuleProjectsDept, RuleBudgetMissing}
	if len(catalogue) != len(ids) {
		t.Fatalf("%d rules in the catalogue, %d IDs", len(catalogue), len(ids))
	}
	for i, r := range catalogue {
		if want := fmt.Sprintf("K%04d", i+1); r.ID != want || ids[i] != want {
			t.Errorf("entry %d is %s (constant %s), want %s", i, r.ID, ids[i], want)
		}
		if r.Title == "" || r.Doc == "" || r.Form != "kpi" {
			t.Errorf("%s: title %q, doc %q, form %q", r.ID, r.Title, r.Doc, r.Form)
		}
		switch r.Severity {
		case report.Error, report.Warning, report.Info:
		default:
			t.Errorf("%s: severity %q", r.ID, r.Severity)
		}
		if (r.Retired != "") != (r.table == nil && r.cross == nil) || (r.table != nil && r.cross != nil) {
			t.Errorf("%s: a live rule has exactly one check, a retired one none", r.ID)
		}
		if got, ok := ruleByID(r.ID); !ok || got != r {
			t.Errorf("ruleByID(%s) = %v, %v", r.ID, got, ok)
		}
	}
	rules := Rules()
	for i, r := range rules {
		if r != catalogue[i].Rule {
			t.Errorf("Rules()[%d] = %+v, want %+v", i, r, catalogue[i].Rule)
		}
	}
	if _, err := catalog.New(rules); err != nil {
		t.Error(err)
	}
	if _, ok := ruleByID("K9999"); ok {
		t.Error("ruleByID found an unknown rule")
	}
}

// TestProfileOverrides: a profile's severity replaces the rule's (not a
// downgrade the check made), and a disabled rule reports nothing while the
// finding it would explain is still filed under it.
func TestProfileOverrides(t *testing.T) {
	seed, err := readFile("testdata/seed.kpi")
	if err != nil {
		t.Fatal(err)
	}
	// 科技管理工作经费's 执行数 changed alone: K0020 names it, K0001 follows.
	text := mut(seed, "B 13|13|100%|20", "B 13|15|100%|20")
	book := render(parseFixture(t, text), layouts[0])
	tables := tables05("6050.66", "1190.74", "4859.92")

	p := profile.Hubei()
	p.Severity = map[string]string{RuleRate: "info", RuleTotal: "warning"}
	fs, _, _ := Check(book, tables, p)
	bySeverity := map[string]string{}
	for _, f := range fs {
		bySeverity[f.Rule+" "+string(f.Severity)] = f.Cell
	}
	for _, k := range []string{"K0001 info", "K0003 warning", "K0020 error"} {
		if _, ok := bySeverity[k]; !ok {
			t.Errorf("no %s finding: %v", k, bySeverity)
		}
	}

	p = profile.Hubei()
	p.Disabled = []string{RuleProjects05, RuleTotal}
	fs, _, _ = Check(book, tables, p)
	rates := 0
	for _, f := range fs {
		if f.Rule == RuleRate {
			rates++
		}
		if f.Rule == RuleProjects05 || f.Rule == RuleTotal {
			t.Errorf("disabled rule reported: %s %s", f.Rule, f.Message)
		}
		// K0020 disabled: its comparison is not trusted, so K0001 stays at
		// its own cell and names no cause the clerk cannot see.
		if f.Rule == RuleRate && (f.Consequence || f.Cause != "" || strings.Contains(f.Message, "应是执行数有误")) {
			t.Errorf("K0001 filed under the disabled K0020: %+v", f)
		}
	}
	if rates == 0 {
		t.Error("no K0001 finding with K0020 disabled")
	}
}

// A clean Hubei project table: every check passes.
const hubeiProject = `
T project|测试项目
K 项目类别|1、部门预算项目 ☑ 2、区级专项 □ 3、专项转移支付项目 □
K 项目属性|1、持续性项目 ☑ 2、新增性项目 □
K 项目类型|1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □
B 13|13|100%|20
I 产出指标|数量指标|培训场次|23 场|23 场|20
I 产出指标|质量指标|考核合格率|100%|100%|20
I 产出指标|时效指标|发放及时率|100%|100%|10
I 效益指标|社会效益指标|提升组织能力|效果显著|效果显著|10
I 满意度指标|服务对象满意度指标|服务对象满意度|≥90%|95%|20
S 100
`

type want struct {
	rule, cell string
}

func mut(base string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(base, pairs[i]) {
			panic("fixture has no " + pairs[i])
		}
		base = strings.Replace(base, pairs[i], pairs[i+1], 1)
	}
	return base
}

func checkWant(t *testing.T, where string, book *workbook.Book, fs []report.Finding, ws []want) {
	t.Helper()
	var got, exp []string
	for _, f := range fs {
		got = append(got, f.Rule)
		r, ok := ruleByID(f.Rule)
		if !ok || f.Title != r.Title || f.Form != "kpi" || f.Message == "" || f.Sheet == "" || f.Cell == "" {
			t.Errorf("%s: malformed finding %+v", where, f)
		}
	}
	for _, w := range ws {
		exp = append(exp, w.rule)
	}
	sort.Strings(got)
	sort.Strings(exp)
	if strings.Join(got, ",") != strings.Join(exp, ",") {
		for _, f := range fs {
			t.Logf("%s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message)
		}
		t.Fatalf("%s: rules %v, want %v", where, got, exp)
	}
	for _, w := range ws {
		if w.cell == "" {
			continue
		}
		found := false
		for _, f := range fs {
			if f.Rule != w.rule {
				continue
			}
			if text := cellText(book, f.Sheet, f.Cell); strings.Contains(halfWidth.Replace(text), w.cell) || (w.rule == "K0002" && strings.HasPrefix(halfWidth.Replace(text), w.cell)) {
				found = true
			}
		}
		if !found {
			for _, f := range fs {
				if f.Rule == w.rule {
					t.Errorf("%s: %s at %s!%s (%q), want a cell holding %q", where, w.rule, f.Sheet, f.Cell, cellText(book, f.Sheet, f.Cell), w.cell)
				}
			}
		}
	}
}

func cellText(book *workbook.Book, sheet, cell string) string {
	r, c, ok := workbook.ParseCellName(cell)
	if !ok {
		return ""
	}
	for _, sh := range book.Sheets {
		if sh.Name == sheet {
			return sh.Value(r, c)
		}
	}
	return ""
}

// forLayout drops cell-content expectations a layout changes: amounts in 元
// and rates stored as fractions.
func forLayout(ws []want, l layout) []want {
	out := append([]want{}, ws...)
	for i := range out {
		if l.yuan || (l.frac && out[i].rule == RuleRate) {
			out[i].cell = ""
		}
	}
	return out
}
