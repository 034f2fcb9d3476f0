package report

import (
	"errors"
	"strings"
	"testing"
)

// draftReport is a report on a 湖北 draft with something of everything.
func draftReport() *Report {
	return &Report{File: "江岸区2023决算.xlsx", Department: "江岸区科经局本级", Year: "2023", Profile: "hubei", ProfileName: "湖北/武汉",
		Tables: []Table{
			{Form: "01", Sheet: "Sheet1", Range: "A1:F40", Unit: "万元", Code: "01"},
			{Form: "09", Sheet: "三公", Range: "A1:M8", Code: "07"},
			{Form: "kpi-project", Sheet: "绩效", Range: "A1:J30", Code: "01"},
		},
		Missing: []string{"07", "08"},
		Findings: []Finding{
			{Rule: "R0001", Severity: Warning, Sheet: "Sheet2", Cell: "C6", Message: "尾差 0.01（万元）", Tolerance: "±0.015"},
			{Rule: "T0201", Severity: Error, Sheet: "Sheet2", Cell: "C17",
				Cells:   []string{"D17", "E17", "F17", "G17", "H17", "I17", "D18", "E18", "F18", "G18", "H18", "I18", "D19", "E19"},
				Message: "本年收入合计（1栏） 应等于 收入来源（2–7栏） 之和 3,131.20，实为 3,311.20，差 180.00（万元）"},
			{Rule: "S0016", Severity: Info, Sheet: "Sheet1", Message: "工作簿信息"},
			{Rule: "T0102", Severity: Error, Sheet: "Sheet1", Cell: "C9", Cells: []string{"Sheet2!C6"}, Message: "随之不符", Consequence: true},
		},
		Recognition: []Note{
			{Kind: "template", Message: "按“湖北 2023”模板识别各表"},
			{Kind: "column", Sheet: "Sheet3", Cell: "E5", Message: "按位置识别“基本支出”栏"},
			{Kind: "class", Sheet: "Sheet3", Message: "新设类支出"},
		},
		KPI: []KPITable{
			{Sheet: "绩效", Name: "科技管理工作经费", PrintedTotal: "98", RecomputedTotal: "92", ExecutionScore: "20", IndicatorCount: 15},
			{Sheet: "绩效2", Name: "部门整体", PrintedTotal: "90", RecomputedTotal: "90", ExecutionScore: "10", IndicatorCount: 3},
			{Sheet: "绩效3", Name: "未印总分"},
		},
	}
}

// TestWriteText: the terminal report a clerk reads — header facts, the
// tables with their 公开NN表 code and unit, what is missing, the counts, the
// findings grouped 错误 → 提示 → 信息 whatever their order, a consequence
// under its cause, related cells clipped at twelve, the 识别说明 apart, and
// the KPI totals marked ✓/✗, or ? when they cannot be compared.
func TestWriteText(t *testing.T) {
	want := `文件：江岸区2023决算.xlsx
部门：江岸区科经局本级  年度：2023  规则配置：湖北/武汉
识别到的表：
  公开01表 收入支出决算总表 — 工作表“Sheet1” A1:F40，万元
  公开07表 财政拨款“三公”经费支出决算表 — 工作表“三公” A1:M8
  项目支出绩效自评表 — 工作表“绩效” A1:J30
未找到：政府性基金预算财政拨款收入支出决算表、国有资本经营预算财政拨款收入支出决算表
结果：错误 2 项，提示 1 项，信息 1 项

错误
  [T0201] Sheet2!C17  本年收入合计（1栏） 应等于 收入来源（2–7栏） 之和 3,131.20，实为 3,311.20，差 180.00（万元）
    相关单元格：D17, E17, F17, G17, H17, I17, D18, E18, F18, G18, H18, I18 等 14 个
      ↳ [T0102] Sheet1!C9  随之不符
          相关单元格：Sheet2!C6

提示
  [R0001] Sheet2!C6  尾差 0.01（万元）

信息
  [S0016] Sheet1  工作簿信息

识别说明（读取表格的说明，不是草稿的问题）
  按“湖北 2023”模板识别各表
  Sheet3!E5  按位置识别“基本支出”栏
  Sheet3  新设类支出

绩效自评得分复核（印制总分 / 复算总分；✓ 一致，✗ 不一致，? 无法比较）
  ✗ 科技管理工作经费（绩效）：98 / 92，执行得分 20，指标 15 项
  ✓ 部门整体（绩效2）：90 / 90，执行得分 10，指标 3 项
  ? 未印总分（绩效3）：— / —，执行得分 —，指标 0 项

`
	var b strings.Builder
	if err := WriteText(&b, draftReport()); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != want {
		t.Errorf("WriteText:\n%s\nwant:\n%s", got, want)
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Errorf("first difference at line %d:\n got  %q\n want %q", i+1, gl[i], wl[i])
				break
			}
		}
	}
}

