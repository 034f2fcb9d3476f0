package narrative

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/kpi"
	"reportcheck/internal/locate"
	"reportcheck/internal/report"
	"reportcheck/internal/testkit/docxbook"
	"reportcheck/internal/testkit/seeddata"
)

func seedTables(t testing.TB) (*locate.Result, []*kpi.Table) {
	t.Helper()
	b := seeddata.Book()
	return locate.Find(b), kpi.Find(b)
}

func readDoc(t testing.TB, blocks []docxbook.Block, opt docxbook.Options) *docx.Document {
	t.Helper()
	doc, err := docx.Read(docxbook.Build(blocks, opt), docx.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// fold reads full-width digits as ASCII, for comparing quotes across markups.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '．':
			return '.'
		case r == '％':
			return '%'
		}
		return r
	}, s)
}

func keys(fs []report.Finding, withPara bool) []string {
	var out []string
	for _, f := range fs {
		k := f.Rule + " " + fold(f.Quote)
		if withPara {
			k = f.Rule + " " + strconv.Itoa(f.Para) + " " + fold(f.Quote)
		}
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// seedFindings are what the seed's published narrative holds: its four real
// errors (the 政府采购 total that is not the sum of its parts, a completion
// rate off by 0.1, the item number 19 twice, a figure that differs from the
// 绩效自评表, written twice) and the template alternatives left in it.
var seedFindings = []string{
	"D0003 39 新增创新街区（创新园区、创新楼宇）面积 8.9 万平方米",
	"D0203 64 19.",
	"D0104 65 年初预算为 23.58 万元，支出决算为 21.63 万元，完成年初预算的 91.8%",
	"D0206 78 增加(减少)",
	"D0206 81 增加(减少)",
	"D0206 83 增加(减少)",
	"D0106 91 2023年度江岸区科经局本级政府采购支出总额2.94万元，其中：政府采购货物支出0.47万元、政府采购工程支出 0万元、政府采购服务支出2.5万元",
	"D0003 105 新增创新街区（创新园区、创新楼宇）面积 8.9 万平方米",
}

// TestSeedNarrative: the faithful narrative gives its real errors at their
// paragraphs, and no other 错误.
func TestSeedNarrative(t *testing.T) {
	res, ks := seedTables(t)
	got := Check(readDoc(t, docxbook.SeedNarrativeBlocks(), docxbook.Options{}), res, ks, Options{File: "情况说明.docx"})
	want := append([]string(nil), seedFindings...)
	sort.Strings(want)
	if g := keys(got, true); strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(g, "\n"), strings.Join(want, "\n"))
	}
	errs := 0
	for _, f := range got {
		if f.Severity == report.Error {
			errs++
		}
		if f.File != "情况说明.docx" || f.Quote == "" || f.Message == "" {
			t.Errorf("incomplete finding %+v", f)
		}
	}
	if errs != 3 {
		t.Errorf("%d 错误, want the seed's 3 real ones", errs)
	}
}

// TestSeedNarrativeClaims: the faithful narrative's claims are read, not
// skipped: every kind of sentence it holds is recognised and checked.
func TestSeedNarrativeClaims(t *testing.T) {
	res, ks := seedTables(t)
	held := map[string]int{}
	failed := map[string]int{}
	check(readDoc(t, docxbook.SeedNarrativeBlocks(), docxbook.Options{}), res, ks, Options{}, func(kind string, para int, quote string, ok bool) {
		if ok {
			held[kind]++
		} else {
			failed[kind]++
		}
	})
	for kind, least := range map[string]int{"amount": 60, "share": 14, "change": 6, "completion": 20, "compare": 18, "sum": 4, "indicator": 4, "change-budget": 1} {
		if held[kind] < least {
			t.Errorf("%d %s claims held, want at least %d (all: %v)", held[kind], kind, least, held)
		}
	}
	if failed["completion"] != 1 || len(failed) != 1 {
		t.Errorf("failed claims %v, want the one completion rate", failed)
	}
}

