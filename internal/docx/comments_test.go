package docx_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"reportcheck/internal/docx"
	"reportcheck/internal/testkit/docxbook"
)

func part(t *testing.T, data []byte, name string) string {
	t.Helper()
	return docxbook.Part(data, name)
}

// wellFormed checks a part with encoding/xml, independently of our scanner.
func wellFormed(t *testing.T, name, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s is not well formed: %v", name, err)
		}
	}
}

func commented(t *testing.T, data []byte, cs []docx.Comment) []byte {
	t.Helper()
	before := texts(mustRead(t, data))
	out, err := docx.AddComments(data, cs, docx.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	after := texts(mustRead(t, out))
	if strings.Join(before, "\n") != strings.Join(after, "\n") {
		t.Fatalf("text changed:\n%q\n%q", before, after)
	}
	for _, name := range []string{"word/document.xml", "word/comments.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"} {
		wellFormed(t, name, part(t, out, name))
	}
	return out
}

// TestAddComments: comments go around the exact figures, across runs a
// late edit split, and the text of the document stays as it was.
func TestAddComments(t *testing.T) {
	for name, opt := range map[string]docxbook.Options{
		"plain": {}, "split": {SplitNumbers: true}, "full width": {FullWidth: true, SplitNumbers: true},
		"fields and links": {Fields: true, Hyperlinks: true}, "revisions": {Revisions: true}, "prefix": {Prefix: "ns0", SplitNumbers: true},
	} {
		t.Run(name, func(t *testing.T) {
			data := docxbook.FromText(sample, opt)
			doc := mustRead(t, data)
			p2 := doc.Paragraphs[1].Text
			figure := "6050.66 万元"
			if opt.FullWidth {
				figure = "６０５０．６６ 万元"
			}
			out := commented(t, data, []docx.Comment{
				{Para: 2, Quote: figure, Text: "应为 6,060.66 万元"},
				{Para: 2, Quote: p2[strings.LastIndex(p2, "增长"):], Text: "增长率应为 11.8%\n按文中金额计算"},
				{Para: 1, Text: "整段"},
				{Para: 3, Text: "图片段"},
				{Para: 5, Quote: "不在文中", Text: "空段落"},
				{Para: 99, Text: "没有这一段"},
			})
			body := part(t, out, "word/document.xml")
			if n := strings.Count(body, "commentRangeStart "); n != 5 {
				t.Errorf("%d comment ranges, want 5", n)
			}
			if n := strings.Count(body, "commentReference "); n != 5 {
				t.Errorf("%d comment references, want 5", n)
			}
			comments := part(t, out, "word/comments.xml")
			for _, s := range []string{"应为 6,060.66 万元", "按文中金额计算", "整段", "空段落", `w:author="报表检查"`} {
				if !strings.Contains(comments, s) {
					t.Errorf("comments.xml lacks %q", s)
				}
			}
			if !strings.Contains(part(t, out, "[Content_Types].xml"), "wordprocessingml.comments+xml") {
				t.Error("no content type for the comments")
			}
			if !strings.Contains(part(t, out, "word/_rels/document.xml.rels"), "relationships/comments") {
				t.Error("no relationship to the comments")
			}
			// The range covers exactly the figure: the text between the
			// range marks of comment 0 is the quote.
			if got := between(body, "0"); got != figure {
				t.Errorf("comment 0 covers %q, want %q", got, figure)
			}
			// Comments added to a commented document take new IDs.
			again := commented(t, out, []docx.Comment{{Para: 6, Quote: "0 万元", Text: "第二轮"}})
			c2 := part(t, again, "word/comments.xml")
			if strings.Count(c2, "<w:comment ") != 6 || !strings.Contains(c2, `w:id="5"`) {
				t.Errorf("second round: %s", c2)
			}
		})
	}
}

// between is the visible text inside comment id's range in body XML.
func between(body, id string) string {
	start := strings.Index(body, `commentRangeStart w:id="`+id+`"`)
	if start < 0 {
		start = strings.Index(body, `commentRangeStart ns0:id="`+id+`"`)
	}
	end := strings.Index(body, `commentRangeEnd w:id="`+id+`"`)
	if end < 0 {
		end = strings.Index(body, `commentRangeEnd ns0:id="`+id+`"`)
	}
	if start < 0 || end < start {
		return "?"
	}
	seg := body[start:end]
	var out strings.Builder
	for {
		i := strings.Index(seg, ":t")
		if i < 0 {
			break
		}
		seg = seg[i+2:]
		if seg == "" || (seg[0] != '>' && seg[0] != ' ') {
			continue
		}
		gt := strings.IndexByte(seg, '>')
		lt := strings.IndexByte(seg[gt:], '<')
		if gt < 0 || lt < 0 {
			break
		}
		out.WriteString(seg[gt+1 : gt+lt])
		seg = seg[gt+lt:]
	}
	return out.String()
}

func TestAddCommentsEntitiesAndSpaces(t *testing.T) {
	data := docxbook.Package(`<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="a"><w:rPr/></w:rPrChange></w:rPr><w:t>A&amp;B 合计 6050.66 万元</w:t><w:tab/><w:t>尾</w:t></w:r></w:p><w:p/>`, "w", 0)
	out := commented(t, data, []docx.Comment{{Para: 1, Quote: "6050.66", Text: "x"}, {Para: 1, Quote: "\t尾", Text: "tab"}, {Para: 2, Text: "empty"}})
	body := part(t, out, "word/document.xml")
	if got := between(body, "0"); got != "6050.66" {
		t.Errorf("covers %q", got)
	}
	if strings.Count(body, "rPrChange") != 2 {
		t.Errorf("a tracked formatting change was copied: %s", body)
	}
	if !strings.Contains(body, `<w:t xml:space="preserve">A&amp;B 合计 </w:t>`) {
		t.Errorf("the text before the split lost its space: %s", body)
	}
}

func TestAddCommentsNothing(t *testing.T) {
	data := docxbook.FromText(sample, docxbook.Options{})
	out, err := docx.AddComments(data, nil, docx.Limits{})
	if err != nil || !bytes.Equal(out, data) {
		t.Errorf("no comments should leave the file as it was (%v)", err)
	}
	if _, err := docx.AddComments([]byte("nope"), nil, docx.Limits{}); err == nil {
		t.Error("a bad file must be refused")
	}
}
