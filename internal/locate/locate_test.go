package locate

import (
	"testing"

	"reportcheck/internal/template"
	"reportcheck/internal/testkit/gridbook"
)

func TestNarrativeMentionIsNotATable(t *testing.T) {
	book := gridbook.Parse("== 说明\n第二部分 部门决算表\n本部门2023年度收入支出决算总表（公开01表）反映了本年度收支总体情况，详见附表。\n")
	if res := Find(book); len(res.Tables) != 0 {
		t.Fatalf("recognised %d tables in narrative text", len(res.Tables))
	}
}

func TestTitleAndCodeInOneCell(t *testing.T) {
	book := gridbook.Parse("== S\n2023年度收入决算表（公开02表）\n金额单位：元\n科目编码\t科目名称\t本年收入合计\t财政拨款收入\n栏次\t\t1\t2\n合 计\t\t10.00\t10.00\n201\t一般公共服务支出\t10.00\t10.00\n")
	res := Find(book)
	if len(res.Tables) != 1 || res.Tables[0].Form != "02" {
		t.Fatalf("got %+v", res.Tables)
	}
	tb := res.Tables[0]
	if tb.Unit.String() != "元" || tb.RowByKey("合计") == nil || tb.RowByCode("201") == nil {
		t.Fatalf("unit %s, rows %+v", tb.Unit, tb.Rows)
	}
	if got := tb.RowByCode("201").Cells["财政拨款收入"].Wan.String(); got != "0.001" {
		t.Errorf("10.00 元 = %s 万元, want 0.001", got)
	}
}

func TestCodeAndNameInOneCell(t *testing.T) {
	book := gridbook.Parse("== S\n2023年度一般公共预算财政拨款支出决算表\n公开05表\n科目\t小计\t基本支出\t项目支出\n栏次\t1\t2\t3\n合计\t5.00\t5.00\n2010101 行政运行\t5.00\t5.00\n")
	res := Find(book)
	if len(res.Tables) != 1 || res.Tables[0].RowByCode("2010101") == nil {
		t.Fatalf("got %+v", res.Tables[0].Rows)
	}
	if r := res.Tables[0].RowByCode("2010101"); r.Name != "行政运行" {
		t.Errorf("name %q", r.Name)
	}
}

func TestNoColumnNumbersReadsHeaders(t *testing.T) {
	book := gridbook.Parse("== S\n2023年度一般公共预算财政拨款支出决算表\n公开05表\n科目编码\t科目名称\t小计\t基本支出\t项目支出\n合计\t\t5.00\t5.00\t—\n201\t一般公共服务支出\t5.00\t5.00\t—\n")
	res := Find(book)
	tb := res.Tables[0]
	if len(tb.Columns) != 3 || tb.Columns[0].Key != "本年支出合计" || tb.Columns[2].Col != 5 {
		t.Fatalf("columns %+v", tb.Columns)
	}
	if c := tb.RowByCode("201").Cells["项目支出"]; c == nil || c.Value.Kind.String() != "dash" {
		t.Errorf("dash not kept apart: %+v", c)
	}
}

func TestDepartmentLabels(t *testing.T) {
	for _, label := range []string{"部门：", "编制部门：", "填报单位：", "单位名称：", "部门名称:"} {
		book := gridbook.Parse("== S\n2023年度收入决算表\n公开02表\n" + label + "某某局\t\t金额单位：万元\n科目编码\t科目名称\t本年收入合计\n栏次\t\t1\n合计\t\t1.00\n")
		if res := Find(book); len(res.Tables) != 1 || res.Tables[0].Dept != "某某局" {
			t.Errorf("%s: dept %q", label, res.Tables[0].Dept)
		}
	}
}