func TestWriteTextCases(t *testing.T) {
	for _, c := range []struct {
		name    string
		r       *Report
		want    []string
		notWant []string
	}{
		{"a file that could not be checked says why and nothing else",
			&Report{File: "旧表.xls", Error: &FileError{Code: "legacy_xls", Message: "这是旧版 Excel 97-2003（.xls）文件"},
				Tables: []Table{{Form: "01"}}, Findings: []Finding{{Rule: "T0101", Severity: Error}}},
			[]string{"文件：旧表.xls\n无法检查：这是旧版 Excel 97-2003（.xls）文件（legacy_xls）\n\n"},
			[]string{"结果", "T0101", "识别到的表"}},
		{"a clean draft reports zero of each",
			&Report{File: "a.xlsx", Tables: []Table{{Form: "02", Sheet: "S", Range: "A1:I47", Unit: "元"}}},
			[]string{"  收入决算表 — 工作表“S” A1:I47，元\n", "结果：错误 0 项，提示 0 项，信息 0 项\n"},
			[]string{"错误\n", "未找到", "识别说明", "绩效自评", "部门："}},
		{"only the year is printed when the department is unknown",
			&Report{File: "a.xlsx", Year: "2024"}, []string{"\n年度：2024\n"}, []string{"部门：", "规则配置："}},
		{"exactly twelve related cells are not clipped",
			&Report{File: "a.xlsx", Findings: []Finding{{Rule: "T0301", Severity: Error, Sheet: "S", Cell: "A1",
				Cells: []string{"B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1", "K1", "L1", "M1"}}}},
			[]string{"相关单元格：B1, C1, D1, E1, F1, G1, H1, I1, J1, K1, L1, M1\n"}, []string{"等 12 个"}},
		{"a KPI form without a code and an unknown form print their names",
			&Report{File: "a.xlsx", Tables: []Table{{Form: "kpi-dept", Sheet: "S", Range: "A1:B2", Code: "09"}, {Form: "x", Sheet: "T", Range: "A1"}}},
			[]string{"  部门整体绩效自评表 — 工作表“S” A1:B2\n", "  x — 工作表“T” A1\n"}, []string{"公开09表"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			if err := WriteText(&b, c.r); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range c.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}

type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// TestWriteTextReportsWriteErrors: a report that could not be written is not
// silently lost (the CLI must not exit 0 on a full disk).
func TestWriteTextReportsWriteErrors(t *testing.T) {
	for _, r := range []*Report{draftReport(), {File: "a.xls", Error: &FileError{Code: "legacy_xls"}}} {
		if err := WriteText(failingWriter{}, r); !errors.Is(err, errDiskFull) {
			t.Errorf("WriteText to a failing writer = %v, want %v", err, errDiskFull)
		}
	}
}

func TestFormName(t *testing.T) {
	for _, c := range []struct{ form, code, want string }{
		{"02", "02", "公开02表 收入决算表"},
		{"09", "07", "公开07表 财政拨款“三公”经费支出决算表"},
		{"09", "", "财政拨款“三公”经费支出决算表"},
		{"kpi-dept", "", "部门整体绩效自评表"},
		{"kpi-project", "03", "项目支出绩效自评表"},
		{"10", "10", "10"},
		{"", "", ""},
	} {
		if got := FormName(c.form, c.code); got != c.want {
			t.Errorf("FormName(%q, %q) = %q, want %q", c.form, c.code, got, c.want)
		}
	}
}

func TestPrintable(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"plain Chinese unchanged", "本年支出合计 3,131.20", "本年支出合计 3,131.20"},
		{"line breaks and tabs stay", "a\n\tb", "a\n\tb"},
		{"escape", "\x1b[2J", `\u001b[2J`},
		{"carriage return could overwrite a line", "错误\r正确", `错误\u000d正确`},
		{"delete", "a\x7fb", `a\u007fb`},
		{"C1 control", "a\u009bb", `a\u009bb`},
		{"right-to-left override", "金额\u202e00.1", `金额\u202e00.1`},
		{"isolate", "\u2066x\u2069", `\u2066x\u2069`},
		{"left-to-right mark", "x\u200ey", `x\u200ey`},
		{"right-to-left mark", "x\u200fy", `x\u200fy`},
		{"no-break space is shown", "1\u00a0000", "1\u00a0000"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Printable(c.in); got != c.want {
				t.Errorf("Printable(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
