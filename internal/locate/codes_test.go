package locate

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"reportcheck/internal/amount"
	"reportcheck/internal/testkit/gridbook"
)

// wantWan checks a row's amount in 万元 and the cell it was read from.
func wantWan(t *testing.T, r *Row, col, ref, wan string) {
	t.Helper()
	if r == nil {
		t.Errorf("%s: row not found", col)
		return
	}
	c := r.Cells[col]
	if c == nil {
		t.Errorf("row %s%s has no %s cell", r.Key, r.Code, col)
		return
	}
	if c.Ref != ref || !c.Wan.Equal(decimal.RequireFromString(wan)) {
		t.Errorf("row %s%s %s = %s at %s, want %s at %s", r.Key, r.Code, col, c.Wan, c.Ref, wan, ref)
	}
}

func problemsOf(res *Result, kind string) []Problem {
	var out []Problem
	for _, p := range res.Problems {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

func notesOf(res *Result, kind string) []Note {
	var out []Note
	for _, n := range res.Notes {
		if n.Kind == kind {
			out = append(out, n)
		}
	}
	return out
}

// TestSplitCodes: 科目编码 printed over 类 | 款 | 项 columns, a child row
// leaving its 类 and 款 blank and Excel having dropped the leading zero of
// "01", still gives each row its full code at the cell that completes it.
func TestSplitCodes(t *testing.T) {
	book := gridbook.Parse("== S\n收入决算表\n公开02表\n\t\t\t\t金额单位：万元\n" +
		"科目编码\t\t\t科目名称\t本年收入合计\t财政拨款收入\n类\t款\t项\n栏次\t\t\t\t1\t2\n" +
		"合计\t\t\t\t125.00\t125.00\n" +
		"201\t\t\t一般公共服务支出\t5.00\t5.00\n\t04\t\t发展与改革事务\t5.00\t5.00\n\t\t02\t一般行政管理事务\t5.00\t5.00\n" +
		"206\t01\t\t科学技术管理事务\t120.00\t120.00\n\t\t1\t行政运行\t120.00\t120.00\n" +
		"!merge A4:C4\n")
	res := Find(book)
	tb := res.Table("02")
	if tb == nil {
		t.Fatal("02 not recognised")
	}
	for _, c := range []struct{ code, cell, name, amountRef, wan string }{
		{"201", "A8", "一般公共服务支出", "F8", "5"},
		{"20104", "B9", "发展与改革事务", "F9", "5"},
		{"2010402", "C10", "一般行政管理事务", "F10", "5"},
		{"20601", "B11", "科学技术管理事务", "F11", "120"},
		{"2060101", "C12", "行政运行", "F12", "120"},
	} {
		r := tb.RowByCode(c.code)
		if r == nil {
			t.Errorf("no row %s; rows %+v", c.code, tb.Rows)
			continue
		}
		if r.CodeCell != c.cell || r.Name != c.name {
			t.Errorf("%s: code at %s name %q, want %s %q", c.code, r.CodeCell, r.Name, c.cell, c.name)
		}
		wantWan(t, r, "财政拨款收入", c.amountRef, c.wan)
	}
	wantWan(t, tb.RowByKey("合计"), "本年收入合计", "E7", "125")
	if len(res.Problems) != 0 {
		t.Errorf("problems %+v", res.Problems)
	}
}

// TestCodeColumnFoundByContent: without a 科目编码 header the column that
// holds the codes is the code column.
func TestCodeColumnFoundByContent(t *testing.T) {
	book := gridbook.Parse("== S\n支出决算表\n单位：元\n\t\t本年支出合计\t基本支出\t项目支出\n" +
		"合计\t\t30000.00\t10000.00\t20000.00\n201\t一般公共服务支出\t30000.00\t10000.00\t20000.00\n")
	tb := Find(book).Table("03")
	if tb == nil || tb.Unit != amount.Yuan {
		t.Fatalf("03: %+v", tb)
	}
	r := tb.RowByCode("201")
	if r == nil || r.CodeCell != "A5" || r.Name != "一般公共服务支出" {
		t.Fatalf("row 201: %+v", r)
	}
	// 30000.00 元 is 3 万元 exactly, shown to six decimals of 万元.
	wantWan(t, r, "本年支出合计", "C5", "3")
	if c := r.Cells["本年支出合计"]; c.Places != 6 {
		t.Errorf("places %d, want 6", c.Places)
	}
}

// TestWrappedNames: a 科目名称 wrapped onto the next row joins its row; the
// amounts of a name wrapped over two rows are read from the second.
func TestWrappedNames(t *testing.T) {
	book := gridbook.Parse("== S\n一般公共预算财政拨款支出决算表\n金额单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
		"合计\t\t9.00\t4.00\t5.00\n" +
		"2240106\t安全监管\t4.00\t4.00\t\n\t（含应急管理）\n" +
		"2130599\t其他巩固脱贫攻坚\t\t\t\n\t成果衔接乡村振兴支出\t5.00\t\t5.00\n")
	res := Find(book)
	tb := res.Table("05")
	if tb == nil {
		t.Fatal("05 not recognised")
	}
	if r := tb.RowByCode("2240106"); r == nil || r.Name != "安全监管（含应急管理）" {
		t.Errorf("wrapped name: %+v", r)
	}
	r := tb.RowByCode("2130599")
	if r == nil || r.Name != "其他巩固脱贫攻坚成果衔接乡村振兴支出" {
		t.Fatalf("wrapped name with amounts below: %+v", r)
	}
	wantWan(t, r, "项目支出", "E8", "5")
	if len(tb.Rows) != 3 || len(res.Problems) != 0 {
		t.Errorf("%d rows, problems %+v", len(tb.Rows), res.Problems)
	}
}

// TestCellProblems: what a clerk must fix in a code table is reported at
// its cell — words where an amount belongs, a formula saved without its
// value, amounts on a row without a code — while the words clerks type for
// "nothing" count as nothing.
func TestCellProblems(t *testing.T) {
	book := gridbook.Parse("== S\n一般公共预算财政拨款支出决算表\n公开05表\n金额单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
		"合计\t\t=C7+C8\t4.00\t5.00\n" +
		"201\t一般公共服务支出\t4.00\t无\t见附表说明（二〇二三年度追加的专项项目资金）\n" +
		"205\t教育支出\t5.00\t不适用\t本单位无此项支出\n" +
		"\t小计\t9.00\t4.00\t5.00\n")
	res := Find(book)
	tb := res.Table("05")
	if tb == nil {
		t.Fatal("05 not recognised")
	}
	un := problemsOf(res, "uncached_formula")
	if len(un) != 1 || un[0].Cell != "C5" || !strings.Contains(un[0].Message, "公开05表 C5 是公式，但文件中没有保存计算结果") {
		t.Errorf("uncached formula: %+v", un)
	}
	if c := tb.RowByKey("合计").Cells["本年支出合计"]; c.Value.Kind != amount.Text || c.Value.IsNumber() {
		t.Errorf("an uncalculated formula reads as %v", c.Value.Kind)
	}
	bad := problemsOf(res, "unreadable_cell")
	if len(bad) != 1 || bad[0].Cell != "E6" || bad[0].Text != "见附表说明（二〇二三年度追加的专项项目资金）" ||
		!strings.Contains(bad[0].Message, "公开05表 E6 单元格内容“见附表说明（二〇二三年度追加的专项项目资…”不是金额") {
		t.Errorf("unreadable cell: %+v", bad)
	}
	r201, r205 := tb.RowByCode("201"), tb.RowByCode("205")
	if k := r201.Cells["基本支出"].Value.Kind; k != amount.Dash {
		t.Errorf("无 read as %v, want dash", k)
	}
	if k := r205.Cells["基本支出"].Value.Kind; k != amount.Dash {
		t.Errorf("不适用 read as %v, want dash", k)
	}
	if v := r205.Cells["项目支出"].Value; v.Kind != amount.Blank || v.Raw != "本单位无此项支出" {
		t.Errorf("an empty statement in a cell read as %v %q", v.Kind, v.Raw)
	}
	nc := problemsOf(res, "row_without_code")
	if len(nc) != 1 || nc[0].Cell != "C8" || nc[0].Text != "小计" || !strings.Contains(nc[0].Message, "公开05表第 8 行有金额但没有科目编码") {
		t.Errorf("row without code: %+v", nc)
	}
}

// TestColumnsByPosition: headers that name no column are read left to right
// only when as many columns hold amounts as the template has; otherwise
// the table is noted as unreadable by column.
func TestColumnsByPosition(t *testing.T) {
	t.Run("three amount columns for three template columns", func(t *testing.T) {
		book := gridbook.Parse("== S\n一般公共预算财政拨款支出决算表\n金额单位：万元\n科目编码\t科目名称\t甲\t乙\t丙\n" +
			"合计\t\t9.00\t4.00\t5.00\n201\t一般公共服务支出\t9.00\t4.00\t5.00\n")
		res := Find(book)
		tb := res.Table("05")
		var keys []string
		for _, c := range tb.Columns {
			keys = append(keys, c.Key)
		}
		if strings.Join(keys, " ") != "本年支出合计 基本支出 项目支出" {
			t.Fatalf("columns %v", keys)
		}
		wantWan(t, tb.RowByCode("201"), "项目支出", "E5", "5")
		if n := notesOf(res, "columns_by_position"); len(n) != 1 || !strings.Contains(n[0].Message, "按从左到右的顺序识别为“本年支出合计”等 3 栏") {
			t.Errorf("notes %+v", res.Notes)
		}
	})
	t.Run("two amount columns for three template columns", func(t *testing.T) {
		book := gridbook.Parse("== S\n一般公共预算财政拨款支出决算表\n金额单位：万元\n科目编码\t科目名称\t甲\t乙\n" +
			"合计\t\t9.00\t4.00\n201\t一般公共服务支出\t9.00\t4.00\n")
		res := Find(book)
		tb := res.Table("05")
		if len(tb.Columns) != 0 || len(tb.Rows) != 0 {
			t.Errorf("columns %+v rows %d", tb.Columns, len(tb.Rows))
		}
		if n := notesOf(res, "no_columns"); len(n) != 1 || !strings.Contains(n[0].Message, "《一般公共预算财政拨款支出决算表》的表头中没有可识别的栏名（如“合计”）") {
			t.Errorf("notes %+v", res.Notes)
		}
	})
}

// TestMissingColumnsAndTotal: a table without some template columns, or
// without its 合计 row, is read and the checks it cannot support are noted.
func TestMissingColumnsAndTotal(t *testing.T) {
	book := gridbook.Parse("== S\n支出决算表\n公开03表\n金额单位：万元\n科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n" +
		"201\t一般公共服务支出\t9.00\t4.00\t5.00\n")
	res := Find(book)
	mc := notesOf(res, "missing_columns")
	if len(mc) != 1 || mc[0].Cell != "A2" || !strings.Contains(mc[0].Message, "公开03表未找到“上缴上级支出”“经营支出”“对附属单位补助支出”栏") {
		t.Errorf("missing columns: %+v", res.Notes)
	}
	mr := notesOf(res, "missing_rows")
	if len(mr) != 1 || !strings.Contains(mr[0].Message, "公开03表中没有找到“合计”行") {
		t.Errorf("missing 合计: %+v", res.Notes)
	}
	wantWan(t, res.Table("03").RowByCode("201"), "基本支出", "D5", "4")
}

// TestNoUnit: a table that states no unit is read in 万元 and reported.
func TestNoUnit(t *testing.T) {
	book := gridbook.Parse("== S\n一般公共预算财政拨款支出决算表\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n合计\t\t9.00\t4.00\t5.00\n")
	res := Find(book)
	p := problemsOf(res, "no_unit")
	if len(p) != 1 || p[0].Form != "05" || p[0].Cell != "A1" || p[0].Message != "《一般公共预算财政拨款支出决算表》未写明金额单位，按万元处理" {
		t.Errorf("no_unit: %+v", res.Problems)
	}
	tb := res.Table("05")
	if tb.Unit != amount.UnitUnknown {
		t.Errorf("unit %v", tb.Unit)
	}
	wantWan(t, tb.RowByKey("合计"), "本年支出合计", "C3", "9")
}

// TestTotalOnHeaderLine: an empty table printing 合计 on the line of its
// sub-headers still has its 合计 row.
func TestTotalOnHeaderLine(t *testing.T) {
	book := gridbook.Parse("== S\n国有资本经营预算财政拨款支出决算表\n公开08表\n金额单位：万元\n" +
		"科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n合计\t\t\t\t\n\t本单位无国有资本经营预算财政拨款支出\n")
	res := Find(book)
	tb := res.Table("08")
	if tb == nil {
		t.Fatal("08 not recognised")
	}
	if r := tb.RowByKey("合计"); r == nil || r.NameCell != "A5" {
		t.Errorf("合计: %+v", r)
	}
	if tb.EmptyCell != "B6" || len(notesOf(res, "missing_rows")) != 0 {
		t.Errorf("empty statement at %q, notes %+v", tb.EmptyCell, res.Notes)
	}
}
