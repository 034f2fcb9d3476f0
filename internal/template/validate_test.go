package template

import (
	"encoding/json"
	"strings"
	"testing"
)

// minimal is the smallest valid template: the nine tables, each with one
// title and its schema's first column.
func minimal() *Template {
	t := &Template{ID: "putuo-2025", Name: "普陀区 2025"}
	for _, k := range FormKeys {
		s := Schema(k)
		t.Forms = append(t.Forms, Form{Key: k, Titles: []string{s.Name}, Columns: []Column{{Key: s.Columns[0]}}})
	}
	return t
}

// TestValidateMinimalTemplate: a district needs to describe no more than
// titles and one column per table.
func TestValidateMinimalTemplate(t *testing.T) {
	if err := minimal().Validate(); err != nil {
		t.Fatalf("minimal template refused: %v", err)
	}
}

// TestValidateMessages: each mistake a district can make in its template is
// refused with a Chinese message that names the table, row or column at
// fault, prefixed with the template's name.
func TestValidateMessages(t *testing.T) {
	for _, c := range []struct {
		name    string
		mistake func(tp *Template)
		want    []string
	}{
		{"upper-case id", func(tp *Template) { tp.ID = "Putuo" }, []string{"模板编号（id）只能由小写字母、数字、-、_ 组成"}},
		{"empty id", func(tp *Template) { tp.ID = "" }, []string{"模板编号（id）"}},
		{"id longer than 40", func(tp *Template) { tp.ID = strings.Repeat("a", 41) }, []string{"长度 1–40"}},
		{"blank name", func(tp *Template) { tp.Name = "　 " }, []string{"模板名称（name）不能为空"}},
		{"table key outside 01–09", func(tp *Template) { tp.Forms = append(tp.Forms, Form{Key: "10", Titles: []string{"x决算表"}}) },
			[]string{`表 "10" 不是九张公开表之一（应为 01–09）`}},
		{"table described twice", func(tp *Template) { tp.Forms = append(tp.Forms, tp.Forms[1]) }, []string{"表 02 重复"}},
		{"form code of one digit", func(tp *Template) { tp.Form("03").Code = "3" }, []string{`支出决算表 的表号 "3" 应为两位数字 01–09`}},
		{"form code 10", func(tp *Template) { tp.Form("03").Code = "10" }, []string{`表号 "10" 应为两位数字`}},
		{"one form code for two tables", func(tp *Template) { tp.Form("07").Code = "07"; tp.Form("09").Code = "07" },
			[]string{"表号 公开07表 同时用于 政府性基金预算财政拨款收入支出决算表 和 财政拨款“三公”经费支出决算表"}},
		{"no title", func(tp *Template) { tp.Form("05").Titles = nil }, []string{"一般公共预算财政拨款支出决算表 没有表名（titles）"}},
		{"title without 决算", func(tp *Template) { tp.Form("02").Titles = []string{"收入预算表"} },
			[]string{`收入决算表 的表名 "收入预算表" 应含“决算”`}},
		{"unknown row lists the keys that exist", func(tp *Template) { tp.Form("06").Rows = []Row{{Key: "工资福利支出"}} },
			[]string{"没有名为“工资福利支出”的行（可用：人员经费合计、公用经费合计）"}},
		{"row twice", func(tp *Template) {
			tp.Form("06").Rows = []Row{{Key: "人员经费合计"}, {Key: "人员经费合计"}}
		},
			[]string{"的行“人员经费合计”重复"}},
		{"negative 行次", func(tp *Template) { tp.Form("01").Rows = []Row{{Key: "收入总计", Line: -1}} },
			[]string{"收入支出决算总表 的行“收入总计”行次 -1 无效或重复"}},
		{"行次 above 999", func(tp *Template) { tp.Form("01").Rows = []Row{{Key: "收入总计", Line: 1000}} }, []string{"行次 1000 无效或重复"}},
		{"行次 used twice", func(tp *Template) {
			tp.Form("01").Rows = []Row{{Key: "本年收入合计", Line: 27}, {Key: "收入总计", Line: 27}}
		}, []string{"的行“收入总计”行次 27 无效或重复"}},
		{"side other than 0 or 1", func(tp *Template) { tp.Form("01").Rows = []Row{{Key: "支出总计", Side: 2}} },
			[]string{"的行“支出总计”的 side 应为 0（收入）或 1（支出）"}},
		{"no amount column", func(tp *Template) { tp.Form("08").Columns = nil }, []string{"国有资本经营预算财政拨款收入支出决算表 没有金额栏（columns）"}},
		{"unknown column lists the keys that exist", func(tp *Template) { tp.Form("05").Columns = []Column{{Key: "合计"}} },
			[]string{"没有名为“合计”的栏（可用：本年支出合计、基本支出、项目支出）"}},
		{"column twice", func(tp *Template) { tp.Form("05").Columns = []Column{{Key: "基本支出"}, {Key: "基本支出"}} },
			[]string{"的栏“基本支出”重复"}},
		{"栏次 above 99", func(tp *Template) { tp.Form("05").Columns = []Column{{Key: "基本支出", Number: 100}} },
			[]string{"的栏“基本支出”栏次 100 无效或重复"}},
		{"栏次 used twice", func(tp *Template) {
			tp.Form("05").Columns = []Column{{Key: "基本支出", Number: 2}, {Key: "项目支出", Number: 2}}
		}, []string{"的栏“项目支出”栏次 2 无效或重复"}},
		{"a table left out", func(tp *Template) { tp.Forms = tp.Forms[:8] }, []string{"缺少 09（财政拨款“三公”经费支出决算表）的描述"}},
		{"class code not 2xx", func(tp *Template) { tp.Classes = []Class{{Code: "135", Name: "新设类支出"}} },
			[]string{`功能分类类级科目 "135" "新设类支出" 无效`}},
		{"class without a name", func(tp *Template) { tp.Classes = []Class{{Code: "235", Name: " "}} },
			[]string{`功能分类类级科目 "235" " " 无效（编码应为 2 开头的 3 位数字，名称不能为空）`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tp := minimal()
			c.mistake(tp)
			err := tp.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "模板“"+tp.Name+"”有误：") {
				t.Errorf("message %q does not start with the template's name", msg)
			}
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
		})
	}
}

