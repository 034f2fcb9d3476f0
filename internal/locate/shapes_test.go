package locate

import (
	"strings"
	"testing"

	"reportcheck/internal/amount"
	"reportcheck/internal/template"
	"reportcheck/internal/testkit/gridbook"
)

// TestSidesWithLines: 01 with 行次 (湖北): a 类 label wrapped over two cells
// with its amount on the second line, a row found by its 行次 alone, a label
// the template does not know with an amount on the income side reported
// at its amount, 行次 columns found by their rising numbers.
func TestSidesWithLines(t *testing.T) {
	book := gridbook.Parse("== S\n收入支出决算总表\n\t\t\t\t\t单位：万元\n项目\t\t决算数\t项目\t\t决算数\n" +
		"一、一般公共预算财政拨款收入\t1\t10.00\t一、一般公共服务支出\t31\t4.00\n" +
		"二、事业收入\t5\t\t二十二、灾害防治及应急管理支\t32\t\n" +
		"其他来源\t6\t1.00\t出\t\t6.00\n" +
		"\t7\t0.50\t\t33\t\n" +
		"本年收入合计\t27\t10.00\t本年支出合计\t57\t10.00\n" +
		"使用非财政拨款结余\t28\t\t结余分配\t58\t\n" +
		"年初结转和结余\t29\t\t年末结转和结余\t59\t\n" +
		"总计\t30\t10.00\t总计\t60\t10.00\n")
	res := Find(book, template.Hubei2023())
	tb := res.Table("01")
	if tb == nil {
		t.Fatal("01 not recognised")
	}
	var c224 *Row
	for _, r := range tb.Rows {
		if r.Class && r.Code == "224" {
			c224 = r
		}
	}
	if c224 == nil || c224.Name != "二十二、灾害防治及应急管理支出" || c224.NameCell != "D5" || c224.Line != 32 {
		t.Fatalf("wrapped class row: %+v", c224)
	}
	wantWan(t, c224, "支出决算数", "F6", "6")
	// 行次 7 is 附属单位上缴收入 in the 湖北 template: an amount printed on a
	// row whose label was left blank is still that row's.
	r7 := tb.RowByLine(7)
	if r7 == nil || r7.Key != "附属单位上缴收入" || r7.Name != "" {
		t.Fatalf("row by 行次 7: %+v", r7)
	}
	wantWan(t, r7, "收入决算数", "C7", "0.5")
	if r := tb.RowByKey("本年收入合计"); r == nil || r.Line != 27 || r.Side != 0 {
		t.Errorf("本年收入合计: %+v", r)
	}
	if r := tb.RowByKey("支出总计"); r == nil || r.Line != 60 || r.Side != 1 {
		t.Errorf("支出总计: %+v", r)
	}
	p := problemsOf(res, "row_without_code")
	if len(p) != 1 || p[0].Cell != "C6" || p[0].Text != "其他来源" ||
		!strings.Contains(p[0].Message, "第 6 行有金额但项目名称“其他来源”不在模板中") {
		t.Errorf("problems %+v", res.Problems)
	}
	if len(notesOf(res, "missing_rows")) != 0 {
		t.Errorf("notes %+v", res.Notes)
	}
}

// TestSidesOneAmountColumnWithoutHeader: a side with one amount column and
// no recognisable header takes the template's one column of that side.
func TestSidesOneAmountColumnWithoutHeader(t *testing.T) {
	book := gridbook.Parse("== S\n收入支出决算总表\n\t\t\t单位：万元\n收入\t\t支出\n" +
		"一般公共预算财政拨款收入\t10.00\t一般公共服务支出\t10.00\n" +
		"本年收入合计\t10.00\t本年支出合计\t10.00\n总计\t10.00\t总计\t10.00\n")
	res := Find(book)
	tb := res.Table("01")
	if tb == nil || len(tb.Columns) != 2 {
		t.Fatalf("01: %+v", tb)
	}
	wantWan(t, tb.RowByKey("收入总计"), "收入决算数", "B6", "10")
	wantWan(t, tb.RowByKey("支出总计"), "支出决算数", "D6", "10")
}

