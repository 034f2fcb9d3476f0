// Package xmltext holds what the byte scanners of the workbook and the Word
// document readers share about XML text, so that both decode it exactly as
// encoding/xml does (the workbook reader is held equal to it by
// differential tests).
package xmltext

import "strconv"

// Entity resolves the name between '&' and ';': the five predefined
// entities and character references (&#65; &#x41;) to characters XML
// allows. ok is false for anything else, which encoding/xml refuses.
func Entity(name []byte) (r rune, ok bool) {
	switch string(name) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "apos":
		return '\'', true
	case "quot":
		return '"', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	var n uint64
	var err error
	if name[1] == 'x' {
		n, err = strconv.ParseUint(string(name[2:]), 16, 32)
	} else {
		n, err = strconv.ParseUint(string(name[1:]), 10, 32)
	}
	if err != nil || !InCharacterRange(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// InCharacterRange is XML 1.0's Char production, as encoding/xml checks it.
func InCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
