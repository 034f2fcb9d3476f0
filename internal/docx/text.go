package docx

import (
	"strings"
	"unicode/utf8"
)

// FromText is a narrative pasted as plain text (from Word, WPS or a PDF
// viewer), read as a document: each line a paragraph, numbered from 1 as
// the lines are, empty lines included, so a finding's "para" is the line a
// clerk counts to. Tab-separated lines stay paragraphs: a pasted table is
// read as sentences, not as a grid. Text longer than MaxUnzipBytes or with
// more lines than MaxParagraphs is refused as a document would be.
func FromText(text string, lim Limits) (*Document, error) {
	lim = lim.withDefaults()
	if int64(len(text)) > lim.MaxUnzipBytes {
		return nil, pasteError(CodeTooLarge, "粘贴的文字过长，超出本工具的安全上限。请只粘贴情况说明部分。")
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimSuffix(text, "\n")
	if strings.TrimSpace(text) == "" {
		return nil, pasteError(CodeEmpty, "没有粘贴任何文字。请把情况说明的文字粘贴到框中再检查。")
	}
	lines := strings.Split(text, "\n")
	if len(lines) > lim.MaxParagraphs {
		return nil, pasteError(CodeTooLarge, "粘贴的文字行数过多，超出本工具的安全上限。请只粘贴情况说明部分。")
	}
	doc := &Document{Paragraphs: make([]Paragraph, len(lines)), Tables: []Table{}}
	for i, l := range lines {
		doc.Paragraphs[i] = Paragraph{Index: i + 1, Text: l}
	}
	return doc, nil
}

// pasteError is a refusal of pasted text: its messages speak of the text
// box, not of a file.
func pasteError(code Code, msg string) *Error {
	return &Error{Code: code, Message: msg, Err: reason("pasted text: " + string(code))}
}
