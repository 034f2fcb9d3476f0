package locate

import (
	"strings"
	"testing"

	"reportcheck/internal/template"
	"reportcheck/internal/testkit/gridbook"
	"reportcheck/internal/workbook"
)

const table05 = "一般公共预算财政拨款支出决算表\n金额单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
	"合计\t\t9.00\t4.00\t5.00\n201\t一般公共服务支出\t9.00\t4.00\t5.00\n"

// TestTableOfContentsIsNotTheTable: a contents sheet listing the titles is
// recognised too, but the table with the amounts is kept, the other noted,
// and the contents' own problems (no unit) are not reported.
func TestTableOfContentsIsNotTheTable(t *testing.T) {
	book := gridbook.Parse("== 目录\n部门决算公开目录\n一般公共预算财政拨款支出决算表\n\n\n\n\n== 05\n" + table05)
	res := Find(book)
	if len(res.Tables) != 1 {
		t.Fatalf("%d tables", len(res.Tables))
	}
	if tb := res.Tables[0]; tb.Sheet != "05" || tb.RowByCode("201") == nil {
		t.Fatalf("kept %s!%s", tb.Sheet, tb.FormCell)
	}
	n := notesOf(res, "duplicate_table")
	if len(n) != 1 || n[0].Sheet != "目录" || n[0].Cell != "A2" ||
		n[0].Message != "目录!A2 处又有一张一般公共预算财政拨款支出决算表，已按 05!A1 处的表核对" {
		t.Errorf("notes %+v", res.Notes)
	}
	if len(res.Problems) != 0 {
		t.Errorf("problems of the contents reported: %+v", res.Problems)
	}
}

// TestCodeDisagreesWithTitle: read with the 湖北 template only, 公开07表
// printed beside the 三公 title is read by its title, and the clerk is told.
func TestCodeDisagreesWithTitle(t *testing.T) {
	book := gridbook.Parse("== S\n财政拨款“三公”经费支出决算表\n公开07表\n单位：万元\n" +
		"预算数\t\t\t\t\t\t决算数\n合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\n" +
		"\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\n" +
		"1\t0\t0\t0\t0\t1\t1\t0\t0\t0\t0\t1\n!merge A4:F4 G4:L4 C5:E5 I5:K5\n")
	res := Find(book, template.Hubei2023())
	tb := res.Table("09")
	if tb == nil || tb.Code != "07" || tb.FormCell != "A2" || tb.Label() != "公开07表" {
		t.Fatalf("09: %+v", tb)
	}
	n := notesOf(res, "code_title_mismatch")
	if len(n) != 1 || n[0].Cell != "A2" || !strings.Contains(n[0].Message, "表号“公开07表”与表名“财政拨款“三公”经费支出决算表”在“湖北 2023") ||
		!strings.HasSuffix(n[0].Message, "按表名识别为财政拨款“三公”经费支出决算表") {
		t.Errorf("notes %+v", res.Notes)
	}
	if len(notesOf(res, "template")) != 0 {
		t.Error("a template note with only one template to choose from")
	}
	// With both templates, the ministry style (三公 is 公开07表) is chosen.
	if res := Find(book); res.Template.ID != "ministry-2024" || len(notesOf(res, "code_title_mismatch")) != 0 {
		t.Errorf("template %s notes %+v", res.Template.ID, res.Notes)
	}
}

// TestTableByCodeAlone: a form code without a title beside it names the
// table in the chosen template; a code the template does not print is noted.
func TestTableByCodeAlone(t *testing.T) {
	grid := "== S\n\t\t\t\t公开05表\n金额单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
		"合计\t\t9.00\t4.00\t5.00\n201\t一般公共服务支出\t9.00\t4.00\t5.00\n"
	res := Find(gridbook.Parse(grid), template.Hubei2023())
	tb := res.Table("05")
	if tb == nil || tb.Title != "" || tb.FormCell != "E1" || tb.Year != "" {
		t.Fatalf("05 by code: %+v", tb)
	}
	wantWan(t, tb.RowByCode("201"), "基本支出", "D5", "4")

	noCodes := template.Ministry2024()
	noCodes.ID = "no-codes"
	for i := range noCodes.Forms {
		noCodes.Forms[i].Code = ""
	}
	res = Find(gridbook.Parse(grid), noCodes)
	if len(res.Tables) != 0 {
		t.Fatalf("tables %+v", res.Tables)
	}
	n := notesOf(res, "unknown_code")
	if len(n) != 1 || n[0].Cell != "E1" || !strings.Contains(n[0].Message, "表号“公开05表”旁没有可识别的表名") {
		t.Errorf("notes %+v", res.Notes)
	}
}

