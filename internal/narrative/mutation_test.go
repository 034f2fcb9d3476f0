package narrative

import (
	"strings"
	"testing"

	"reportcheck/internal/report"
	"reportcheck/internal/testkit/docxbook"
)

// mutation is a late edit of the seed's narrative: old becomes new in the
// one paragraph holding old. With a rule, that rule must be reported at
// that paragraph, quoting new; without, the edit keeps the narrative right.
// Either way no 错误 may appear anywhere else.
type mutation struct {
	name, old, new, rule string
}

var mutations = []mutation{
	// An amount changed in one place only.
	{"基本支出 in 三", "其中：基本支出 1190.74 万元，占本年", "其中：基本支出 1109.74 万元，占本年", RuleAmount},
	{"a class amount", "科学技术支出(类)3959.66 万元", "科学技术支出(类)3995.66 万元", RuleAmount},
	{"a 项 amount", "支出决算为 40.03 万元", "支出决算为 40.30 万元", RuleAmount},
	{"人员经费", "人员经费 1152.56 万元", "人员经费 1125.56 万元", RuleAmount},
	{"收支总计", "2023 年度收、支总计 6050.66 万元。", "2023 年度收、支总计 6060.66 万元。", RuleAmount},
	{"财政拨款收入", "其中：财政拨款收入 6050.66 万元", "其中：财政拨款收入 6005.66 万元", RuleAmount},
	{"三公 budget", "支出预算为 0.5 万元", "支出预算为 0.8 万元", RuleAmount},
	{"a project's spending", "执行数为 13 万元", "执行数为 15 万元", RuleProject},
	{"a project in the list", "4.科技专项工作经费 7.4 万元", "4.科技专项工作经费 7.9 万元", RuleProject},
	{"a project named loosely", "6.汽车以旧换新补贴专项资金 684.62 万元", "6.汽车以旧换新补贴专项资金 648.62 万元", RuleProjectLike},
	{"projects listed together", "2.工业运行、园区建设等经费 4.25 万元", "2.工业运行、园区建设等经费 4.52 万元", RuleProjectLike},
	{"a 年初预算 (no table holds it)", "年初预算为 769.13 万元", "年初预算为 796.13 万元", RuleCompletion},
	{"the total 年初预算", "年初预算为 1108.64 万元", "年初预算为 1180.64 万元", RuleCompletion},
	// A share or a rate not recomputed.
	{"a share", "占本年支出 80.3%", "占本年支出 80.8%", RuleShare},
	{"a class share", "854.25 万元，占 14.1%", "854.25 万元，占 14.2%", RuleShare},
	{"a share of all money", "占本年支出合计的 100%", "占本年支出合计的 98%", RuleShare},
	{"a growth rate", "2022 年度相比，收、支总计各增加 633.57 万元，增长 11.7%", "2022 年度相比，收、支总计各增加 633.57 万元，增长 11.9%", RuleChange},
	{"a change amount", "收入合计增加 633.57 万元", "收入合计增加 663.57 万元", RuleChange},
	{"a rate on the budget", "降低16.7%", "降低16.2%", RuleChange},
	{"a difference with the budget", "比预算减少 0.5 万元", "比预算减少 0.3 万元", RuleChange},
	{"a direction word", "一般公共预算财政拨款支出增加 633.57 万元，增长 11.7%", "一般公共预算财政拨款支出增加 633.57 万元，下降 11.7%", RuleDirection},
	{"a completion rate", "完成年初预算的 81.9%", "完成年初预算的 81.6%", RuleCompletion},
	{"a project's completion rate", "执行数为 49.45 万元，完成预算的 100%", "执行数为 49.45 万元，完成预算的 99%", RuleCompletion},
	{"a completion rate on a zero budget", "年初预算为 0 万元，支出决算为 120 万元，", "年初预算为 0 万元，支出决算为 120 万元，完成年初预算的 0%，", RuleZeroBase},
	{"a comparison word", "支出决算数大于年初预算数的主要原因是追加了对口援疆", "支出决算数小于年初预算数的主要原因是追加了对口援疆", RuleCompare},
	// A wrong year.
	{"this year", "2023 年度收入合计 6050.66 万元", "2022 年度收入合计 6050.66 万元", RuleYear},
	{"the previous year", "2023 年度财政拨款收、支总计 6050.66 万元。与 2022 年度相比", "2023 年度财政拨款收、支总计 6050.66 万元。与 2021 年度相比", RulePrevYear},
	{"the year's end", "截至 2023 年 12 月 31 日，江岸区", "截至 2022 年 12 月 31 日，江岸区", RuleYear},
	{"the title's year", "第三部分 江岸区科经局本级 2023 年度部门决算情况说明", "第三部分 江岸区科经局本级 2022 年度部门决算情况说明", RuleYear},
	// A duplicated item number.
	{"an item number", "15.农林水支出", "14.农林水支出", RuleDuplicate},
	{"a heading number", "十三、预算绩效情况说明", "十二、预算绩效情况说明", RuleDuplicate},
	{"a skipped number", "7.农林水支出(类)4 万元", "8.农林水支出(类)4 万元", RuleGap},
	// A total that no longer matches its parts (no table holds 政府采购).
	{"a total", "授予中小企业合同金额 2.94万元，占政府采购支出总额的100%", "授予中小企业合同金额 2.49万元，占政府采购支出总额的100%", RuleShare},
	// Placeholders.
	{"a placeholder", "主要原因是落实过紧日子要求", "主要原因是XXXXXXXX", RulePlaceholder},
	{"a placeholder rate", "降低16.7%", "降低XX%", RulePlaceholder},
	// Rewordings that keep the narrative right.
	{"thousands separators", "科学技术支出(类)3959.66 万元", "科学技术支出(类)3,959.66 万元", ""},
	{"full-width digits", "国防支出(类)120 万元，占 2.0%", "国防支出(类)１２０ 万元，占 ２.０％", ""},
	{"yuan", "一般公共服务支出(类)5 万元", "一般公共服务支出(类)50,000 元", ""},
	{"a share at its precision", "占 2.0%", "占 2%", ""},
	{"a rate with two decimals", "2022 年度相比，收、支总计各增加 633.57 万元，增长 11.7%", "2022 年度相比，收、支总计各增加 633.57 万元，增长 11.70%", ""},
	{"上年 for the year", "与 2022 年度相比，收入合计", "与上年相比，收入合计", ""},
	{"no spaces", "2023 年度支出合计 6050.66 万元，与 2022 年度相比", "2023年度支出合计6050.66万元，与2022年度相比", ""},
	{"a round figure", "举办科技成果转化活动５场，项目签约 36 个，签约金额 7396 万元；擦亮高企“金字招牌”，全面落实高企培育补贴资金的“免审即享”，兑现科技型中小企业区级配套补贴资金近 2305 万元；召开江岸区科技创新大会，集中发布科技创新、数字经济、民营经济和中小企业“黄金 30 条”政策；组织承办武汉科技创新大赛汉口赛区启动仪式暨人工智能专场活动、武汉科技创新大赛活动汉口赛区光电子信息江岸专场活动，通过赛事活动，吸引优秀创新团队和项目落地江岸。发现", "举办科技成果转化活动５场，项目签约 36 个，签约金额约 7400 万元；擦亮高企“金字招牌”，全面落实高企培育补贴资金的“免审即享”，兑现科技型中小企业区级配套补贴资金近 2305 万元；召开江岸区科技创新大会，集中发布科技创新、数字经济、民营经济和中小企业“黄金 30 条”政策；组织承办武汉科技创新大赛汉口赛区启动仪式暨人工智能专场活动、武汉科技创新大赛活动汉口赛区光电子信息江岸专场活动，通过赛事活动，吸引优秀创新团队和项目落地江岸。发现", ""},
}