// TestSidesNotes: what cannot be checked on 01 is said in the 识别说明.
func TestSidesNotes(t *testing.T) {
	for _, c := range []struct {
		name, grid, kind, message string
	}{
		{"no row names", "== S\n收入支出决算总表\n单位：万元\n甲\t1.00\n乙\t2.00\n", "no_rows",
			"《收入支出决算总表》中没有找到“本年收入合计”“总计”等项目名称，无法逐行核对"},
		{"no amount column", "== S\n收入支出决算总表\n单位：万元\n项目\t说明\n本年收入合计\t见附表\n总计\t见附表\n", "no_columns",
			"《收入支出决算总表》中没有找到金额栏（如“决算数”“金额”），无法核对"},
		{"totals missing", "== S\n收入支出决算总表\n单位：万元\n项目\t决算数\n一般公共预算财政拨款收入\t1.00\n事业收入\t2.00\n", "missing_rows",
			"《收入支出决算总表》中没有找到“本年收入合计”“本年支出合计”“收入总计”“支出总计”行"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := Find(gridbook.Parse(c.grid))
			if res.Table("01") == nil {
				t.Fatal("01 not recognised")
			}
			n := notesOf(res, c.kind)
			if len(n) != 1 || !strings.Contains(n[0].Message, c.message) || n[0].Cell != "A1" || n[0].Form != "01" {
				t.Errorf("notes %+v, want %s %q", res.Notes, c.kind, c.message)
			}
		})
	}
}

// TestBlocksSplitCodes: 06 with 类 | 款 columns in each block, a child row
// leaving its 类 blank and Excel keeping 款 02 as 2, and the 人员经费合计 /
// 公用经费合计 lines under their blocks.
func TestBlocksSplitCodes(t *testing.T) {
	book := gridbook.Parse("== S\n一般公共预算财政拨款基本支出决算表\n\t\t\t\t\t\t\t金额单位：万元\n" +
		"人员经费\t\t\t\t公用经费\n" +
		"科目编码\t\t科目名称\t决算数\t科目编码\t\t科目名称\t决算数\n" +
		"类\t款\t\t\t类\t款\n" +
		"301\t\t工资福利支出\t10.00\t302\t\t商品和服务支出\t3.00\n" +
		"\t01\t基本工资\t6.00\t\t01\t办公费\t1.00\n" +
		"\t2\t津贴补贴\t4.00\t\t99\t其他商品和服务支出\t2.00\n" +
		"人员经费合计\t\t\t10.00\t公用经费合计\t\t\t3.00\n" +
		"!merge A3:D3 E3:H3 A4:B4 E4:F4\n")
	res := Find(book)
	tb := res.Table("06")
	if tb == nil {
		t.Fatal("06 not recognised")
	}
	for _, c := range []struct{ code, codeCell, name, ref, wan string }{
		{"301", "A6", "工资福利支出", "D6", "10"},
		{"30101", "B7", "基本工资", "D7", "6"},
		{"30102", "B8", "津贴补贴", "D8", "4"},
		{"302", "E6", "商品和服务支出", "H6", "3"},
		{"30201", "F7", "办公费", "H7", "1"},
		{"30299", "F8", "其他商品和服务支出", "H8", "2"},
	} {
		r := tb.RowByCode(c.code)
		if r == nil || r.CodeCell != c.codeCell || r.Name != c.name {
			t.Errorf("%s: %+v", c.code, r)
			continue
		}
		wantWan(t, r, "决算数", c.ref, c.wan)
	}
	wantWan(t, tb.RowByKey(template.RowPersonnel), "决算数", "D9", "10")
	wantWan(t, tb.RowByKey(template.RowPublic), "决算数", "H9", "3")
	if len(res.Problems) != 0 || len(notesOf(res, "no_columns")) != 0 {
		t.Errorf("problems %+v notes %+v", res.Problems, res.Notes)
	}
}

// TestBlocksCodeAndNameInOneCell: the ministry style prints "30101 基本工资"
// in one cell, and 人员经费 / 公用经费 totals with the amount a few cells
// to the right.
func TestBlocksCodeAndNameInOneCell(t *testing.T) {
	book := gridbook.Parse("== S\n一般公共预算财政拨款基本支出决算表\n金额单位：万元\n" +
		"科目编码\t决算数\t科目编码\t决算数\n" +
		"301 工资福利支出\t10.00\t302 商品和服务支出\t3.00\n" +
		"30101 基本工资\t10.00\t30201 办公费\t3.00\n" +
		"人员经费\t\t公用经费\t\t3.00\n")
	tb := Find(book).Table("06")
	if tb == nil {
		t.Fatal("06 not recognised")
	}
	if r := tb.RowByCode("30201"); r == nil || r.Name != "办公费" || r.NameCell != "C5" {
		t.Errorf("30201: %+v", r)
	}
	wantWan(t, tb.RowByCode("30101"), "决算数", "B5", "10")
	// 人员经费 has its block's amount cell left blank and no amount to its
	// right before 公用经费: it is read as blank, not as 公用经费's 3.00.
	if r := tb.RowByKey(template.RowPersonnel); r == nil || r.Cells["决算数"].Value.Kind != amount.Blank {
		t.Errorf("人员经费合计: %+v", r)
	}
	wantWan(t, tb.RowByKey(template.RowPublic), "决算数", "E6", "3")
}

