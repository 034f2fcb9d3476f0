package kpi

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/workbook"
)

var halfWidth = strings.NewReplacer("０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9", "．", ".")

// key is a finding without its place, to compare layouts.
func key(f report.Finding, withMsg bool) string {
	k := f.Rule + " " + string(f.Severity) + " " + f.Expected + " " + f.Actual + " " + f.Diff
	if withMsg {
		k += " " + f.Message
	}
	// Layouts that store numbers as full-width text quote them as written.
	return halfWidth.Replace(k)
}

func keys(fs []report.Finding, withMsg bool) []string {
	var out []string
	for _, f := range fs {
		out = append(out, key(f, withMsg))
	}
	sort.Strings(out)
	return out
}

// TestSeedLayouts: the seed's twelve tables give the same findings and the
// same score sheet in every layout.
func TestSeedLayouts(t *testing.T) {
	tabs := readFixture(t, "seed.kpi")
	base, baseSheets, _ := Check(render(tabs, layouts[0]), nil, profile.Hubei())
	for _, l := range layouts[1:] {
		t.Run(l.name, func(t *testing.T) {
			got, sheets, rec := Check(render(tabs, l), nil, profile.Hubei())
			if len(rec) != 12 {
				t.Fatalf("recognised %d tables, want 12", len(rec))
			}
			withMsg := !l.yuan
			a, b := keys(base, withMsg), keys(got, withMsg)
			if l.yuan {
				// Amounts differ by unit; everything else must agree.
				a, b = keys(filterOut(base, RuleRate, RuleDeptSum), false), keys(filterOut(got, RuleRate, RuleDeptSum), false)
			}
			if strings.Join(a, "\n") != strings.Join(b, "\n") {
				t.Errorf("findings differ from %s:\n--- %s\n%s\n--- %s\n%s", layouts[0].name, layouts[0].name, strings.Join(a, "\n"), l.name, strings.Join(b, "\n"))
			}
			for i := range sheets {
				x, y := baseSheets[i], sheets[i]
				if x.Name != y.Name || x.PrintedTotal != y.PrintedTotal || x.RecomputedTotal != y.RecomputedTotal || x.IndicatorCount != y.IndicatorCount || x.ExecutionScore != y.ExecutionScore {
					t.Errorf("sheet %d differs: %+v vs %+v", i, x, y)
				}
			}
		})
	}
}

func filterOut(fs []report.Finding, ids ...string) []report.Finding {
	var out []report.Finding
next:
	for _, f := range fs {
		for _, id := range ids {
			if f.Rule == id {
				continue next
			}
		}
		out = append(out, f)
	}
	return out
}

// TestSeedErrorsOnlyWhereArithmeticFails: on the seed, the only errors are
// the two 总分 that do not add up; the score sheet shows every table.
func TestSeedErrorsOnlyWhereArithmeticFails(t *testing.T) {
	tabs := readFixture(t, "seed.kpi")
	for _, p := range []*profile.Profile{profile.Hubei()} {
		fs, sheets, _ := Check(render(tabs, layouts[0]), nil, p)
		var errs []string
		for _, f := range fs {
			if f.Severity == report.Error {
				errs = append(errs, f.Rule+" "+f.Message)
			}
		}
		want := []string{
			"K0003 绩效自评表（科技管理工作经费）总分应为 执行得分 20 + 指标得分合计 72 = 92，实为 98，差 6",
			"K0003 绩效自评表（科技专项工作经费）总分应为 执行得分 20 + 指标得分合计 77 = 97，实为 99，差 2",
		}
		if strings.Join(errs, "\n") != strings.Join(want, "\n") {
			t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
		}
		var got []string
		for _, s := range sheets {
			got = append(got, fmt.Sprintf("%s %s/%s", s.Name, s.PrintedTotal, s.RecomputedTotal))
		}
		wantSheets := []string{
			"江岸区科经局 98/98", "科技管理工作经费 98/92", "科技专项工作经费 99/97", "工业运行工作经费 98/98",
			"园区建设工作经费 98/98", "驻村扶贫、信访维稳及部门日常管理经费 99/99", "科技支出资金 98/98",
			"2022 年度中央和省级专项发展资金 100/100", "2023 年省级制造业高质量发展专项资金 100/100",
			"2023 年园区奖励资金 100/100", "2022 年度汽车以旧换新专项行动补贴资金 100/100", "工业小进规奖励资金 100/100",
		}
		if strings.Join(got, "\n") != strings.Join(wantSheets, "\n") {
			t.Errorf("score sheet:\n%s", strings.Join(got, "\n"))
		}
	}
}