func TestMutations(t *testing.T) {
	res, ks := seedTables(t)
	base := docxbook.SeedNarrativeBlocks()
	before := map[string]bool{}
	for _, k := range keys(Check(readDoc(t, base, docxbook.Options{}), res, ks, Options{}), true) {
		before[k] = true
	}
	for _, m := range mutations {
		if m.new == "" {
			continue
		}
		t.Run(m.name, func(t *testing.T) {
			blocks := append([]docxbook.Block(nil), base...)
			para := 0
			for i, b := range blocks {
				if strings.Contains(b.Text, m.old) {
					if para != 0 {
						t.Fatalf("%q is in paragraphs %d and %d", m.old, para, i+1)
					}
					para = i + 1
					blocks[i].Text = strings.Replace(b.Text, m.old, m.new, 1)
				}
			}
			if para == 0 {
				t.Fatalf("no paragraph holds %q", m.old)
			}
			for _, opt := range []docxbook.Options{{}, {SplitNumbers: true, Fields: true}} {
				found := false
				for _, f := range Check(readDoc(t, blocks, opt), res, ks, Options{}) {
					k := keys([]report.Finding{f}, true)[0]
					if before[k] {
						continue
					}
					if f.Rule == m.rule && f.Para == para && containsFigure(f.Quote, m.old, m.new) {
						found = true
						continue
					}
					if f.Severity == report.Error {
						t.Errorf("unexpected %s at %d: %s", f.Rule, f.Para, f.Message)
					}
				}
				if m.rule != "" && !found {
					t.Errorf("%s not found at paragraph %d", m.rule, para)
				}
			}
		})
	}
}

// containsFigure tells whether a quote holds the figures the edit wrote:
// every number (or run of X) of the changed stretch, widened to whole
// figures.
func containsFigure(quote, old, new string) bool {
	q := fold(strings.ReplaceAll(quote, " ", ""))
	o, n := fold(strings.ReplaceAll(old, " ", "")), fold(strings.ReplaceAll(new, " ", ""))
	i := 0
	for i < len(o) && i < len(n) && o[i] == n[i] {
		i++
	}
	j := 0
	for j < len(o)-i && j < len(n)-i && o[len(o)-1-j] == n[len(n)-1-j] {
		j++
	}
	figure := func(b byte) bool { return strings.IndexByte("0123456789.%X", b) >= 0 }
	for i > 0 && figure(n[i-1]) {
		i--
	}
	end := len(n) - j
	for end < len(n) && figure(n[end]) {
		end++
	}
	changed := n[i:end]
	var figs []string
	for k := 0; k < len(changed); {
		if !figure(changed[k]) {
			k++
			continue
		}
		e := k
		for e < len(changed) && figure(changed[e]) {
			e++
		}
		figs = append(figs, changed[k:e])
		k = e
	}
	if len(figs) == 0 {
		return strings.Contains(q, changed)
	}
	for _, f := range figs {
		if !strings.Contains(q, f) {
			return false
		}
	}
	return true
}
