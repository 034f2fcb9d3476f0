package docx

import (
	"archive/zip"
	"bytes"
	"path"
	"sort"
	"strconv"
	"strings"

	"reportcheck/internal/xmltext"
)

// Comment is a Word comment to put on a stretch of a body paragraph.
type Comment struct {
	Para int // the paragraph's Index
	// Quote is the text to put the comment on: its first occurrence at or
	// after Start in the paragraph's Text. When it is "" or not found, the
	// comment covers the whole paragraph.
	Quote  string
	Start  int    // byte offset in Paragraph.Text where the search for Quote begins
	Text   string // the comment itself; "\n" separates its paragraphs
	Author string // "" for 报表检查
}

const (
	relComments = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
	ctComments  = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
	ctRels      = "application/vnd.openxmlformats-package.relationships+xml"
)

// edit replaces b[pos:pos+del] with ins. Edits at one position apply in
// their order.
type edit struct {
	pos, del int
	ins      []byte
	order    int
}

// AddComments returns a copy of the .docx data with a Word comment on each
// stretch the comments name (word/comments.xml, the comment's range and its
// reference in the body, the relationship and the content type). The text
// of the document is left as it was: a run is split where a comment starts
// or ends inside it, each part keeping the run's properties, and nothing
// else in the document part changes. Comments on a paragraph that does not
// exist are dropped.
func AddComments(data []byte, comments []Comment, lim Limits) (out []byte, err error) {
	lim = lim.withDefaults()
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, newError(CodeUnreadable, reason("panic while writing comments"))
		}
	}()
	p, err := openPackage(data, lim)
	if err != nil {
		return nil, err
	}
	body, err := p.read(p.main, lim)
	if err != nil {
		return nil, err
	}
	doc, err := parse(body, p.main, lim, true)
	if err != nil {
		return nil, err
	}
	relsName := path.Join(path.Dir(p.main), "_rels", path.Base(p.main)+".rels")
	var relsXML []byte
	if p.parts[relsName] != nil {
		if relsXML, err = p.read(relsName, Limits{MaxUnzipBytes: 8 << 20, MaxRatio: lim.MaxRatio}); err != nil {
			return nil, err
		}
	}
	commentsName := ""
	for _, r := range relationships(relsXML) {
		if r.typ == relComments && r.mode != "External" {
			commentsName = relTarget(p.main, r.target)
		}
	}
	var commentsXML []byte
	if commentsName != "" && p.parts[commentsName] != nil {
		if commentsXML, err = p.read(commentsName, lim); err != nil {
			return nil, err
		}
	}
	next := maxCommentID(body, commentsXML) + 1

	w := doc.prefix
	var edits []edit
	var entries []byte
	fixed := map[int]bool{} // <w:t> tags given xml:space="preserve"
	order := 0
	for _, c := range comments {
		if c.Para < 1 || c.Para > len(doc.Paragraphs) {
			continue
		}
		para := &doc.Paragraphs[c.Para-1]
		a, b := 0, len(para.Text)
		if c.Quote != "" && c.Start >= 0 && c.Start <= len(para.Text) {
			if i := strings.Index(para.Text[c.Start:], c.Quote); i >= 0 {
				a, b = c.Start+i, c.Start+i+len(c.Quote)
			}
		}
		id := strconv.Itoa(next)
		next++
		startMark := ns(w, `<w:commentRangeStart w:id="#"/>`, id)
		endMark := ns(w, `<w:commentRangeEnd w:id="#"/><w:r><w:commentReference w:id="#"/></w:r>`, id)
		if a >= b || len(para.spans) == 0 {
			// Nothing to cover: the mark stands at the paragraph's end.
			mark := []byte(startMark + endMark)
			if para.close < 0 {
				// <w:p/> becomes <w:p>…</w:p>.
				edits = append(edits, edit{pos: para.open0, del: para.open1 - para.open0,
					ins: append(append(openTag(body[para.open0:para.open1]), mark...), ns(w, "</w:p>", "")...), order: order})
			} else {
				edits = append(edits, edit{pos: para.close, ins: mark, order: order})
			}
			order++
		} else {
			edits = append(edits, splitAt(body, para.spans, a, true, w, startMark, fixed, order)...)
			order++
			edits = append(edits, splitAt(body, para.spans, b, false, w, endMark, fixed, order)...)
			order++
		}
		entries = appendComment(entries, id, c)
	}
	if len(entries) == 0 {
		return append([]byte(nil), data...), nil
	}
	newBody := applyEdits(body, edits)

	parts := map[string][]byte{p.main: newBody} // lower-case name → new content
	var added []string                          // parts that did not exist
	if commentsName == "" {
		commentsName = path.Join(path.Dir(p.main), "comments.xml")
		if p.parts[commentsName] != nil {
			commentsName = path.Join(path.Dir(p.main), "reportcheck-comments.xml")
		}
		target := path.Base(commentsName)
		relsXML = addRelationship(relsXML, relComments, target)
		ct, err := p.read("[content_types].xml", Limits{MaxUnzipBytes: 8 << 20, MaxRatio: lim.MaxRatio})
		if err != nil {
			return nil, err
		}
		ct = addOverride(ct, "/"+commentsName, ctComments)
		if p.parts[relsName] == nil {
			ct = addDefault(ct, "rels", ctRels)
			added = append(added, relsName)
		}
		parts["[content_types].xml"] = ct
		parts[relsName] = relsXML
	}
	if commentsXML == nil {
		added = append(added, commentsName)
		commentsXML = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<w:comments xmlns:w="` + nsMain + `"></w:comments>`)
	}
	parts[commentsName] = insertComments(commentsXML, entries)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range p.zr.File {
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		if content, ok := parts[name]; ok {
			if err := writePart(zw, f.Name, content); err != nil {
				return nil, newError(CodeUnreadable, err)
			}
			delete(parts, name)
			continue
		}
		if err := zw.Copy(f); err != nil {
			return nil, classify(err)
		}
	}
	for _, name := range added {
		if content, ok := parts[name]; ok {
			if err := writePart(zw, name, content); err != nil {
				return nil, newError(CodeUnreadable, err)
			}
		}
	}
	if err := zw.Close(); err != nil {
		return nil, newError(CodeUnreadable, err)
	}
	return buf.Bytes(), nil
}

func writePart(zw *zip.Writer, name string, content []byte) error {
	wr, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
	if err != nil {
		return err
	}
	_, err = wr.Write(content)
	return err
}

// splitAt is the edits that put mark at byte offset at of a paragraph's
// text: inside a <w:t>, the run is closed and reopened with the same
// properties around the mark; at a tab or break, the mark goes before (a
// start) or after (an end) its run.
func splitAt(body []byte, spans []span, at int, start bool, w, mark string, fixed map[int]bool, order int) []edit {
	var s *span
	for i := range spans {
		sp := &spans[i]
		if (start && sp.text <= at && at < sp.text+sp.n) || (!start && sp.text < at && at <= sp.text+sp.n) {
			s = sp
			break
		}
	}
	if s == nil {
		// Past the last piece (a start at the very end): after the last run.
		s = &spans[len(spans)-1]
		return []edit{{pos: s.run1, ins: []byte(mark), order: order}}
	}
	if !s.isT || s.run1 == 0 {
		if start {
			return []edit{{pos: s.run0, ins: []byte(mark), order: order}}
		}
		return []edit{{pos: s.run1, ins: []byte(mark), order: order}}
	}
	var out []edit
	tag := body[s.tag0:s.tag1]
	if !fixed[s.tag0] && !bytes.Contains(tag, []byte("xml:space")) {
		fixed[s.tag0] = true
		// The text before the split may now end in a space: keep it.
		out = append(out, edit{pos: s.tag1 - 1, ins: []byte(` xml:space="preserve"`), order: -1})
	}
	var ins []byte
	if s.cdata {
		ins = append(ins, "]]>"...)
	}
	ins = append(ins, ns(w, "</w:t></w:r>", "")...)
	ins = append(ins, mark...)
	ins = append(ins, ns(w, "<w:r>", "")...)
	if s.rpr1 > s.rpr0 {
		ins = append(ins, withoutChange(body[s.rpr0:s.rpr1], w)...)
	}
	ins = append(ins, ns(w, `<w:t xml:space="preserve">`, "")...)
	if s.cdata {
		ins = append(ins, "<![CDATA["...)
	}
	out = append(out, edit{pos: rawPos(body, s, at-s.text), ins: ins, order: order})
	return out
}

// ns writes a template of markup for a document whose WordprocessingML
// prefix is w (with its colon), an ID in place of #.
func ns(w, tmpl, id string) string {
	if w != "w:" {
		tmpl = strings.ReplaceAll(tmpl, "w:", w)
	}
	if id != "" {
		tmpl = strings.ReplaceAll(tmpl, "#", id)
	}
	return tmpl
}

// openTag turns an empty element's tag (<w:p …/>) into its start tag.
func openTag(tag []byte) []byte {
	return append(append([]byte(nil), bytes.TrimSuffix(bytes.TrimRight(tag[:len(tag)-1], " \t\r\n"), []byte("/"))...), '>')
}

// withoutChange drops a tracked formatting change from a copied rPr: its
// revision ID must stay unique.
func withoutChange(rpr []byte, w string) []byte {
	i := bytes.Index(rpr, []byte("<"+w+"rPrChange"))
	if i < 0 {
		return rpr
	}
	closeTag := []byte("</" + w + "rPrChange>")
	j := bytes.Index(rpr[i:], closeTag)
	end := i + j + len(closeTag)
	if j < 0 {
		k := bytes.Index(rpr[i:], []byte("/>"))
		if k < 0 {
			return rpr
		}
		end = i + k + 2
	}
	return append(append([]byte(nil), rpr[:i]...), rpr[end:]...)
}

// rawPos is the position in the XML of decoded byte k of a span's
// character data.
func rawPos(body []byte, s *span, k int) int {
	if !s.hasRefs {
		return s.raw0 + k
	}
	raw := body[s.raw0:s.raw1]
	i, c := 0, 0
	for i < len(raw) && c < k {
		if raw[i] == '&' {
			semi := bytes.IndexByte(raw[i:], ';')
			if semi < 0 {
				break
			}
			r, ok := xmltext.Entity(raw[i+1 : i+semi])
			n := 1
			if ok {
				n = len(string(r))
			}
			if c+n > k {
				break
			}
			c += n
			i += semi + 1
			continue
		}
		c++
		i++
	}
	return s.raw0 + i
}

func applyEdits(b []byte, edits []edit) []byte {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].pos != edits[j].pos {
			return edits[i].pos < edits[j].pos
		}
		return edits[i].order < edits[j].order
	})
	grow := 0
	for _, e := range edits {
		grow += len(e.ins)
	}
	out := make([]byte, 0, len(b)+grow)
	at := 0
	for _, e := range edits {
		if e.pos < at {
			continue // overlapping replacement: never produced, but never corrupt
		}
		out = append(out, b[at:e.pos]...)
		out = append(out, e.ins...)
		at = e.pos + e.del
	}
	return append(out, b[at:]...)
}

// appendComment writes one <w:comment> of the comments part.
func appendComment(dst []byte, id string, c Comment) []byte {
	author := c.Author
	if author == "" {
		author = "报表检查"
	}
	dst = append(dst, `<w:comment w:id="`+id+`" w:author="`...)
	dst = escapeText(dst, author)
	dst = append(dst, `" w:initials="RC">`...)
	for _, line := range strings.Split(c.Text, "\n") {
		dst = append(dst, `<w:p><w:r><w:t xml:space="preserve">`...)
		dst = escapeText(dst, line)
		dst = append(dst, `</w:t></w:r></w:p>`...)
	}
	return append(dst, `</w:comment>`...)
}

