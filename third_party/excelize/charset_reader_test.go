package excelize

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const chineseText = "部门决算公开 2026年 合计 1,234.56元"

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCharsetReader checks every supported label against the reader it
// replaces, charset.NewReaderLabel.
func TestCharsetReader(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	for _, tc := range []struct {
		label string
		input []byte
	}{
		{"UTF-8", []byte(chineseText)},
		{" utf8\t", []byte(chineseText)},
		{"UTF-16", encode(t, utf16le, chineseText)},
		{"utf-16le", encode(t, utf16le, chineseText)},
		{"UTF-16BE", encode(t, utf16be, chineseText)},
		{"GB18030", encode(t, simplifiedchinese.GB18030, chineseText)},
		{"gbk", encode(t, simplifiedchinese.GBK, chineseText)},
		{"GB2312", encode(t, simplifiedchinese.GBK, chineseText)},
		{"x-gbk", encode(t, simplifiedchinese.GBK, chineseText)},
	} {
		r, err := charsetReader(tc.label, bytes.NewReader(tc.input))
		if err != nil {
			t.Fatalf("%q: %v", tc.label, err)
		}
		got, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%q: %v", tc.label, err)
		}
		if string(got) != chineseText {
			t.Errorf("%q: got %q, want %q", tc.label, got, chineseText)
		}
		r, err = charset.NewReaderLabel(tc.label, bytes.NewReader(tc.input))
		if err != nil {
			t.Fatal(err)
		}
		if upstream, _ := io.ReadAll(r); !bytes.Equal(got, upstream) {
			t.Errorf("%q: got %q, charset.NewReaderLabel gives %q", tc.label, got, upstream)
		}
	}
	r, err := charsetReader("US-ASCII", strings.NewReader("plain"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(r); string(got) != "plain" {
		t.Errorf("US-ASCII: got %q", got)
	}
	for _, label := range []string{"Shift_JIS", "big5", "windows-1252", "ISO-8859-1", "EUC-KR", ""} {
		if _, err := charsetReader(label, strings.NewReader("x")); err == nil ||
			!strings.Contains(err.Error(), "unsupported charset") {
			t.Errorf("%q: got error %v, want unsupported charset", label, err)
		}
	}
}

// TestCharsetReaderDecodesXML reads an XML document declared GB18030 the way
// excelize reads every part.
func TestCharsetReaderDecodesXML(t *testing.T) {
	doc := encode(t, simplifiedchinese.GB18030, `<?xml version="1.0" encoding="GB18030"?><t>`+chineseText+`</t>`)
	var v struct {
		Text string `xml:",chardata"`
	}
	if err := NewFile().xmlNewDecoder(bytes.NewReader(doc)).Decode(&v); err != nil {
		t.Fatal(err)
	}
	if v.Text != chineseText {
		t.Errorf("got %q, want %q", v.Text, chineseText)
	}
	doc = []byte(`<?xml version="1.0" encoding="Shift_JIS"?><t/>`)
	if err := NewFile().xmlNewDecoder(bytes.NewReader(doc)).Decode(&v); err == nil ||
		!strings.Contains(err.Error(), "unsupported charset") {
		t.Errorf("Shift_JIS: got error %v, want unsupported charset", err)
	}
}

// TestOpenGB18030Parts opens a workbook whose shared strings and worksheet
// parts are re-encoded as GB18030 with a matching XML declaration.
func TestOpenGB18030Parts(t *testing.T) {
	f := NewFile()
	if err := f.SetCellValue("Sheet1", "A1", chineseText); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("Sheet1", "B2", "合计"); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if zf.Name == "xl/sharedStrings.xml" || zf.Name == "xl/worksheets/sheet1.xml" {
			s := string(b)
			if !strings.Contains(s, `encoding="UTF-8"`) {
				t.Fatalf("%s has no UTF-8 declaration: %.80s", zf.Name, s)
			}
			b = encode(t, simplifiedchinese.GB18030, strings.Replace(s, `encoding="UTF-8"`, `encoding="GB18030"`, 1))
		}
		w, err := zw.Create(zf.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	g, err := OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := g.GetRows("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || len(rows[0]) != 1 || rows[0][0] != chineseText || len(rows[1]) != 2 || rows[1][1] != "合计" {
		t.Errorf("got rows %q", rows)
	}
}
