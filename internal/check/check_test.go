package check

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"reportcheck/internal/profile"
	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/testkit/hostile"
)

func miniXLSX(tb testing.TB) []byte {
	tb.Helper()
	text, err := os.ReadFile("../rules/testdata/mini.txt")
	if err != nil {
		tb.Fatal(err)
	}
	data, err := gridbook.XLSX(gridbook.Parse(string(text)))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func TestRunCleanWorkbook(t *testing.T) {
	rep := Run("mini.xlsx", miniXLSX(t), profile.Default(), Options{})
	if rep.Error != nil {
		t.Fatalf("error %+v", rep.Error)
	}
	if len(rep.Tables) < 9 || rep.Department != "测试单位" || rep.Year != "2023" || len(rep.Missing) != 0 {
		t.Errorf("tables %d dept %q year %q missing %v", len(rep.Tables), rep.Department, rep.Year, rep.Missing)
	}
	for _, f := range rep.Findings {
		t.Errorf("unexpected finding %s %s!%s %s", f.Rule, f.Sheet, f.Cell, f.Message)
	}
	if rep.ExitCode() != 0 {
		t.Errorf("exit code %d", rep.ExitCode())
	}
}

func TestRunBadFileIsAReportNotAPanic(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":  nil,
		"csv":    []byte("a,b\n1,2\n"),
		"ole2":   append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...),
		"cutzip": miniXLSX(t)[:2000],
	} {
		rep := Run(name, data, nil, Options{})
		if rep.Error == nil || rep.Error.Code == "" || rep.Error.Message == "" || rep.ExitCode() != 2 {
			t.Errorf("%s: got %+v", name, rep.Error)
		}
	}
}

func TestProgressIsReported(t *testing.T) {
	var stages []string
	Run("mini.xlsx", miniXLSX(t), nil, Options{Progress: func(s string, _ int) { stages = append(stages, s) }})
	if len(stages) < 2 || stages[len(stages)-1] != "done" {
		t.Errorf("stages %v", stages)
	}
}

// BenchmarkCheck is a full check: read, recognise, every rule, KPI.
func BenchmarkCheck(b *testing.B) {
	benchmarkRun(b, "bench.xlsx", benchWorkbook(b))
}

// benchmarkRun times full checks of data with the default profile.
func benchmarkRun(b *testing.B, name string, data []byte) {
	b.Helper()
	p := profile.Default()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		if rep := Run(name, data, p, Options{}); rep.Error != nil {
			b.Fatal(rep.Error)
		}
	}
}

// BenchmarkExcelizeReadRaw is the baseline: excelize alone opening the file
// and reading every cell raw. A full check should cost at most twice this.
func BenchmarkExcelizeReadRaw(b *testing.B) {
	data := benchWorkbook(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range f.GetSheetList() {
			if _, err := f.GetRows(s, excelize.Options{RawCellValue: true}); err != nil {
				b.Fatal(err)
			}
		}
		f.Close()
	}
}

// BenchmarkCheckLarge is a full check of a 200,000-row sheet with no 决算
// tables in it: the cost of reading and of looking for tables at scale.
func BenchmarkCheckLarge(b *testing.B) {
	data, err := hostile.HugeSheet(200000, 10)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkRun(b, "large.xlsx", data)
}

// TestMinistryWorkbooksThroughXLSX: the ministry-style bases, written as real
// xlsx files, are read with the ministry template under either profile: nine
// tables, department and year, no finding but the 尾差 of the rounded one.
func TestMinistryWorkbooksThroughXLSX(t *testing.T) {
	for _, name := range []string{"ministry", "ministry-split-codes", "ministry-wrapped", "ministry-rounding", "ministry-empty"} {
		text, err := os.ReadFile("../rules/testdata/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		data, err := gridbook.XLSX(gridbook.Parse(string(text)))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range profile.Builtin() {
			rep := Run(name+".xlsx", data, p, Options{})
			if rep.Error != nil || len(rep.Tables) != 9 || len(rep.Missing) != 0 || rep.Template != "ministry-2024" ||
				rep.Department != "上海市测试局" || rep.Year != "2024" {
				t.Errorf("%s/%s: error %v, %d tables, missing %v, template %q, dept %q, year %q", name, p.ID, rep.Error,
					len(rep.Tables), rep.Missing, rep.Template, rep.Department, rep.Year)
			}
			for _, f := range rep.Findings {
				if f.Rule == "R0001" && name == "ministry-rounding" {
					continue
				}
				t.Errorf("%s/%s: unexpected %s %s!%s %s", name, p.ID, f.Rule, f.Sheet, f.Cell, f.Message)
			}
		}
	}
}

func TestRegistryHoldsEveryRule(t *testing.T) {
	all := Registry().All()
	ids := map[string]bool{}
	for _, r := range all {
		ids[r.ID] = true
	}
	for _, id := range []string{"T0101", "X0024", "R0001", "S0015", "K0001", "K0024"} {
		if !ids[id] {
			t.Errorf("registry lacks %s", id)
		}
	}
}

func TestProfileNamingAnUnknownRuleIsRefused(t *testing.T) {
	p := profile.Hubei()
	p.Disabled = []string{"T0l01"}
	p.Severity = map[string]string{"K0099": "info", "T0101": "warning"}
	err := ValidateRuleIDs(p)
	if err == nil || !strings.Contains(err.Error(), "K0099、T0l01") {
		t.Fatalf("got %v", err)
	}
	p.Disabled, p.Severity = []string{"T0101"}, map[string]string{"K0003": "warning"}
	if err := ValidateRuleIDs(p); err != nil {
		t.Errorf("a valid profile refused: %v", err)
	}
}

func TestNoTableIsNotClean(t *testing.T) {
	data, err := gridbook.XLSX(gridbook.Parse("== 说明\n这是一段说明文字，没有任何报表。\n"))
	if err != nil {
		t.Fatal(err)
	}
	rep := Run("说明.xlsx", data, profile.Default(), Options{})
	if rep.ExitCode() != 2 {
		t.Errorf("a workbook with no table exits %d, want 2 (could not be checked)", rep.ExitCode())
	}
}

func TestImportedProfileNeverShadowsABuiltIn(t *testing.T) {
	data, _ := json.Marshal(profile.Hubei())
	p, err := ParseProfile(data)
	if err != nil {
		t.Fatal(err)
	}
	if p.ID == "hubei" || !strings.HasPrefix(p.ID, "hubei") {
		t.Errorf("imported id %q", p.ID)
	}
}