func TestBlocksWithoutHeader(t *testing.T) {
	res := Find(gridbook.Parse("== S\n一般公共预算财政拨款基本支出决算表\n金额单位：万元\n工资福利支出\t10.00\n"))
	n := notesOf(res, "no_columns")
	if len(n) != 1 || n[0].Message != "《一般公共预算财政拨款基本支出决算表》未找到“科目编码”“决算数”表头，无法核对" {
		t.Errorf("notes %+v", res.Notes)
	}
}

// sanGong is a 三公 table in the ministry style: 预算数 and 决算数 over the
// items, 公务用车 split in three, no 栏次.
const sanGong = "== S\n财政拨款“三公”经费支出决算表\n\t\t\t\t\t\t\t\t\t\t\t单位：万元\n" +
	"预算数\t\t\t\t\t\t决算数\n" +
	"合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\n" +
	"\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\n" +
	"8.00\t2.00\t5.00\t2.00\t3.00\t1.00\t4.00\t1.00\t2.00\t0\t2.00\t1.00\n" +
	"!merge A3:F3 G3:L3 C4:E4 I4:K4 A4:A5 B4:B5 F4:F5 G4:G5 H4:H5 L4:L5\n"

// TestSanGongColumns: each of the twelve amounts is read under its own key,
// 预算 and 决算 told apart by the header above, 小计 not taken for 购置费.
func TestSanGongColumns(t *testing.T) {
	res := Find(gridbook.Parse(sanGong))
	tb := res.Table("09")
	if tb == nil || len(tb.Columns) != 12 || len(tb.Rows) != 1 {
		t.Fatalf("09: %+v", tb)
	}
	r := tb.Rows[0]
	for _, c := range []struct{ key, ref, wan string }{
		{"预算合计", "A6", "8"}, {"预算因公出国", "B6", "2"}, {"预算公务用车小计", "C6", "5"}, {"预算公务用车购置", "D6", "2"},
		{"预算公务用车运维", "E6", "3"}, {"预算公务接待", "F6", "1"}, {"决算合计", "G6", "4"}, {"决算因公出国", "H6", "1"},
		{"决算公务用车小计", "I6", "2"}, {"决算公务用车购置", "J6", "0"}, {"决算公务用车运维", "K6", "2"}, {"决算公务接待", "L6", "1"},
	} {
		wantWan(t, r, c.key, c.ref, c.wan)
	}
	if len(res.Problems) != 0 || len(notesOf(res, "missing_columns")) != 0 {
		t.Errorf("problems %+v notes %+v", res.Problems, res.Notes)
	}
}

// TestSanGongExtraRow: only one row of 三公 amounts is checked; a second one
// is noted, not silently ignored.
func TestSanGongExtraRow(t *testing.T) {
	grid := strings.Replace(sanGong, "!merge", "其中：本级\t1.00\n!merge", 1)
	res := Find(gridbook.Parse(grid))
	tb := res.Table("09")
	if len(tb.Rows) != 1 || tb.Rows[0].SheetRow != 6 {
		t.Fatalf("rows %+v", tb.Rows)
	}
	n := notesOf(res, "extra_row")
	if len(n) != 1 || n[0].Cell != "A7" || !strings.Contains(n[0].Message, "第 7 行也有金额，只核对了第 6 行") {
		t.Errorf("notes %+v", res.Notes)
	}
}

// TestSanGongNamedRow: a 三公 data row with a label left of the amounts
// keeps that label as its name.
func TestSanGongNamedRow(t *testing.T) {
	book := gridbook.Parse("== S\n财政拨款“三公”经费支出决算表\n单位：万元\n" +
		"项目\t预算数\t\t\t\t\t\t决算数\n" +
		"\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\n" +
		"\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\n" +
		"本部门\t8.00\t2.00\t5.00\t2.00\t3.00\t1.00\t4.00\t1.00\t2.00\t0\t2.00\t1.00\n" +
		"!merge B3:G3 H3:M3 D4:F4 J4:L4\n")
	tb := Find(book).Table("09")
	if tb == nil || len(tb.Rows) != 1 {
		t.Fatalf("09: %+v", tb)
	}
	if r := tb.Rows[0]; r.Name != "本部门" || r.NameCell != "A6" {
		t.Errorf("row %+v", r)
	}
	wantWan(t, tb.Rows[0], "决算公务接待", "M6", "1")
}
