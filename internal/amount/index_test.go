package amount

import (
	"strings"
	"testing"
)

var indexSamples = [][2]string{
	{"与上年相比增加 10 万元", "增加"}, {"增加增加", "增加"}, {"", "增加"}, {"增", "增加"}, {"增加", ""},
	{"abc", "b"}, {"大于（小于）", "大于(小于)"}, {"\xe5\xa2\x9e\xe5", "增加"}, {"x增加", "增加"},
	{"本部门无政府性基金", "本部门无"}, {"一、二、三", "、"}, {"决算数大于预算数", "大于"},
}

// TestIndexTextMatchesStringsIndex: the same answer as strings.Index.
func TestIndexTextMatchesStringsIndex(t *testing.T) {
	for _, c := range indexSamples {
		if got, want := IndexText(c[0], c[1]), strings.Index(c[0], c[1]); got != want {
			t.Errorf("IndexText(%q, %q) = %d, want %d", c[0], c[1], got, want)
		}
		if ContainsText(c[0], c[1]) != strings.Contains(c[0], c[1]) {
			t.Errorf("ContainsText(%q, %q)", c[0], c[1])
		}
	}
}

func FuzzIndexTextMatchesStringsIndex(f *testing.F) {
	for _, c := range indexSamples {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, sub string) {
		if got, want := IndexText(s, sub), strings.Index(s, sub); got != want {
			t.Errorf("IndexText(%q, %q) = %d, want %d", s, sub, got, want)
		}
	})
}
