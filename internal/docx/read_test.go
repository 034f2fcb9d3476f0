package docx_test

import (
	"strings"
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/testkit/docxbook"
)

func mustRead(t *testing.T, data []byte) *docx.Document {
	t.Helper()
	doc, err := docx.Read(data, docx.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func texts(doc *docx.Document) []string {
	var out []string
	for _, p := range doc.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

const sample = `一、收入决算情况说明
2023 年度收入合计 6050.66 万元，与 2022 年度相比，收入合计增加 633.57 万元，增长 11.7%。
@image
图 1：收入决算结构
@empty
|项目	预算数	决算数
|合计	0.50	0
三公经费支出决算为 0 万元。`

// TestReadParagraphs: every body paragraph outside tables counts, empty and
// picture ones included; a table sits between paragraphs and is a grid.
func TestReadParagraphs(t *testing.T) {
	doc := mustRead(t, docxbook.FromText(sample, docxbook.Options{}))
	want := []string{"一、收入决算情况说明",
		"2023 年度收入合计 6050.66 万元，与 2022 年度相比，收入合计增加 633.57 万元，增长 11.7%。",
		"", "图 1：收入决算结构", "", "三公经费支出决算为 0 万元。"}
	if got := texts(doc); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("paragraphs:\n got %q\nwant %q", got, want)
	}
	for i, p := range doc.Paragraphs {
		if p.Index != i+1 {
			t.Errorf("paragraph %d has Index %d", i, p.Index)
		}
	}
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables", len(doc.Tables))
	}
	tb := doc.Tables[0]
	if tb.Index != 1 || tb.After != 5 {
		t.Errorf("table Index %d After %d, want 1 and 5", tb.Index, tb.After)
	}
	if len(tb.Rows) != 2 || strings.Join(tb.Rows[1], "|") != "合计|0.50|0" {
		t.Errorf("rows %q", tb.Rows)
	}
}

// TestReadThroughMarkup: numbers split over runs, full-width digits,
// hyperlinks, fields and tracked changes all read as the text Word shows.
func TestReadThroughMarkup(t *testing.T) {
	want := texts(mustRead(t, docxbook.FromText(sample, docxbook.Options{})))
	for name, opt := range map[string]docxbook.Options{
		"split":     {SplitNumbers: true},
		"links":     {Hyperlinks: true},
		"fields":    {Fields: true, SplitNumbers: true},
		"revisions": {Revisions: true},
		"prefix":    {Prefix: "ns0", Hyperlinks: true, Fields: true},
	} {
		t.Run(name, func(t *testing.T) {
			got := texts(mustRead(t, docxbook.FromText(sample, opt)))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("\n got %q\nwant %q", got, want)
			}
		})
	}
	got := texts(mustRead(t, docxbook.FromText(sample, docxbook.Options{FullWidth: true, SplitNumbers: true})))
	if got[1] != "２０２３ 年度收入合计 ６０５０．６６ 万元，与 ２０２２ 年度相比，收入合计增加 ６３３．５７ 万元，增长 １１．７％。" {
		t.Errorf("full width: %q", got[1])
	}
}

// body wraps raw body XML into a document.
func body(xml string) []byte { return docxbook.Package(xml, "w", 1) }

func TestReadHandWrittenMarkup(t *testing.T) {
	cases := []struct {
		name, xml string
		want      []string
	}{
		{"runs split mid-number", `<w:p><w:r><w:t>合计 6050</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>.66</w:t></w:r><w:r><w:t xml:space="preserve"> 万元</w:t></w:r></w:p>`,
			[]string{"合计 6050.66 万元"}},
		{"complex field shows its result only", `<w:p><w:r><w:t>增长</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> =633.57/5417.09*100 \# "0.0"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>11.</w:t></w:r><w:r><w:t>7%</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			[]string{"增长11.7%"}},
		{"nested fields", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			[]string{"结果"}},
		{"simple field and hyperlink", `<w:p><w:fldSimple w:instr=" =1+1 "><w:r><w:t>2</w:t></w:r></w:fldSimple><w:hyperlink r:id="rIdLink1"><w:r><w:t>万元</w:t></w:r></w:hyperlink></w:p>`,
			[]string{"2万元"}},
		{"tracked changes", `<w:p><w:r><w:t>合计</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>6060.66</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>6050.66</w:t></w:r></w:ins><w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧</w:t></w:r></w:moveFrom></w:p>`,
			[]string{"合计6050.66"}},
		{"tabs, breaks, entities, CDATA", `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>A&amp;B&#x4E07;&#20803;</w:t><w:tab/><w:t><![CDATA[<x>]]></w:t><w:br/><w:noBreakHyphen/><w:softHyphen/></w:r></w:p>`,
			[]string{"A&B万元\t<x>\n-"}},
		{"text boxes and pictures are not body text", `<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			[]string{"正文"}},
		{"content controls are read through", `<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="x"/></w:placeholder><w:text/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>控件</w:t></w:r></w:p></w:sdtContent></w:sdt><w:p/>`,
			[]string{"控件", ""}},
		{"field code spanning paragraphs", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>目录一</w:t></w:r></w:p><w:p><w:r><w:t>目录二</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			[]string{"目录一", "目录二"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := mustRead(t, body(c.xml))
			if got := texts(doc); strings.Join(got, "\n\n") != strings.Join(c.want, "\n\n") {
				t.Errorf("\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestReadTables(t *testing.T) {
	xml := `<w:p><w:r><w:t>表前</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>预算数</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>备注</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>合</w:t></w:r></w:p><w:p><w:r><w:t>计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0.50</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>续</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:p><w:r><w:t>表后</w:t></w:r></w:p>`
	doc := mustRead(t, body(xml))
	if got := texts(doc); strings.Join(got, "|") != "表前|表后" {
		t.Fatalf("paragraphs %q", got)
	}
	if len(doc.Tables) != 1 {
		t.Fatalf("%d tables", len(doc.Tables))
	}
	tb := doc.Tables[0]
	want := [][]string{{"预算数", "", "备注"}, {"合\n计", "0.50\n内", ""}}
	if len(tb.Rows) != 2 || strings.Join(tb.Rows[0], "|") != strings.Join(want[0], "|") || strings.Join(tb.Rows[1], "|") != strings.Join(want[1], "|") {
		t.Errorf("rows %q, want %q", tb.Rows, want)
	}
	if tb.After != 1 {
		t.Errorf("After %d", tb.After)
	}
}

func TestStyleAndNumbering(t *testing.T) {
	doc := mustRead(t, body(`<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>标题</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:p>`))
	if p := doc.Paragraphs[0]; p.Style != "1" || !p.AutoNumbered {
		t.Errorf("%+v", p)
	}
	if doc.Paragraphs[1].AutoNumbered {
		t.Error("numId 0 is no numbering")
	}
}
