//go:build js && wasm

package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"syscall/js"
	"time"

	"github.com/hack-pad/go-indexeddb/idb"

	"reportcheck/internal/report"
)

// The draft store keeps every checked file in IndexedDB: its bytes (store
// "files") and its record (store "drafts": name, department, year, the last
// report, the user's 审核说明, timestamps, what changed since the last check).
//
// A record is {meta, report}: meta is the JSON of storedDraft, a few hundred
// bytes to a few KB; report is the report's JSON string exactly as the check
// produced it. Saving, listing and diffing decode meta only: in wasm,
// encoding/json scans about 40 MB/s, and a seed report is 76 KB, scanned six
// times per save when the report sat inside the record. Records written
// before this layout are one JSON string with the report inline ("legacy");
// they are read as they are and rewritten in the new layout when next saved.

const (
	dbName      = "reportcheck"
	dbVersion   = 1
	draftsStore = "drafts"
	filesStore  = "files"
)

// Draft is one saved draft as the page sees it. The report travels beside
// it (openDraft), not inside.
type Draft struct {
	ID           string            `json:"id"`
	Name         string            `json:"name"`
	File         string            `json:"file"`
	Department   string            `json:"department"`
	Year         string            `json:"year"`
	Profile      string            `json:"profile"`
	Created      string            `json:"created"`
	Updated      string            `json:"updated"`
	Counts       [3]int            `json:"counts"` // 错误, 提示, 信息
	Explanations map[string]string `json:"explanations"`
	Changes      *Changes          `json:"changes,omitempty"`
	Size         int               `json:"size"`
	// Damaged marks a record that cannot be read: it is listed (so it can be
	// exported and deleted) instead of stalling the list.
	Damaged bool `json:"damaged,omitempty"`
}

// storedDraft is a record's meta: the draft and the keys of its last
// check's findings, which the next check is compared with.
type storedDraft struct {
	Draft
	Keys []string `json:"keys"`
}

// legacyDraft is a record of the earlier layout, its report inline.
type legacyDraft struct {
	Draft
	Report json.RawMessage `json:"report"`
}

// legacyListing decodes a legacy record for the list without its report:
// the report field, declared here with no content, is skipped, not copied.
type legacyListing struct {
	Draft
	Report struct{} `json:"report"`
}

// Changes compares a new check with the previous one of the same draft.
type Changes struct {
	Fixed []string `json:"fixed"` // finding keys no longer reported
	New   []string `json:"new"`   // finding keys not reported before
	Since string   `json:"since"`
}

var dbPromise struct {
	db  *idb.Database
	err error
}

func openDB(ctx context.Context) (*idb.Database, error) {
	if dbPromise.db != nil {
		return dbPromise.db, nil
	}
	db, err := openNamed(ctx, dbName)
	if err != nil {
		return nil, err
	}
	dbPromise.db = db
	return db, nil
}

// openNamed opens (creating when new) a database with the drafts layout.
func openNamed(ctx context.Context, name string) (*idb.Database, error) {
	if idb.Global() == nil {
		return nil, errNoDB
	}
	req, err := idb.Global().Open(ctx, name, dbVersion, func(db *idb.Database, oldVersion, newVersion uint) error {
		if _, err := db.CreateObjectStore(draftsStore, idb.ObjectStoreOptions{}); err != nil {
			return err
		}
		_, err := db.CreateObjectStore(filesStore, idb.ObjectStoreOptions{})
		return err
	})
	if err != nil {
		return nil, dbError(err)
	}
	db, err := req.Await(ctx)
	if err != nil {
		return nil, dbError(err)
	}
	return db, nil
}

var errNoDB = errors.New("此浏览器无法保存草稿（可能是隐私/无痕窗口，或直接从文件打开了页面）。检查照常进行，但结果不会保存；请另行下载检查结果。")

// dbError turns IndexedDB failures into messages a clerk can act on.
// errQuota is a full browser storage: what was saved before stays.
var errQuota = errors.New("浏览器存储空间已满，本次草稿未能保存（已保存的草稿不受影响）。请删除不需要的旧草稿后重试。")

func dbError(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "QuotaExceeded"):
		return errQuota
	case strings.Contains(msg, "blocked") || strings.Contains(msg, "Blocked") || strings.Contains(msg, "VersionError"):
		return errors.New("草稿库被另一个打开的页面占用。请关闭其他 reportcheck 页面后刷新。")
	case strings.Contains(msg, "indexedDB") || strings.Contains(msg, "InvalidState") || strings.Contains(msg, "SecurityError") || strings.Contains(msg, "UnknownError"):
		return errNoDB
	}
	return errors.New("草稿保存失败：" + msg)
}

