//go:build js && wasm

// Command wasm is the browser bridge: it exposes the engine and the draft
// store to the Web Worker as globalThis.reportcheck. It is the only package
// that imports syscall/js; all logic lives in internal/ and is tested natively.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"syscall/js"

	"reportcheck/internal/check"
	"reportcheck/internal/docx"
	"reportcheck/internal/drafts"
	"reportcheck/internal/narrative"
	"reportcheck/internal/profile"
	"reportcheck/internal/report"
	"reportcheck/internal/template"
	"reportcheck/internal/workbook"
)

func main() {
	// A seed check allocates about 2.5 MB over a live heap of a few MB; at
	// the default GOGC the collector runs during nearly every check, and in
	// wasm it runs on the same thread: GOGC=400 made a warm check 25% faster
	// in node (26 → 19.7 ms). The soft limit keeps a 200,000-row sheet, whose
	// live heap is ~150 MB, from growing five-fold before a collection.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(512 << 20)
	// These functions are the worker's API for the life of the Go instance
	// (main never returns: see the select below), so they are never
	// released; a released js.Func throws when JavaScript calls it. Per-call
	// functions are released (promised, in drafts.go).
	api := map[string]any{
		"check":            js.FuncOf(checkFunc),
		"summary":          js.FuncOf(summaryFunc),
		"annotate":         js.FuncOf(annotateFunc),
		"sheet":            js.FuncOf(sheetFunc),
		"annotateDocument": js.FuncOf(annotateDocumentFunc),
		"paragraphs":       js.FuncOf(paragraphsFunc),
		"profiles":         js.FuncOf(profilesFunc),
		"limits":           js.FuncOf(limitsFunc),
		"forms":            js.FuncOf(formsFunc),
		"validateProfile":  js.FuncOf(validateProfileFunc),
		"rules":            js.FuncOf(rulesFunc),
		"rulesVersion":     js.FuncOf(rulesVersionFunc),
	}
	for k, v := range draftAPI() {
		api[k] = v
	}
	js.Global().Set("reportcheck", js.ValueOf(api))
	js.Global().Call("postMessage", map[string]any{"type": "ready"})
	select {} // keep the Go instance alive for the worker
}

// bytesOf copies a JS Uint8Array into Go memory.
func bytesOf(v js.Value) []byte {
	b := make([]byte, v.Get("length").Int())
	js.CopyBytesToGo(b, v)
	return b
}

func uint8Array(b []byte) js.Value {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	return a
}

// guard turns a panic into a Chinese error result, so one bad file never
// takes the worker down.
func guard(fn func() any) (out any) {
	defer func() {
		if r := recover(); r != nil {
			out = errorResult(fmt.Errorf("内部错误：%v", r))
		}
	}()
	return fn()
}

func errorResult(err error) any {
	return map[string]any{"error": err.Error()}
}

func jsonString(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return `{"error":"内部错误：结果无法编码"}`
	}
	return string(b)
}

// profileFrom reads a built-in profile ID or a whole profile in JSON. Not
// JSON and not an ID of ours (none; a choice saved before an update removed
// its profile) is the default, as the page's list of profiles then shows:
// a file chosen while the engine starts is sent with the saved choice before
// the page has that list.
func profileFrom(s string) (*profile.Profile, error) {
	if p, ok := profile.ByID(s); ok {
		return p, nil
	}
	if t := strings.TrimSpace(s); t == "" || t[0] != '{' {
		return profile.Default(), nil
	}
	return check.ParseProfile([]byte(s))
}