// insertComments adds entries (written with the w prefix) before the end
// of a comments part, declaring the prefix when the part binds another.
func insertComments(part, entries []byte) []byte {
	s := newScanner(part, 64)
	for {
		t, err := s.next()
		if err != nil || t.kind == tokEOF {
			break
		}
		if t.kind != tokStart && t.kind != tokEmpty {
			continue
		}
		// The root element: a part that binds another prefix to
		// WordprocessingML gets w declared on each new comment.
		bd := &builder{s: s}
		if !bd.namespace(t) || bd.w != "w:" {
			entries = bytes.ReplaceAll(entries, []byte(`<w:comment w:id=`), []byte(`<w:comment xmlns:w="`+nsMain+`" w:id=`))
		}
		if t.kind == tokEmpty {
			out := append(append([]byte(nil), part[:t.start]...), openTag(part[t.start:t.end])...)
			out = append(out, entries...)
			out = append(out, "</"...)
			out = append(out, t.name...)
			out = append(out, '>')
			return append(out, part[t.end:]...)
		}
		closeTag := append(append([]byte("</"), t.name...), '>')
		i := bytes.LastIndex(part, closeTag)
		if i < 0 {
			break
		}
		out := append(append([]byte(nil), part[:i]...), entries...)
		return append(out, part[i:]...)
	}
	return append([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\r\n"+`<w:comments xmlns:w="`+nsMain+`">`), append(entries, `</w:comments>`...)...)
}

// maxCommentID is the largest comment ID in use in the body or the
// comments part, −1 when none.
func maxCommentID(parts ...[]byte) int {
	best := -1
	for _, b := range parts {
		for _, key := range [][]byte{[]byte("comment "), []byte("commentRangeStart "), []byte("commentReference "), []byte("commentRangeEnd ")} {
			rest := b
			for {
				i := bytes.Index(rest, key)
				if i < 0 {
					break
				}
				rest = rest[i+len(key):]
				end := bytes.IndexByte(rest, '>')
				if end < 0 {
					break
				}
				tag := rest[:end]
				j := bytes.Index(tag, []byte(`id="`))
				if j < 0 {
					continue
				}
				v := tag[j+4:]
				if q := bytes.IndexByte(v, '"'); q >= 0 {
					if n, err := strconv.Atoi(string(v[:q])); err == nil && n > best && n < 1<<30 {
						best = n
					}
				}
			}
		}
	}
	return best
}

// addRelationship adds a relationship to a .rels part (or makes one).
func addRelationship(rels []byte, typ, target string) []byte {
	used := map[string]bool{}
	for _, r := range relationships(rels) {
		used[r.id] = true
	}
	id := "rIdRC1"
	for n := 2; used[id]; n++ {
		id = "rIdRC" + strconv.Itoa(n)
	}
	entry := `<Relationship Id="` + id + `" Type="` + typ + `" Target="` + target + `"/>`
	if i := bytes.LastIndex(rels, []byte("</Relationships>")); i >= 0 {
		out := append(append([]byte(nil), rels[:i]...), entry...)
		return append(out, rels[i:]...)
	}
	return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + entry + `</Relationships>`)
}

// addOverride declares a part's content type unless it is declared.
func addOverride(ct []byte, partName, typ string) []byte {
	if bytes.Contains(bytes.ToLower(ct), []byte(`partname="`+strings.ToLower(partName)+`"`)) {
		return ct
	}
	return beforeTypesEnd(ct, `<Override PartName="`+partName+`" ContentType="`+typ+`"/>`)
}

// addDefault declares an extension's content type unless it is declared.
func addDefault(ct []byte, ext, typ string) []byte {
	if bytes.Contains(bytes.ToLower(ct), []byte(`extension="`+ext+`"`)) {
		return ct
	}
	return beforeTypesEnd(ct, `<Default Extension="`+ext+`" ContentType="`+typ+`"/>`)
}

func beforeTypesEnd(ct []byte, entry string) []byte {
	i := bytes.LastIndex(ct, []byte("</Types>"))
	if i < 0 {
		return ct
	}
	out := append(append([]byte(nil), ct[:i]...), entry...)
	return append(out, ct[i:]...)
}
