package catalog

import (
	"strings"
	"testing"

	"reportcheck/internal/report"
)

var (
	tableRules = []Rule{
		{ID: "T0102", Severity: report.Error, Title: "收入总计", Form: "01"},
		{ID: "T0101", Severity: report.Error, Title: "本年收入合计", Form: "01"},
		{ID: "S0013", Severity: report.Warning, Title: "表格结构无法识别", Retired: "由识别说明代替"},
	}
	kpiRules = []Rule{
		{ID: "K0001", Severity: report.Error, Title: "执行率与预算数、执行数不符", Form: "kpi"},
		{ID: "K0002", Severity: report.Info, Title: "预算执行得分计算错误", Form: "kpi"},
	}
)

// TestNew: the groups become one registry, sorted by ID, retired rules
// included.
func TestNew(t *testing.T) {
	reg, err := New(tableRules, kpiRules)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range reg.All() {
		ids = append(ids, r.ID)
	}
	if got, want := strings.Join(ids, " "), "K0001 K0002 S0013 T0101 T0102"; got != want {
		t.Errorf("All() = %s, want %s", got, want)
	}
	r, ok := reg.Lookup("T0101")
	if !ok || r.Title != "本年收入合计" || r.Form != "01" {
		t.Errorf("Lookup(T0101) = %+v, %v", r, ok)
	}
	if r, ok := reg.Lookup("S0013"); !ok || r.Retired == "" {
		t.Errorf("Lookup(S0013) = %+v, %v: a retired rule stays listed", r, ok)
	}
	if _, ok := reg.Lookup("T9999"); ok {
		t.Error("Lookup found an unknown rule")
	}
}

// TestAllIsACopy: a caller cannot reorder or edit the registry.
func TestAllIsACopy(t *testing.T) {
	reg, err := New(kpiRules)
	if err != nil {
		t.Fatal(err)
	}
	all := reg.All()
	all[0].Title = "改过"
	all[0], all[1] = all[1], all[0]
	if again := reg.All(); again[0].ID != "K0001" || again[0].Title != kpiRules[0].Title {
		t.Errorf("All() shares its slice: %+v", again)
	}
}

// TestNewEmpty: no rules is an empty registry, not an error.
func TestNewEmpty(t *testing.T) {
	reg, err := New()
	if err != nil || len(reg.All()) != 0 {
		t.Errorf("New() = %v, %v", reg.All(), err)
	}
}

// TestNewRefusesABrokenCatalogue: a programming error is reported, never
// shipped.
func TestNewRefusesABrokenCatalogue(t *testing.T) {
	for _, c := range []struct {
		name  string
		rules []Rule
		err   string
	}{
		{"no ID", []Rule{{Severity: report.Error, Title: "无编号"}}, "lacks an ID or title"},
		{"no title", []Rule{{ID: "K0001", Severity: report.Error}}, "lacks an ID or title"},
		{"duplicate across groups", append(append([]Rule{}, kpiRules...), kpiRules[0]), "duplicate rule ID K0001"},
		{"no severity", []Rule{{ID: "K0001", Title: "执行率"}}, "no valid severity"},
		{"unknown severity", []Rule{{ID: "K0001", Title: "执行率", Severity: "fatal"}}, "no valid severity"},
	} {
		t.Run(c.name, func(t *testing.T) {
			reg, err := New(c.rules)
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("New = %v, %v; want an error with %q", reg, err, c.err)
			}
		})
	}
}