// TestSeedNarrativeMarkups: the same findings whatever Word did to the runs.
func TestSeedNarrativeMarkups(t *testing.T) {
	res, ks := seedTables(t)
	want := keys(Check(readDoc(t, docxbook.SeedNarrativeBlocks(), docxbook.Options{}), res, ks, Options{}), true)
	for name, opt := range variants {
		t.Run(name, func(t *testing.T) {
			got := keys(Check(readDoc(t, docxbook.SeedNarrativeBlocks(), opt), res, ks, Options{}), true)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("\n got %q\nwant %q", got, want)
			}
		})
	}
}

// threePublicTable is the seed's 三公 table as pasted into a narrative.
var threePublicTable = []docxbook.Block{
	{Text: "2023 年度财政拨款“三公”经费支出决算表"},
	{Text: "部门：江岸区科经局本级\t金额单位：万元"},
	{Rows: [][]string{
		{"项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"},
		{"预算数", "0.50", "0", "0", "0", "0", "0.50"},
		{"决算数", "0", "0", "0", "0", "0", "0"},
	}},
}

// TestSeedNarrativeWithTable: a 三公 table pasted under its heading is
// read and agrees with the workbook; the narrative's findings stay.
func TestSeedNarrativeWithTable(t *testing.T) {
	res, ks := seedTables(t)
	blocks := docxbook.SeedNarrativeBlocks()
	var with []docxbook.Block
	for _, b := range blocks {
		with = append(with, b)
		if strings.HasPrefix(b.Text, "(一)“三公”经费财政拨款支出决算总体情况说明") {
			with = append(with, threePublicTable...)
		}
	}
	doc := readDoc(t, with, docxbook.Options{SplitNumbers: true})
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables", len(doc.Tables))
	}
	got := keys(Check(doc, res, ks, Options{}), false)
	want := keys(Check(readDoc(t, blocks, docxbook.Options{}), res, ks, Options{}), false)
	// The two title lines are paragraphs: the findings after them move on.
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
	// The same table, one figure wrong.
	threePublicTable[2].Rows[1][6] = "0.80"
	defer func() { threePublicTable[2].Rows[1][6] = "0.50" }()
	with = append(append([]docxbook.Block(nil), blocks[:2]...), threePublicTable...)
	fs := Check(readDoc(t, with, docxbook.Options{}), res, ks, Options{})
	var n6 []string
	for _, f := range fs {
		if f.Rule == RuleTable {
			n6 = append(n6, f.Quote+" "+strings.Join(f.Cells, ","))
		}
	}
	if len(n6) != 1 || !strings.HasPrefix(n6[0], "0.80 表格1!") || !strings.Contains(n6[0], "09 三公经费表!F8") {
		t.Errorf("pasted table findings %q", n6)
	}
}

func seedTableRows(key string) [][]string {
	for _, sh := range seeddata.Nine().Sheets {
		if strings.HasPrefix(sh.Name, key+" ") {
			return sh.Rows
		}
	}
	return nil
}

// TestSeedReportInOneDocument: the whole report in one document, checked
// with no workbook, reads its own tables and 绩效自评表 and finds the same
// errors in its 情况说明 (and the 绩效 figure again in 第四部分).
func TestSeedReportInOneDocument(t *testing.T) {
	blocks := docxbook.SeedReportBlocks(seedTableRows, seeddata.KPI().Sheets[0].Rows)
	doc := readDoc(t, blocks, docxbook.Options{SplitNumbers: true, Hyperlinks: true})
	res, ks := Tables(doc)
	if res == nil || len(res.Tables) != 9 || len(ks) != 12 || res.Year != "2023" {
		t.Fatalf("tables in the document: %v, %d 绩效自评表", res, len(ks))
	}
	got := Check(doc, nil, nil, Options{})
	seed := map[string]int{}
	for _, k := range seedFindings {
		f := strings.SplitN(k, " ", 3)
		seed[f[0]+" "+f[2]]++
	}
	extra := 0
	for _, k := range keys(got, false) {
		if seed[k] == 0 {
			extra++
			t.Logf("more: %s", k)
			if !strings.HasPrefix(k, RuleIndicator+" ") {
				t.Errorf("unexpected %s", k)
			}
			continue
		}
		seed[k]--
	}
	for k, n := range seed {
		if n > 0 {
			t.Errorf("missing %s", k)
		}
	}
	if extra != 2 {
		t.Errorf("%d more indicator findings, want 2 (第四部分: 面积, 技术合同成交额)", extra)
	}
	// Checked with its workbook too, the document's tables agree with it.
	wres, wks := seedTables(t)
	for _, f := range Check(doc, wres, wks, Options{}) {
		if f.Rule == RuleTable {
			t.Errorf("the document's tables are the workbook's: %s", f.Message)
		}
	}
}

