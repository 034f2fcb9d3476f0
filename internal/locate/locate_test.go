package locate

import (
	"testing"

	"reportcheck/internal/gridbook"
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
