package kpi

import "reportcheck/internal/catalog"

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

// Rule is one K rule: its catalogue entry (ID, severity, Chinese title and
// explanation, the formula in words) and the check that evaluates it, which
// is written next to the entry. A rule checks either each recognised table
// (table) or the tables together and against 公开05表/03表 (cross).
type Rule struct {
	catalog.Rule
	table func(*tableContext) []finding
	cross func(*crossContext) []finding
}

// catalogue is every K rule, in ID order: the one list the evaluator runs
// (Check) and the registry reads (Rules). A retired rule stays listed with
// Retired set and no check.
var catalogue = []*Rule{
	rateRule,          // K0001 执行率 = 执行数 ÷ 预算数
	execScoreRule,     // K0002 执行得分 = 分值 × min(执行率, 100%)
	totalRule,         // K0003 总分 = 执行得分 + Σ指标得分
	totalMaxRule,      // K0004 总分 ≤ 100
	indicatorSumRule,  // K0005 Σ指标得分 ≤ 指标分值
	scoreRangeRule,    // K0006 0 ≤ 得分 ≤ 分值
	formulaRule,       // K0007 正向/反向 计分方法
	missedFullRule,    // K0008 未完成不得满分
	bandRule,          // K0009 定性指标的档次
	targetRule,        // K0010 年初目标值
	actualRangeRule,   // K0011 实际完成值不是区间
	deviationRule,     // K0012 大幅超过目标要说明
	reasonRule,        // K0013 偏差原因、改进措施
	ticksRule,         // K0014 勾选项
	level2Rule,        // K0015 二级指标归属
	scoreMissingRule,  // K0016 得分、总分是数值
	profileRule,       // K0017 表中分值与评分配置
	weightSumRule,     // K0018 Σ指标分值 = 指标分值
	deptSumRule,       // K0019 部门整体 = 基本 + 项目
	projects05Rule,    // K0020 Σ项目执行数 = 05表 项目支出
	dept05Rule,        // K0021 部门整体 基本/项目 = 05表
	deptTotal05Rule,   // K0022 部门整体 执行数 = 05表 合计
	projectsDeptRule,  // K0023 Σ项目执行数 = 部门整体 项目支出
	budgetMissingRule, // K0024 预算数、执行数、执行率是数值
}

// Rules are the K rules' catalogue entries, for the registry
// (check.Registry).
func Rules() []catalog.Rule {
	out := make([]catalog.Rule, 0, len(catalogue))
	for _, r := range catalogue {
		out = append(out, r.Rule)
	}
	return out
}

// ruleByID finds a K rule.
func ruleByID(id string) (*Rule, bool) {
	for _, r := range catalogue {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}
