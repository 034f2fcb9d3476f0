// This file is not part of upstream excelize: see PATCHES.md. It replaces
// golang.org/x/text/encoding/charmap, whose package variables put every
// single-byte code page table (about 90 KB) into the binary, for the one
// code page excelize uses.

package excelize

import (
	"errors"
	"unicode/utf8"
)

// errLatin1Repertoire is returned when a string holds a character that
// ISO-8859-1 cannot encode.
var errLatin1Repertoire = errors.New("excelize: character not in ISO-8859-1")

// latin1Decode converts ISO-8859-1 bytes to UTF-8, as
// charmap.ISO8859_1.NewDecoder().Bytes does: every byte is the code point of
// the same value, and decoding never fails.
func latin1Decode(b []byte) ([]byte, error) {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return out, nil
}

// latin1Encode converts UTF-8 to ISO-8859-1, as
// charmap.ISO8859_1.NewEncoder().Bytes does: nil and an error when b holds
// invalid UTF-8 or a character above U+00FF.
func latin1Encode(b []byte) ([]byte, error) {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r > 0xFF || r == utf8.RuneError && size == 1 {
			return nil, errLatin1Repertoire
		}
		out = append(out, byte(r))
		b = b[size:]
	}
	return out, nil
}
