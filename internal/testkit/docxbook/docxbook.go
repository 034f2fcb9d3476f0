// Package docxbook writes Word .docx files for tests: paragraphs of text
// and tables as grids, marked up the way Word and WPS write them (run
// properties, proofing marks, bookmarks, language runs) and, on request,
// the way late edits leave them: a number split over two runs, digits typed
// full width, a figure inside a hyperlink or a field, a tracked change.
//
// It also holds the transcription of the seed report's 情况说明
// (testdata/seed-narrative.txt) and of the whole seed report in one
// document, its tables from package seeddata.
package docxbook

import (
	"archive/zip"
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Block is one paragraph or one table of a document body.
type Block struct {
	Text  string     // the paragraph's text (when Rows is nil)
	Rows  [][]string // a table
	Image bool       // a paragraph holding only a picture (its text is empty)
	Style string     // a paragraph style ID, "" for none
	Empty bool       // an empty paragraph written <w:p/>
}

// Options say how to write the body.
type Options struct {
	// SplitNumbers splits every number of three or more characters over two
	// runs of different revision IDs, as Word leaves 6050.66 after one digit
	// was retyped ("6050" + ".66", "11." + "7%").
	SplitNumbers bool
	// FullWidth writes digits, points and percent signs full width
	// (６０５０．６６％), as a Chinese input method types them.
	FullWidth bool
	// Hyperlinks puts the text between the first and the second comma of
	// every paragraph inside a hyperlink.
	Hyperlinks bool
	// Fields writes every amount in 万元 as the result of a field (a
	// complex field for the first of a paragraph, a simple one after).
	Fields bool
	// Revisions writes every amount in 万元 as a tracked change: the old
	// figure deleted, the printed one inserted.
	Revisions bool
	// Prefix is the namespace prefix of WordprocessingML ("w" when "").
	Prefix string
}

// Paragraphs reads text written one paragraph per line: "@image" is a
// picture paragraph, "@empty" an empty paragraph, lines starting with "|"
// are the TAB-separated rows of a table, "#" lines are comments.
func Paragraphs(text string) []Block {
	var out []Block
	var rows [][]string
	flush := func() {
		if rows != nil {
			out = append(out, Block{Rows: rows})
			rows = nil
		}
	}
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, "\r")
		switch {
		case strings.HasPrefix(l, "#"):
			continue
		case strings.HasPrefix(l, "|"):
			rows = append(rows, strings.Split(l[1:], "\t"))
			continue
		}
		flush()
		switch {
		case l == "@image":
			out = append(out, Block{Image: true})
		case l == "@empty" || l == "":
			out = append(out, Block{Empty: true})
		default:
			out = append(out, Block{Text: l})
		}
	}
	flush()
	// A final newline is no paragraph.
	for len(out) > 0 && out[len(out)-1].Empty {
		out = out[:len(out)-1]
	}
	return out
}

// FromText is Build(Paragraphs(text), opt).
func FromText(text string, opt Options) []byte { return Build(Paragraphs(text), opt) }

// Build writes a .docx holding blocks.
func Build(blocks []Block, opt Options) []byte {
	w := &writer{opt: opt, p: opt.Prefix}
	if w.p == "" {
		w.p = "w"
	}
	var body strings.Builder
	for i, b := range blocks {
		switch {
		case b.Rows != nil:
			w.table(&body, b.Rows)
		case b.Image:
			w.image(&body, i)
		case b.Empty:
			body.WriteString("<" + w.p + ":p/>")
		default:
			w.paragraph(&body, b.Text, b.Style)
		}
	}
	return Package(body.String(), w.p, w.links)
}

type writer struct {
	opt   Options
	p     string
	rsid  int
	links int // hyperlinks written (each needs a relationship)
}

func (w *writer) el(name string) string { return w.p + ":" + name }

// rPr is the run properties Word writes on a 仿宋 body run.
func (w *writer) rPr(ascii bool) string {
	font := `<` + w.el("rFonts") + ` ` + w.el("hint") + `="eastAsia" ` + w.el("ascii") + `="仿宋_GB2312" ` + w.el("eastAsia") + `="仿宋_GB2312"/>`
	if ascii {
		font = `<` + w.el("rFonts") + ` ` + w.el("ascii") + `="Times New Roman" ` + w.el("hAnsi") + `="Times New Roman"/>`
	}
	return `<` + w.el("rPr") + `>` + font + `<` + w.el("sz") + ` ` + w.el("val") + `="32"/><` + w.el("szCs") + ` ` + w.el("val") + `="32"/></` + w.el("rPr") + `>`
}