// draftKey identifies "the same draft": the same department and year when
// the tables say them, else the same file name.
func draftKey(file, dept, year string) string {
	k := "file:" + file
	if dept != "" && year != "" {
		k = "dept:" + dept + "|" + year
	}
	sum := sha256.Sum256([]byte(k))
	return hex.EncodeToString(sum[:8])
}

// findingKey names a finding across checks of a draft, as the page does
// (app.js findingKey): its 审核说明 and the diff of two checks use it.
func findingKey(rule, sheet, cell string) string { return rule + "|" + sheet + "|" + cell }

// draftSummary is what saving a draft needs of a report. check returns it
// beside the report's JSON (summarize), so a save decodes a few KB, not the
// 76 KB report, and reads nothing property by property from JavaScript
// (300 such reads for the seed cost 4 ms in wasm).
type draftSummary struct {
	Profile    string   `json:"profile"`
	Department string   `json:"department"`
	Year       string   `json:"year"`
	Counts     [3]int   `json:"counts"` // 错误, 提示, 信息
	Keys       []string `json:"keys"`   // findingKey of each finding
}

func summarize(rep *report.Report) draftSummary {
	s := draftSummary{Profile: rep.Profile, Department: rep.Department, Year: rep.Year, Keys: make([]string, len(rep.Findings))}
	s.Counts[0], s.Counts[1], s.Counts[2] = rep.Counts()
	for i, f := range rep.Findings {
		s.Keys[i] = findingKey(f.Rule, f.Sheet, f.Cell)
	}
	return s
}

// reportSummary decodes the same from a report's JSON: for records of the
// earlier layout, and a save given no summary.
type reportSummary struct {
	Profile    string           `json:"profile"`
	Department string           `json:"department"`
	Year       string           `json:"year"`
	Findings   []findingSummary `json:"findings"`
}

type findingSummary struct {
	Rule     string          `json:"rule"`
	Severity report.Severity `json:"severity"`
	Sheet    string          `json:"sheet"`
	Cell     string          `json:"cell"`
}

func (r *reportSummary) summary() draftSummary {
	s := draftSummary{Profile: r.Profile, Department: r.Department, Year: r.Year, Keys: make([]string, len(r.Findings))}
	for i, f := range r.Findings {
		switch f.Severity {
		case report.Error:
			s.Counts[0]++
		case report.Warning:
			s.Counts[1]++
		default:
			s.Counts[2]++
		}
		s.Keys[i] = findingKey(f.Rule, f.Sheet, f.Cell)
	}
	return s
}