func TestTitlesMatchWhole(t *testing.T) {
	titles := titleIndex(template.Builtin())
	for in, want := range map[string]string{
		"2023 年度收入决算表":                  "02",
		"上海市普陀区财政局2024年度收入决算表":          "02",
		"一般公共预算财政拨款基本支出决算表":             "06",
		"国有资本经营预算财政拨款收入支出决算表":           "08",
		"财政拨款收入支出决算总表":                  "04",
		"一、收入支出决算总表":                    "01",
		"财政拨款“三公”经费支出决算表（公开09表）":        "09",
		"一般公共预算财政拨款项目支出决算表":             "", // ends like 支出决算表, is not 03
		"本部门收入支出决算总表反映了本年度收支总体情况，详见附表。": "",
	} {
		if got := matchTitle(template.Squash(in), titles); got != want {
			t.Errorf("matchTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDepartmentAndYearFromCover(t *testing.T) {
	book := gridbook.Parse("== 封面\n上海市普陀区财政局2024年度部门决算\n== S\n收入决算表\n\t\t单位：万元\n科目编码\t科目名称\t本年收入合计\n合计\t\t1.00\n")
	res := Find(book)
	if res.Dept != "上海市普陀区财政局" || res.Year != "2024" {
		t.Errorf("dept %q year %q", res.Dept, res.Year)
	}
}

func TestUnknownClassRowIsReadAndNoted(t *testing.T) {
	book := gridbook.Parse("== S\n收入支出决算总表\n\t\t\t单位：万元\n项目\t决算数\t项目\t决算数\n" +
		"一、一般公共预算财政拨款收入\t10.00\t一、一般公共服务支出\t4.00\n二、事业收入\t\t二十七、新设类支出\t6.00\n" +
		"本年收入合计\t10.00\t本年支出合计\t10.00\n总计\t10.00\t总计\t10.00\n")
	res := Find(book)
	tb := res.Table("01")
	if tb == nil {
		t.Fatal("01 not recognised")
	}
	var unknown *Row
	for _, r := range tb.Rows {
		if r.Class && r.Code == "" {
			unknown = r
		}
	}
	if unknown == nil || unknown.Cells["支出决算数"] == nil || unknown.Cells["支出决算数"].Wan.String() != "6" {
		t.Fatalf("the unknown class row was not read: %+v", unknown)
	}
	noted := false
	for _, n := range res.Notes {
		noted = noted || n.Kind == "unknown_class_row"
	}
	if !noted {
		t.Errorf("no 识别说明 for the unknown class: %+v", res.Notes)
	}
}

// TestSubColumnsAreNotTheirParent: 基本支出 split into 小计 | 人员经费 | 公用经费
// maps 小计 to 基本支出 and leaves the parts unmapped, never taking 人员经费
// for the whole 基本支出.
func TestSubColumnsAreNotTheirParent(t *testing.T) {
	book := gridbook.Parse("== S\n一般公共预算财政拨款支出决算表\n\t\t\t\t\t\t单位：万元\n" +
		"科目编码\t科目名称\t合计\t基本支出\t\t\t项目支出\n\t\t\t小计\t人员经费\t公用经费\n" +
		"合计\t\t10.00\t6.00\t5.00\t1.00\t4.00\n201\t一般公共服务支出\t10.00\t6.00\t5.00\t1.00\t4.00\n" +
		"!merge A3:A4 B3:B4 C3:C4 D3:F3 G3:G4\n")
	tb := Find(book).Table("05")
	if tb == nil {
		t.Fatal("05 not recognised")
	}
	got := map[string]int{}
	for _, c := range tb.Columns {
		got[c.Key] = c.Col
	}
	if got["本年支出合计"] != 3 || got["基本支出"] != 4 || got["项目支出"] != 7 || len(got) != 3 {
		t.Errorf("columns %v", got)
	}
}

// TestSanGongTransposed: 三公 with the items as columns and 预算数 / 决算数 as
// rows is read as the usual one row of twelve amounts.
func TestSanGongTransposed(t *testing.T) {
	book := gridbook.Parse("== S\n财政拨款“三公”经费支出决算表\n\t\t\t\t\t\t单位：万元\n" +
		"项目\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\n" +
		"\t\t\t小计\t公务用车购置费\t公务用车运行维护费\n" +
		"预算数\t8.00\t2.00\t5.00\t2.00\t3.00\t1.00\n决算数\t4.00\t1.00\t2.00\t0\t2.00\t1.00\n" +
		"!merge A3:A4 B3:B4 C3:C4 D3:F3 G3:G4\n")
	res := Find(book)
	tb := res.Table("09")
	if tb == nil || len(tb.Rows) != 1 || len(tb.Columns) != 12 {
		t.Fatalf("got %+v", tb)
	}
	r := tb.Rows[0]
	for key, want := range map[string]string{"预算合计": "8", "预算公务用车运维": "3", "决算合计": "4", "决算公务用车购置": "0", "决算公务接待": "1"} {
		if c := r.Cells[key]; c == nil || c.Wan.String() != want {
			t.Errorf("%s = %+v, want %s", key, c, want)
		}
	}
}
