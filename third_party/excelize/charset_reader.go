// This file is not part of upstream excelize: see PATCHES.md. It replaces
// golang.org/x/net/html/charset.NewReaderLabel, which links every encoding
// table of golang.org/x/text (Big5, EUC-KR, Shift-JIS, ...) into the binary.

package excelize

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// charsetReader is the default CharsetReader: it converts an XML part
// declared in one of the encodings an XLSX part can carry to UTF-8. Labels
// are matched as charset.NewReaderLabel matches them (WHATWG names, case and
// surrounding white space ignored) and decode the same way, except that
// US-ASCII is read as UTF-8 rather than as windows-1252. Any other label is
// an error; CharsetTranscoder installs a reader for more.
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	var e encoding.Encoding
	switch strings.ToLower(strings.Trim(label, "\t\n\r\f ")) {
	case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
		"us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "csascii":
		return input, nil
	case "utf-16", "utf-16le", "unicode", "unicodefeff", "csunicode", "ucs-2", "iso-10646-ucs-2":
		e = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case "utf-16be", "unicodefffe":
		e = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	case "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58", "x-gbk":
		e = simplifiedchinese.GBK
	case "gb18030":
		e = simplifiedchinese.GB18030
	default:
		return nil, fmt.Errorf("unsupported charset: %q (supported: UTF-8, US-ASCII, UTF-16, GBK/GB2312, GB18030)", label)
	}
	return e.NewDecoder().Reader(input), nil
}
