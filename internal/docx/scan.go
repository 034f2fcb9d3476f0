package docx

import (
	"bytes"
	"unicode/utf8"

	"reportcheck/internal/xmltext"
)

// A byte scanner of XML, enough for the parts of a .docx a checker reads.
// encoding/xml would do, but it allocates per token and is several times
// slower in wasm, and the comment writer needs exact byte offsets to insert
// markup without re-encoding (and so altering) anything else. It checks
// what safety needs: tags nest and close, no DTD (so no entity tricks), only
// the predefined and numeric character references, a bounded depth.

type tokKind uint8

const (
	tokEOF   tokKind = iota
	tokStart         // <name …>
	tokEnd           // </name>
	tokEmpty         // <name …/>
	tokText          // character data (entities not yet decoded)
	tokCData         // <![CDATA[…]]>: the range is the content only
)

type token struct {
	kind       tokKind
	name       []byte // qualified name of a tag
	start, end int    // byte range of the token (of the content for text and CDATA)
	attrFrom   int    // start of the attributes of a tag
	attrTo     int    // end of the attributes (before '>' or '/>')
}

type scanner struct {
	b        []byte
	pos      int
	stack    [][]byte
	maxDepth int
	rooted   bool // the root element has been opened
}

func newScanner(b []byte, maxDepth int) *scanner {
	return &scanner{b: b, maxDepth: maxDepth}
}

var (
	errBadXML = reason("malformed XML")
	errDTD    = reason("DTD in a document part")
	errDepth  = reason("elements nested too deeply")
)

// depth is the number of open elements.
func (s *scanner) depth() int { return len(s.stack) }

func (s *scanner) next() (token, error) {
	b := s.b
	for {
		if s.pos >= len(b) {
			if len(s.stack) > 0 || !s.rooted {
				return token{}, errBadXML
			}
			return token{kind: tokEOF, start: s.pos, end: s.pos}, nil
		}
		if b[s.pos] != '<' {
			i := bytes.IndexByte(b[s.pos:], '<')
			end := len(b)
			if i >= 0 {
				end = s.pos + i
			}
			t := token{kind: tokText, start: s.pos, end: end}
			s.pos = end
			if len(s.stack) == 0 {
				// Outside the root only white space may stand.
				if len(bytes.TrimSpace(b[t.start:t.end])) > 0 {
					return token{}, errBadXML
				}
				continue
			}
			return t, nil
		}
		rest := b[s.pos:]
		// Most tags are start tags: the other kinds are told apart only
		// when the byte after '<' can begin one.
		if len(rest) > 1 && (rest[1] == '?' || rest[1] == '!' || rest[1] == '/') {
			switch {
			case bytes.HasPrefix(rest, []byte("<?")):
				i := bytes.Index(rest, []byte("?>"))
				if i < 0 {
					return token{}, errBadXML
				}
				s.pos += i + 2
				continue
			case bytes.HasPrefix(rest, []byte("<!--")):
				i := bytes.Index(rest[4:], []byte("-->"))
				if i < 0 {
					return token{}, errBadXML
				}
				s.pos += 4 + i + 3
				continue
			case bytes.HasPrefix(rest, []byte("<![CDATA[")):
				i := bytes.Index(rest, []byte("]]>"))
				if i < 0 || len(s.stack) == 0 {
					return token{}, errBadXML
				}
				t := token{kind: tokCData, start: s.pos + 9, end: s.pos + i}
				s.pos += i + 3
				return t, nil
			case bytes.HasPrefix(rest, []byte("<!")):
				return token{}, errDTD
			case bytes.HasPrefix(rest, []byte("</")):
				i := bytes.IndexByte(rest, '>')
				if i < 0 {
					return token{}, errBadXML
				}
				name := bytes.TrimRight(rest[2:i], " \t\r\n")
				if len(s.stack) == 0 || !bytes.Equal(s.stack[len(s.stack)-1], name) {
					return token{}, errBadXML
				}
				s.stack = s.stack[:len(s.stack)-1]
				t := token{kind: tokEnd, name: name, start: s.pos, end: s.pos + i + 1}
				s.pos += i + 1
				return t, nil
			}
		}
		// A start or empty tag: the name, then attributes up to a '>' that
		// is not inside a quoted value.
		j := 1
		for j < len(rest) && !isNameEnd(rest[j]) {
			j++
		}
		if j == 1 || j >= len(rest) {
			return token{}, errBadXML
		}
		name := rest[1:j]
		attrFrom := s.pos + j
		var quote byte
		k := j
		for ; k < len(rest); k++ {
			c := rest[k]
			if quote != 0 {
				if c == quote {
					quote = 0
				} else if c == '<' {
					return token{}, errBadXML
				}
				continue
			}
			if c == '"' || c == '\'' {
				quote = c
				continue
			}
			if c == '>' || c == '<' {
				break
			}
		}
		if k >= len(rest) || rest[k] != '>' {
			return token{}, errBadXML
		}
		t := token{name: name, start: s.pos, end: s.pos + k + 1, attrFrom: attrFrom, attrTo: s.pos + k}
		if rest[k-1] == '/' {
			t.kind = tokEmpty
			t.attrTo--
		} else {
			t.kind = tokStart
		}
		if len(s.stack) == 0 {
			if s.rooted {
				return token{}, errBadXML // a second root
			}
			s.rooted = true
		}
		if t.kind == tokStart {
			if len(s.stack) >= s.maxDepth {
				return token{}, errDepth
			}
			s.stack = append(s.stack, name)
		} else if len(s.stack) == 0 {
			// An empty root element: the document is complete.
			s.pos += k + 1
			return t, nil
		}
		s.pos += k + 1
		return t, nil
	}
}

func isNameEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '/', '>', '<':
		return true
	}
	return false
}

// attr returns the unescaped value of the attribute named name (qualified,
// as written) of a tag, or "".
func (s *scanner) attr(t token, name string) string {
	v, _ := s.attrValue(t, name)
	return v
}

// attrValue is attr, also telling whether the attribute is present.
func (s *scanner) attrValue(t token, name string) (string, bool) {
	a := s.b[t.attrFrom:t.attrTo]
	for len(a) > 0 {
		a = bytes.TrimLeft(a, " \t\r\n")
		eq := bytes.IndexByte(a, '=')
		if eq < 0 {
			return "", false
		}
		n := bytes.TrimRight(a[:eq], " \t\r\n")
		a = bytes.TrimLeft(a[eq+1:], " \t\r\n")
		if len(a) == 0 || (a[0] != '"' && a[0] != '\'') {
			return "", false
		}
		q := a[0]
		e := bytes.IndexByte(a[1:], q)
		if e < 0 {
			return "", false
		}
		v := a[1 : 1+e]
		a = a[e+2:]
		if string(n) == name {
			out, err := unescape(nil, v)
			if err != nil {
				return "", false
			}
			return string(out), true
		}
	}
	return "", false
}

// unescape appends the character data raw to dst with the predefined and
// numeric character references decoded. Any other reference is an error:
// with no DTD allowed, no other entity can be defined.
func unescape(dst, raw []byte) ([]byte, error) {
	for {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return append(dst, raw...), nil
		}
		dst = append(dst, raw[:i]...)
		raw = raw[i:]
		semi := bytes.IndexByte(raw, ';')
		if semi < 0 || semi > 12 {
			return dst, errBadXML
		}
		r, ok := xmltext.Entity(raw[1:semi])
		if !ok {
			return dst, errBadXML
		}
		dst = utf8.AppendRune(dst, r)
		raw = raw[semi+1:]
	}
}

// escapeText escapes s for character data or an attribute value.
func escapeText(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			dst = append(dst, "&lt;"...)
		case '>':
			dst = append(dst, "&gt;"...)
		case '&':
			dst = append(dst, "&amp;"...)
		case '"':
			dst = append(dst, "&quot;"...)
		case '\t', '\n', '\r':
			dst = append(dst, c)
		default:
			if c < 0x20 {
				continue // not allowed in XML 1.0
			}
			dst = append(dst, c)
		}
	}
	return dst
}