// TestKPITitleEndsAStackedTable: a 绩效自评表 stacked below a public table
// ends it; its rows are not read as the table's.
func TestKPITitleEndsAStackedTable(t *testing.T) {
	book := gridbook.Parse("== S\n" + table05 + "\n项目支出绩效自评表\n2010199\t其他一般公共服务支出\t50.00\t40.00\t10.00\n")
	tb := Find(book).Table("05")
	if tb == nil {
		t.Fatal("05 not recognised")
	}
	if tb.RowByCode("2010199") != nil || tb.Bottom != 5 {
		t.Errorf("05 reads to row %d, rows %d", tb.Bottom, len(tb.Rows))
	}
}

// TestTwoTablesStacked: two tables on one sheet each end where the next
// begins, and each keeps its own rows and unit.
func TestTwoTablesStacked(t *testing.T) {
	book := gridbook.Parse("== S\n" + table05 + "\n\n支出决算表\n金额单位：元\n科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n" +
		"合计\t\t90000.00\t40000.00\t50000.00\n201\t一般公共服务支出\t90000.00\t40000.00\t50000.00\n")
	res := Find(book)
	t05, t03 := res.Table("05"), res.Table("03")
	if t05 == nil || t03 == nil {
		t.Fatalf("tables %+v", res.Tables)
	}
	if t05.Bottom != 5 || t03.Top != 8 || len(t05.Rows) != 2 || len(t03.Rows) != 2 {
		t.Errorf("05 rows %d–%d, 03 from %d", t05.Top, t05.Bottom, t03.Top)
	}
	wantWan(t, t05.RowByCode("201"), "本年支出合计", "C5", "9")
	wantWan(t, t03.RowByCode("201"), "本年支出合计", "C12", "9")
}

// TestDepartmentAndYear: from a 第一部分 cover line, and the year from the
// table's own title before any cover.
func TestDepartmentAndYear(t *testing.T) {
	for _, c := range []struct {
		name, grid, dept, year string
	}{
		{"cover with part number", "== 封面\n第一部分 上海市普陀区财政局2024年度部门决算\n== S\n" + table05, "上海市普陀区财政局", "2024"},
		{"year from the title, department from the cover", "== 封面\n江岸区科经局2022年度部门决算\n== S\n2023年度" + table05, "江岸区科经局", "2023"},
		{"department line of the table", "== S\n" + strings.Replace(table05, "金额单位：万元", "编制单位：某某局\t金额单位：万元", 1), "某某局", ""},
		{"nothing to read", "== S\n" + table05, "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := Find(gridbook.Parse(c.grid))
			if res.Dept != c.dept || res.Year != c.year {
				t.Errorf("dept %q year %q, want %q %q", res.Dept, res.Year, c.dept, c.year)
			}
		})
	}
}

// TestHostileMerges: a merge over a whole sheet or below the last row is
// not taken for a header.
func TestHostileMerges(t *testing.T) {
	book := gridbook.Parse("== S\n" + table05)
	book.Sheets[0].Merges = append(book.Sheets[0].Merges,
		workbook.Merge{Top: 1, Left: 1, Bottom: 1048576, Right: 16384},
		workbook.Merge{Top: 100, Left: 1, Bottom: 200, Right: 3},
		workbook.Merge{Top: 0, Left: 0, Bottom: 2, Right: 2})
	tb := Find(book).Table("05")
	if tb == nil {
		t.Fatal("05 not recognised")
	}
	wantWan(t, tb.RowByCode("201"), "项目支出", "E5", "5")
}