// check(bytes, name, profile, onProgress?, document?) → {report, failure,
// summary?}: the report's JSON, each finding with its key
// (drafts.ReportJSON: the page keys its 审核说明 by it and computes none);
// and, when the file could not be checked, the report's error ({code,
// message}) and summary, so the worker need not parse the report to know.
// The summary of a check that can be saved (drafts.Summary, with what the
// version records: the bytes' SHA-256, the profile's fingerprint, the
// engine's rule set and the rules that ran) comes from summary(), asked
// after the findings were sent.
func checkFunc(_ js.Value, args []js.Value) any {
	return guard(func() any {
		if len(args) < 3 {
			return errorResult(errors.New("check 需要文件内容、文件名和规则配置"))
		}
		p, err := profileFrom(args[2].String())
		if err != nil {
			return errorResult(err)
		}
		var opts check.Options
		if len(args) > 3 && args[3].Type() == js.TypeFunction {
			cb := args[3]
			opts.Progress = func(stage string, pct int) { cb.Invoke(stage, pct) }
		}
		pending = nil
		var data []byte
		if args[0].Type() == js.TypeObject {
			data = bytesOf(args[0])
		}
		doc, withDoc := documentOf(args)
		var rep *report.Report
		if withDoc {
			rep = check.RunWithDocument(args[1].String(), data, doc, p, opts)
		} else {
			rep = check.Run(args[1].String(), data, p, opts)
		}
		out := map[string]any{"report": string(drafts.ReportJSON(rep)), "failure": nil}
		if rep.Error != nil {
			// Not saved: nothing to hash.
			out["failure"] = map[string]any{"code": rep.Error.Code, "message": rep.Error.Message}
			out["summary"] = jsonString(drafts.Summarize(rep))
			return out
		}
		// What saving needs beyond the report (the bytes' hash, the rule
		// set's fingerprint, the rules that ran) is worked out when asked
		// (summary()), after the findings are on their way to the page.
		pending = func() string {
			sum := drafts.Summarize(rep)
			if data != nil {
				sum.SHA256 = drafts.HashBytes(data)
			}
			if withDoc && rep.DocumentError == nil {
				sum.Document = doc.Name
				if doc.Data != nil {
					sum.DocumentSHA256 = drafts.HashBytes(doc.Data)
				} else {
					sum.DocumentSHA256 = drafts.HashBytes([]byte(doc.Text))
				}
			}
			sum.RulesVersion = rulesVersion()
			// The narrative's rules ran only if a narrative was read: a
			// version checked without one did not find its claims fixed.
			read := withDoc && rep.DocumentError == nil
			sum.Rules = drafts.ActiveRules(check.Registry().All(), func(id string) bool {
				return p.Enabled(id) && (read || !narrative.IsRule(id))
			})
			if pj, err := json.Marshal(p); err == nil {
				sum.ProfileHash = drafts.Fingerprint(pj)
			}
			return jsonString(sum)
		}
		return out
	})
}

// pending is the summary of the last check that can be saved, worked out
// when asked.
var pending func() string

// summary() → the last check's summary (drafts.Summary) as JSON, for saving
// it as a draft; "" when the last check could not be saved.
func summaryFunc(js.Value, []js.Value) any {
	return guard(func() any {
		if pending == nil {
			return ""
		}
		s := pending()
		pending = nil
		return s
	})
}

// documentOf reads check's fifth argument, the narrative checked with the
// workbook: {name, bytes} for a .docx, {name, text} for pasted text.
func documentOf(args []js.Value) (check.Document, bool) {
	if len(args) < 5 || args[4].Type() != js.TypeObject {
		return check.Document{}, false
	}
	d := args[4]
	doc := check.Document{Name: d.Get("name").String()}
	if b := d.Get("bytes"); b.Type() == js.TypeObject {
		doc.Data = bytesOf(b)
	} else if t := d.Get("text"); t.Type() == js.TypeString {
		doc.Text = t.String()
	}
	return doc, true
}

// annotate(bytes, reportJSON, explanationsJSON?) → Uint8Array of the
// annotated workbook. The explanations are the draft's 审核说明 by finding
// key (drafts.KeyOf, the key the page has on each finding): each goes
// into its cell's comment and the 审核结果 sheet.
func annotateFunc(_ js.Value, args []js.Value) any {
	return guard(func() any {
		if len(args) < 2 {
			return errorResult(errors.New("annotate 需要文件内容和检查结果"))
		}
		rep, notes, err := reviewOf(args)
		if err != nil {
			return errorResult(err)
		}
		out, err := report.Annotate(bytesOf(args[0]), rep, notes)
		if err != nil {
			return userError(err)
		}
		return uint8Array(out)
	})
}

// reviewOf reads the report (args[1], its JSON) and the 审核说明 by finding
// key (args[2], JSON; absent or "" for none) an annotation is made from.
func reviewOf(args []js.Value) (*report.Report, report.Notes, error) {
	var rep report.Report
	if err := json.Unmarshal([]byte(args[1].String()), &rep); err != nil {
		return nil, nil, errors.New("检查结果格式有误")
	}
	var notes map[string]string
	if len(args) > 2 && args[2].Type() == js.TypeString && args[2].String() != "" {
		if err := json.Unmarshal([]byte(args[2].String()), &notes); err != nil {
			return nil, nil, errors.New("审核说明格式有误")
		}
	}
	return &rep, report.NotesByKey(notes, drafts.KeyOf), nil
}