func (w *writer) run(text string, ascii bool) string {
	w.rsid++
	var b strings.Builder
	b.WriteString(`<` + w.el("r") + ` ` + w.el("rsidR") + `="00` + strconv.Itoa(100000+w.rsid) + `">` + w.rPr(ascii))
	for i, part := range strings.Split(text, "\t") {
		if i > 0 {
			b.WriteString(`<` + w.el("tab") + `/>`)
		}
		if part == "" {
			continue
		}
		t := `<` + w.el("t")
		if strings.HasPrefix(part, " ") || strings.HasSuffix(part, " ") {
			t += ` xml:space="preserve"`
		}
		b.WriteString(t + `>` + escape(part) + `</` + w.el("t") + `>`)
	}
	b.WriteString(`</` + w.el("r") + `>`)
	return b.String()
}

func (w *writer) paragraph(b *strings.Builder, text, style string) {
	b.WriteString(`<` + w.el("p") + ` ` + w.el("rsidR") + `="00A1B2C3" ` + w.el("rsidRDefault") + `="00A1B2C3">`)
	b.WriteString(`<` + w.el("pPr") + `>`)
	if style != "" {
		b.WriteString(`<` + w.el("pStyle") + ` ` + w.el("val") + `="` + escape(style) + `"/>`)
	}
	b.WriteString(`<` + w.el("spacing") + ` ` + w.el("line") + `="560" ` + w.el("lineRule") + `="exact"/><` + w.el("ind") + ` ` + w.el("firstLine") + `="640"/>` + w.rPr(false) + `</` + w.el("pPr") + `>`)
	b.WriteString(`<` + w.el("bookmarkStart") + ` ` + w.el("id") + `="0" ` + w.el("name") + `="_GoBack"/><` + w.el("bookmarkEnd") + ` ` + w.el("id") + `="0"/>`)
	if w.opt.FullWidth {
		text = fullWidth(text)
	}
	segs := segments(text)
	linkFrom, linkTo := -1, -1
	if w.opt.Hyperlinks {
		// The text between the first two commas goes inside a hyperlink.
		if i := strings.Index(text, "，"); i >= 0 {
			if j := strings.Index(text[i+len("，"):], "，"); j >= 0 {
				linkFrom, linkTo = i+len("，"), i+len("，")+j
			}
		}
	}
	at := 0
	fields := 0
	inLink := false
	for _, s := range segs {
		start := at
		at += len(s.text)
		if linkFrom >= 0 && !inLink && start >= linkFrom && start < linkTo {
			w.links++
			b.WriteString(`<` + w.el("hyperlink") + ` r:id="rIdLink` + strconv.Itoa(w.links) + `" ` + w.el("history") + `="1">`)
			inLink = true
		}
		if inLink && start >= linkTo {
			b.WriteString(`</` + w.el("hyperlink") + `>`)
			inLink = false
		}
		if !s.number {
			b.WriteString(w.run(s.text, false))
			if strings.HasSuffix(s.text, "。") && !inLink {
				// Word marks what its grammar checker looked at.
				b.WriteString(`<` + w.el("proofErr") + ` ` + w.el("type") + `="gramEnd"/>`)
			}
			continue
		}
		amount := s.wan
		switch {
		case amount && w.opt.Revisions:
			old := oldFigure(s.text)
			b.WriteString(`<` + w.el("del") + ` ` + w.el("id") + `="` + strconv.Itoa(900+w.rsid) + `" ` + w.el("author") + `="财务科" ` + w.el("date") + `="2024-08-20T10:00:00Z">`)
			b.WriteString(`<` + w.el("r") + `>` + w.rPr(true) + `<` + w.el("delText") + `>` + escape(old) + `</` + w.el("delText") + `></` + w.el("r") + `></` + w.el("del") + `>`)
			b.WriteString(`<` + w.el("ins") + ` ` + w.el("id") + `="` + strconv.Itoa(901+w.rsid) + `" ` + w.el("author") + `="财务科" ` + w.el("date") + `="2024-08-20T10:00:00Z">`)
			b.WriteString(w.numberRuns(s.text))
			b.WriteString(`</` + w.el("ins") + `>`)
		case amount && w.opt.Fields && fields == 0:
			fields++
			b.WriteString(`<` + w.el("r") + `><` + w.el("fldChar") + ` ` + w.el("fldCharType") + `="begin"/></` + w.el("r") + `>`)
			b.WriteString(`<` + w.el("r") + `><` + w.el("instrText") + ` xml:space="preserve"> =` + escape(plainDigits(s.text)) + ` \# "0.00" </` + w.el("instrText") + `></` + w.el("r") + `>`)
			b.WriteString(`<` + w.el("r") + `><` + w.el("fldChar") + ` ` + w.el("fldCharType") + `="separate"/></` + w.el("r") + `>`)
			b.WriteString(w.numberRuns(s.text))
			b.WriteString(`<` + w.el("r") + `><` + w.el("fldChar") + ` ` + w.el("fldCharType") + `="end"/></` + w.el("r") + `>`)
		case amount && w.opt.Fields:
			fields++
			b.WriteString(`<` + w.el("fldSimple") + ` ` + w.el("instr") + `=" =` + escape(plainDigits(s.text)) + ` ">`)
			b.WriteString(w.numberRuns(s.text))
			b.WriteString(`</` + w.el("fldSimple") + `>`)
		default:
			b.WriteString(w.numberRuns(s.text))
		}
	}
	if inLink {
		b.WriteString(`</` + w.el("hyperlink") + `>`)
	}
	b.WriteString(`</` + w.el("p") + `>`)
}