// TestTitleVariants: titles are recognised whole, whatever department,
// year, ordinal or form code surround them.
func TestTitleVariants(t *testing.T) {
	titles := titleIndex(template.Builtin())
	for _, c := range []struct{ in, want string }{
		{"某某局2023年度一般公共预算财政拨款基本支出决算明细表", "06"},
		{"【公开05表】一般公共预算财政拨款支出决算表", "05"},
		{"江岸区科经局本级支出决算表", "03"},
		{"三公经费支出决算表", "09"},
		{"2023年度部门整体支出绩效自评表（决算）", ""},
		{"一般公共预算财政拨款支出决算表，单位万元", ""},
		{"支出预算表", ""},
		{strings.Repeat("很长", 31) + "决算表", ""},
	} {
		if got := matchTitle(template.Squash(c.in), titles); got != c.want {
			t.Errorf("matchTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"公开01表", "01"}, {"公开1表", "01"}, {"公开09表", "09"}, {"见公开01表至公开09表的全部说明内容", ""}, {"公开表", ""},
	} {
		if got := formCode(c.in); got != c.want {
			t.Errorf("formCode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestUnknownClassNamedByCodeTable: a 类 the template lacks on 01 takes the
// code 02 prints beside the same name, so the two tables can be compared
// class by class; the 识别说明 says so.
func TestUnknownClassNamedByCodeTable(t *testing.T) {
	book := gridbook.Parse("== 01\n收入支出决算总表\n\t\t\t单位：万元\n项目\t决算数\t项目\t决算数\n" +
		"一、一般公共预算财政拨款收入\t10.00\t一、一般公共服务支出\t4.00\n\t\t二十七、新设类支出\t6.00\n" +
		"本年收入合计\t10.00\t本年支出合计\t10.00\n总计\t10.00\t总计\t10.00\n" +
		"== 02\n收入决算表\n单位：万元\n科目编码\t科目名称\t本年收入合计\t财政拨款收入\n合计\t\t10.00\t10.00\n" +
		"201\t一般公共服务支出\t4.00\t4.00\n235\t新设类支出\t6.00\t6.00\n")
	res := Find(book)
	var row *Row
	for _, r := range res.Table("01").Rows {
		if r.Name == "二十七、新设类支出" {
			row = r
		}
	}
	if row == nil || !row.Class || row.Code != "235" || row.Side != 1 {
		t.Fatalf("新设类支出 on 01: %+v", row)
	}
	wantWan(t, row, "支出决算数", "D5", "6")
	n := notesOf(res, "unknown_class_row")
	if len(n) != 1 || n[0].Cell != "C5" || !strings.Contains(n[0].Message, "已按其他表中同名科目识别为 235 并参与合计") {
		t.Errorf("notes %+v", res.Notes)
	}
}

// TestColumnsByNumber: a 湖北 03 whose headers name no column but which
// prints 栏次 1–3 is read by 栏次, with the templates given explicitly or
// the built-in ones.
func TestColumnsByNumber(t *testing.T) {
	grid := "== S\n支出决算表\n公开03表\n金额单位：万元\n科目编码\t科目名称\t甲\t乙\t丙\n栏次\t\t1\t2\t3\n" +
		"合计\t\t9.00\t4.00\t5.00\n201\t一般公共服务支出\t9.00\t4.00\t5.00\n"
	check := func(t *testing.T, res *Result) {
		t.Helper()
		tb := res.Table("03")
		if tb == nil {
			t.Fatal("03 not recognised")
		}
		if c := tb.ColumnByNumber(2); c == nil || c.Key != "基本支出" || c.Col != 4 {
			t.Fatalf("栏次 2: %+v; notes %+v", c, res.Notes)
		}
		wantWan(t, tb.RowByCode("201"), "项目支出", "E7", "5")
	}
	t.Run("湖北 template alone", func(t *testing.T) { check(t, Find(gridbook.Parse(grid), template.Hubei2023())) })
	t.Run("built-in templates", func(t *testing.T) {
		check(t, Find(gridbook.Parse(grid)))
	})
}