// userError is the error result of a reader's failure, in its Chinese
// words.
func userError(err error) any {
	var we *workbook.Error
	var de *docx.Error
	switch {
	case errors.As(err, &we):
		return errorResult(errors.New(we.Message))
	case errors.As(err, &de):
		return errorResult(errors.New(de.Message))
	}
	return errorResult(err)
}

// annotateDocument(docBytes, reportJSON, explanationsJSON?) → Uint8Array:
// a copy of the narrative (.docx) with a Word comment on each of its
// findings (narrative.Comments), the text itself untouched.
func annotateDocumentFunc(_ js.Value, args []js.Value) any {
	return guard(func() any {
		if len(args) < 2 || args[0].Type() != js.TypeObject {
			return errorResult(errors.New("标注情况说明需要 Word 文档和检查结果"))
		}
		rep, notes, err := reviewOf(args)
		if err != nil {
			return errorResult(err)
		}
		out, err := docx.AddComments(bytesOf(args[0]), narrative.Comments(rep.Findings, notes), docx.DefaultLimits)
		if err != nil {
			return userError(err)
		}
		return uint8Array(out)
	})
}

// The last narrative read for its paragraphs, by the page's key.
var (
	cachedDocKey string
	cachedDoc    *docx.Document
)

// paragraphs(key, document, para, radius) → JSON {paras: [{index, text}]}:
// the paragraphs of the narrative ({name, bytes} or {name, text}) around
// para, for the page to show a finding in its context.
func paragraphsFunc(_ js.Value, args []js.Value) any {
	return guard(func() any {
		if len(args) < 3 || args[1].Type() != js.TypeObject {
			return errorResult(errors.New("预览需要情况说明和段落号"))
		}
		key := args[0].String()
		if cachedDocKey != key || cachedDoc == nil {
			d := args[1]
			var doc *docx.Document
			var err error
			if b := d.Get("bytes"); b.Type() == js.TypeObject {
				doc, err = docx.Read(bytesOf(b), docx.DefaultLimits)
			} else {
				doc, err = docx.FromText(d.Get("text").String(), docx.DefaultLimits)
			}
			if err != nil {
				return userError(err)
			}
			cachedDocKey, cachedDoc = key, doc
		}
		para := args[2].Int()
		radius := 2
		if len(args) > 3 && args[3].Type() == js.TypeNumber {
			radius = args[3].Int()
		}
		type paragraph struct {
			Index int    `json:"index"`
			Text  string `json:"text"`
		}
		out := struct {
			Paras []paragraph `json:"paras"`
		}{Paras: []paragraph{}}
		for _, p := range cachedDoc.Paragraphs {
			if p.Index >= para-radius && p.Index <= para+radius {
				out.Paras = append(out.Paras, paragraph{p.Index, p.Text})
			}
		}
		return jsonString(out)
	})
}

// The last opened workbook, so clicking through findings does not re-read it.
var (
	cachedKey  string
	cachedBook *workbook.Book
)

// sheet(key, bytes, sheetName, cell, radius, tableTop?, frozen?) → JSON
// window of cells around cell; with the table's first row and its frozen
// cell (report.Table.Frozen), also the table's head rows above the window
// and how many label columns to keep in view.
func sheetFunc(_ js.Value, args []js.Value) any {
	return guard(func() any {
		if len(args) < 4 {
			return errorResult(errors.New("预览需要文件、工作表和单元格"))
		}
		key := args[0].String()
		if cachedKey != key || cachedBook == nil {
			book, err := workbook.Open(bytesOf(args[1]), workbook.Limits{})
			if err != nil {
				return userError(err)
			}
			cachedKey, cachedBook = key, book
		}
		radius := 12
		if len(args) > 4 && args[4].Type() == js.TypeNumber {
			radius = args[4].Int()
		}
		w := window(cachedBook, args[2].String(), args[3].String(), radius)
		if len(args) > 6 && args[5].Type() == js.TypeNumber && args[6].Type() == js.TypeString {
			w.freeze(cachedBook, args[5].Int(), args[6].String())
		}
		return jsonString(w)
	})
}

type sheetWindow struct {
	Sheet  string     `json:"sheet"`
	Top    int        `json:"top"`
	Left   int        `json:"left"`
	Rows   [][]string `json:"rows"`
	Cols   []string   `json:"cols"`
	Merges []string   `json:"merges"`
	Error  string     `json:"error,omitempty"`
	// Head are the table's head rows (titles, column heads, 栏次) above
	// the window, from row HeadTop; LabelCols the columns left of the
	// amounts (codes, names, 行次). Both are kept in view.
	Head      [][]string `json:"head,omitempty"`
	HeadTop   int        `json:"head_top,omitempty"`
	LabelCols int        `json:"label_cols,omitempty"`
}

