package workbook

import "fmt"

// Code is a stable, machine-readable reason a file could not be read. It is
// part of the public JSON report: never rename a code.
type Code string

const (
	CodeEmpty        Code = "empty_file"
	CodeNotXLSX      Code = "not_xlsx"
	CodeLegacyXLS    Code = "legacy_xls"
	CodeEncrypted    Code = "encrypted"
	CodeTruncated    Code = "truncated"
	CodeTooLarge     Code = "too_large"
	CodeFileTooLarge Code = "file_too_large"
	CodeBadXML       Code = "bad_xml"
	CodeNoWorkbook   Code = "no_workbook"
	CodeNoSheets     Code = "no_sheets"
	CodeTooManyCells Code = "too_many_cells"
	CodeUnreadable   Code = "unreadable"
)

// messages are what the user reads, one place for all file-level errors.
var messages = map[Code]string{
	CodeEmpty:        "文件是空的（0 字节），请重新导出或选择正确的文件。",
	CodeNotXLSX:      "这不是 Excel 工作簿（.xlsx）文件，请选择从 Excel 或决算软件导出的 .xlsx 文件。",
	CodeLegacyXLS:    "这是旧版 Excel 97-2003（.xls）文件，本工具只能读取 .xlsx。请在 Excel 中“另存为” Excel 工作簿（*.xlsx）后再检查。",
	CodeEncrypted:    "此工作簿设有打开密码（已加密），无法读取。请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后再检查。",
	CodeTruncated:    "文件不完整或已损坏（可能下载或拷贝未完成），请重新导出或重新拷贝后再检查。",
	CodeTooLarge:     "文件解压后过大，超出本工具的安全上限，已停止读取。决算报表通常远小于此上限，请确认文件是否正确。",
	CodeFileTooLarge: "文件过大，超过本工具可检查的上限，未读取。决算报表通常只有几百 KB，请确认选择的文件是否正确。",
	CodeBadXML:       "工作簿内部的表格数据格式有误，无法安全读取。请在 Excel 中打开后重新保存为 .xlsx 再检查。",
	CodeNoWorkbook:   "这是一个压缩包，但不是 Excel 工作簿（缺少工作簿内容）。请选择 .xlsx 文件。",
	CodeNoSheets:     "工作簿中没有任何工作表。",
	CodeTooManyCells: "工作表中的单元格数量超出上限，已停止读取。请删除多余的空行空列或拆分文件后再检查。",
	CodeUnreadable:   "无法读取此文件，请在 Excel 中打开后另存为 .xlsx 再检查。",
}

// tooManyMergesMessage is CodeTooManyCells told of merged ranges: a sheet
// with more than excelize or the fast reader can take apart safely.
const tooManyMergesMessage = "工作表中的合并单元格数量超出上限，已停止读取。请取消多余的合并单元格或拆分文件后再检查。"

// Error is a file-level failure: a stable Code, a Chinese message for the
// user, and the underlying cause for logs.
type Error struct {
	Code    Code
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("workbook: %s: %v", e.Code, e.Err)
	}
	return "workbook: " + string(e.Code)
}

func (e *Error) Unwrap() error { return e.Err }

func newError(code Code, cause error) *Error {
	return &Error{Code: code, Message: messages[code], Err: cause}
}

// FileTooLarge is the error for a file larger than lim allows, told by its
// size before a byte of it is read (the page checks File.size, the CLI
// stat): reading a gigabyte to refuse it would freeze the page.
func FileTooLarge(size int64, lim Limits) *Error {
	lim = lim.withDefaults()
	return &Error{Code: CodeFileTooLarge, Err: fmt.Errorf("%d bytes", size),
		Message: fmt.Sprintf("文件有 %s，超过本工具可检查的上限 %s，未读取。决算报表通常只有几百 KB，请确认选择的文件是否正确。",
			humanBytes(size), humanBytes(lim.MaxFileBytes))}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}

// Message returns the Chinese text for a code.
func Message(c Code) string { return messages[c] }
