package narrative

import (
	"os"
	"strings"
	"testing"

	"reportcheck/internal/locate"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/docxbook"
	"reportcheck/internal/testkit/gridbook"
)

// The ministry-style workbook of the table rules' fixtures (上海市测试局
// 2024: no 行次, several funds, 03 and 05 apart) and a narrative written in
// the ministry template's words: the rules must read sentences they were
// not written from.

func ministry(t testing.TB) (*locate.Result, []docxbook.Block) {
	t.Helper()
	wb, err := os.ReadFile("testdata/ministry.txt")
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("testdata/ministry-narrative.txt")
	if err != nil {
		t.Fatal(err)
	}
	return locate.Find(gridbook.Parse(string(wb))), docxbook.Paragraphs(string(text))
}

func TestMinistryNarrative(t *testing.T) {
	res, blocks := ministry(t)
	held := map[string]int{}
	fs := check(readDoc(t, blocks, docxbook.Options{SplitNumbers: true}), res, nil, Options{}, func(kind string, para int, quote string, ok bool) {
		if ok {
			held[kind]++
		}
	})
	for _, f := range fs {
		t.Errorf("unexpected %s %d %q: %s", f.Rule, f.Para, f.Quote, f.Message)
	}
	for kind, least := range map[string]int{"amount": 30, "share": 12, "change": 4, "completion": 9, "compare": 2, "sum": 5} {
		if held[kind] < least {
			t.Errorf("%d %s claims held, want at least %d (all: %v)", held[kind], kind, least, held)
		}
	}
}

var ministryMutations = []mutation{
	{"a total", "本年收入合计3,350.86万元", "本年收入合计3,530.86万元", RuleAmount},
	{"all money's 基本支出", "基本支出2,523.13万元", "基本支出2,313.13万元", RuleAmount},
	{"a class", "教育（类）支出1,340.85万元", "教育（类）支出1,640.85万元", RuleAmount},
	{"a 项", "支出决算为820.45万元", "支出决算为830.45万元", RuleAmount},
	{"a 三公 item", "公务接待费支出决算为3.10万元", "公务接待费支出决算为3.01万元", RuleAmount},
	{"政府性基金", "政府性基金预算财政拨款支出300.00万元", "政府性基金预算财政拨款支出280.00万元", RuleAmount},
	{"a share", "占74.44%", "占74.34%", RuleShare},
	{"a class share", "占48.2%", "占47.2%", RuleShare},
	{"a share of all money", "占本年支出合计的82.0%", "占本年支出合计的100%", RuleShare},
	{"a growth rate", "各减少104.64万元，下降3.2%", "各减少104.64万元，下降3.0%", RuleChange},
	{"a direction", "各减少104.64万元，下降3.2%", "各减少104.64万元，增长3.2%", RuleDirection},
	{"a 三公 rate", "完成预算的77.5%", "完成预算的75.5%", RuleCompletion},
	{"a rate on the budget", "降低1.7%", "降低1.9%", RuleChange},
	{"a sum", "政府采购服务支出236.00万元", "政府采购服务支出263.00万元", RuleSum},
	{"a year", "与2023年度相比，一般公共预算", "与2022年度相比，一般公共预算", RulePrevYear},
	{"a comparison word", "决算数小于年初预算数的主要原因是人员调出", "决算数大于年初预算数的主要原因是人员调出", RuleCompare},
	{"an item number", "3.住房保障（类）", "2.住房保障（类）", RuleDuplicate},
	{"reworded", "占本年支出合计的82.0%", "占本年支出合计的82%", ""},
}

func TestMinistryMutations(t *testing.T) {
	res, base := ministry(t)
	for _, m := range ministryMutations {
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
			found := false
			for _, f := range Check(readDoc(t, blocks, docxbook.Options{FullWidth: true}), res, nil, Options{}) {
				if f.Rule == m.rule && f.Para == para && containsFigure(f.Quote, m.old, m.new) {
					found = true
				} else if f.Severity == report.Error {
					t.Errorf("unexpected %s at %d %q: %s", f.Rule, f.Para, f.Quote, f.Message)
				}
			}
			if m.rule != "" && !found {
				t.Errorf("%s not found at paragraph %d", m.rule, para)
			}
		})
	}
}

// TestCountyNarrative: the seed's figures in another county's words — half
// width commas, 元, 较上年, 增幅, 比年初预算, shares of 基本支出, a 三公
// paragraph in 元 — give no finding, and its claims are read.
func TestCountyNarrative(t *testing.T) {
	text, err := os.ReadFile("testdata/county-narrative.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, ks := seedTables(t)
	held := map[string]int{}
	fs := check(readDoc(t, docxbook.Paragraphs(string(text)), docxbook.Options{}), res, ks, Options{}, func(kind string, para int, quote string, ok bool) {
		if ok {
			held[kind]++
		}
	})
	for _, f := range fs {
		t.Errorf("unexpected %s %d %q: %s", f.Rule, f.Para, f.Quote, f.Message)
	}
	for kind, least := range map[string]int{"amount": 15, "share": 6, "change": 3, "change-budget": 1, "sum": 3, "compare": 1} {
		if held[kind] < least {
			t.Errorf("%d %s claims held, want at least %d (all: %v)", held[kind], kind, least, held)
		}
	}
}
