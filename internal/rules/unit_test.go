package rules

import (
	"strings"
	"testing"

	"reportcheck/internal/locate"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/layout"
)

// TestUnitCauseFoldsEveryError: in every S0016 fixture that names a table,
// each 错误 of the draft is that cause or filed under it — the table's
// cross-table and (unit-free) internal comparisons alike — in every layout.
func TestUnitCauseFoldsEveryError(t *testing.T) {
	ff := loadFixture(t, "testdata/S0016.txt")
	for _, c := range ff.cases {
		if len(c.wants) == 0 {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			for _, l := range layout.All() {
				if l.Name == "yuan" {
					continue // restates 万元 labels only: a different draft
				}
				book, _ := l.Apply(c.book)
				fs := runCase(book, profile.Default())
				causes := map[string]bool{}
				for _, f := range fs {
					if f.Rule == "S0016" {
						if f.Consequence || f.Cause == "" || f.Cause != f.Sheet+"!"+f.Cell {
							t.Errorf("%s: cause %+v", l.Name, f)
						}
						causes[f.Cause] = true
					}
				}
				if len(causes) != len(c.wants) {
					t.Errorf("%s: %d causes, want %d", l.Name, len(causes), len(c.wants))
				}
				for i, f := range fs {
					if f.Severity != report.Error || f.Rule == "S0016" {
						continue
					}
					if !f.Consequence || !causes[f.Cause] {
						t.Errorf("%s: %s %s!%s not filed under a unit: %s", l.Name, f.Rule, f.Sheet, f.Cell, f.Message)
					}
					// A consequence follows its cause in the list.
					lead := -1
					for j := range fs {
						if fs[j].Cause == f.Cause && !fs[j].Consequence {
							lead = j
						}
					}
					if lead < 0 || lead > i {
						t.Errorf("%s: %s %s!%s listed before its cause", l.Name, f.Rule, f.Sheet, f.Cell)
					}
				}
			}
		})
	}
}

func caseNamed(t *testing.T, name string) fixtureCase {
	t.Helper()
	for _, c := range loadFixture(t, "testdata/S0016.txt").cases {
		if c.name == name {
			return c
		}
	}
	t.Fatalf("no case %q", name)
	return fixtureCase{}
}

func unitFinding(t *testing.T, fs []report.Finding) report.Finding {
	t.Helper()
	var out []report.Finding
	for _, f := range fs {
		if f.Rule == "S0016" {
			out = append(out, f)
		}
	}
	if len(out) != 1 {
		t.Fatalf("%d S0016 findings, want 1", len(out))
	}
	return out[0]
}

// TestUnitCauseSays: the message names the unit the amounts seem to be in,
// the label, the tables compared and the factor; expected and actual are
// the factor (1 against 10^n).
func TestUnitCauseSays(t *testing.T) {
	for _, tc := range []struct {
		name, unit, label, tables, factor, actual string
	}{
		{"fail: 05 filled in 元", "似乎以元填列", "表头标为万元", "与公开03表、公开04表、公开06表比较", "相差 10000 倍（本表偏大）", "10000"},
		{"fail: 05 labelled 元, filled in 万元", "似乎以万元填列", "表头标为元", "与公开04表、公开06表比较", "相差 10000 倍（本表偏小）", "0.0001"},
		{"fail: 05 filled in 千元", "似乎以千元填列", "表头标为万元", "", "相差 10 倍", "10"},
		{"fail: 03 filled in 亿元", "似乎以亿元填列", "表头标为万元", "与公开01表、公开05表比较", "相差 10000 倍（本表偏小）", "0.0001"},
		{"fail: 07 filled in 元", "似乎以元填列", "", "与公开04表比较", "", "10000"},
		{"fail: 09 labelled 元, filled in 万元", "似乎以万元填列", "表头标为元", "与公开06表比较", "", "0.0001"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := unitFinding(t, runCase(caseNamed(t, tc.name).book, profile.Default()))
			for _, want := range []string{tc.unit, tc.label, tc.tables, tc.factor} {
				if !strings.Contains(f.Message, want) {
					t.Errorf("message %q lacks %q", f.Message, want)
				}
			}
			if f.Expected != "1" || f.Actual != tc.actual || f.Diff != "" || f.Severity != report.Error {
				t.Errorf("expected %q actual %q diff %q severity %s", f.Expected, f.Actual, f.Diff, f.Severity)
			}
			if len(f.Cells) == 0 {
				t.Error("no related cell in the tables compared")
			}
		})
	}
}

