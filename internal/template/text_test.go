package template

import (
	"strings"
	"testing"

	"reportcheck/internal/amount"
)

// TestFoldVariants: the three normalisers fold widths and spaces alike and
// differ only in what else they drop or spell out.
func TestFoldVariants(t *testing.T) {
	for _, c := range []struct{ name, in, squash, fold, value string }{
		{"full-width digits and spaces", "５ 场", "5场", "5场", "5场"},
		{"full-width brackets and colon", "项目名称：（一）", "项目名称:(一)", "项目名称:(一)", "项目名称:(一)"},
		{"quotes: labels of the nine tables drop them, KPI text keeps them", "新增“小进规”数量", "新增小进规数量", "新增“小进规”数量", "新增“小进规”数量"},
		{"thousands separator: only a value drops it", "6,050.66 万元", "6,050.66万元", "6,050.66万元", "6050.66万元"},
		{"full-width comma in a value", "6，050", "6,050", "6,050", "6050"},
		{"square metres spelled out in a value", "19763.52㎡", "19763.52㎡", "19763.52㎡", "19763.52平方米"},
		{"kilometres spelled out in a value", "12 ㎞", "12㎞", "12㎞", "12公里"},
		{"no-break and ideographic spaces", "合\u00a0计\u3000数", "合计数", "合计数", "合计数"},
		{"the multiplication sign is text", "20 分×执行率", "20分×执行率", "20分×执行率", "20分×执行率"},
		{"unchanged", "效果显著", "效果显著", "效果显著", "效果显著"},
		{"empty", "", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Squash(c.in); got != c.squash {
				t.Errorf("Squash(%q) = %q, want %q", c.in, got, c.squash)
			}
			if got := Fold(c.in); got != c.fold {
				t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.fold)
			}
			if got := FoldValue(c.in); got != c.value {
				t.Errorf("FoldValue(%q) = %q, want %q", c.in, got, c.value)
			}
		})
	}
}

// TestFoldNoAllocation: a label that needs nothing is returned as it is;
// labels are folded once per cell per lookup, which the browser feels.
func TestFoldNoAllocation(t *testing.T) {
	s := "服务对象满意度指标"
	for name, f := range map[string]func(string) string{"Squash": Squash, "Fold": Fold, "FoldValue": FoldValue} {
		if n := testing.AllocsPerRun(100, func() { _ = f(s) }); n != 0 {
			t.Errorf("%s allocates %v times on a clean label", name, n)
		}
	}
}

// TestUnwrap: a name as printed, joined over its lines, nothing folded.
func TestUnwrap(t *testing.T) {
	for in, want := range map[string]string{
		"一般公共\n服务支出":  "一般公共服务支出",
		"教 育\u3000支出": "教育支出",
		"（一）“三公”经费":   "（一）“三公”经费",
		"  \n":        "",
		"２０８０５０１ 行政":  "２０８０５０１行政",
	} {
		if got := Unwrap(in); got != want {
			t.Errorf("Unwrap(%q) = %q, want %q", in, got, want)
		}
	}
}

// foldingBefore is the folding as it was written first, rune by rune: the
// byte-scanning one must give the same text for every string.
func foldingBefore(m folding, s string) string {
	unchanged := true
	for _, r := range s {
		if amount.FoldWidth(r) != r || amount.IsSpace(r) || m.changes(r) {
			unchanged = false
			break
		}
	}
	if unchanged {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		r = amount.FoldWidth(r)
		switch {
		case amount.IsSpace(r):
		case m&dropQuotes != 0 && isQuote(r):
		case m&valueMarks != 0 && r == ',':
		case m&valueMarks != 0 && r == '㎡':
			b.WriteString("平方米")
		case m&valueMarks != 0 && r == '㎞':
			b.WriteString("公里")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

var foldingSamples = []string{
	"", "一般公共服务（类）", "科学技术支出 ", "“三公”经费", "6,050.66", "１２３．４５", "19763.52㎡", "3㎞",
	"a\xffb", "\xff", "一般\xe4 公共", "\xe4\x20", "\u00a0合计\u3000", "−1–2－3", "「一」『二』‘三’'四'\"五\"",
	"\xef\xbf\xbd", "平方米", "\xc2", "\xe2\x80", "ＡＢＣ＜＞＝／＋％：", "其中：人员经费",
}

func TestFoldingMatchesRuneByRune(t *testing.T) {
	for _, m := range []folding{0, dropQuotes, valueMarks, dropQuotes | valueMarks} {
		for _, s := range foldingSamples {
			if got, want := m.apply(s), foldingBefore(m, s); got != want {
				t.Errorf("folding %d of %q: %q, want %q", m, s, got, want)
			}
		}
	}
}

func FuzzFoldingMatchesRuneByRune(f *testing.F) {
	for _, s := range foldingSamples {
		f.Add(s, uint8(1))
	}
	f.Fuzz(func(t *testing.T, s string, m uint8) {
		fm := folding(m) & (dropQuotes | valueMarks)
		if got, want := fm.apply(s), foldingBefore(fm, s); got != want {
			t.Errorf("folding %d of %q: %q, want %q", fm, s, got, want)
		}
	})
}
