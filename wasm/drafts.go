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

const (
	dbName      = "reportcheck"
	dbVersion   = 1
	draftsStore = "drafts"
	filesStore  = "files"
)

// Draft is one saved draft. Report is kept as raw JSON: it is the public
// report shape, read back by the page as is.
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
	Report       json.RawMessage   `json:"report"`
	Explanations map[string]string `json:"explanations"`
	Changes      *Changes          `json:"changes,omitempty"`
	Size         int               `json:"size"`
}

// draftFields is Draft with its report left undecoded.
type draftFields Draft

// draftListing decodes a stored draft for the list without its report:
// the report field, declared here with no content, shadows Draft's and is
// skipped rather than copied. A batch of 50 drafts lists after every save,
// so decoding 50 KB reports there was quadratic.
type draftListing struct {
	draftFields
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
	if idb.Global() == nil {
		return nil, errNoDB
	}
	req, err := idb.Global().Open(ctx, dbName, dbVersion, func(db *idb.Database, oldVersion, newVersion uint) error {
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
	dbPromise.db = db
	return db, nil
}

var errNoDB = errors.New("此浏览器无法保存草稿（可能是隐私/无痕窗口，或直接从文件打开了页面）。检查照常进行，但结果不会保存；请另行下载检查结果。")

// dbError turns IndexedDB failures into messages a clerk can act on.
func dbError(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "QuotaExceeded"):
		return errors.New("浏览器存储空间已满，本次草稿未能保存（已保存的草稿不受影响）。请删除不需要的旧草稿后重试。")
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

func findingKey(f findingSummary) string { return f.Rule + "|" + f.Sheet + "|" + f.Cell }

// reportSummary is what saving a draft needs of a report. Decoding only
// these fields skips the messages, values and KPI tables: saving runs
// beside the next check of a batch, on the same thread.
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

// counts tallies errors, warnings and infos as report.Report.Counts does.
func (r *reportSummary) counts() (errs, warnings, infos int) {
	for _, f := range r.Findings {
		switch f.Severity {
		case report.Error:
			errs++
		case report.Warning:
			warnings++
		default:
			infos++
		}
	}
	return
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

func getDraft(ctx context.Context, db *idb.Database, id string) (*Draft, error) {
	v, err := get(ctx, db, draftsStore, id)
	if err != nil {
		return nil, err
	}
	if v.IsUndefined() || v.IsNull() {
		return nil, nil
	}
	var d Draft
	if err := json.Unmarshal([]byte(v.String()), &d); err != nil {
		return nil, errors.New("草稿记录已损坏：" + id)
	}
	return &d, nil
}

// putDraft writes the record and, when given, the file bytes in one
// transaction: either both are saved or neither, so nothing half-saved remains.
func putDraft(ctx context.Context, db *idb.Database, d *Draft, data []byte) error {
	rec, err := json.Marshal(d)
	if err != nil {
		return err
	}
	txn, err := db.Transaction(idb.TransactionReadWrite, draftsStore, filesStore)
	if err != nil {
		return dbError(err)
	}
	ds, err := txn.ObjectStore(draftsStore)
	if err != nil {
		return dbError(err)
	}
	if _, err := ds.PutKey(js.ValueOf(d.ID), js.ValueOf(string(rec))); err != nil {
		return dbError(err)
	}
	if data != nil {
		fs, err := txn.ObjectStore(filesStore)
		if err != nil {
			return dbError(err)
		}
		if _, err := fs.PutKey(js.ValueOf(d.ID), uint8Array(data)); err != nil {
			return dbError(err)
		}
	}
	if err := txn.Await(ctx); err != nil {
		return dbError(err)
	}
	return nil
}

// saveDraft(bytes, fileName, reportJSON) → {draft} : the draft record as saved.
func saveDraft(ctx context.Context, args []js.Value) (any, error) {
	if len(args) < 3 {
		return nil, errors.New("保存草稿需要文件、文件名和检查结果")
	}
	data, file, repJSON := bytesOf(args[0]), args[1].String(), args[2].String()
	var rep reportSummary
	if err := json.Unmarshal([]byte(repJSON), &rep); err != nil {
		return nil, errors.New("检查结果格式有误")
	}
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id := draftKey(file, rep.Department, rep.Year)
	prev, err := getDraft(ctx, db, id)
	if err != nil {
		return nil, err
	}
	e, w, i := rep.counts()
	d := &Draft{ID: id, Name: file, File: file, Department: rep.Department, Year: rep.Year, Profile: rep.Profile,
		Created: now(), Updated: now(), Counts: [3]int{e, w, i}, Report: json.RawMessage(repJSON),
		Explanations: map[string]string{}, Size: len(data)}
	if prev != nil {
		d.Name, d.Created, d.Explanations = prev.Name, prev.Created, prev.Explanations
		if d.Explanations == nil {
			d.Explanations = map[string]string{}
		}
		var old reportSummary
		if json.Unmarshal(prev.Report, &old) == nil {
			d.Changes = diff(&old, &rep, prev.Updated)
		}
	}
	if err := putDraft(ctx, db, d, data); err != nil {
		return nil, err
	}
	return jsonString(d), nil
}

// diff lists the findings fixed and new since the previous check.
func diff(old, cur *reportSummary, since string) *Changes {
	was, is := map[string]bool{}, map[string]bool{}
	for _, f := range old.Findings {
		was[findingKey(f)] = true
	}
	for _, f := range cur.Findings {
		is[findingKey(f)] = true
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

// listDrafts() → [draft records without their reports], newest first.
func listDrafts(ctx context.Context, _ []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
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
		v, err := c.Value()
		if err != nil {
			return err
		}
		var d draftListing
		if json.Unmarshal([]byte(v.String()), &d) == nil {
			out = append(out, Draft(d.draftFields))
		}
		return nil
	})
	if err != nil {
		return nil, dbError(err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Updated > out[j].Updated })
	return jsonString(out), nil
}

// openDraft(id) → {draft, bytes}.
func openDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id := args[0].String()
	d, err := getDraft(ctx, db, id)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, errors.New("找不到该草稿，可能已被删除")
	}
	data, err := get(ctx, db, filesStore, id)
	if err != nil {
		return nil, err
	}
	return map[string]any{"draft": jsonString(d), "bytes": data}, nil
}

// updateDraft applies fn to a stored record (rename, explanations).
func updateDraft(ctx context.Context, id string, fn func(*Draft)) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	d, err := getDraft(ctx, db, id)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, errors.New("找不到该草稿，可能已被删除")
	}
	fn(d)
	if err := putDraft(ctx, db, d, nil); err != nil {
		return nil, err
	}
	d.Report = nil
	return jsonString(d), nil
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
	return updateDraft(ctx, args[0].String(), func(d *Draft) {
		if d.Explanations == nil {
			d.Explanations = map[string]string{}
		}
		if text == "" {
			delete(d.Explanations, key)
		} else {
			d.Explanations[key] = text
		}
	})
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
		"saveDraft":   promised(saveDraft, 3),
		"listDrafts":  promised(listDrafts, 0),
		"openDraft":   promised(openDraft, 1),
		"renameDraft": promised(renameDraft, 2),
		"explain":     promised(explain, 3),
		"deleteDraft": promised(deleteDraft, 1),
	}
}