// TestUnitCauseAndLabelMix: a label that contradicts the numbers also makes
// the units differ (S0004, 提示): the same mistake, filed under the cause.
func TestUnitCauseAndLabelMix(t *testing.T) {
	fs := runCase(caseNamed(t, "fail: 05 labelled 元, filled in 万元").book, profile.Default())
	cause := unitFinding(t, fs)
	found := false
	for _, f := range fs {
		if f.Rule == "S0004" {
			found = true
			if f.Cause != cause.Cause || !f.Consequence {
				t.Errorf("S0004 not filed under the unit: %+v", f)
			}
		}
	}
	if !found {
		t.Error("no S0004")
	}
}

// TestUnitCauseWithoutLabel: a table with no unit label is read in 万元.
func TestUnitCauseWithoutLabel(t *testing.T) {
	c := caseNamed(t, "fail: 05 filled in 元")
	book := layout.Clone(c.book)
	if err := setCell(book, "05!E3", ""); err != nil {
		t.Fatal(err)
	}
	res := locate.Find(book)
	if tb := res.Table("05"); tb == nil || tb.UnitCell != "" {
		t.Fatalf("05 still has a unit label")
	}
	f := unitFinding(t, Evaluate(res, profile.Default()))
	if !strings.Contains(f.Message, "表头未写明金额单位（按万元核对）") || f.Cell == "" {
		t.Errorf("%s: %s", f.Cell, f.Message)
	}
}

// TestUnitCauseDisabled: a profile without S0016 gets the comparisons as
// they are, each on its own, the factor said in their messages.
func TestUnitCauseDisabled(t *testing.T) {
	p := profile.Default()
	p.Disabled = append(append([]string{}, p.Disabled...), "S0016")
	for _, f := range runCase(caseNamed(t, "fail: 05 filled in 元").book, p) {
		if f.Rule == "S0016" || f.Cause == "05!E3" {
			t.Errorf("disabled S0016 still files: %+v", f)
		}
		if f.Rule == "X0009" && !strings.Contains(f.Message, "两表金额相差 10000 倍") {
			t.Errorf("X0009 does not say the factor: %s", f.Message)
		}
	}
}

// TestUnitFactorWithoutCause: two tables alone, 10000 apart: neither is
// blamed, and the comparison says the factor.
func TestUnitFactorWithoutCause(t *testing.T) {
	n := 0
	for _, f := range runCase(caseNamed(t, "pass: two tables cannot say which").book, profile.Default()) {
		if f.Rule == "X0001" {
			n++
			if !strings.Contains(f.Message, "两表金额相差 10000 倍，可能有一张表的金额单位标错") || f.Consequence {
				t.Errorf("X0001: %+v", f)
			}
		}
	}
	if n == 0 {
		t.Error("no X0001")
	}
}

// TestAttach: a 绩效自评表 finding against a table's amounts that differ by
// the table's factor is filed under its unit and placed in its group; others
// are kept as they were, after.
func TestAttach(t *testing.T) {
	table := []report.Finding{
		{Rule: "S0016", Severity: report.Error, Sheet: "05 表", Cell: "E3", Cause: "05 表!E3", Actual: "10000", Expected: "1"},
		{Rule: "X0009", Severity: report.Error, Sheet: "05 表", Cell: "C7", Cause: "05 表!E3", Consequence: true},
		{Rule: "T0101", Severity: report.Error, Sheet: "01", Cell: "C7"},
	}
	others := []report.Finding{
		{Rule: "K0003", Severity: report.Error, Sheet: "附件", Cell: "G89", Expected: "92", Actual: "98"},
		{Rule: "K0021", Severity: report.Error, Sheet: "附件", Cell: "C4", Cells: []string{"'05 表'!D7"}, Expected: "11907400", Actual: "1190.74"},
		{Rule: "K0020", Severity: report.Error, Sheet: "05 表", Cell: "E7", Expected: "48599200", Actual: "4859.9212"},
		{Rule: "K0022", Severity: report.Error, Sheet: "附件", Cell: "E6", Cells: []string{"05 表!C7"}, Expected: "60506600", Actual: "6050.70"},
		{Rule: "K0021", Severity: report.Error, Sheet: "附件", Cell: "F4", Cells: []string{"05 表!E7"}, Expected: "x", Actual: "1"},
	}
	got := Attach(table, others)
	var order []string
	for _, f := range got {
		mark := ""
		if f.Consequence {
			mark = "↳"
		}
		order = append(order, mark+f.Rule+" "+f.Cell)
	}
	want := "S0016 E3|↳X0009 C7|↳K0021 C4|↳K0020 E7|T0101 C7|K0003 G89|K0022 E6|K0021 F4"
	if strings.Join(order, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(order, "|"), want)
	}
	if n := len(Attach(table[2:], others)); n != 6 {
		t.Errorf("without a cause: %d findings", n)
	}
}
