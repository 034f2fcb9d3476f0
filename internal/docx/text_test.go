package docx

import (
	"errors"
	"strings"
	"testing"
)

// TestFromText: pasted text is one paragraph a line, numbered as the lines
// are, whatever the line ends; empty and oversized text is refused in words
// about the text box.
func TestFromText(t *testing.T) {
	d, err := FromText("一、总体情况\r\n\r\n收入 100 万元\r二、支出\n", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"一、总体情况", "", "收入 100 万元", "二、支出"}
	if len(d.Paragraphs) != len(want) {
		t.Fatalf("%d paragraphs", len(d.Paragraphs))
	}
	for i, p := range d.Paragraphs {
		if p.Index != i+1 || p.Text != want[i] {
			t.Errorf("paragraph %d: %+v", i, p)
		}
	}
	if d, err := FromText("a\xffb", Limits{}); err != nil || d.Paragraphs[0].Text != "a\uFFFDb" {
		t.Errorf("invalid UTF-8: %v", err)
	}
	for _, c := range []struct {
		text string
		lim  Limits
		code Code
	}{
		{"", Limits{}, CodeEmpty},
		{" \n\t\n", Limits{}, CodeEmpty},
		{strings.Repeat("x", 101), Limits{MaxUnzipBytes: 100}, CodeTooLarge},
		{strings.Repeat("x\n", 11), Limits{MaxParagraphs: 10}, CodeTooLarge},
	} {
		_, err := FromText(c.text, c.lim)
		var e *Error
		if !errors.As(err, &e) || e.Code != c.code || !strings.Contains(e.Message, "粘贴") {
			t.Errorf("%q: %v", c.text, err)
		}
	}
}