func seedLines(t testing.TB) []docxbook.Block {
	t.Helper()
	text, err := os.ReadFile("testdata/seed-narrative-lines.txt")
	if err != nil {
		t.Fatal(err)
	}
	return docxbook.Paragraphs(string(text))
}

// TestSeedNarrativeLines: the narrative as a PDF converted to Word leaves
// it, a paragraph per printed line, sentences and 科目 names cut at line
// ends: the same findings, each at the line holding the figure judged.
func TestSeedNarrativeLines(t *testing.T) {
	res, ks := seedTables(t)
	blocks := seedLines(t)
	got := Check(readDoc(t, blocks, docxbook.Options{}), res, ks, Options{})
	want := keys(Check(readDoc(t, docxbook.SeedNarrativeBlocks(), docxbook.Options{}), res, ks, Options{}), false)
	if g := keys(got, false); strings.ReplaceAll(strings.Join(g, "\n"), " ", "") != strings.ReplaceAll(strings.Join(want, "\n"), " ", "") {
		t.Errorf("\n got %q\nwant %q", g, want)
	}
	for _, f := range got {
		line := fold(strings.ReplaceAll(blocks[f.Para-1].Text, " ", ""))
		q := fold(strings.ReplaceAll(f.Quote, " ", ""))
		tail := q[max(0, len(q)-4):]
		if f.Rule == RuleSum {
			tail = q[:min(len(q), 12)]
		}
		if !strings.Contains(line, tail) {
			t.Errorf("%s at line %d %q: the line does not hold %q", f.Rule, f.Para, line, tail)
		}
	}
}

// TestMutationsLines: the late edits, made in the line-per-paragraph
// layout, are found at the line edited.
func TestMutationsLines(t *testing.T) {
	res, ks := seedTables(t)
	base := seedLines(t)
	before := map[string]bool{}
	for _, k := range keys(Check(readDoc(t, base, docxbook.Options{}), res, ks, Options{}), true) {
		before[k] = true
	}
	tried := 0
	for _, m := range mutations {
		blocks := append([]docxbook.Block(nil), base...)
		para := 0
		for i, b := range blocks {
			if strings.Contains(b.Text, m.old) {
				if para != 0 {
					para = -1
					break
				}
				para = i + 1
				blocks[i].Text = strings.Replace(b.Text, m.old, m.new, 1)
			}
		}
		if para <= 0 {
			continue // cut by a line end here
		}
		tried++
		t.Run(m.name, func(t *testing.T) {
			found := false
			for _, f := range Check(readDoc(t, blocks, docxbook.Options{}), res, ks, Options{}) {
				if before[keys([]report.Finding{f}, true)[0]] {
					continue
				}
				// A claim cut by a line end is reported at the line of the
				// figure it judges, the next one when the edit was above it.
				if f.Rule == m.rule && (f.Para == para || f.Para == para+1) && containsFigure(f.Quote, m.old, m.new) {
					found = true
				} else if f.Severity == report.Error {
					t.Errorf("unexpected %s at %d: %s", f.Rule, f.Para, f.Message)
				}
			}
			if m.rule != "" && !found {
				t.Errorf("%s not found at line %d", m.rule, para)
			}
		})
	}
	if tried < 15 {
		t.Errorf("only %d edits fit on one line", tried)
	}
}
