package rules

import (
	"reportcheck/internal/catalog"
	"reportcheck/internal/report"
)

// kind tells the evaluator how a rule is checked.
type kind uint8

const (
	kindIdentity  kind = iota // Expr is an identity in the notation of expr.go
	kindHierarchy             // 上级科目 = Σ下级科目, per column, in the rule's table
	kindStructure             // a structural check implemented in structure.go, keyed by ID
)

// Rule is one entry of the catalogue: data, not code.
type Rule struct {
	// ID, severity, Chinese title and doc, the identity in the canonical
	// notation (Expr, see expr.go) and in the 行次/栏次 notation of the
	// tables' own notes where a template prints them (Alias), and why a
	// retired rule no longer runs: the registry's entry, one source.
	catalog.Rule
	kind   kind
	parsed *expr
}

// Catalogue is every table rule. IDs are stable and never reused: a retired
// rule stays here with Retired documentation. T = identities printed in a
// table's note or implied by it, H = 类/款/项 hierarchy, X = cross-table,
// S = structure and input quality, N = the table's note.
var Catalogue = mustParse([]*Rule{
	// 公开01表 收入支出决算总表
	{Rule: catalog.Rule{ID: "T0101", Severity: report.Error, Form: "01", Title: "本年收入合计", Expr: "01表 [本年收入合计] = Σ[收入各项]", Alias: "27行 = (1+2+3+4+5+6+7+8)行",
		Doc: "本年收入合计（27行）应等于各项收入（1–8行）之和。"}},
	{Rule: catalog.Rule{ID: "T0102", Severity: report.Error, Form: "01", Title: "收入总计", Expr: "01表 [收入总计] = [本年收入合计] + [使用非财政拨款结余] + [年初结转和结余]", Alias: "30行 = (27+28+29)行",
		Doc: "收入总计（30行）应等于本年收入合计、使用非财政拨款结余、年初结转和结余之和。"}},
	{Rule: catalog.Rule{ID: "T0103", Severity: report.Error, Form: "01", Title: "本年支出合计", Expr: "01表 [本年支出合计] = Σ[类]", Alias: "57行 = (31+32+…+56)行",
		Doc: "本年支出合计（57行）应等于各功能分类支出（31–56行）之和。"}},
	{Rule: catalog.Rule{ID: "T0104", Severity: report.Error, Form: "01", Title: "支出总计", Expr: "01表 [支出总计] = [本年支出合计] + [结余分配] + [年末结转和结余]", Alias: "60行 = (57+58+59)行",
		Doc: "支出总计（60行）应等于本年支出合计、结余分配、年末结转和结余之和。"}},
	{Rule: catalog.Rule{ID: "T0105", Severity: report.Error, Form: "01", Title: "收支总计平衡", Expr: "01表 [收入总计] = [支出总计]", Alias: "30行 = 60行",
		Doc: "收入总计（30行）应等于支出总计（60行）。"}},

	// 公开02表 收入决算表
	{Rule: catalog.Rule{ID: "T0201", Severity: report.Error, Form: "02", Title: "本年收入合计等于各项收入之和", Expr: "02表 <本年收入合计>各行 = Σ<收入来源>各行", Alias: "1栏各行 = (2+3+4+5+6+7)栏各行",
		Doc: "每一行的本年收入合计（1栏）应等于财政拨款收入至其他收入（2–7栏）之和。"}},
	{Rule: catalog.Rule{ID: "H0201", Severity: report.Error, Form: "02", Title: "类/款/项层级合计", Expr: "02表 上级科目各栏 = Σ下级科目各栏",
		Doc: "合计 = 各类之和；类 = 其下各款之和；款 = 其下各项之和（每一栏）。"}, kind: kindHierarchy},

	// 公开03表 支出决算表
	{Rule: catalog.Rule{ID: "T0301", Severity: report.Error, Form: "03", Title: "本年支出合计等于各项支出之和", Expr: "03表 <本年支出合计>各行 = Σ<支出各项>各行", Alias: "1栏各行 = (2+3+4+5+6)栏各行",
		Doc: "每一行的本年支出合计（1栏）应等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出（2–6栏）之和。"}},
	{Rule: catalog.Rule{ID: "H0301", Severity: report.Error, Form: "03", Title: "类/款/项层级合计", Expr: "03表 上级科目各栏 = Σ下级科目各栏",
		Doc: "合计 = 各类之和；类 = 其下各款之和；款 = 其下各项之和（每一栏）。"}, kind: kindHierarchy},

	// 公开04表 财政拨款收入支出决算总表
	{Rule: catalog.Rule{ID: "T0401", Severity: report.Error, Form: "04", Title: "本年财政拨款收入合计", Expr: "04表 [本年收入合计] = Σ[收入各项]", Alias: "27行 = (1+2+3)行",
		Doc: "本年收入合计（27行）应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款（1–3行）之和。"}},
	{Rule: catalog.Rule{ID: "T0402", Severity: report.Error, Form: "04", Title: "年初财政拨款结转和结余", Expr: "04表 [年初财政拨款结转和结余] = Σ[年初各项]", Alias: "28行 = (29+30+31)行",
		Doc: "年初财政拨款结转和结余（28行）应等于其三项明细（29–31行）之和。"}},
	{Rule: catalog.Rule{ID: "T0403", Severity: report.Error, Form: "04", Title: "收入总计", Expr: "04表 [收入总计] = [本年收入合计] + [年初财政拨款结转和结余]", Alias: "32行 = (27+28)行",
		Doc: "收入总计（32行）应等于本年收入合计与年初结转和结余之和。"}},
	{Rule: catalog.Rule{ID: "T0404", Severity: report.Error, Form: "04", Title: "本年财政拨款支出合计", Expr: "04表 [本年支出合计]各栏 = Σ[类]各栏", Alias: "59行各栏 = (33+34+…+58)行各栏",
		Doc: "本年支出合计（59行）应等于各功能分类支出（33–58行）之和，每一栏都应成立。"}},
	{Rule: catalog.Rule{ID: "T0405", Severity: report.Error, Form: "04", Title: "支出总计", Expr: "04表 [支出总计]各栏 = [本年支出合计]各栏 + [年末财政拨款结转和结余]各栏", Alias: "64行各栏 = (59+60)行各栏",
		Doc: "支出总计（64行）应等于本年支出合计与年末财政拨款结转和结余之和。"}},
	{Rule: catalog.Rule{ID: "T0406", Severity: report.Error, Form: "04", Title: "年末财政拨款结转和结余", Expr: "04表 [年末财政拨款结转和结余]各栏 = Σ[年末各项]各栏", Alias: "60行各栏 = (61+62+63)行各栏",
		Doc: "年末财政拨款结转和结余（60行）应等于其三项明细（61–63行）之和。"}},
	{Rule: catalog.Rule{ID: "T0407", Severity: report.Error, Form: "04", Title: "财政拨款收支总计平衡", Expr: "04表 [收入总计] = [支出总计]<合计>", Alias: "32行 = 64行2栏",
		Doc: "收入总计（32行）应等于支出总计（64行合计栏）。"}},
	{Rule: catalog.Rule{ID: "T0408", Severity: report.Error, Form: "04", Title: "合计栏等于分资金来源之和", Expr: "04表 <合计>各行 = Σ<资金来源>各行", Alias: "2栏各行 = (3+4+5)栏各行",
		Doc: "支出各行的合计（2栏）应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款（3–5栏）之和。"}},

	// 公开05表 一般公共预算财政拨款支出决算表
	{Rule: catalog.Rule{ID: "T0501", Severity: report.Error, Form: "05", Title: "小计等于基本支出与项目支出之和", Expr: "05表 <本年支出合计>各行 = <基本支出>各行 + <项目支出>各行", Alias: "1栏各行 = (2+3)栏各行",
		Doc: "每一行的小计（1栏）应等于基本支出（2栏）与项目支出（3栏）之和。"}},
	{Rule: catalog.Rule{ID: "H0501", Severity: report.Error, Form: "05", Title: "类/款/项层级合计", Expr: "05表 上级科目各栏 = Σ下级科目各栏",
		Doc: "合计 = 各类之和；类 = 其下各款之和；款 = 其下各项之和（每一栏）。"}, kind: kindHierarchy},

	// 公开06表 一般公共预算财政拨款基本支出决算明细表
	{Rule: catalog.Rule{ID: "T0601", Severity: report.Error, Form: "06", Title: "人员经费合计", Expr: "06表 [人员经费合计] = {人员经费}",
		Doc: "人员经费合计应等于工资福利支出（301）与对个人和家庭的补助（303）之和（科目清单可在规则配置中调整）。"}},
	{Rule: catalog.Rule{ID: "T0602", Severity: report.Error, Form: "06", Title: "公用经费合计", Expr: "06表 [公用经费合计] = {公用经费}",
		Doc: "公用经费合计应等于商品和服务支出（302）、债务利息及费用支出（307）、资本性支出（310）、其他支出（399）之和（科目清单可在规则配置中调整）。"}},
	{Rule: catalog.Rule{ID: "H0601", Severity: report.Error, Form: "06", Title: "经济分类类/款合计", Expr: "06表 类 = Σ款",
		Doc: "每个经济分类类级科目应等于其下各款之和。"}, kind: kindHierarchy},

	// 公开07表 政府性基金预算财政拨款收入支出决算表
	{Rule: catalog.Rule{ID: "T0701", Severity: report.Error, Form: "07", Title: "年末结转和结余", Expr: "07表 <年末结转和结余>各行 = <年初结转和结余>各行 + <本年收入>各行 - <本年支出合计>各行", Alias: "6栏各行 = (1+2-3)栏各行",
		Doc: "年末结转和结余（6栏）= 年初结转和结余（1栏）+ 本年收入（2栏）− 本年支出（3栏）。"}},
	{Rule: catalog.Rule{ID: "T0702", Severity: report.Error, Form: "07", Title: "本年支出小计", Expr: "07表 <本年支出合计>各行 = <基本支出>各行 + <项目支出>各行", Alias: "3栏各行 = (4+5)栏各行",
		Doc: "本年支出小计（3栏）应等于基本支出（4栏）与项目支出（5栏）之和。"}},
	{Rule: catalog.Rule{ID: "H0701", Severity: report.Error, Form: "07", Title: "类/款/项层级合计", Expr: "07表 上级科目各栏 = Σ下级科目各栏",
		Doc: "合计 = 各类之和；类 = 其下各款之和；款 = 其下各项之和（每一栏）。"}, kind: kindHierarchy},

	// 公开08表 国有资本经营预算财政拨款支出决算表
	{Rule: catalog.Rule{ID: "T0801", Severity: report.Error, Form: "08", Title: "合计等于基本支出与项目支出之和", Expr: "08表 <本年支出合计>各行 = <基本支出>各行 + <项目支出>各行", Alias: "1栏各行 = (2+3)栏各行",
		Doc: "每一行的合计（1栏）应等于基本支出（2栏）与项目支出（3栏）之和。"}},
	{Rule: catalog.Rule{ID: "H0801", Severity: report.Error, Form: "08", Title: "类/款/项层级合计", Expr: "08表 上级科目各栏 = Σ下级科目各栏",
		Doc: "合计 = 各类之和；类 = 其下各款之和；款 = 其下各项之和（每一栏）。"}, kind: kindHierarchy},

	{Rule: catalog.Rule{ID: "T0802", Severity: report.Error, Form: "08", Title: "年末结转和结余", Expr: "08表 <年末结转和结余>各行 = <年初结转和结余>各行 + <本年收入>各行 - <本年支出合计>各行",
		Doc: "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（国有资本经营预算财政拨款收入支出决算表列有这些栏时）。"}},

	// 公开09表 财政拨款“三公”经费支出决算表
	{Rule: catalog.Rule{ID: "T0901", Severity: report.Error, Form: "09", Title: "“三公”经费预算数合计", Expr: "09表 <预算合计> = <预算因公出国> + <预算公务用车小计> + <预算公务接待>", Alias: "1栏 = (2+3+6)栏",
		Doc: "预算数合计（1栏）= 因公出国（境）费（2栏）+ 公务用车购置及运行费（3栏）+ 公务接待费（6栏）。"}},
	{Rule: catalog.Rule{ID: "T0902", Severity: report.Error, Form: "09", Title: "公务用车预算数小计", Expr: "09表 <预算公务用车小计> = <预算公务用车购置> + <预算公务用车运维>", Alias: "3栏 = (4+5)栏",
		Doc: "公务用车购置及运行费预算数（3栏）= 购置费（4栏）+ 运行费（5栏）。"}},
	{Rule: catalog.Rule{ID: "T0903", Severity: report.Error, Form: "09", Title: "“三公”经费决算数合计", Expr: "09表 <决算合计> = <决算因公出国> + <决算公务用车小计> + <决算公务接待>", Alias: "7栏 = (8+9+12)栏",
		Doc: "决算数合计（7栏）= 因公出国（境）费（8栏）+ 公务用车购置及运行费（9栏）+ 公务接待费（12栏）。"}},
	{Rule: catalog.Rule{ID: "T0904", Severity: report.Error, Form: "09", Title: "公务用车决算数小计", Expr: "09表 <决算公务用车小计> = <决算公务用车购置> + <决算公务用车运维>", Alias: "9栏 = (10+11)栏",
		Doc: "公务用车购置及运行费决算数（9栏）= 购置费（10栏）+ 运行费（11栏）。"}},

	// Cross-table equalities (domain.md §2).
	{Rule: catalog.Rule{ID: "X0001", Severity: report.Error, Form: "X", Title: "01表本年收入合计与02表合计一致", Expr: "01表 [本年收入合计] = 02表 [合计]<本年收入合计>",
		Doc: "收入支出决算总表的本年收入合计应等于收入决算表合计行的本年收入合计。"}},
	{Rule: catalog.Rule{ID: "X0002", Severity: report.Error, Form: "X", Title: "01表财政拨款收入与02表财政拨款收入一致", Expr: "02表 [合计]<财政拨款收入> = 01表 Σ[财政拨款收入]",
		Doc: "收入决算表的财政拨款收入合计应等于收入支出决算总表1–3行之和。"}},
	{Rule: catalog.Rule{ID: "X0003", Severity: report.Error, Form: "X", Title: "02表财政拨款收入与04表本年收入合计一致", Expr: "04表 [本年收入合计] = 02表 [合计]<财政拨款收入>",
		Doc: "财政拨款收入支出决算总表的本年收入合计应等于收入决算表的财政拨款收入合计。"}},
	{Rule: catalog.Rule{ID: "X0004", Severity: report.Error, Form: "X", Title: "一般公共预算财政拨款收入01表与04表一致", Expr: "04表 [一般公共预算财政拨款] = 01表 [一般公共预算财政拨款收入]",
		Doc: "04表1行应等于01表1行。"}},
	{Rule: catalog.Rule{ID: "X0005", Severity: report.Error, Form: "X", Title: "政府性基金预算财政拨款收入01表与04表一致", Expr: "04表 [政府性基金预算财政拨款] = 01表 [政府性基金预算财政拨款收入]",
		Doc: "04表2行应等于01表2行。"}},
	{Rule: catalog.Rule{ID: "X0006", Severity: report.Error, Form: "X", Title: "国有资本经营预算财政拨款收入01表与04表一致", Expr: "04表 [国有资本经营预算财政拨款] = 01表 [国有资本经营预算财政拨款收入]",
		Doc: "04表3行应等于01表3行。"}},
	{Rule: catalog.Rule{ID: "X0007", Severity: report.Error, Form: "X", Title: "01表本年支出合计与03表合计一致", Expr: "03表 [合计]<本年支出合计> = 01表 [本年支出合计]",
		Doc: "支出决算表合计行的本年支出合计应等于收入支出决算总表的本年支出合计（57行）。"}},
	{Rule: catalog.Rule{ID: "X0008", Severity: report.Error, Form: "X", Title: "01表各类支出与03表类级科目一致", Expr: "03表 [类]<本年支出合计> = 01表 [类]",
		Doc: "收入支出决算总表每个功能分类支出行应等于支出决算表对应类级科目的本年支出合计。"}},
	{Rule: catalog.Rule{ID: "X0009", Severity: report.Error, Form: "X", Title: "04表一般公共预算支出合计与05表合计一致", Expr: "05表 [合计]<本年支出合计> = 04表 [本年支出合计]<一般公共预算财政拨款>",
		Doc: "一般公共预算财政拨款支出决算表合计应等于04表本年支出合计的一般公共预算财政拨款栏（59行3栏）。"}},
	{Rule: catalog.Rule{ID: "X0010", Severity: report.Error, Form: "X", Title: "04表各类一般公共预算支出与05表类级科目一致", Expr: "05表 [类]<本年支出合计> = 04表 [类]<一般公共预算财政拨款>",
		Doc: "04表每个功能分类支出行的一般公共预算财政拨款（3栏）应等于05表对应类级科目的小计。"}},
	{Rule: catalog.Rule{ID: "X0011", Severity: report.Error, Form: "X", Title: "04表政府性基金支出合计与07表本年支出一致", Expr: "07表 [合计]<本年支出合计> = 04表 [本年支出合计]<政府性基金预算财政拨款>",
		Doc: "政府性基金预算财政拨款支出（04表59行4栏）应等于07表合计行的本年支出小计。"}},
	{Rule: catalog.Rule{ID: "X0012", Severity: report.Error, Form: "X", Title: "04表各类政府性基金支出与07表一致", Expr: "07表 [类]<本年支出合计> = 04表 [类]<政府性基金预算财政拨款>",
		Doc: "04表每个功能分类支出行的政府性基金预算财政拨款（4栏）应等于07表对应类级科目的本年支出小计。"}},
	{Rule: catalog.Rule{ID: "X0013", Severity: report.Error, Form: "X", Title: "04表国有资本经营支出合计与08表一致", Expr: "08表 [合计]<本年支出合计> = 04表 [本年支出合计]<国有资本经营预算财政拨款>",
		Doc: "国有资本经营预算财政拨款支出（04表59行5栏）应等于08表合计。"}},
	{Rule: catalog.Rule{ID: "X0014", Severity: report.Error, Form: "X", Title: "04表各类国有资本经营支出与08表一致", Expr: "08表 [类]<本年支出合计> = 04表 [类]<国有资本经营预算财政拨款>",
		Doc: "04表每个功能分类支出行的国有资本经营预算财政拨款（5栏）应等于08表对应类级科目的合计。"}},
	{Rule: catalog.Rule{ID: "X0015", Severity: report.Error, Form: "X", Title: "一般公共预算财政拨款支出不超过全部支出", Expr: "05表 [*]各栏 ≤ 03表 [*]各栏",
		Doc: "财政拨款是全部资金的一部分：05表每个科目、每一栏（小计、基本支出、项目支出）都不应大于03表同一科目同一栏。"}},
	{Rule: catalog.Rule{ID: "X0016", Severity: report.Error, Form: "X", Title: "05表基本支出与06表人员经费、公用经费一致", Expr: "05表 [合计]<基本支出> = 06表 [人员经费合计] + 06表 [公用经费合计]",
		Doc: "一般公共预算财政拨款基本支出合计应等于06表人员经费合计与公用经费合计之和。"}},
	{Rule: catalog.Rule{ID: "X0017", Severity: report.Error, Form: "X", Title: "06表因公出国（境）费不超过09表", Expr: "06表 [30212] ≤ 09表 <决算因公出国>",
		Doc: "06表因公出国（境）费用（30212）是09表因公出国（境）费决算数（8栏）的一部分，不应大于它。"}},
	{Rule: catalog.Rule{ID: "X0018", Severity: report.Error, Form: "X", Title: "06表公务用车购置费不超过09表", Expr: "06表 [31013] ≤ 09表 <决算公务用车购置>",
		Doc: "06表公务用车购置（31013）不应大于09表公务用车购置费决算数（10栏）。"}},
	{Rule: catalog.Rule{ID: "X0019", Severity: report.Error, Form: "X", Title: "06表公务用车运行维护费不超过09表", Expr: "06表 [30231] ≤ 09表 <决算公务用车运维>",
		Doc: "06表公务用车运行维护费（30231）不应大于09表公务用车运行费决算数（11栏）。"}},
	{Rule: catalog.Rule{ID: "X0020", Severity: report.Error, Form: "X", Title: "06表公务接待费不超过09表", Expr: "06表 [30217] ≤ 09表 <决算公务接待>",
		Doc: "06表公务接待费（30217）不应大于09表公务接待费决算数（12栏）。"}},

	{Rule: catalog.Rule{ID: "X0021", Severity: report.Error, Form: "X", Title: "07表年末结转和结余与04表一致", Expr: "07表 [合计]<年末结转和结余> = 04表 [年末财政拨款结转和结余]<政府性基金预算财政拨款>",
		Doc: "政府性基金预算财政拨款收入支出决算表合计行的年末结转和结余应等于04表年末财政拨款结转和结余的政府性基金预算财政拨款栏。"}},
	{Rule: catalog.Rule{ID: "X0022", Severity: report.Error, Form: "X", Title: "07表年初结转和结余与04表一致", Expr: "07表 [合计]<年初结转和结余> = 04表 [年初政府性基金预算财政拨款]",
		Doc: "政府性基金预算财政拨款收入支出决算表合计行的年初结转和结余应等于04表年初财政拨款结转和结余中的政府性基金预算财政拨款。"}},
	{Rule: catalog.Rule{ID: "X0023", Severity: report.Error, Form: "X", Title: "国有资本经营年末结转和结余与04表一致", Expr: "08表 [合计]<年末结转和结余> = 04表 [年末财政拨款结转和结余]<国有资本经营预算财政拨款>",
		Doc: "国有资本经营预算财政拨款收入支出决算表合计行的年末结转和结余应等于04表年末财政拨款结转和结余的国有资本经营预算财政拨款栏（该表列有年末结转和结余时）。"}},
	{Rule: catalog.Rule{ID: "X0024", Severity: report.Error, Form: "X", Title: "国有资本经营年初结转和结余与04表一致", Expr: "08表 [合计]<年初结转和结余> = 04表 [年初国有资本经营预算财政拨款]",
		Doc: "国有资本经营预算财政拨款收入支出决算表合计行的年初结转和结余应等于04表年初财政拨款结转和结余中的国有资本经营预算财政拨款（该表列有年初结转和结余时）。"}},

	// Rounding remainders (domain.md §4).
	{Rule: catalog.Rule{ID: "R0001", Severity: report.Warning, Title: "尾差（元折算万元的四舍五入差额）",
		Doc: "合计与各项之和相差不超过 0.005 万元 × 参与计算的金额个数（各项按两位小数显示时，每项四舍五入最多留下半分）。" +
			"可能是元折算万元四舍五入造成，不算错误，但公开前请调平（舍位平衡）。超出这一范围的差额按原规则报告为错误。"}, kind: kindStructure},

	// Structure and input quality.
	{Rule: catalog.Rule{ID: "S0001", Severity: report.Error, Title: "科目缺少上级科目",
		Doc: "项级科目（7位）必须有其款级科目（5位），款级科目必须有其类级科目（3位）。缺少上级科目通常是误删了行。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0002", Severity: report.Warning, Title: "同一科目编码在各表中名称不一致",
		Doc: "同一功能分类科目编码在02、03、05、07、08表中的科目名称应一致。以多数表的写法为准提示不一致之处。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0003", Severity: report.Warning, Title: "金额为负数",
		Doc: "决算公开表中的金额一般不为负数，请核实。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0004", Severity: report.Warning, Title: "各表金额单位不一致",
		Doc: "同一套报表的金额单位应一致（通常为万元）。本工具已按各表自身单位换算后核对。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0005", Severity: report.Error, Title: "金额单位可能标错",
		Retired: "只看一对表无法判断哪张表的单位标错，常把一张表的单位错误报在与它比较的各张表上；由 S0016 代替。",
		Doc:     "两张表之间应相等的金额恰好相差一万倍，说明其中一张表的金额单位（元/万元）与数值不符。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0006", Severity: report.Error, Title: "金额单元格无法识别",
		Doc: "金额单元格中是文字而不是数字，无法参与核对。请填写数字，没有金额时留空。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0007", Severity: report.Warning, Title: "缺少公开表",
		Doc: "部门决算公开应包含九张公开表（收入支出决算总表至国有资本经营预算财政拨款收入支出决算表）。未找到的表无法核对，与其相关的表间关系也无法核对。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0008", Severity: report.Info, Title: "未识别到决算公开表",
		Doc: "工作簿中没有找到带标准表名（如“收入支出决算总表”）或“公开01表”等表号的表格。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0009", Severity: report.Error, Title: "注明无数据的表中填有金额",
		Doc: "政府性基金、国有资本经营或“三公”经费表注明本单位无相关收支（“本单位无……”“……故本表无数据”）时，表中不应有任何金额。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0010", Severity: report.Warning, Title: "空表未注明无数据",
		Doc: "政府性基金、国有资本经营或“三公”经费表没有金额时，应在表中注明“本单位无……”或“……本年度没有……，故本表无数据”等说明。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0011", Severity: report.Warning, Title: "款级科目下没有项级科目",
		Doc: "决算公开表应列示到项级科目。款级科目下没有任何项级科目，可能是误删了项级科目行。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0012", Severity: report.Error, Title: "有金额的行缺少科目编码",
		Doc: "表中有金额的行必须有功能分类科目编码，否则无法核对层级关系。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0013", Severity: report.Warning, Title: "表格结构无法识别",
		Retired: "读取表格的说明（未找到行次、栏次、表头）是识别说明，不是草稿的问题，见报告的“识别说明”部分。",
		Doc:     "未找到表格的行次、栏次或表头，无法逐项核对。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0014", Severity: report.Warning, Title: "未写明金额单位",
		Doc: "表头应写明“金额单位：万元”或“金额单位：元”。未写明时按万元核对。"}, kind: kindStructure},

	{Rule: catalog.Rule{ID: "S0015", Severity: report.Error, Title: "公式没有计算结果",
		Doc: "金额单元格是公式，但文件保存时没有计算结果（某些软件导出时不计算），读出来是空的。请在 Excel 中打开、重新计算并保存后再检查。"}, kind: kindStructure},
	{Rule: catalog.Rule{ID: "S0016", Severity: report.Error, Title: "金额单位与数值不符",
		Doc: "一张表与其他各表比较，应相等的金额都相差同一倍数（元与万元相差 10000 倍；也考虑千元、亿元），而其他各表之间相互一致：" +
			"这张表的金额是按另一单位填列的，表头单位标错了（或金额填错了单位）。在这张表的金额单位处报告一次，说明金额似乎以什么单位填列；" +
			"按该单位换算后即成立的表间、表内不符都归在它之下，不再逐条作为独立问题。表内勾稽关系与单位无关，仍然成立。"}, kind: kindStructure},

	// The tables' notes.
	{Rule: catalog.Rule{ID: "N0001", Severity: report.Warning, Title: "表注中的勾稽关系与标准不同",
		Doc: "表注最后一行列出的勾稽关系（如“27行=（1+2+…+8）行”）应与财政部标准格式一致。"}, kind: kindStructure},
})

// mustParse reads every identity once, when the package loads: broken notation
// stops the program at start-up, never at run time on a draft.
func mustParse(cat []*Rule) []*Rule {
	for _, r := range cat {
		if r.kind == kindIdentity {
			e, err := parseExpr(r.Expr)
			if err != nil {
				panic("rules: " + r.ID + ": " + err.Error())
			}
			r.parsed = e
		}
	}
	return cat
}

// Rules are the table rules' IDs, severities and Chinese docs, for the
// registry (check.Registry).
func Rules() []catalog.Rule {
	out := make([]catalog.Rule, 0, len(Catalogue))
	for _, r := range Catalogue {
		out = append(out, r.Rule)
	}
	return out
}

func byID(id string) *Rule {
	for _, r := range Catalogue {
		if r.ID == id {
			return r
		}
	}
	panic("rules: unknown rule " + id)
}