// numberRuns writes a number, split over two runs when asked.
func (w *writer) numberRuns(s string) string {
	if !w.opt.SplitNumbers || utf8.RuneCountInString(s) < 3 {
		return w.run(s, true)
	}
	// Split before the last two characters ("6050" + ".66", "11." + "7%"
	// is one character later: split after the point when there is one).
	rs := []rune(s)
	cut := len(rs) - 2
	for i, r := range rs {
		if (r == '.' || r == '．') && i+1 < len(rs) {
			cut = i
			if len(rs)-i <= 3 {
				cut = i + 1
			}
			break
		}
	}
	if cut <= 0 {
		cut = 1
	}
	return w.run(string(rs[:cut]), true) + `<` + w.el("proofErr") + ` ` + w.el("type") + `="spellStart"/>` + w.run(string(rs[cut:]), true) + `<` + w.el("proofErr") + ` ` + w.el("type") + `="spellEnd"/>`
}

func (w *writer) image(b *strings.Builder, i int) {
	id := strconv.Itoa(i + 1)
	b.WriteString(`<` + w.el("p") + `><` + w.el("pPr") + `><` + w.el("jc") + ` ` + w.el("val") + `="center"/></` + w.el("pPr") + `><` + w.el("r") + `><` + w.el("drawing") + `>`)
	b.WriteString(`<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5274310" cy="3076575"/><wp:docPr id="` + id + `" name="图表 ` + id + `"/>`)
	b.WriteString(`<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart"/></a:graphicData></a:graphic></wp:inline>`)
	b.WriteString(`</` + w.el("drawing") + `></` + w.el("r") + `></` + w.el("p") + `>`)
}

func (w *writer) table(b *strings.Builder, rows [][]string) {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	b.WriteString(`<` + w.el("tbl") + `><` + w.el("tblPr") + `><` + w.el("tblW") + ` ` + w.el("w") + `="5000" ` + w.el("type") + `="pct"/><` + w.el("tblBorders") + `><` + w.el("top") + ` ` + w.el("val") + `="single" ` + w.el("sz") + `="4"/></` + w.el("tblBorders") + `></` + w.el("tblPr") + `><` + w.el("tblGrid") + `>`)
	for range cols {
		b.WriteString(`<` + w.el("gridCol") + ` ` + w.el("w") + `="1000"/>`)
	}
	b.WriteString(`</` + w.el("tblGrid") + `>`)
	for _, r := range rows {
		b.WriteString(`<` + w.el("tr") + `>`)
		for c := 0; c < cols; c++ {
			v := ""
			if c < len(r) {
				v = r[c]
			}
			if w.opt.FullWidth {
				v = fullWidth(v)
			}
			b.WriteString(`<` + w.el("tc") + `><` + w.el("tcPr") + `><` + w.el("tcW") + ` ` + w.el("w") + `="1000" ` + w.el("type") + `="dxa"/></` + w.el("tcPr") + `>`)
			lines := strings.Split(v, "\n")
			for _, l := range lines {
				b.WriteString(`<` + w.el("p") + `>`)
				if l != "" {
					b.WriteString(w.run(l, false))
				}
				b.WriteString(`</` + w.el("p") + `>`)
			}
			b.WriteString(`</` + w.el("tc") + `>`)
		}
		b.WriteString(`</` + w.el("tr") + `>`)
	}
	b.WriteString(`</` + w.el("tbl") + `>`)
}

