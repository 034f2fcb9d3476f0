package kpi

import (
	"reportcheck/internal/catalog"
	"reportcheck/internal/report"
)

// Rule IDs. Never reuse one: retire it in the catalogue instead.
const (
	RuleRate          = "K0001"
	RuleExecScore     = "K0002"
	RuleTotal         = "K0003"
	RuleTotalMax      = "K0004"
	RuleIndicatorSum  = "K0005"
	RuleScoreRange    = "K0006"
	RuleFormula       = "K0007"
	RuleMissedFull    = "K0008"
	RuleBand          = "K0009"
	RuleTarget        = "K0010"
	RuleActualRange   = "K0011"
	RuleDeviation     = "K0012"
	RuleReason        = "K0013"
	RuleTicks         = "K0014"
	RuleLevel2        = "K0015"
	RuleScoreMissing  = "K0016"
	RuleProfile       = "K0017"
	RuleWeightSum     = "K0018"
	RuleDeptSum       = "K0019"
	RuleProjects05    = "K0020"
	RuleDept05        = "K0021"
	RuleDeptTotal05   = "K0022"
	RuleProjectsDept  = "K0023"
	RuleBudgetMissing = "K0024"
)

// byID finds a K rule; the list is built once.
var kpiRules = func() map[string]catalog.Rule {
	m := map[string]catalog.Rule{}
	for _, r := range Rules() {
		m[r.ID] = r
	}
	return m
}()

