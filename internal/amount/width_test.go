package amount

import "testing"

func TestFoldWidth(t *testing.T) {
	for _, c := range []struct {
		name string
		in   rune
		want rune
	}{
		{"full-width zero", '０', '0'},
		{"full-width five", '５', '5'},
		{"full-width nine", '９', '9'},
		{"full-width point", '．', '.'},
		{"full-width comma", '，', ','},
		{"full-width percent", '％', '%'},
		{"full-width left parenthesis", '（', '('},
		{"full-width right parenthesis", '）', ')'},
		{"full-width colon", '：', ':'},
		{"full-width equals", '＝', '='},
		{"full-width slash", '／', '/'},
		{"full-width plus", '＋', '+'},
		{"full-width minus", '－', '-'},
		{"unicode minus", '−', '-'},
		{"en dash", '–', '-'},
		{"full-width less-than", '＜', '<'},
		{"full-width greater-than", '＞', '>'},
		{"ASCII digit unchanged", '7', '7'},
		{"Han unchanged", '元', '元'},
		{"em dash stays a dash", '—', '—'},
		{"ideographic comma unchanged", '、', '、'},
		{"full-width letter unchanged", 'Ａ', 'Ａ'},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := FoldWidth(c.in); got != c.want {
				t.Errorf("FoldWidth(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestIsSpace(t *testing.T) {
	for _, r := range []rune{' ', '\t', '\n', '\r', '\u3000', '\u00a0'} {
		if !IsSpace(r) {
			t.Errorf("IsSpace(%q) = false", r)
		}
	}
	for _, r := range []rune{'0', '、', '_', '\u200b', '-'} {
		if IsSpace(r) {
			t.Errorf("IsSpace(%q) = true", r)
		}
	}
}
