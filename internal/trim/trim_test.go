package trim

import (
	"strings"
	"testing"
)

func TestSpaceIsTrimSpace(t *testing.T) {
	cases := []string{
		"", " ", "\t\n\v\f\r", "a", " a ", "一般公共预算", " 一般公共预算", "一般公共预算 ", "\u3000教育\u3000",
		"教育\u00a0", "\u00a0教育", "\u2003合计", "合计\u2028", "\u0085合计", "合计\u0085", "123.45", " 123.45\n",
		"（一）", "支出\xe4", "\xe4\xb8", "\xff", "\xe4\xb8\xad\xe4", "中\x80", "\x80中", "中\xed\xa0\x80", "\xef\xbb\xbf",
		"中\U0001F600", "\U0001F600", "a中", "中a", "中 ", "\u205f中\u205f", "中\u3000", "x\xe3\x80\x80",
	}
	for _, s := range cases {
		if got, want := Space(s), strings.TrimSpace(s); got != want {
			t.Errorf("Space(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzSpace(f *testing.F) {
	for _, s := range []string{"", " 教育 ", "\u3000合计", "中\xe4\xb8", "a\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Space(s), strings.TrimSpace(s); got != want {
			t.Errorf("Space(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkSpace(b *testing.B) {
	labels := []string{"一般公共预算财政拨款支出", "合计", " 教育 ", "123.45", "（一）行政运行"}
	b.Run("Space", func(b *testing.B) {
		for b.Loop() {
			for _, s := range labels {
				_ = Space(s)
			}
		}
	})
	b.Run("strings.TrimSpace", func(b *testing.B) {
		for b.Loop() {
			for _, s := range labels {
				_ = strings.TrimSpace(s)
			}
		}
	})
}