// Rules are the K rules' IDs, severities and Chinese docs, for the registry
// (check.Registry).
func Rules() []catalog.Rule {
	return []catalog.Rule{
		catalog.Rule{ID: RuleRate, Severity: report.Error, Form: "kpi", Title: "执行率与预算数、执行数不符",
			Expr: "执行率 = 执行数 ÷ 预算数（按表中小数位四舍五入）",
			Doc:  "预算执行情况中的执行率应等于执行数除以预算数，按表中所列小数位四舍五入。"},
		catalog.Rule{ID: RuleExecScore, Severity: report.Error, Form: "kpi", Title: "预算执行得分计算错误",
			Expr: "执行得分 = 分值 × min(执行率, 100%)",
			Doc:  "预算执行得分应等于预算执行分值（湖北 20 分、中央模板 10 分）乘以执行率，执行率超过 100% 的按 100% 计。"},
		catalog.Rule{ID: RuleTotal, Severity: report.Error, Form: "kpi", Title: "总分不等于执行得分与指标得分之和",
			Expr: "总分 = 执行得分 + Σ指标得分",
			Doc:  "总分应等于预算执行得分加上各项绩效指标得分之和。"},
		catalog.Rule{ID: RuleTotalMax, Severity: report.Error, Form: "kpi", Title: "总分超过 100 分",
			Expr: "总分 ≤ 100",
			Doc:  "绩效自评总分满分为 100 分。"},
		catalog.Rule{ID: RuleIndicatorSum, Severity: report.Error, Form: "kpi", Title: "指标得分合计超过指标分值",
			Expr: "Σ指标得分 ≤ 指标分值（湖北 80 分；中央模板 90 分：产出 50、效益 30、满意度 10）",
			Doc:  "各项绩效指标得分之和不能超过年度绩效指标的总分值，分一级指标规定分值的，各一级指标得分之和也不能超过其分值。"},
		catalog.Rule{ID: RuleScoreRange, Severity: report.Error, Form: "kpi", Title: "指标得分超出分值范围",
			Expr: "0 ≤ 得分 ≤ 分值",
			Doc:  "每项指标的得分应在 0 与该指标分值之间。"},
		catalog.Rule{ID: RuleFormula, Severity: report.Warning, Form: "kpi", Title: "指标得分与计分方法不符",
			Expr: "正向：完成得满分，否则 分值×实际/目标；反向：完成得满分，否则 分值×目标/实际",
			Doc:  "列有分值、且目标值与实际完成值可以比较的定量指标，其得分应符合评分配置的计分方法。"},
		catalog.Rule{ID: RuleMissedFull, Severity: report.Error, Form: "kpi", Title: "目标未完成却得满分",
			Doc: "实际完成值未达到年初目标值的指标不应得满分。"},
		catalog.Rule{ID: RuleBand, Severity: report.Warning, Form: "kpi", Title: "定性指标得分不在对应档次",
			Expr: "达成 [80%,100%]；部分达成 [60%,80%)；未达成 [0,60%)（按配置）",
			Doc:  "定性或是否类指标应按达成程度在相应档次内给分。"},
		catalog.Rule{ID: RuleTarget, Severity: report.Warning, Form: "kpi", Title: "年初目标值缺失",
			Doc: "年初目标值为空或填“/”，无法据以评价完成情况，请补充目标值或说明原因。"},
		catalog.Rule{ID: RuleActualRange, Severity: report.Warning, Form: "kpi", Title: "实际完成值填写为区间",
			Doc: "实际完成值应填写实际达到的数值（如 96%），不应照抄目标的区间写法（如 ≥90%）。"},
		catalog.Rule{ID: RuleDeviation, Severity: report.Warning, Form: "kpi", Title: "实际完成值大幅超过目标且未说明原因",
			Expr: "实际 ≥ 1.5 × 目标 时应填写偏差原因（倍数可配置）",
			Doc:  "实际完成值远超年初目标，通常说明目标设定偏低，应在偏差原因分析中说明。"},
		catalog.Rule{ID: RuleReason, Severity: report.Warning, Form: "kpi", Title: "未填写偏差原因分析或改进措施",
			Doc: "总分低于 100 分或有指标未完成时，应填写偏差原因分析和改进措施。"},
		catalog.Rule{ID: RuleTicks, Severity: report.Warning, Form: "kpi", Title: "勾选项未勾选或勾选多项",
			Doc: "项目类别、项目属性、项目类型各应勾选且只勾选一项。"},
		catalog.Rule{ID: RuleLevel2, Severity: report.Warning, Form: "kpi", Title: "二级指标与一级指标不对应",
			Doc: "二级指标应归属于相应的一级指标：产出（数量、质量、时效、成本）、效益（经济、社会、生态效益，可持续影响）、满意度（服务对象满意度）、成本（经济、社会、生态环境成本）。"},
		catalog.Rule{ID: RuleScoreMissing, Severity: report.Warning, Form: "kpi", Title: "得分或总分缺失",
			Doc: "指标得分、执行得分或总分为空或不是数值，无法复核。"},
		catalog.Rule{ID: RuleProfile, Severity: report.Warning, Form: "kpi", Title: "表中分值与评分配置不一致",
			Doc: "表中印出的预算执行分值或指标分值与所选地区评分配置不同，复核按表中分值进行。请确认所选配置是否正确。"},
		catalog.Rule{ID: RuleWeightSum, Severity: report.Error, Form: "kpi", Title: "指标分值合计不等于指标总分值",
			Expr: "Σ指标分值 = 指标分值（80 / 90）",
			Doc:  "列有分值（权重）的模板，各指标分值之和应等于年度绩效指标总分值；少了或多了指标行都会使其不等。"},
		catalog.Rule{ID: RuleDeptSum, Severity: report.Error, Form: "kpi", Title: "部门整体支出总额不等于基本支出与项目支出之和",
			Expr: "部门整体支出总额 = 基本支出总额 + 项目支出总额",
			Doc:  "部门整体绩效自评表中，部门整体支出总额应等于基本支出总额加项目支出总额。"},
		catalog.Rule{ID: RuleProjects05, Severity: report.Error, Form: "kpi", Title: "项目执行数合计与 05 表项目支出不符",
			Expr: "Σ项目执行数 = 公开05表 合计 项目支出",
			Doc:  "各项目绩效自评表的执行数之和应等于一般公共预算财政拨款支出决算表（公开05表）合计行的项目支出。"},
		catalog.Rule{ID: RuleDept05, Severity: report.Error, Form: "kpi", Title: "部门整体基本/项目支出总额与 05 表不符",
			Expr: "基本支出总额 = 05表 合计 基本支出；项目支出总额 = 05表 合计 项目支出",
			Doc:  "部门整体绩效自评表的基本支出总额、项目支出总额应与公开05表（或公开03表）合计行一致。"},
		catalog.Rule{ID: RuleDeptTotal05, Severity: report.Error, Form: "kpi", Title: "部门整体执行数与 05 表合计不符",
			Expr: "部门整体执行数 = 05表 合计",
			Doc:  "部门整体绩效自评表的执行数应与公开05表（或公开03表）合计行一致。"},
		catalog.Rule{ID: RuleProjectsDept, Severity: report.Warning, Form: "kpi", Title: "项目执行数合计与部门整体项目支出总额不符",
			Expr: "Σ项目执行数 = 部门整体 项目支出总额",
			Doc:  "未找到公开05表时，以部门整体绩效自评表的项目支出总额核对各项目执行数之和；如有项目未开展自评，请说明。"},
		catalog.Rule{ID: RuleBudgetMissing, Severity: report.Warning, Form: "kpi", Title: "预算执行数据缺失",
			Doc: "预算数、执行数或执行率为空或不是数值，无法复核执行率和执行得分。"},
	}
}
