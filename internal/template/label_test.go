package template

import "testing"

// TestSquash: printed labels compare as written whatever spaces, quotes and
// full-width characters the draft used.
func TestSquash(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"spaced form code", "公开 01 表", "公开01表"},
		{"label wrapped in the cell", "行\n次", "行次"},
		{"full-width space inside a total", "合\u3000计", "合计"},
		{"no-break space", "合\u00a0计", "合计"},
		{"curly quotes of 三公", "财政拨款“三公”经费支出决算表", "财政拨款三公经费支出决算表"},
		{"corner brackets", "「三公」经费", "三公经费"},
		{"straight and single quotes", `"三公'经费’`, "三公经费"},
		{"full-width digits and brackets", "（１）", "(1)"},
		{"full-width colon", "其中：事业收入", "其中:事业收入"},
		{"unchanged label", "本年支出合计", "本年支出合计"},
		{"empty", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Squash(c.in); got != c.want {
				t.Errorf("Squash(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestNormNumbering: the ordinals labels are printed with are taken off, and
// nothing else.
func TestNormNumbering(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"full-width bracketed Chinese ordinal", "（二）政府性基金预算财政拨款", "政府性基金预算财政拨款"},
		{"bracketed digits", "(3)国有资本经营预算财政拨款", "国有资本经营预算财政拨款"},
		{"digit and ideographic comma", "1、基本工资", "基本工资"},
		{"digit and closing bracket", "2)津贴补贴", "津贴补贴"},
		{"full-width point", "３．奖金", "奖金"},
		{"comma after ordinal", "十二，城乡社区支出", "城乡社区支出"},
		{"nested: 其中 then an ordinal", "其中：（一）基本支出", "基本支出"},
		{"其中 without colon", "其中事业收入", "事业收入"},
		{"spaces before the ordinal go first", " 一、 一般公共服务支出", "一般公共服务支出"},
		{"其中 alone stays", "其中", "其中"},
		{"ordinal alone stays", "一、", "一、"},
		{"empty brackets stay", "()合计", "()合计"},
		{"bracketed words are not an ordinal", "(含专用结余)", "(含专用结余)"},
		{"a code is not an ordinal", "2080501", "2080501"},
		{"a year in a title is kept", "2023年度收入决算表", "2023年度收入决算表"},
		{"an ordinal word inside a name is kept", "十三五规划", "十三五规划"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Norm(c.in); got != c.want {
				t.Errorf("Norm(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestClassExact: only the exact class name matches; the loose matching of
// ClassByName (cut short, prefixed) does not apply.
func TestClassExact(t *testing.T) {
	extra := []Class{{"235", "新设类支出"}}
	for _, c := range []struct {
		name, label, code string
		ok                bool
	}{
		{"numbered exact name", "七、文化旅游体育与传媒支出", "207", true},
		{"spaced exact name", "教 育 支 出", "205", true},
		{"class from the profile", "二十七、新设类支出", "235", true},
		{"cut short is not exact", "一般公共服务", "", false},
		{"prefix is not exact", "其他教育支出", "", false},
		{"empty label", "", "", false},
		{"numbering only", "一、", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := ClassExact(c.label, extra)
			if ok != c.ok || got.Code != c.code {
				t.Errorf("ClassExact(%q) = %v %v, want %q %v", c.label, got, ok, c.code, c.ok)
			}
		})
	}
	// A profile's own class wins over a built-in one of the same name.
	if got, _ := ClassExact("预备费", []Class{{"299", "预备费"}}); got.Code != "299" {
		t.Errorf("profile class not preferred: %v", got)
	}
}

// TestClassByNameAmbiguous: a label that could mean two classes names none.
func TestClassByNameAmbiguous(t *testing.T) {
	// "社会保障" begins 208 and both of the profile's classes.
	extra := []Class{{"236", "社会保障专项支出"}, {"237", "社会保障补充支出"}}
	if c, ok := ClassByName("社会保障", extra); ok {
		t.Errorf("ambiguous stem matched %v", c)
	}
	if c, ok := ClassByName("社会保障和就业", extra); !ok || c.Code != "208" {
		t.Errorf("unambiguous stem: %v %v", c, ok)
	}
}