// jsString is v when it is a string, else "" (js.Value.String would give
// "<undefined>").
func jsString(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// summaryOf decodes the summary check returned beside a report, or, when
// there is none, the report's JSON.
func summaryOf(summary, report js.Value) (draftSummary, error) {
	var s draftSummary
	if summary.Type() == js.TypeString {
		err := json.Unmarshal([]byte(summary.String()), &s)
		return s, err
	}
	var rep reportSummary
	if err := json.Unmarshal([]byte(report.String()), &rep); err != nil {
		return s, err
	}
	return rep.summary(), nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// get reads one value by key from a store.
func get(ctx context.Context, db *idb.Database, storeName, id string) (js.Value, error) {
	txn, err := db.Transaction(idb.TransactionReadOnly, storeName)
	if err != nil {
		return js.Undefined(), dbError(err)
	}
	store, err := txn.ObjectStore(storeName)
	if err != nil {
		return js.Undefined(), dbError(err)
	}
	req, err := store.Get(js.ValueOf(id))
	if err != nil {
		return js.Undefined(), dbError(err)
	}
	v, err := req.Await(ctx)
	if err != nil {
		return js.Undefined(), dbError(err)
	}
	return v, nil
}

// record is one stored draft: its meta decoded, its report JSON (a JS
// string) left as stored.
type record struct {
	meta   storedDraft
	report js.Value
}

// decodeRecord reads either layout. With withKeys, a legacy record's report
// is decoded for the finding keys a diff needs.
func decodeRecord(v js.Value, withKeys bool) (*record, bool) {
	if v.Type() == js.TypeString { // legacy: one JSON string, report inline
		var d legacyDraft
		if json.Unmarshal([]byte(v.String()), &d) != nil {
			return nil, false
		}
		r := &record{meta: storedDraft{Draft: d.Draft}, report: js.ValueOf(string(d.Report))}
		if withKeys {
			var old reportSummary
			if json.Unmarshal(d.Report, &old) == nil {
				r.meta.Keys = old.summary().Keys
			}
		}
		return r, true
	}
	if v.Type() != js.TypeObject {
		return nil, false
	}
	r := &record{report: v.Get("report")}
	if json.Unmarshal([]byte(jsString(v.Get("meta"))), &r.meta) != nil || r.report.Type() != js.TypeString {
		return nil, false
	}
	return r, true
}

func getRecord(ctx context.Context, db *idb.Database, id string) (*record, error) {
	v, err := get(ctx, db, draftsStore, id)
	if err != nil {
		return nil, err
	}
	if v.IsUndefined() || v.IsNull() {
		return nil, nil
	}
	r, ok := decodeRecord(v, true)
	if !ok {
		return nil, errors.New("这份草稿的记录已损坏，无法打开。可在草稿列表中“导出”其原始数据留存，再删除它")
	}
	return r, nil
}

// encodeRecord is the value stored for r.
func encodeRecord(r *record) (js.Value, error) {
	meta, err := json.Marshal(&r.meta)
	if err != nil {
		return js.Undefined(), err
	}
	return js.ValueOf(map[string]any{"meta": string(meta), "report": r.report}), nil
}

// modify reads a record and writes what fn makes of it (with the file
// bytes, when given) in one readwrite transaction. IndexedDB runs readwrite
// transactions on a store one at a time, so two tabs, or two notes sent at
// once by one tab, never overwrite each other's changes. fn runs inside the
// read's success event, while the transaction is active: it must not wait.
// prev is nil when there is no record yet.
func modify(ctx context.Context, db *idb.Database, id string, data js.Value, fn func(prev *record) (*record, error)) (*record, error) {
	stores := []string{draftsStore}
	if !data.IsUndefined() {
		stores = append(stores, filesStore)
	}
	txn, err := db.Transaction(idb.TransactionReadWrite, stores[0], stores[1:]...)
	if err != nil {
		return nil, dbError(err)
	}
	ds, err := txn.ObjectStore(draftsStore)
	if err != nil {
		return nil, dbError(err)
	}
	req, err := ds.Get(js.ValueOf(id))
	if err != nil {
		return nil, dbError(err)
	}
	var out *record
	var fnErr error
	fail := func(err error) {
		fnErr = err
		_ = txn.Abort()
	}
	err = req.ListenSuccess(ctx, func() {
		v, err := req.Result()
		if err != nil {
			fail(dbError(err))
			return
		}
		var prev *record
		if !v.IsUndefined() && !v.IsNull() {
			r, ok := decodeRecord(v, true)
			if !ok {
				fail(errors.New("草稿记录已损坏：" + id))
				return
			}
			prev = r
		}
		if out, err = fn(prev); err != nil {
			fail(err)
			return
		}
		value, err := encodeRecord(out)
		if err != nil {
			fail(err)
			return
		}
		if _, err := ds.PutKey(js.ValueOf(id), value); err != nil {
			fail(dbError(err))
			return
		}
		if !data.IsUndefined() {
			fs, err := txn.ObjectStore(filesStore)
			if err == nil {
				_, err = fs.PutKey(js.ValueOf(id), data)
			}
			if err != nil {
				fail(dbError(err))
			}
		}
	})
	if err != nil {
		return nil, dbError(err)
	}
	if err := txn.Await(ctx); err != nil {
		if fnErr != nil {
			return nil, fnErr
		}
		return nil, dbError(err)
	}
	if fnErr != nil {
		return nil, fnErr
	}
	return out, nil
}

// saveDraft(bytes, fileName, reportJSON, summaryJSON?) → the draft as
// saved, without its report. summaryJSON is what check returned beside the
// report; without it, reportJSON is decoded here.
func saveDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	return saveInto(ctx, db, args)
}

func saveInto(ctx context.Context, db *idb.Database, args []js.Value) (any, error) {
	if len(args) < 3 || args[0].Type() != js.TypeObject || args[2].Type() != js.TypeString {
		return nil, errors.New("保存草稿需要文件、文件名和检查结果")
	}
	data, file, repJSON := args[0], args[1].String(), args[2]
	summary := js.Undefined()
	if len(args) > 3 {
		summary = args[3]
	}
	sum, err := summaryOf(summary, repJSON)
	if err != nil {
		return nil, errors.New("检查结果格式有误")
	}
	id := draftKey(file, sum.Department, sum.Year)
	r, err := modify(ctx, db, id, data, func(prev *record) (*record, error) {
		r := &record{report: repJSON, meta: storedDraft{Keys: sum.Keys, Draft: Draft{ID: id, Name: file, File: file,
			Department: sum.Department, Year: sum.Year, Profile: sum.Profile, Created: now(), Updated: now(),
			Counts: sum.Counts, Explanations: map[string]string{}, Size: data.Length()}}}
		if prev != nil {
			// The notes typed so far stay with the draft, read in the same
			// transaction as this write: a note saved meanwhile is not lost.
			d := &r.meta.Draft
			d.Name, d.Created, d.Explanations = prev.meta.Name, prev.meta.Created, prev.meta.Explanations
			if d.Explanations == nil {
				d.Explanations = map[string]string{}
			}
			d.Changes = diff(prev.meta.Keys, r.meta.Keys, prev.meta.Updated)
		}
		return r, nil
	})
	if err != nil {
		return nil, err
	}
	return jsonString(&r.meta.Draft), nil
}

// warmDB is the scratch database the warm-up saves to; never the drafts.
const warmDBName = "reportcheck-warmup"

var warmDB *idb.Database

// warmStore(bytes, fileName, reportJSON, summaryJSON) saves and lists a
// draft as a check does, in a scratch database the page never shows, for
// the engine's warm-up: without it V8 optimised encoding/json, the draft
// code and the goroutines under go-indexeddb during the first real saves
// and through a first batch, on a core the checks needed. Resolves false
// when there is no IndexedDB to warm (the warm-up goes on without).
func warmStore(ctx context.Context, args []js.Value) (any, error) {
	if warmDB == nil {
		db, err := openNamed(ctx, warmDBName)
		if err != nil {
			return false, nil
		}
		warmDB = db
	}
	if _, err := saveInto(ctx, warmDB, args); err != nil {
		return false, nil
	}
	if _, err := listIn(ctx, warmDB); err != nil {
		return false, nil
	}
	return true, nil
}

// dropWarmStore() deletes the scratch database once the warm-up is over.
func dropWarmStore(ctx context.Context, _ []js.Value) (any, error) {
	if warmDB != nil {
		_ = warmDB.Close()
		warmDB = nil
	}
	if idb.Global() == nil {
		return false, nil
	}
	req, err := idb.Global().DeleteDatabase(warmDBName)
	if err != nil {
		return false, nil
	}
	return req.Await(ctx) == nil, nil
}

// diff lists the findings fixed and new since the previous check.
func diff(old, cur []string, since string) *Changes {
	was, is := map[string]bool{}, map[string]bool{}
	for _, k := range old {
		was[k] = true
	}
	for _, k := range cur {
		is[k] = true
	}
	c := &Changes{Fixed: []string{}, New: []string{}, Since: since}
	for k := range was {
		if !is[k] {
			c.Fixed = append(c.Fixed, k)
		}
	}
	for k := range is {
		if !was[k] {
			c.New = append(c.New, k)
		}
	}
	sort.Strings(c.Fixed)
	sort.Strings(c.New)
	return c
}

// listDrafts() → [drafts without their reports], newest first.
func listDrafts(ctx context.Context, _ []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	return listIn(ctx, db)
}

func listIn(ctx context.Context, db *idb.Database) (any, error) {
	txn, err := db.Transaction(idb.TransactionReadOnly, draftsStore)
	if err != nil {
		return nil, dbError(err)
	}
	store, err := txn.ObjectStore(draftsStore)
	if err != nil {
		return nil, dbError(err)
	}
	cur, err := store.OpenCursor(idb.CursorNext)
	if err != nil {
		return nil, dbError(err)
	}
	out := []Draft{}
	err = cur.Iter(ctx, func(c *idb.CursorWithValue) error {
		d, ok := listed(c)
		if !ok {
			d = Draft{ID: d.ID, Name: d.ID, Damaged: true}
		}
		out = append(out, d)
		return nil
	})
	if err != nil {
		return nil, dbError(err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Updated > out[j].Updated })
	return jsonString(out), nil
}

// listed reads one record for the list; ok is false for a record that
// cannot be read (its ID is still given where the key is a string). It never
// panics: a panic inside the cursor's event would stall the list for good.
func listed(c *idb.CursorWithValue) (d Draft, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if k, err := c.Key(); err == nil && k.Type() == js.TypeString {
		d.ID = k.String()
	}
	v, err := c.Value()
	if err != nil {
		return d, false
	}
	if v.Type() == js.TypeString { // legacy: skip the inline report
		var l legacyListing
		if json.Unmarshal([]byte(v.String()), &l) != nil || l.Draft.ID == "" {
			return d, false
		}
		return l.Draft, true
	}
	r, ok := decodeRecord(v, false)
	if !ok || r.meta.ID == "" {
		return d, false
	}
	return r.meta.Draft, true
}

// rawDraft(id) → the stored record and file as they are, for a damaged
// draft's export.
func rawDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id := args[0].String()
	rec, err := get(ctx, db, draftsStore, id)
	if err != nil {
		return nil, err
	}
	data, err := get(ctx, db, filesStore, id)
	if err != nil {
		return nil, err
	}
	return map[string]any{"record": rec, "bytes": data}, nil
}

