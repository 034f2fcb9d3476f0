package narrative

import (
	"reportcheck/internal/catalog"
	"reportcheck/internal/report"
)

// Rule IDs of the narrative (情况说明) checks, D for the document: the N
// range belongs to the tables' notes (rules N0001). Never reuse one: retire
// it in the catalogue instead. D00xx compare the text with the tables, D01xx
// the arithmetic inside the text, D02xx its years and structure.
const (
	RuleAmount      = "D0001" // an amount that names a table quantity equals the cell
	RuleProject     = "D0002" // a project's budget or spending equals its 绩效自评表
	RuleIndicator   = "D0003" // a figure naming a KPI indicator equals the 绩效自评表
	RuleNone        = "D0004" // "本部门无…" while the table holds amounts
	RuleScore       = "D0005" // a self-evaluation score equals the 绩效自评表 总分
	RuleTable       = "D0006" // a table pasted into the narrative shows the workbook's figures
	RuleProjectLike = "D0007" // as D0002 for a project named loosely or several listed together
	RuleShare       = "D0101"
	RuleChange      = "D0102"
	RuleDirection   = "D0103"
	RuleCompletion  = "D0104"
	RuleCompare     = "D0105"
	RuleSum         = "D0106"
	RuleZeroBase    = "D0107"
	RuleSumRounding = "D0108"
	RuleYear        = "D0201"
	RulePrevYear    = "D0202"
	RuleDuplicate   = "D0203"
	RuleGap         = "D0204"
	RulePlaceholder = "D0205"
	RuleAlternative = "D0206"
	RulePairYear    = "D0207"
	RulePairDept    = "D0208"
)

// Rules are the narrative rules' IDs, severities and Chinese docs, for the
// registry (check.Registry). Form "narrative" marks them as checks of the
// 情况说明 document rather than of a table.
func Rules() []catalog.Rule { return append([]catalog.Rule(nil), catalogue...) }

