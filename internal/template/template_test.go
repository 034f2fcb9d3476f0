package template

import (
	"strings"
	"testing"
)

func TestBuiltinTemplatesAreValid(t *testing.T) {
	for _, tp := range Builtin() {
		if err := tp.Validate(); err != nil {
			t.Errorf("%s: %v", tp.ID, err)
		}
	}
}

func TestValidateNamesTheMistake(t *testing.T) {
	tp := Hubei2023()
	tp.Forms[0].Rows[0].Key = "一般公共预算收入" // not a schema key
	tp.Forms[8].Code = "07"              // clashes with 政府性基金
	tp.Forms = tp.Forms[:8]              // 三公 missing
	err := tp.Validate()
	if err == nil {
		t.Fatal("accepted a broken template")
	}
	for _, want := range []string{"没有名为“一般公共预算收入”的行", "缺少 09"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestStripNumbering(t *testing.T) {
	for in, want := range map[string]string{
		"一、一般公共服务支出":      "一般公共服务支出",
		"二十四、抗疫特别国债安排的支出": "抗疫特别国债安排的支出",
		"（一）一般公共预算财政拨款":   "一般公共预算财政拨款",
		"1.基本工资":          "基本工资",
		"其中：事业收入":         "事业收入",
		"总计":              "总计",
		"2023":            "2023",
		"十":               "十",
	} {
		if got := Norm(in); got != want {
			t.Errorf("Norm(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClassByName(t *testing.T) {
	c, ok := ClassByName("二十二、灾害防治及应急管理支出", nil)
	if !ok || c.Code != "224" {
		t.Errorf("got %v %v", c, ok)
	}
	if _, ok := ClassByName("本年支出合计", nil); ok {
		t.Error("a total matched a class")
	}
	c, ok = ClassByName("二十七、新设类支出", []Class{{"235", "新设类支出"}})
	if !ok || c.Code != "235" {
		t.Errorf("extra class: got %v %v", c, ok)
	}
}

func TestClassByNameCutShort(t *testing.T) {
	for label, want := range map[string]string{"一、一般公共服务": "201", "其中：教育支出": "205", "科学技术支出": "206"} {
		if c, ok := ClassByName(label, nil); !ok || c.Code != want {
			t.Errorf("%q: got %v %v, want %s", label, c, ok, want)
		}
	}
	for _, label := range []string{"支出", "债务", "结余分配", "本年支出合计"} {
		if c, ok := ClassByName(label, nil); ok {
			t.Errorf("%q matched %v", label, c)
		}
	}
}