// maxHeadRows bounds the head rows kept in view above a window.
const maxHeadRows = 8

// freeze adds the head rows of the table that starts at row top and whose
// panes freeze at frozen ("C7") to a window cut from the same sheet.
func (w *sheetWindow) freeze(book *workbook.Book, top int, frozen string) {
	r, c, ok := workbook.ParseCellName(frozen)
	if !ok || w.Error != "" {
		return
	}
	w.LabelCols = c - 1
	last := min(r-1, w.Top-1) // head rows the window does not show
	first := max(top, last-maxHeadRows+1)
	for _, s := range book.Sheets {
		if s.Name != w.Sheet {
			continue
		}
		for i := first; i <= last && i <= len(s.Rows); i++ {
			row := make([]string, len(w.Cols))
			copy(row, s.Rows[i-1])
			w.Head = append(w.Head, row)
		}
	}
	if len(w.Head) > 0 {
		w.HeadTop = first
	}
}

// window cuts the rows around a cell, all columns of the table width.
func window(book *workbook.Book, sheet, cell string, radius int) sheetWindow {
	for _, s := range book.Sheets {
		if s.Name != sheet {
			continue
		}
		r, _, ok := workbook.ParseCellName(cell)
		if !ok {
			r = 1
		}
		top := max(1, r-radius)
		bottom := min(len(s.Rows), r+radius)
		width := 0
		for i := top; i <= bottom; i++ {
			width = max(width, len(s.Rows[i-1]))
		}
		width = min(width, 40)
		w := sheetWindow{Sheet: sheet, Top: top, Left: 1, Rows: [][]string{}, Merges: []string{}}
		for c := 1; c <= width; c++ {
			w.Cols = append(w.Cols, workbook.ColName(c))
		}
		for i := top; i <= bottom; i++ {
			row := make([]string, width)
			copy(row, s.Rows[i-1])
			w.Rows = append(w.Rows, row)
		}
		for _, m := range s.Merges {
			if m.Bottom >= top && m.Top <= bottom {
				w.Merges = append(w.Merges, workbook.RangeName(m.Top, m.Left, m.Bottom, m.Right))
			}
		}
		return w
	}
	return sheetWindow{Sheet: sheet, Error: "找不到工作表“" + sheet + "”"}
}

func profilesFunc(js.Value, []js.Value) any {
	return jsonString(profile.Builtin())
}

// forms() → {"01": "收入支出决算总表", …, "kpi-project": "项目支出绩效自评表"}:
// the page names the forms with the engine's names.
func formsFunc(js.Value, []js.Value) any {
	return jsonString(template.FormNames())
}

// limits() → {"max_file_bytes": N}; fileTooLarge(size) is the refusal of a
// larger file, which the page gives by File.size without reading it.
func limitsFunc(_ js.Value, args []js.Value) any {
	if len(args) > 0 && args[0].Type() == js.TypeNumber {
		e := workbook.FileTooLarge(int64(args[0].Float()), workbook.DefaultLimits)
		return jsonString(map[string]string{"code": string(e.Code), "message": e.Message})
	}
	return jsonString(map[string]int64{"max_file_bytes": workbook.DefaultLimits.MaxFileBytes})
}

// validateProfile(json) → {"ok":true,"profile":{…}} or {"error":"…"}.
func validateProfileFunc(_ js.Value, args []js.Value) any {
	return guard(func() any {
		if len(args) < 1 {
			return jsonString(map[string]string{"error": "没有配置内容"})
		}
		p, err := check.ParseProfile([]byte(args[0].String()))
		if err != nil {
			return jsonString(map[string]string{"error": err.Error()})
		}
		return jsonString(map[string]any{"ok": true, "profile": p})
	})
}

func rulesFunc(js.Value, []js.Value) any {
	return jsonString(check.Registry().All())
}

// rulesVersion is the fingerprint of the engine's rule set (IDs,
// severities, expressions, retired), computed once: every version of a
// draft records the one it was checked with.
var rulesVersion = sync.OnceValue(func() string { return drafts.RulesVersion(check.Registry().All()) })

// rulesVersion() → the engine's rule-set fingerprint, for the page to show.
func rulesVersionFunc(js.Value, []js.Value) any { return rulesVersion() }
