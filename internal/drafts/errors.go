package drafts

import (
	"errors"
	"strings"
)

// The errors the draft store gives the page, in words a clerk can act on.
var (
	// ErrNoDB: no IndexedDB here (a private window, a page opened from a
	// file) or the browser refused it. Checks go on; nothing is saved.
	ErrNoDB = errors.New("此浏览器无法保存草稿（可能是隐私/无痕窗口，或直接从文件打开了页面）。检查照常进行，但结果不会保存；请另行下载检查结果。")
	// ErrQuota: the browser's storage is full. What was saved before stays.
	ErrQuota = errors.New("浏览器存储空间已满，本次草稿未能保存（已保存的草稿不受影响）。请删除不需要的旧草稿后重试。")
	// ErrNoteQuota is ErrQuota for a 审核说明: a note, not a draft, was not saved.
	ErrNoteQuota = errors.New("浏览器存储空间已满，这条审核说明未能保存（草稿和已保存的说明不受影响）。请删除不需要的旧草稿后再写。")
	// ErrBlocked: another page holds the database at an older version.
	ErrBlocked = errors.New("草稿库被另一个打开的页面占用。请关闭其他 reportcheck 页面后刷新。")
	// ErrNotFound: the draft was deleted (here or in another tab).
	ErrNotFound = errors.New("找不到该草稿，可能已被删除")
	// ErrDamaged: the record cannot be read, so it cannot be opened.
	ErrDamaged = errors.New("这份草稿的记录已损坏，无法打开。可在草稿列表中“导出”其原始数据留存，再删除它")
	// ErrDamagedKept: a save or a 审核说明 met a record that cannot be read.
	// It is never overwritten (what it holds may still be recovered from
	// its export), so nothing was written.
	ErrDamagedKept = errors.New("这份草稿的已保存记录已损坏，本次未写入（原记录保持不变）。可在草稿列表中“导出”其原始数据留存，删除后再检查")
	// ErrBadSummary: what the check handed over to save is not a report.
	ErrBadSummary = errors.New("检查结果格式有误")
	// ErrNoteTooLong and ErrBadName refuse a 审核说明 or a name as typed.
	ErrNoteTooLong = errors.New("审核说明不超过 2000 个字")
	ErrBadName     = errors.New("草稿名称不能为空，且不超过 120 个字")
	// ErrNoVersion: the version was deleted (here or in another tab).
	ErrNoVersion = errors.New("找不到该版本，可能已被删除")
	// ErrLastVersion: deleting a draft's only version would delete the
	// draft and its 审核说明; the draft's own 删除 does that, after asking.
	ErrLastVersion = errors.New("这是该草稿唯一的版本，不能单独删除。如不再需要这份草稿，请删除整个草稿（其审核说明会一并删除）")
	// ErrBytesDropped: the version's file was dropped to keep storage
	// bounded; its report stays.
	ErrBytesDropped = errors.New("此版本的原文件已清理：为节省本机存储空间，每份草稿只保留最近若干个版本的原文件（可在“草稿”下方设置保留个数）。此版本的检查结果仍然保留，可以查看和比较，但不能预览单元格，也不能导出或标注原文件")
	// ErrBytesMissing: a version's file is not where its record says (the
	// browser, or a tab of an earlier build, removed it); its report stays.
	ErrBytesMissing = errors.New("此版本的原文件在本机存储中找不到了（可能已被浏览器清除），无法预览单元格，也不能导出或标注原文件。此版本的检查结果仍然保留，可以查看和比较")
	// ErrVersionLost: a version's report is not where its record says.
	ErrVersionLost = errors.New("这个版本的检查结果找不到了（记录不完整），无法打开。草稿的其他版本和审核说明不受影响")
	// ErrNoFinding: a 审核说明 came without the key of its finding; saving
	// it under no key would lose it silently.
	ErrNoFinding = errors.New("审核说明无法保存：不知道它属于哪一条检查结果。请刷新页面后重写")
)

// Classify turns a failure of IndexedDB, as its message reads (go-indexeddb
// gives the DOMException's name and message), into one of the errors
// above; anything else is a failed save with the browser's words.
func Classify(msg string) error {
	switch {
	case strings.Contains(msg, "QuotaExceeded"):
		return ErrQuota
	case strings.Contains(msg, "blocked") || strings.Contains(msg, "Blocked") || strings.Contains(msg, "VersionError"):
		return ErrBlocked
	case strings.Contains(msg, "indexedDB") || strings.Contains(msg, "InvalidState") || strings.Contains(msg, "SecurityError") || strings.Contains(msg, "UnknownError"):
		return ErrNoDB
	}
	return errors.New("草稿保存失败：" + msg)
}

// NoteError is how a failed 审核说明 is told: a full storage names the
// note, not the draft, as what was not saved.
func NoteError(err error) error {
	if errors.Is(err, ErrQuota) {
		return ErrNoteQuota
	}
	return err
}
