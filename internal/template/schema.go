package template

// Shape tells the recogniser how a table is laid out.
type Shape uint8

const (
	// ShapeSides: named rows on an income (left) and an expense (right) side,
	// the expense side listing 功能分类 类 by name (01, 04).
	ShapeSides Shape = iota
	// ShapeCodes: rows by 功能分类 code (in one cell or split over 类/款/项)
	// and a 合计 row (02, 03, 05, 07, 08).
	ShapeCodes
	// ShapeBlocks: 经济分类 code blocks side by side with 人员经费合计 and
	// 公用经费合计 (06).
	ShapeBlocks
	// ShapeSingle: one data row under a multi-row column header (三公).
	ShapeSingle
)

// FormSchema is the canonical vocabulary of one table: the keys rules are
// written in, whatever a template prints.
type FormSchema struct {
	Key     string
	Name    string // the standard title, for messages
	Shape   Shape
	Rows    []string // named rows (besides 合计 and code rows)
	Columns []string
	// RowGroups and ColumnGroups name lists of keys a rule sums with Σ.
	RowGroups    map[string][]string
	ColumnGroups map[string][]string
}

// HasRow reports whether key names a row of the table.
func (s *FormSchema) HasRow(key string) bool { return contains(s.Rows, key) }

// HasColumn reports whether key names a column of the table.
func (s *FormSchema) HasColumn(key string) bool { return contains(s.Columns, key) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// FormKeys lists the nine tables in domain.md's order.
var FormKeys = []string{"01", "02", "03", "04", "05", "06", "07", "08", "09"}

// Keys of rows every code table has.
const (
	RowTotal     = "合计"
	RowPersonnel = "人员经费合计"
	RowPublic    = "公用经费合计"
)

var codeRows = []string{RowTotal}

var schemas = []*FormSchema{
	{Key: "01", Name: "收入支出决算总表", Shape: ShapeSides,
		Rows: []string{
			"一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入",
			"事业收入", "经营收入", "附属单位上缴收入", "其他收入", "本年收入合计", "使用非财政拨款结余", "年初结转和结余", "收入总计",
			"本年支出合计", "结余分配", "年末结转和结余", "支出总计"},
		Columns: []string{"收入决算数", "支出决算数"},
		RowGroups: map[string][]string{"收入各项": {"一般公共预算财政拨款收入", "政府性基金预算财政拨款收入",
			"国有资本经营预算财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"},
			"财政拨款收入": {"一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"}},
	},
	{Key: "02", Name: "收入决算表", Shape: ShapeCodes, Rows: codeRows,
		Columns:      []string{"本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"},
		ColumnGroups: map[string][]string{"收入来源": {"财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"}},
	},
	{Key: "03", Name: "支出决算表", Shape: ShapeCodes, Rows: codeRows,
		Columns:      []string{"本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"},
		ColumnGroups: map[string][]string{"支出各项": {"基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"}},
	},
	{Key: "04", Name: "财政拨款收入支出决算总表", Shape: ShapeSides,
		Rows: []string{
			"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款", "本年收入合计",
			"年初财政拨款结转和结余", "年初一般公共预算财政拨款", "年初政府性基金预算财政拨款", "年初国有资本经营预算财政拨款", "收入总计",
			"本年支出合计", "年末财政拨款结转和结余", "年末一般公共预算财政拨款", "年末政府性基金预算财政拨款", "年末国有资本经营预算财政拨款", "支出总计"},
		Columns: []string{"收入决算数", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"},
		RowGroups: map[string][]string{
			"收入各项": {"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"},
			"年初各项": {"年初一般公共预算财政拨款", "年初政府性基金预算财政拨款", "年初国有资本经营预算财政拨款"},
			"年末各项": {"年末一般公共预算财政拨款", "年末政府性基金预算财政拨款", "年末国有资本经营预算财政拨款"}},
		ColumnGroups: map[string][]string{"资金来源": {"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"}},
	},
	{Key: "05", Name: "一般公共预算财政拨款支出决算表", Shape: ShapeCodes, Rows: codeRows,
		Columns: []string{"本年支出合计", "基本支出", "项目支出"}},
	{Key: "06", Name: "一般公共预算财政拨款基本支出决算表", Shape: ShapeBlocks,
		Rows: []string{RowPersonnel, RowPublic}, Columns: []string{"决算数"}},
	{Key: "07", Name: "政府性基金预算财政拨款收入支出决算表", Shape: ShapeCodes, Rows: codeRows,
		Columns: []string{"年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"}},
	{Key: "08", Name: "国有资本经营预算财政拨款收入支出决算表", Shape: ShapeCodes, Rows: codeRows,
		Columns: []string{"年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"}},
	{Key: "09", Name: "财政拨款“三公”经费支出决算表", Shape: ShapeSingle,
		Columns: []string{"预算合计", "预算因公出国", "预算公务用车小计", "预算公务用车购置", "预算公务用车运维", "预算公务接待",
			"决算合计", "决算因公出国", "决算公务用车小计", "决算公务用车购置", "决算公务用车运维", "决算公务接待"}},
}

// Schema returns the canonical vocabulary of a table, or nil.
func Schema(key string) *FormSchema {
	for _, s := range schemas {
		if s.Key == key {
			return s
		}
	}
	return nil
}

// StandardName is a table's standard title, for messages.
func StandardName(key string) string {
	if s := Schema(key); s != nil {
		return s.Name
	}
	return ""
}

// Keys of the two 绩效自评表 forms, beside the nine tables' "01".."09".
const (
	FormKPIDept    = "kpi-dept"
	FormKPIProject = "kpi-project"
)

// kpiNames are the 绩效自评表 forms' display names.
var kpiNames = map[string]string{FormKPIDept: "部门整体绩效自评表", FormKPIProject: "项目支出绩效自评表"}

// FormName is the display name of a form key: a table's standard title
// (StandardName) or a 绩效自评表's name; "" for an unknown key. It is the
// one spelling of these names: the text report, the annotated workbook and
// the page (through the wasm forms()) all take it from here. A template's
// Titles are what a draft may print instead, and are matched, not shown.
func FormName(key string) string {
	if n, ok := kpiNames[key]; ok {
		return n
	}
	return StandardName(key)
}

// FormNames maps every form key to FormName.
func FormNames() map[string]string {
	out := make(map[string]string, len(schemas)+len(kpiNames))
	for _, s := range schemas {
		out[s.Key] = s.Name
	}
	for k, n := range kpiNames {
		out[k] = n
	}
	return out
}
