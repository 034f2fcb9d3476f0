package template

// Builtin returns the built-in templates, 湖北 2023 first.
func Builtin() []*Template { return []*Template{Hubei2023(), Ministry2024()} }

// ByID finds a built-in template.
func ByID(id string) *Template {
	for _, t := range Builtin() {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// Titles shared by both built-in templates; each template adds its own.
var (
	titles01 = []string{"收入支出决算总表"}
	titles02 = []string{"收入决算表"}
	titles03 = []string{"支出决算表"}
	titles04 = []string{"财政拨款收入支出决算总表"}
	titles05 = []string{"一般公共预算财政拨款支出决算表"}
	titles06 = []string{"一般公共预算财政拨款基本支出决算明细表", "一般公共预算财政拨款基本支出决算表", "基本支出决算明细表"}
	titles07 = []string{"政府性基金预算财政拨款收入支出决算表"}
	titles08 = []string{"国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"}
	titles09 = []string{"财政拨款三公经费支出决算表", "一般公共预算财政拨款三公经费支出决算表", "三公经费支出决算表"}
)

func incomeRows01(lines bool) []Row {
	rows := []Row{
		{Key: "一般公共预算财政拨款收入", Names: []string{"一般公共预算财政拨款收入", "一般公共预算财政拨款"}, Line: 1},
		{Key: "政府性基金预算财政拨款收入", Names: []string{"政府性基金预算财政拨款收入", "政府性基金预算财政拨款"}, Line: 2},
		{Key: "国有资本经营预算财政拨款收入", Names: []string{"国有资本经营预算财政拨款收入", "国有资本经营预算财政拨款", "国有资本经营财政拨款收入"}, Line: 3},
		{Key: "上级补助收入", Line: 4}, {Key: "事业收入", Line: 5}, {Key: "经营收入", Line: 6},
		{Key: "附属单位上缴收入", Line: 7}, {Key: "其他收入", Line: 8},
		{Key: "本年收入合计", Line: 27},
		{Key: "使用非财政拨款结余", Names: []string{"使用非财政拨款结余", "使用非财政拨款结余(含专用结余)"}, Line: 28},
		{Key: "年初结转和结余", Names: []string{"年初结转和结余", "年初结转结余"}, Line: 29},
		{Key: "收入总计", Names: []string{"总计", "收入总计"}, Line: 30},
		{Key: "本年支出合计", Line: 57, Side: 1},
		{Key: "结余分配", Line: 58, Side: 1},
		{Key: "年末结转和结余", Names: []string{"年末结转和结余", "年末结转结余"}, Line: 59, Side: 1},
		{Key: "支出总计", Names: []string{"总计", "支出总计"}, Line: 60, Side: 1},
	}
	return withLines(rows, lines)
}

func rows04(lines bool) []Row {
	gpb := []string{"一般公共预算财政拨款", "一般公共预算财政拨款收入", "一般公共预算"}
	gov := []string{"政府性基金预算财政拨款", "政府性基金预算财政拨款收入", "政府性基金预算"}
	soe := []string{"国有资本经营预算财政拨款", "国有资本经营预算财政拨款收入", "国有资本经营财政拨款", "国有资本经营预算"}
	rows := []Row{
		{Key: "一般公共预算财政拨款", Names: gpb, Line: 1},
		{Key: "政府性基金预算财政拨款", Names: gov, Line: 2},
		{Key: "国有资本经营预算财政拨款", Names: soe, Line: 3},
		{Key: "本年收入合计", Line: 27},
		{Key: "年初财政拨款结转和结余", Names: []string{"年初财政拨款结转和结余", "年初财政拨款结转结余", "年初结转和结余"}, Line: 28},
		{Key: "年初一般公共预算财政拨款", Names: gpb, Line: 29},
		{Key: "年初政府性基金预算财政拨款", Names: gov, Line: 30},
		{Key: "年初国有资本经营预算财政拨款", Names: soe, Line: 31},
		{Key: "收入总计", Names: []string{"总计", "收入总计"}, Line: 32},
		{Key: "本年支出合计", Line: 59, Side: 1},
		{Key: "年末财政拨款结转和结余", Names: []string{"年末财政拨款结转和结余", "年末财政拨款结转结余", "年末结转和结余"}, Line: 60, Side: 1},
		{Key: "年末一般公共预算财政拨款", Names: gpb, Line: 61, Side: 1},
		{Key: "年末政府性基金预算财政拨款", Names: gov, Line: 62, Side: 1},
		{Key: "年末国有资本经营预算财政拨款", Names: soe, Line: 63, Side: 1},
		{Key: "支出总计", Names: []string{"总计", "支出总计"}, Line: 64, Side: 1},
	}
	return withLines(rows, lines)
}

// withLines drops the 行次 of a template that prints none.
func withLines(rows []Row, lines bool) []Row {
	if !lines {
		for i := range rows {
			rows[i].Line = 0
		}
	}
	return rows
}

// columns numbers a column list with 栏次 1, 2, … when the template prints them.
func columns(numbered bool, given ...Column) []Column {
	// A copy: the column lists are shared package variables, and numbering
	// them in place let building one template renumber another's 栏次.
	cols := append([]Column(nil), given...)
	for i := range cols {
		if numbered {
			cols[i].Number = i + 1
		} else {
			cols[i].Number = 0
		}
	}
	return cols
}

var (
	amountNames = []string{"决算数", "金额", "本年决算数", "决算金额", "本年数"}
	total02     = Column{Key: "本年收入合计", Names: []string{"本年收入合计", "收入合计", "合计"}}
	sources02   = []Column{{Key: "财政拨款收入", Names: []string{"财政拨款收入", "财政拨款"}}, {Key: "上级补助收入"}, {Key: "事业收入"},
		{Key: "经营收入"}, {Key: "附属单位上缴收入"}, {Key: "其他收入"}}
	basic  = Column{Key: "基本支出", Names: []string{"基本支出", "基本支出小计", "基本支出合计"}}
	proj   = Column{Key: "项目支出", Names: []string{"项目支出", "项目支出小计", "项目支出合计"}}
	cols03 = []Column{{Key: "本年支出合计", Names: []string{"本年支出合计", "支出合计", "合计"}}, basic, proj,
		{Key: "上缴上级支出"}, {Key: "经营支出"}, {Key: "对附属单位补助支出"}}
	cols05 = []Column{{Key: "本年支出合计", Names: []string{"合计", "小计", "本年支出合计", "本年支出小计"}}, basic, proj}
	spent  = Column{Key: "本年支出合计", Names: []string{"本年支出小计", "本年支出合计", "小计", "合计"}}
	cols07 = []Column{{Key: "年初结转和结余", Names: []string{"年初结转和结余", "年初结转结余"}}, {Key: "本年收入"}, spent,
		basic, proj, {Key: "年末结转和结余", Names: []string{"年末结转和结余", "年末结转结余"}}}
)

func cols04(numbered bool) []Column {
	out := []Column{{Key: "收入决算数", Names: amountNames, Number: 1},
		{Key: "合计", Names: []string{"合计", "小计"}, Number: 2, Side: 1},
		{Key: "一般公共预算财政拨款", Names: []string{"一般公共预算财政拨款", "一般公共预算"}, Number: 3, Side: 1},
		{Key: "政府性基金预算财政拨款", Names: []string{"政府性基金预算财政拨款", "政府性基金预算"}, Number: 4, Side: 1},
		{Key: "国有资本经营预算财政拨款", Names: []string{"国有资本经营预算财政拨款", "国有资本经营预算"}, Number: 5, Side: 1}}
	if !numbered {
		for i := range out {
			out[i].Number = 0
		}
	}
	return out
}

// cols09 lists the 三公 columns: 合计, 因公出国（境）费, 公务用车购置及运行维护费
// (小计, 购置费, 运行维护费) and 公务接待费, in 预算数 then 决算数.
func cols09(numbered bool) []Column {
	items := []struct {
		key   string
		names []string
	}{
		{"合计", []string{"合计"}},
		{"因公出国", []string{"因公出国(境)费", "因公出国(境)费用", "因公出国费"}},
		{"公务用车小计", []string{"小计", "公务用车购置及运行维护费", "公务用车购置及运行费"}},
		{"公务用车购置", []string{"公务用车购置费", "购置费", "公务用车购置"}},
		{"公务用车运维", []string{"公务用车运行维护费", "公务用车运行费", "运行维护费", "运行费"}},
		{"公务接待", []string{"公务接待费"}},
	}
	var out []Column
	for i, kind := range []struct{ key, with string }{{"预算", "预算数|年初预算数|全年预算数|预算"}, {"决算", "决算数|决算"}} {
		for j, it := range items {
			c := Column{Key: kind.key + it.key, Names: it.names, With: []string{kind.with}}
			if numbered {
				c.Number = i*6 + j + 1
			}
			out = append(out, c)
		}
	}
	return out
}

func cols01(numbered bool) []Column {
	out := []Column{{Key: "收入决算数", Names: amountNames, Number: 1}, {Key: "支出决算数", Names: amountNames, Number: 2, Side: 1}}
	if !numbered {
		out[0].Number, out[1].Number = 0, 0
	}
	return out
}

func join(lists ...[]Column) []Column {
	var out []Column
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// Hubei2023 is the template of the seed: 公开01表–公开09表, 行次 and 栏次, the
// identities printed in each table's note.
func Hubei2023() *Template {
	n := true
	return &Template{ID: "hubei-2023", Name: "湖北 2023（公开01–09表，带行次、栏次）", Forms: []Form{
		{Key: "01", Code: "01", Titles: titles01, Rows: incomeRows01(n), Columns: cols01(n),
			Notes: []string{"27行=(1+2+3+4+5+6+7+8)行", "30行=(27+28+29)行", "57行=(31+32+…+56)行", "60行=(57+58+59)行"}},
		{Key: "02", Code: "02", Titles: titles02, Columns: columns(n, join([]Column{total02}, sources02)...),
			Notes: []string{"1栏各行=(2+3+4+5+6+7)栏各行"}},
		{Key: "03", Code: "03", Titles: titles03, Columns: columns(n, cols03...), Notes: []string{"1栏各行=(2+3+4+5+6)栏各行"}},
		{Key: "04", Code: "04", Titles: titles04, Rows: rows04(n), Columns: cols04(n),
			Notes: []string{"27行=(1+2+3)行", "28行=(29+30+31)行", "32行=(27+28)行", "59行=(33+34+…+58)行", "64行=(59+60)行"}},
		{Key: "05", Code: "05", Titles: titles05, Columns: columns(n, cols05...), Notes: []string{"1栏各行=(2+3)栏各行"}},
		{Key: "06", Code: "06", Titles: titles06, Columns: []Column{{Key: "决算数", Names: amountNames}}},
		{Key: "07", Code: "07", Titles: titles07, Columns: columns(n, cols07...),
			Notes: []string{"6栏各行=(1+2-3)栏各行", "3栏各行=(4+5)栏各行"}},
		{Key: "08", Code: "08", Titles: titles08, Columns: columns(n, spent, cols07[3], cols07[4]), Notes: []string{"1栏各行=(2+3)栏各行"}},
		{Key: "09", Code: "09", Titles: titles09, Columns: cols09(n),
			Notes: []string{"1栏=(2+3+6)栏", "3栏=(4+5)栏", "7栏=(8+9+12)栏", "9栏=(10+11)栏"}},
	}}
}

// Ministry2024 is the ministry-style template (the blank 2024 template): no
// 行次, no 栏次, usually no form codes; 三公 is the 7th table, 政府性基金 the 8th,
// 国有资本经营 the 9th; 06 in two column pairs; 08 with 07's columns; 04
// without 年末 breakdown rows.
func Ministry2024() *Template {
	n := false
	t := &Template{ID: "ministry-2024", Name: "财政部格式 2024（无表号、行次、栏次）", Forms: []Form{
		{Key: "01", Titles: titles01, Rows: incomeRows01(n), Columns: cols01(n)},
		{Key: "02", Titles: titles02, Columns: columns(n, join([]Column{total02}, sources02)...)},
		{Key: "03", Titles: titles03, Columns: columns(n, cols03...)},
		{Key: "04", Titles: titles04, Rows: rows04(n), Columns: cols04(n)},
		{Key: "05", Titles: titles05, Columns: columns(n, cols05...)},
		{Key: "06", Titles: titles06, Columns: []Column{{Key: "决算数", Names: amountNames}}},
		{Key: "07", Titles: titles07, Columns: columns(n, cols07...)},
		{Key: "08", Titles: titles08, Columns: columns(n, cols07...)},
		{Key: "09", Titles: titles09, Columns: cols09(n)},
	}}
	// Where a region of this style prints form codes, it numbers them in the
	// printed order: 三公 07, 政府性基金 08, 国有资本经营 09.
	codes := map[string]string{"01": "01", "02": "02", "03": "03", "04": "04", "05": "05", "06": "06", "09": "07", "07": "08", "08": "09"}
	for i := range t.Forms {
		t.Forms[i].Code = codes[t.Forms[i].Key]
	}
	return t
}