// openDraft(id) → {draft, report, bytes}: the draft's JSON, its report's
// JSON, the file.
func openDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id := args[0].String()
	r, err := getRecord(ctx, db, id)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.New("找不到该草稿，可能已被删除")
	}
	data, err := get(ctx, db, filesStore, id)
	if err != nil {
		return nil, err
	}
	return map[string]any{"draft": jsonString(&r.meta.Draft), "report": r.report, "bytes": data}, nil
}

// updateDraft applies fn to a stored draft (rename, explanations), read and
// written in one transaction.
func updateDraft(ctx context.Context, id string, fn func(*Draft)) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	r, err := modify(ctx, db, id, js.Undefined(), func(r *record) (*record, error) {
		if r == nil {
			return nil, errors.New("找不到该草稿，可能已被删除")
		}
		fn(&r.meta.Draft)
		return r, nil
	})
	if err != nil {
		return nil, err
	}
	return jsonString(&r.meta.Draft), nil
}

func renameDraft(ctx context.Context, args []js.Value) (any, error) {
	name := strings.TrimSpace(args[1].String())
	if name == "" || len([]rune(name)) > 120 {
		return nil, errors.New("草稿名称不能为空，且不超过 120 个字")
	}
	return updateDraft(ctx, args[0].String(), func(d *Draft) { d.Name = name })
}

