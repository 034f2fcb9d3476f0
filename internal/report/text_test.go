package report

import (
	"bytes"
	"strings"
	"testing"
)

func TestTextEscapesTerminalControls(t *testing.T) {
	r := &Report{File: "a\x1b]0;pwned\x07.xlsx", Tables: []Table{{Form: "02", Sheet: "S\x1b[2J"}},
		Findings: []Finding{{Rule: "S0006", Severity: Error, Sheet: "S", Cell: "A1", Message: "内容“\x1b]8;;http://x\x1b\\\\链接\u202e”"}}}
	var b bytes.Buffer
	if err := WriteText(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"\x1b", "\x07", "\u202e"} {
		if strings.Contains(out, bad) {
			t.Errorf("output carries %q: %q", bad, out)
		}
	}
	if !strings.Contains(out, `\u001b]0;pwned`) || !strings.Contains(out, "\n") {
		t.Errorf("escapes not shown: %q", out)
	}
}
