package docx

import "strconv"

// Code is a stable, machine-readable reason a document could not be read.
// It goes into the public JSON report beside the workbook codes: never
// rename one.
type Code string

const (
	CodeEmpty        Code = "empty_file"
	CodeNotDocx      Code = "not_docx"
	CodeLegacyDoc    Code = "legacy_doc"
	CodeWorkbook     Code = "workbook_not_docx"
	CodeEncrypted    Code = "encrypted"
	CodeTruncated    Code = "truncated"
	CodeTooLarge     Code = "too_large"
	CodeFileTooLarge Code = "file_too_large"
	CodeBadXML       Code = "bad_xml"
	CodeNoDocument   Code = "no_document"
	CodeUnreadable   Code = "unreadable"
)

// messages are what the user reads: one place for every file-level error
// of a Word document.
var messages = map[Code]string{
	CodeEmpty:        "文件是空的（0 字节），请重新保存或选择正确的情况说明文档。",
	CodeNotDocx:      "这不是 Word 文档（.docx）文件，请选择用 Word 或 WPS 保存的 .docx 格式情况说明。",
	CodeLegacyDoc:    "这是旧版 Word 97-2003（.doc）文件，本工具只能读取 .docx。请在 Word 或 WPS 中“另存为” Word 文档（*.docx）后再检查。",
	CodeWorkbook:     "这是 Excel 工作簿，不是 Word 文档。情况说明请选择 .docx 文件，决算报表请作为工作簿检查。",
	CodeEncrypted:    "此文档设有打开密码（已加密），无法读取。请在 Word 中取消密码（文件→信息→保护文档→用密码进行加密，清空密码）后再检查。",
	CodeTruncated:    "文件不完整或已损坏（可能下载或拷贝未完成），请重新保存或重新拷贝后再检查。",
	CodeTooLarge:     "文档解压后过大，超出本工具的安全上限，已停止读取。情况说明通常远小于此上限，请确认文件是否正确。",
	CodeFileTooLarge: "文件过大，超过本工具可检查的上限，未读取。情况说明通常只有几百 KB，请确认选择的文件是否正确。",
	CodeBadXML:       "文档内部的正文数据格式有误，无法安全读取。请在 Word 中打开后重新保存为 .docx 再检查。",
	CodeNoDocument:   "这是一个压缩包，但不是 Word 文档（缺少正文内容）。请选择 .docx 文件。",
	CodeUnreadable:   "无法读取此文档，请在 Word 中打开后另存为 .docx 再检查。",
}

// Error is a file-level failure: a stable Code, a Chinese message for the
// user, and the underlying cause for logs.
type Error struct {
	Code    Code
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return "docx: " + string(e.Code) + ": " + e.Err.Error()
	}
	return "docx: " + string(e.Code)
}

func (e *Error) Unwrap() error { return e.Err }

func newError(code Code, cause error) *Error {
	return &Error{Code: code, Message: messages[code], Err: cause}
}

// Message returns the Chinese text for a code.
func Message(c Code) string { return messages[c] }

// reason is a cheap error for the cause of an *Error: the messages users
// read are the Chinese ones above; these only go to logs.
type reason string

func (r reason) Error() string { return string(r) }

// FileTooLarge is the error for a file larger than lim allows, told by its
// size before a byte is read (as for workbooks: the page checks File.size).
func FileTooLarge(size int64, lim Limits) *Error {
	lim = lim.withDefaults()
	return &Error{Code: CodeFileTooLarge, Err: reason(strconv.FormatInt(size, 10) + " bytes"),
		Message: "文件有 " + humanBytes(size) + "，超过本工具可检查的上限 " + humanBytes(lim.MaxFileBytes) +
			"，未读取。情况说明通常只有几百 KB，请确认选择的文件是否正确。"}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return strconv.FormatFloat(float64(n)/(1<<30), 'f', 1, 64) + " GB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return strconv.FormatInt(n, 10) + " 字节"
}
