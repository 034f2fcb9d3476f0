package amount

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