// segment is a stretch of a paragraph: words, or one number with the unit
// or percent sign typed after it.
type segment struct {
	text   string
	number bool
	wan    bool // an amount in 万元
}

// segments cuts text into words and numbers, a number keeping its "%"
// ("11.7%"), as Word's language runs cut a Chinese paragraph.
func segments(text string) []segment {
	var out []segment
	rs := []rune(text)
	i := 0
	word := 0
	for i < len(rs) {
		if !isDigit(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (isDigit(rs[j]) || ((rs[j] == '.' || rs[j] == '．') && j+1 < len(rs) && isDigit(rs[j+1]))) {
			j++
		}
		if j < len(rs) && (rs[j] == '%' || rs[j] == '％') {
			j++
		}
		if word < i {
			out = append(out, segment{text: string(rs[word:i])})
		}
		tail := strings.TrimLeft(string(rs[j:]), " ")
		out = append(out, segment{text: string(rs[i:j]), number: true, wan: strings.HasPrefix(tail, "万元")})
		i, word = j, j
	}
	if word < len(rs) {
		out = append(out, segment{text: string(rs[word:])})
	}
	return out
}

func isDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

// fullWidth types digits, points and percent signs full width.
func fullWidth(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r >= '0' && r <= '9':
			r = '０' + (r - '0')
		case r == '.' && i > 0 && i+1 < len(rs) && isDigit(rs[i-1]) && isDigit(rs[i+1]):
			r = '．'
		case r == '%':
			r = '％'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainDigits folds a figure to ASCII for a field code.
func plainDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			r = '0' + (r - '０')
		case r == '．':
			r = '.'
		case r == '％':
			r = '%'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// oldFigure is what a tracked change deleted: the figure with its last
// digit changed.
func oldFigure(s string) string {
	rs := []rune(s)
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] >= '0' && rs[i] < '9' {
			rs[i]++
			return string(rs)
		}
		if rs[i] == '9' {
			rs[i] = '8'
			return string(rs)
		}
	}
	return s
}

func escape(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Package wraps a body (the XML inside <w:body>) into a whole .docx: the
// content types, the relationships, styles and settings Word writes, and a
// relationship for each of links hyperlinks (rIdLink1…).
func Package(body, prefix string, links int) []byte {
	if prefix == "" {
		prefix = "w"
	}
	p := prefix + ":"
	var rels strings.Builder
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	rels.WriteString(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`)
	rels.WriteString(`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>`)
	for i := 1; i <= links; i++ {
		rels.WriteString(`<Relationship Id="rIdLink` + strconv.Itoa(i) + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://www.jiangan.gov.cn/" TargetMode="External"/>`)
	}
	rels.WriteString(`</Relationships>`)
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<` + p + `document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
		`xmlns:` + prefix + `="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">` +
		`<` + p + `body>` + body +
		`<` + p + `sectPr><` + p + `pgSz ` + p + `w="11906" ` + p + `h="16838"/><` + p + `pgMar ` + p + `top="1440" ` + p + `right="1800" ` + p + `bottom="1440" ` + p + `left="1800"/></` + p + `sectPr>` +
		`</` + p + `body></` + p + `document>`
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
			`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
			`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
			`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>部门决算情况说明</dc:title><dc:creator>财务科</dc:creator></cp:coreProperties>`},
		{"word/document.xml", doc},
		{"word/_rels/document.xml.rels", rels.String()},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>` +
			`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style></w:styles>`},
		{"word/settings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
			`<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/></w:settings>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate})
		if err != nil {
			panic(err)
		}
		fw.Write([]byte(f.body))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Part is the text of one part of a zip package (a .docx or an .xlsx), ""
// when the package has no such part or cannot be read: tests read back
// what the product wrote.
func Part(data []byte, name string) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return ""
		}
		defer rc.Close()
		var b strings.Builder
		if _, err := io.Copy(&b, rc); err != nil {
			return ""
		}
		return b.String()
	}
	return ""
}
