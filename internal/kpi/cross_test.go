package kpi

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
)

// tables05 builds the 合计 row of a 公开05表 (and optionally 03表) by hand.
func tables05(all, basic, project string, with03 ...string) *locate.Result {
	mk := func(form, sheet string, vals ...string) *locate.Table {
		row := &locate.Row{Key: "合计", SheetRow: 7, Cells: map[string]*locate.Cell{}}
		for i, v := range vals {
			a := amount.Parse(v)
			row.Cells[[]string{"本年支出合计", "基本支出", "项目支出"}[i]] = &locate.Cell{Sheet: sheet, Ref: string(rune('C'+i)) + "7", Value: a, Wan: a.Dec, Places: a.Places}
		}
		return &locate.Table{Form: form, Code: form, Sheet: sheet, Unit: amount.WanYuan, Rows: []*locate.Row{row}}
	}
	res := &locate.Result{Tables: []*locate.Table{mk("05", "公开05表", all, basic, project)}}
	if len(with03) == 3 {
		res.Tables = append(res.Tables, mk("03", "公开03表", with03...))
	}
	return res
}

func TestCross(t *testing.T) {
	seed, err := readFile("testdata/seed.kpi")
	if err != nil {
		t.Fatal(err)
	}
	ok05 := tables05("6050.66", "1190.74", "4859.92")
	cases := []struct {
		name   string
		text   string
		tables *locate.Result
		want   []want
		// cause: the K0020 finding should point at this project's 执行数.
		culprit string
	}{
		{name: "seed agrees with 05", text: seed, tables: ok05},
		{name: "05 differs but 03 agrees", text: seed, tables: tables05("6050.66", "1190.74", "4800", "6050.66", "1190.74", "4859.92")},
		{name: "project 执行数 changed alone", text: mut(seed, "B 13|13|100%|20", "B 13|15|100%|20"), tables: ok05,
			want: []want{{"K0001", "15"}, {"K0020", "15"}}, culprit: "科技管理工作经费"},
		{name: "no tables: project 执行数 changed alone", text: mut(seed, "B 13|13|100%|20", "B 13|15|100%|20"), tables: nil,
			want: []want{{"K0001", "15"}, {"K0023", "15"}}},
		{name: "project 预算数 and 执行数 changed together", text: mut(seed, "B 13|13|100%|20", "B 15|15|100%|20"), tables: ok05,
			want: []want{{"K0020", ""}}},
		{name: "dept 项目支出总额 off", text: mut(seed, "D 1190.74|4859.92", "D 1190.74|4895.92"), tables: ok05,
			want: []want{{"K0019", "6050.66"}, {"K0021", "4895.92"}}},
		{name: "dept 执行数 off, rate kept", text: mut(seed, "B 6050.66|6050.66|100%|20", "B 6050.66|6005.66|100%|20"), tables: ok05,
			want: []want{{"K0001", "6005.66"}, {"K0022", "6005.66"}}},
		{name: "dept 执行数 off", text: mut(seed, "B 6050.66|6050.66|100%|20", "B 6050.66|6005.66|99.26%|19.85", "S 98\n\nT project|科技管理", "S 97.85\n\nT project|科技管理"), tables: ok05,
			want: []want{{"K0022", "6005.66"}}},
		{name: "no tables: projects against the dept table", text: mutLast(mut(seed, "B 100|100|100%|20", "B 100|90|90%|18"), "S 100", "S 98\nR 未全部兑现|加快兑现"), tables: nil,
			want: []want{{"K0023", "4859.92"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tabs := parseFixture(t, tc.text)
			for _, l := range layouts {
				book := render(tabs, l)
				fs, _, _ := Check(book, tc.tables, profile.Hubei())
				// Only errors and the cross rules: the seed's own warnings and
				// its two wrong totals are tested elsewhere.
				var kept = fs[:0:0]
				for _, f := range fs {
					if strings.HasPrefix(f.Rule, "K00") && (f.Rule == "K0001" || f.Rule >= "K0019" && f.Rule <= "K0023") {
						kept = append(kept, f)
					}
				}
				checkWant(t, l.name, book, kept, forLayout(tc.want, l))
				if tc.culprit != "" {
					for _, f := range kept {
						if f.Rule == RuleProjects05 && !strings.HasPrefix(halfWidth.Replace(cellText(book, f.Sheet, f.Cell)), "15") {
							t.Errorf("%s: K0020 at %s!%s, want the changed 执行数", l.name, f.Sheet, f.Cell)
						}
						if f.Rule == RuleRate && !f.Consequence {
							t.Errorf("%s: K0001 should be marked as a consequence of K0020", l.name)
						}
					}
				}
			}
		})
	}
}

func mutLast(s, old, new string) string {
	i := strings.LastIndex(s, old)
	if i < 0 {
		panic("fixture has no " + old)
	}
	return s[:i] + new + s[i+len(old):]
}

func TestUnitHint(t *testing.T) {
	if h := unitHint(decimal.RequireFromString("13"), decimal.RequireFromString("130000")); h == "" {
		t.Error("no unit hint for a factor 10000")
	}
	if h := unitHint(decimal.RequireFromString("13"), decimal.RequireFromString("14")); h != "" {
		t.Error("unit hint for an ordinary difference")
	}
}