// TestValidateListsEveryMistake: all mistakes are reported at once, joined
// by "；", so a district fixes its file in one go.
func TestValidateListsEveryMistake(t *testing.T) {
	tp := minimal()
	tp.ID = "坏"
	tp.Form("02").Titles = []string{"收入表"}
	tp.Forms = tp.Forms[:8]
	err := tp.Validate()
	if err == nil {
		t.Fatal("accepted")
	}
	if n := strings.Count(err.Error(), "；") + 1; n != 3 {
		t.Errorf("%d mistakes reported, want 3: %v", n, err)
	}
}

// TestValidateAllowsUnnumbered: 行次 and 栏次 0 mean "not printed" and may
// repeat; a form code may be absent on every table (the ministry style).
func TestValidateAllowsUnnumbered(t *testing.T) {
	tp := minimal()
	tp.Form("01").Rows = []Row{{Key: "本年收入合计"}, {Key: "收入总计", Names: []string{"总计"}}, {Key: "支出总计", Names: []string{"总计"}, Side: 1}}
	tp.Form("03").Columns = []Column{{Key: "本年支出合计"}, {Key: "基本支出"}, {Key: "项目支出"}}
	tp.Form("09").Code = "07"
	tp.Classes = []Class{{Code: "235", Name: "新设类支出"}}
	if err := tp.Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestTemplateFromJSON: the README's district example (as JSON in a profile)
// reads into a template with the keys, names, sides and classes it states.
func TestTemplateFromJSON(t *testing.T) {
	src := `{"id": "putuo-2025", "name": "普陀区 2025", "classes": [{"code": "235", "name": "新设类支出"}],
	  "forms": [
	    {"key": "01", "titles": ["收入支出决算总表"], "rows": [{"key": "本年收入合计"}, {"key": "收入总计", "names": ["总计"]},
	      {"key": "本年支出合计", "side": 1}, {"key": "支出总计", "names": ["总计"], "side": 1}],
	     "columns": [{"key": "收入决算数", "names": ["决算数"]}, {"key": "支出决算数", "names": ["决算数"], "side": 1}]},
	    {"key": "09", "code": "07", "titles": ["三公经费支出决算表"],
	     "columns": [{"key": "决算合计", "names": ["合计"], "with": ["决算数|决算"], "number": 7}]}]}`
	var tp Template
	if err := json.Unmarshal([]byte(src), &tp); err != nil {
		t.Fatal(err)
	}
	f := tp.Form("01")
	if f == nil || len(f.Rows) != 4 || f.Rows[3].Side != 1 || f.Rows[1].RowNames()[0] != "总计" || f.Rows[0].RowNames()[0] != "本年收入合计" {
		t.Fatalf("01 read as %+v", f)
	}
	if c := tp.FormByCode("07"); c == nil || c.Key != "09" || c.Columns[0].Number != 7 || c.Columns[0].With[0] != "决算数|决算" {
		t.Fatalf("公开07表 read as %+v", c)
	}
	if len(tp.Classes) != 1 || tp.Classes[0].Code != "235" {
		t.Fatalf("classes %+v", tp.Classes)
	}
	// Only two of nine tables are described: Validate says which are missing.
	err := tp.Validate()
	if err == nil || !strings.Contains(err.Error(), "缺少 02（收入决算表）的描述") || strings.Contains(err.Error(), "缺少 01") {
		t.Fatalf("Validate: %v", err)
	}
}
