package report

import (
	"fmt"
	"io"
	"strings"

	"reportcheck/internal/template"
)

// FormName is the Chinese name of a recognised form: with the 公开NN表 code
// the draft prints, if any.
func FormName(form, code string) string {
	if n := template.FormName(form); n != "" {
		if strings.HasPrefix(form, "kpi") || code == "" {
			return n
		}
		return "公开" + code + "表 " + n
	}
	return form
}

// WriteText prints the report for a clerk reading a terminal.
func WriteText(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "文件：%s\n", r.File)
	if r.Document != "" && r.Document != r.File {
		fmt.Fprintf(&b, "情况说明：%s\n", r.Document)
	}
	if r.Error != nil {
		fmt.Fprintf(&b, "无法检查：%s（%s）\n\n", r.Error.Message, r.Error.Code)
		_, err := io.WriteString(w, Printable(b.String()))
		return err
	}
	if r.DocumentError != nil {
		fmt.Fprintf(&b, "情况说明无法检查：%s（%s）\n", r.DocumentError.Message, r.DocumentError.Code)
	}
	var meta []string
	if r.Department != "" {
		meta = append(meta, "部门："+r.Department)
	}
	if r.Year != "" {
		meta = append(meta, "年度："+r.Year)
	}
	if r.ProfileName != "" {
		meta = append(meta, "规则配置："+r.ProfileName)
	}
	if len(meta) > 0 {
		fmt.Fprintf(&b, "%s\n", strings.Join(meta, "  "))
	}
	if len(r.Tables) > 0 {
		b.WriteString("识别到的表：\n")
		for _, t := range r.Tables {
			unit := ""
			if t.Unit != "" {
				unit = "，" + t.Unit
			}
			fmt.Fprintf(&b, "  %s — 工作表“%s” %s%s\n", FormName(t.Form, t.Code), t.Sheet, t.Range, unit)
		}
	}
	if len(r.Missing) > 0 {
		var names []string
		for _, m := range r.Missing {
			names = append(names, template.FormName(m))
		}
		fmt.Fprintf(&b, "未找到：%s\n", strings.Join(names, "、"))
	}
	e, wn, in := r.Counts()
	fmt.Fprintf(&b, "结果：错误 %d 项，提示 %d 项，信息 %d 项\n", e, wn, in)
	for _, sev := range []Severity{Error, Warning, Info} {
		first := true
		for _, f := range r.Findings {
			if f.Severity != sev {
				continue
			}
			if first {
				fmt.Fprintf(&b, "\n%s\n", sev.Chinese())
				first = false
			}
			indent := "  "
			if f.Consequence {
				indent = "      ↳ "
			}
			loc := f.Sheet
			if f.Cell != "" {
				loc += "!" + f.Cell
			}
			fmt.Fprintf(&b, "%s[%s] %s  %s\n", indent, f.Rule, loc, f.Message)
			if len(f.Cells) > 0 {
				fmt.Fprintf(&b, "%s    相关单元格：%s\n", strings.Repeat(" ", len([]rune(indent))-2), clipCells(f.Cells, 12))
			}
		}
	}
	if len(r.Recognition) > 0 {
		b.WriteString("\n识别说明（读取表格的说明，不是草稿的问题）\n")
		for _, n := range r.Recognition {
			loc := ""
			if n.Sheet != "" {
				loc = n.Sheet
				if n.Cell != "" {
					loc += "!" + n.Cell
				}
				loc += "  "
			}
			fmt.Fprintf(&b, "  %s%s\n", loc, n.Message)
		}
	}
	if len(r.KPI) > 0 {
		b.WriteString("\n绩效自评得分复核（印制总分 / 复算总分；✓ 一致，✗ 不一致，? 无法比较）\n")
		for _, k := range r.KPI {
			// A total that could not be recomputed, or was not printed, is
			// not "checked and correct".
			mark := "✓"
			switch {
			case k.RecomputedTotal == "" || k.PrintedTotal == "":
				mark = "?"
			case k.PrintedTotal != k.RecomputedTotal:
				mark = "✗"
			}
			fmt.Fprintf(&b, "  %s %s（%s）：%s / %s，执行得分 %s，指标 %d 项\n", mark, k.Name, k.Sheet, orDash(k.PrintedTotal), orDash(k.RecomputedTotal), orDash(k.ExecutionScore), k.IndicatorCount)
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, Printable(b.String()))
	return err
}

// Printable escapes what a terminal would obey rather than show: control
// characters (a crafted cell's ESC sequences could retitle the window, make
// links or clear the screen) and bidirectional overrides, written as \u001b.
// Line breaks and tabs stay.
func Printable(s string) string {
	clean := true
	for _, r := range s {
		if unsafeRune(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f:
		return true
	}
	return false
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func clipCells(cells []string, n int) string {
	if len(cells) > n {
		return strings.Join(cells[:n], ", ") + fmt.Sprintf(" 等 %d 个", len(cells))
	}
	return strings.Join(cells, ", ")
}
