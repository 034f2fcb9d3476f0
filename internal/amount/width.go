package amount

import "strings"

// FoldWidth maps a full-width digit or sign to its ASCII form. Drafts typed
// with a Chinese input method mix both (１２３.４, （万元）, ≥９０％); every
// reader of cell text folds them the same way through this one mapping.
func FoldWidth(r rune) rune {
	if r >= '０' && r <= '９' {
		return '0' + (r - '０')
	}
	switch r {
	case '．':
		return '.'
	case '，':
		return ','
	case '％':
		return '%'
	case '（':
		return '('
	case '）':
		return ')'
	case '：':
		return ':'
	case '＝':
		return '='
	case '／':
		return '/'
	case '＋':
		return '+'
	case '－', '−', '–':
		return '-'
	case '＜':
		return '<'
	case '＞':
		return '>'
	}
	return r
}

// IsSpace reports the spaces drafts contain: ASCII, full-width and no-break.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\u3000', '\u00a0':
		return true
	}
	return false
}

// IndexText is strings.Index for Chinese words in printed text. In wasm,
// strings.Index looks for a word's first byte, and the lead byte of a
// Chinese character (E4–E9) is a third of the bytes of Chinese text, so it
// falls back to Rabin–Karp; the first character's last byte (one of 64) is
// rarer, and IndexByte finds it fast. Same answer as strings.Index.
func IndexText(s, sub string) int {
	if len(sub) < 3 || sub[0] < 0xE0 {
		return strings.Index(s, sub)
	}
	b := sub[2]
	for i := 2; i < len(s); {
		j := strings.IndexByte(s[i:], b)
		if j < 0 {
			return -1
		}
		if k := i + j - 2; k+len(sub) <= len(s) && s[k:k+len(sub)] == sub {
			return k
		}
		i += j + 1
	}
	return -1
}

// ContainsText is strings.Contains by IndexText.
func ContainsText(s, sub string) bool { return IndexText(s, sub) >= 0 }