// TestSeedXLSX: the same findings after a round trip through a real .xlsx.
func TestSeedXLSX(t *testing.T) {
	tabs := readFixture(t, "seed.kpi")
	for _, l := range []layout{layouts[0], layouts[2]} {
		book := render(tabs, l)
		data, err := gridbook.XLSX(book)
		if err != nil {
			t.Fatal(err)
		}
		opened, err := workbook.Open(data, workbook.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		a, _, _ := Check(book, nil, profile.Hubei())
		b, _, _ := Check(opened, nil, profile.Hubei())
		ka, kb := keys(a, true), keys(b, true)
		if strings.Join(ka, "\n") != strings.Join(kb, "\n") {
			t.Errorf("%s: findings change through XLSX:\n%s\n---\n%s", l.name, strings.Join(ka, "\n"), strings.Join(kb, "\n"))
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files")

// TestSeedGolden pins the recomputed score sheet of the seed (JSON "kpi").
func TestSeedGolden(t *testing.T) {
	tabs := readFixture(t, "seed.kpi")
	_, sheets, _ := Check(render(tabs, layouts[0]), nil, profile.Hubei())
	got, err := json.MarshalIndent(sheets, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	const path = "testdata/seed.golden.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("score sheet differs from %s; rerun with -update and review the diff", path)
	}
}

// TestProfilesChangeScoring: one table without printed points, scored under
// each profile: the execution score follows the profile's weight.
func TestProfilesChangeScoring(t *testing.T) {
	text := mut(hubeiProject, "B 13|13|100%|20", "B 100|90|90%|18\nP -|-", "S 100", "S 98\nR 年底未付|加快支付")
	tabs := parseFixture(t, text)
	for _, tc := range []struct {
		p    *profile.Profile
		exec string
		errs []string
	}{
		{profile.Hubei(), "18", nil},
		{profile.Central(), "9", []string{"K0002", "K0005"}},
	} {
		fs, sheets, _ := Check(render(tabs, layouts[0]), nil, tc.p)
		if sheets[0].ExecutionScore != tc.exec {
			t.Errorf("%s: execution score %s, want %s", tc.p.ID, sheets[0].ExecutionScore, tc.exec)
		}
		var errs []string
		for _, f := range fs {
			if f.Severity == report.Error {
				errs = append(errs, f.Rule)
			}
		}
		sort.Strings(errs)
		if strings.Join(errs, ",") != strings.Join(tc.errs, ",") {
			t.Errorf("%s: errors %v, want %v", tc.p.ID, errs, tc.errs)
		}
	}
}

// TestSeedInjected: realistic errors injected into the seed are found at
// their cell, in every layout, and nothing else turns into an error.
func TestSeedInjected(t *testing.T) {
	seed, err := readFile("testdata/seed.kpi")
	if err != nil {
		t.Fatal(err)
	}
	known := []want{{"K0003", "98"}, {"K0003", "99"}} // the seed's own two wrong totals
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"total off", mut(seed, "B 2.25|2.25|100%|20", "B 2.25|2.25|100%|20", "规上工业企业满意度|≥90%|≥90%|10\nS 98", "规上工业企业满意度|≥90%|≥90%|10\nS 96"),
			[]want{{"K0003", "96"}}},
		{"rate does not follow", mut(seed, "B 49.45|49.45|100%|20", "B 49.45|49.45|98%|20"), []want{{"K0001", "98"}}},
		{"execution score does not follow", mut(seed, "B 3131.2|3131.2|100%|20", "B 3131.2|3100|99%|20"), []want{{"K0002", "20"}}},
		{"indicator raised, total kept", mut(seed, "科技型中小企业入库数量|660 家|751 家|2", "科技型中小企业入库数量|660 家|751 家|5"),
			[]want{{"K0003", "5"}, {"K0005", "5"}}},
		{"deleted indicator row", mut(seed, "I 产出指标|质量指标|资金使用合规性|100%|100%|10\n", ""), []want{{"K0003", "100"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, l := range layouts {
				book := render(parseFixture(t, tc.text), l)
				fs, _, _ := Check(book, nil, profile.Hubei())
				var errs = fs[:0:0]
				for _, f := range fs {
					if f.Severity == report.Error {
						errs = append(errs, f)
					}
				}
				checkWant(t, l.name, book, errs, forLayout(append(append([]want{}, known...), tc.want...), l))
			}
		})
	}
}