var catalogue = []catalog.Rule{
	{ID: RuleAmount, Severity: report.Error, Form: "narrative", Title: "情况说明中的金额与报表不符",
		Expr: "文中金额 = 所指报表单元格（按文中小数位四舍五入比较）",
		Doc: "情况说明中点名报表项目的金额（收支总计、本年收入合计及各项收入、本年支出合计、基本支出、项目支出、各功能分类类款项决算数、" +
			"财政拨款收支总计、人员经费、公用经费、“三公”经费各项预算数和决算数、政府性基金和国有资本经营预算支出等），应等于报表中对应的单元格。" +
			"文中写作整数或一位小数的，按文中小数位四舍五入后比较。无法确定所指项目的句子不作判断。"},
	{ID: RuleProject, Severity: report.Error, Form: "narrative", Title: "项目金额与绩效自评表不符",
		Expr: "文中项目预算数、执行数 = 该项目绩效自评表的预算数（A）、执行数（B）",
		Doc:  "情况说明中写明名称的项目，其全年预算数、执行数（或支出金额）应与该项目绩效自评表预算执行情况中的预算数、执行数一致。名称列举多个项目（含“、”或“等”）的不作判断。"},
	{ID: RuleProjectLike, Severity: report.Warning, Form: "narrative", Title: "项目金额与名称相近（或所列各项目）的绩效自评表不一致",
		Expr: "文中金额 = 名称相近的项目（或所列各项目之和）的执行数或预算数",
		Doc: "情况说明中的项目名称与绩效自评表的项目名称不完全相同但相近（如“汽车以旧换新补贴专项资金”与“2022 年度汽车以旧换新专项行动补贴资金”），" +
			"或一句列举几个项目（“工业运行、园区建设等经费”）时，文中金额与该项目（或各项目之和）的执行数、预算数不一致。名称不完全相同，请核对是否为同一项目。"},
	{ID: RuleIndicator, Severity: report.Warning, Form: "narrative", Title: "绩效指标数值与绩效自评表不一致",
		Expr: "文中指标数值 = 绩效自评表中同名指标的实际完成值",
		Doc:  "情况说明中引用的绩效指标数值（如面积、家数、场次）与绩效自评表中同名指标的实际完成值不一致。指标名称在文中与表中写法可能不同，请核对是否为同一指标。"},
	{ID: RuleNone, Severity: report.Error, Form: "narrative", Title: "文中称无此项收支，报表却有数",
		Doc: "情况说明称本部门无政府性基金预算或国有资本经营预算财政拨款收支，但对应报表列有金额；或称有金额而报表为空。"},
	{ID: RuleScore, Severity: report.Error, Form: "narrative", Title: "自评得分与绩效自评表总分不符",
		Expr: "文中自评得分 = 该项目（或部门整体）绩效自评表总分",
		Doc:  "情况说明中写明的项目或部门整体绩效自评得分应与绩效自评表的总分一致。"},
	{ID: RuleTable, Severity: report.Error, Form: "narrative", Title: "情况说明中的表格与报表不符",
		Expr: "文中表格单元格 = 报表中同一行同一栏",
		Doc:  "情况说明中粘贴的表格（如“三公”经费表、收支总表）按表题识别，其中的金额应与报表同一行、同一栏的金额一致。"},
	{ID: RuleShare, Severity: report.Error, Form: "narrative", Title: "占比计算错误",
		Expr: "占比 = 部分 ÷ 总额 × 100%（按文中小数位四舍五入）",
		Doc: "“占……X%”应等于所述金额除以所占总额，按文中所写小数位四舍五入。未写明总额的，以所在列举开头的总额为准。" +
			"按文中金额和按报表金额计算都不相符时才报告。"},
	{ID: RuleChange, Severity: report.Error, Form: "narrative", Title: "增减额与增减率不符",
		Expr: "增长率 = 增减额 ÷ 上年数（或预算数）× 100%，上年数 = 本年数 ∓ 增减额",
		Doc: "“与上年相比增加（减少）X 万元，增长（下降）Y%”中，上年数为本年数减去增加额（或加上减少额），Y 应等于 X 除以上年数，按文中小数位四舍五入；" +
			"“比预算增加（减少）X 万元”中，本年数减去（加上）X 应等于预算数。"},
	{ID: RuleDirection, Severity: report.Error, Form: "narrative", Title: "增减方向用词前后矛盾",
		Doc: "同一句中增减额与增减率的方向应一致（增加对增长、减少对下降），“持平”时增减额应为零。"},
	{ID: RuleCompletion, Severity: report.Error, Form: "narrative", Title: "完成率（执行率）计算错误",
		Expr: "完成率 = 决算数（执行数）÷ 预算数 × 100%（按文中小数位四舍五入）",
		Doc:  "“完成年初预算的 Z%”“执行率 Z%”应等于决算数（执行数）除以预算数，按文中所写小数位四舍五入。"},
	{ID: RuleCompare, Severity: report.Error, Form: "narrative", Title: "决算数与预算数大小表述错误",
		Doc: "“决算数大于（小于、等于）预算数”的表述应与文中所列决算数、预算数的大小一致。"},
	{ID: RuleSum, Severity: report.Error, Form: "narrative", Title: "总额不等于所列各项之和",
		Expr: "总额 = Σ“其中”所列各项",
		Doc: "“总额 A，其中：B、C、D”所列各项之和应等于总额。所列各项超过总额的，或各项构成完整（如货物、工程、服务；人员经费、公用经费；报表中合计恰由这些项目组成）而不等于总额的，报告为错误。" +
			"差额在各项四舍五入的尾差以内的，另以提示报告。"},
	{ID: RuleZeroBase, Severity: report.Error, Form: "narrative", Title: "以零为基数计算增长率或完成率",
		Doc: "上年数（或预算数）为零时，增长率、完成率没有意义，不应写出百分比，应改为文字说明（如“上年无此项支出”“年初未安排预算”）。"},
	{ID: RuleSumRounding, Severity: report.Warning, Form: "narrative", Title: "所列各项之和与总额有尾差",
		Doc: "所列各项之和与总额之差在各项四舍五入可能造成的尾差以内（每项 0.005 万元），可能是元折算万元四舍五入造成，公开前请调平。"},
	{ID: RuleYear, Severity: report.Error, Form: "narrative", Title: "年度与报告年度不一致",
		Doc: "情况说明中陈述本年决算数的句子（“N 年度收入合计……”）、“截至 N 年 12 月 31 日”以及“N 年度部门决算”中的年度，应与报表的决算年度一致（“N 年度部门决算公开后”“……批复以来”一类说往年事项的不算）。"},
	{ID: RulePrevYear, Severity: report.Error, Form: "narrative", Title: "对比年度不是上一年度",
		Doc: "“与 N 年度相比”“比 N 年度决算数”“较 N 年度部门决算数”“与截至 N 年 12 月 31 日相比”中的 N 应为决算年度的上一年度。"},
	{ID: RuleDuplicate, Severity: report.Error, Form: "narrative", Title: "序号重复",
		Doc: "同一级序号（一、二、……；（一）（二）……；1. 2. ……；（1）（2）……）不应重复。"},
	{ID: RuleGap, Severity: report.Error, Form: "narrative", Title: "序号不连续",
		Doc: "同一级序号应依次递增，不应跳号或倒序；另起一组的序号从 1 开始。"},
	{ID: RulePlaceholder, Severity: report.Error, Form: "narrative", Title: "模板占位符未替换",
		Doc: "文中留有模板占位符（如 XXX、XX%、XX 万元、主要原因：XXXXXXXX），应填写实际内容。"},
	{ID: RuleAlternative, Severity: report.Warning, Form: "narrative", Title: "模板备选用词未删除",
		Doc: "文中留有“增加（减少）”“增长（下降）”等模板备选用词，应按实际情况保留其一。"},
	{ID: RulePairYear, Severity: report.Error, Form: "narrative", Title: "情况说明与工作簿不是同一年度",
		Doc: "情况说明中陈述本年情况的年度，多数（至少三处，且为工作簿年度的三倍以上）写的是另一年度：两者可能不是同一份决算（如选了上一年的情况说明）。本项在该年度首次出现处报告一次；由此引起的数字、年度与报表不符仍逐项列出，归在本项之下。只在个别地方写错的年度由 D0201 在原处报告。"},
	{ID: RulePairDept, Severity: report.Warning, Form: "narrative", Title: "情况说明与工作簿的部门名称不一致",
		Doc: "情况说明标题（“第三部分 XX 单位 N 年度部门决算情况说明”一类的短标题）中的单位名称，与工作簿识别到的部门名称互不包含（不计空格和“本级”）。同一单位常有全称、简称之分，请确认两者是同一单位的决算。"},
}

// IsRule reports whether id is one of the narrative's rules (they run only
// when a narrative is checked).
func IsRule(id string) bool {
	for _, r := range catalogue {
		if r.ID == id {
			return true
		}
	}
	return false
}

// ruleByID finds a rule of the catalogue.
func ruleByID(id string) catalog.Rule {
	for _, r := range catalogue {
		if r.ID == id {
			return r
		}
	}
	return catalog.Rule{ID: id, Severity: report.Error}
}
