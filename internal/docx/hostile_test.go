package docx_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"reportcheck/internal/docx"
	"reportcheck/internal/testkit/docxbook"
)

// TestHostileFiles: every bad file is refused with its stable code and a
// Chinese message, in bounded time and memory.
func TestHostileFiles(t *testing.T) {
	good := docxbook.FromText(sample, docxbook.Options{})
	many := strings.Repeat(`<w:p/>`, 2000)
	cases := []struct {
		name string
		data []byte
		lim  docx.Limits
		code docx.Code
	}{
		{"empty", nil, docx.Limits{}, docx.CodeEmpty},
		{"not a zip", []byte("这是一段纯文本，不是文档"), docx.Limits{}, docx.CodeNotDocx},
		{"Word 97-2003 .doc", docxbook.LegacyDoc(), docx.Limits{}, docx.CodeLegacyDoc},
		{"RTF saved as .doc", []byte(`{\rtf1\ansi 情况说明}`), docx.Limits{}, docx.CodeLegacyDoc},
		{"an OLE file of unknown streams", docxbook.LegacyXLS()[:512], docx.Limits{}, docx.CodeLegacyDoc},
		{"encrypted", docxbook.EncryptedDocx(), docx.Limits{}, docx.CodeEncrypted},
		{".xls", docxbook.LegacyXLS(), docx.Limits{}, docx.CodeWorkbook},
		{".xlsx", docxbook.WorkbookZip(), docx.Limits{}, docx.CodeWorkbook},
		{"a zip without a document", noDocument(), docx.Limits{}, docx.CodeNoDocument},
		{"truncated", good[:len(good)*2/3], docx.Limits{}, docx.CodeTruncated},
		{"too large a file", good, docx.Limits{MaxFileBytes: 100}, docx.CodeFileTooLarge},
		{"zip bomb", docxbook.Bomb(300<<20, true), docx.Limits{}, docx.CodeTooLarge},
		{"zip bomb lying about its size", docxbook.Bomb(64<<20, false), docx.Limits{}, docx.CodeTruncated},
		{"entity expansion", docxbook.Entities(), docx.Limits{}, docx.CodeBadXML},
		{"not XML", docxbook.WithDocument("<w:document"), docx.Limits{}, docx.CodeBadXML},
		{"unclosed elements", docxbook.WithDocument(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>`), docx.Limits{}, docx.CodeBadXML},
		{"mismatched tags", docxbook.WithDocument(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body></w:p></w:body></w:document>`), docx.Limits{}, docx.CodeBadXML},
		{"unknown entity", docxbook.WithDocument(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>`), docx.Limits{}, docx.CodeBadXML},
		{"not WordprocessingML", docxbook.WithDocument(`<document><body/></document>`), docx.Limits{}, docx.CodeBadXML},
		{"nested too deep", docxbook.Deep(100000), docx.Limits{}, docx.CodeTooLarge},
		{"too many paragraphs", docxbook.WithDocument(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + many + `</w:body></w:document>`), docx.Limits{MaxParagraphs: 1000}, docx.CodeTooLarge},
		{"a second root", docxbook.WithDocument(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/><x/>`), docx.Limits{}, docx.CodeBadXML},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := docx.Read(c.data, c.lim)
			var de *docx.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T), want a *docx.Error", err, err)
			}
			if de.Code != c.code {
				t.Errorf("code %s, want %s (%v)", de.Code, c.code, err)
			}
			if de.Message == "" || de.Message != docx.Message(de.Code) && de.Code != docx.CodeFileTooLarge {
				t.Errorf("message %q", de.Message)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			if grew := int64(after.TotalAlloc - before.TotalAlloc); grew > 400<<20 {
				t.Errorf("allocated %d MB", grew>>20)
			}
			if !strings.Contains(de.Error(), string(de.Code)) {
				t.Errorf("Error() = %q", de.Error())
			}
		})
	}
}

func noDocument() []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte("<Types/>"))
	zw.Close()
	return buf.Bytes()
}

func TestFileTooLargeMessage(t *testing.T) {
	e := docx.FileTooLarge(80<<20, docx.Limits{})
	if e.Code != docx.CodeFileTooLarge || !strings.Contains(e.Message, "80.0 MB") || !strings.Contains(e.Message, "64.0 MB") {
		t.Errorf("%+v", e)
	}
	for _, n := range []int64{10, 4 << 10, 3 << 30} {
		if docx.FileTooLarge(n, docx.Limits{}).Message == "" {
			t.Error("no message")
		}
	}
}

// FuzzRead: any bytes give a Document or an *Error — never a panic, a hang
// or a runaway allocation — and a document read can always take comments.
func FuzzRead(f *testing.F) {
	f.Add(docxbook.FromText(sample, docxbook.Options{SplitNumbers: true, Hyperlinks: true, Fields: true}))
	f.Add(docxbook.FromText(sample, docxbook.Options{Revisions: true, FullWidth: true}))
	f.Add(docxbook.Entities())
	f.Add(docxbook.LegacyDoc())
	f.Add(docxbook.Deep(300))
	f.Add([]byte("PK\x03\x04"))
	f.Add(docxbook.WithDocument(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>a&amp;b</w:t></w:r></w:p></w:body></w:document>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<20 {
			return
		}
		lim := docx.Limits{MaxUnzipBytes: 16 << 20, MaxParagraphs: 100000}
		doc, err := docx.Read(data, lim)
		if err != nil {
			if _, ok := err.(*docx.Error); !ok {
				t.Fatalf("error %T is not a *docx.Error", err)
			}
			return
		}
		var cs []docx.Comment
		for _, p := range doc.Paragraphs {
			if len(p.Text) > 2 {
				cs = append(cs, docx.Comment{Para: p.Index, Quote: p.Text[1 : len(p.Text)-1], Text: "x"})
			}
		}
		out, err := docx.AddComments(data, cs, lim)
		if err != nil {
			return
		}
		again, err := docx.Read(out, lim)
		if err != nil {
			t.Fatalf("a document with comments no longer reads: %v", err)
		}
		if len(again.Paragraphs) != len(doc.Paragraphs) {
			t.Fatalf("%d paragraphs became %d", len(doc.Paragraphs), len(again.Paragraphs))
		}
		for i := range doc.Paragraphs {
			if again.Paragraphs[i].Text != doc.Paragraphs[i].Text {
				t.Fatalf("paragraph %d changed: %q → %q", i+1, doc.Paragraphs[i].Text, again.Paragraphs[i].Text)
			}
		}
	})
}