// explain(id, findingKey, text) keeps a 审核说明; an empty text removes it.
func explain(ctx context.Context, args []js.Value) (any, error) {
	key, text := args[1].String(), strings.TrimSpace(args[2].String())
	if len([]rune(text)) > 2000 {
		return nil, errors.New("审核说明不超过 2000 个字")
	}
	v, err := updateDraft(ctx, args[0].String(), func(d *Draft) {
		if d.Explanations == nil {
			d.Explanations = map[string]string{}
		}
		if text == "" {
			delete(d.Explanations, key)
		} else {
			d.Explanations[key] = text
		}
	})
	if errors.Is(err, errQuota) {
		// A note, not a draft: say what was not saved.
		return nil, errors.New("浏览器存储空间已满，这条审核说明未能保存（草稿和已保存的说明不受影响）。请删除不需要的旧草稿后再写。")
	}
	return v, err
}

func deleteDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	txn, err := db.Transaction(idb.TransactionReadWrite, draftsStore, filesStore)
	if err != nil {
		return nil, dbError(err)
	}
	for _, name := range []string{draftsStore, filesStore} {
		store, err := txn.ObjectStore(name)
		if err != nil {
			return nil, dbError(err)
		}
		if _, err := store.Delete(js.ValueOf(args[0].String())); err != nil {
			return nil, dbError(err)
		}
	}
	if err := txn.Await(ctx); err != nil {
		return nil, dbError(err)
	}
	return true, nil
}

// promised wraps an async Go function as one returning a JS Promise that
// rejects with a Chinese message.
func promised(fn func(context.Context, []js.Value) (any, error), nargs int) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		return js.Global().Get("Promise").New(js.FuncOf(func(_ js.Value, pa []js.Value) any {
			resolve, reject := pa[0], pa[1]
			if len(args) < nargs {
				reject.Invoke("参数不足")
				return nil
			}
			go func() {
				defer func() {
					if r := recover(); r != nil {
						reject.Invoke("内部错误：草稿库操作失败")
					}
				}()
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				defer cancel()
				v, err := fn(ctx, args)
				if err != nil {
					reject.Invoke(err.Error())
					return
				}
				resolve.Invoke(v)
			}()
			return nil
		}))
	})
}

func draftAPI() map[string]any {
	return map[string]any{
		"saveDraft":     promised(saveDraft, 3),
		"listDrafts":    promised(listDrafts, 0),
		"openDraft":     promised(openDraft, 1),
		"renameDraft":   promised(renameDraft, 2),
		"explain":       promised(explain, 3),
		"deleteDraft":   promised(deleteDraft, 1),
		"rawDraft":      promised(rawDraft, 1),
		"warmStore":     promised(warmStore, 3),
		"dropWarmStore": promised(dropWarmStore, 0),
	}
}
