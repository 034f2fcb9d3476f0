//go:build js && wasm

package main

import (
	"context"
	"errors"
	"syscall/js"
	"time"

	"github.com/hack-pad/go-indexeddb/idb"

	"reportcheck/internal/drafts"
)

// The draft store keeps every checked file in IndexedDB: its bytes (store
// "files") and its record (store "drafts"). What a record holds, how each
// layout ever stored is read, and what a save or a note makes of it are
// internal/drafts'; this file is the adapter: it opens the database, runs
// the transactions, and converts between JavaScript values and Go.
//
// A record's report stays a JavaScript string here: saving, listing and
// diffing decode its meta only (see internal/drafts), and the report is
// copied into Go only when a draft is opened.

const (
	dbName      = "reportcheck"
	dbVersion   = 1
	draftsStore = "drafts"
	filesStore  = "files"
)

var openedDB *idb.Database

func openDB(ctx context.Context) (*idb.Database, error) {
	if openedDB != nil {
		return openedDB, nil
	}
	db, err := openNamed(ctx, dbName)
	if err != nil {
		return nil, err
	}
	openedDB = db
	return db, nil
}

// openNamed opens (creating when new) a database with the drafts layout.
func openNamed(ctx context.Context, name string) (*idb.Database, error) {
	if idb.Global() == nil {
		return nil, drafts.ErrNoDB
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

// dbError words an IndexedDB failure for the clerk (drafts.Classify). A
// DOMException thrown at once by a request (rather than reported by the
// transaction) reaches Go as a js.Error whose text has only the message:
// its name (QuotaExceededError, InvalidStateError …) is what classifies it.
func dbError(err error) error {
	msg := err.Error()
	var jsErr js.Error
	if errors.As(err, &jsErr) && jsErr.Value.Type() == js.TypeObject {
		if name := jsErr.Value.Get("name"); name.Type() == js.TypeString {
			msg = name.String() + ": " + msg
		}
	}
	return drafts.Classify(msg)
}

// jsString is v when it is a string, else "" (js.Value.String would give
// "<undefined>").
func jsString(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// arg is args[i], undefined past the end.
func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
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

// record is one stored draft: its meta decoded, its report's JSON (a JS
// string) as stored.
type record struct {
	meta   *drafts.Meta
	report js.Value
}

// decodeRecord reads a stored value of either layout; drafts.ErrDamaged
// when it is neither.
func decodeRecord(v js.Value) (*record, error) {
	switch v.Type() {
	case js.TypeString: // legacy: one JSON string, the report inline
		m, rep, err := drafts.DecodeLegacy([]byte(v.String()))
		if err != nil {
			return nil, err
		}
		return &record{meta: m, report: js.ValueOf(string(rep))}, nil
	case js.TypeObject: // {meta, report}
		meta, rep := v.Get("meta"), v.Get("report")
		if meta.Type() != js.TypeString || rep.Type() != js.TypeString {
			return nil, drafts.ErrDamaged
		}
		m, err := drafts.DecodeMeta([]byte(meta.String()))
		if err != nil {
			return nil, err
		}
		return &record{meta: m, report: rep}, nil
	}
	return nil, drafts.ErrDamaged
}

// encodeRecord is the value stored for r, in the current layout.
func encodeRecord(r *record) (js.Value, error) {
	meta, err := drafts.EncodeMeta(r.meta)
	if err != nil {
		return js.Undefined(), err
	}
	return js.ValueOf(map[string]any{"meta": string(meta), "report": r.report}), nil
}

// modify reads a record and writes what fn makes of it (with the file
// bytes, when given) in one readwrite transaction. IndexedDB runs readwrite
// transactions on a store one at a time, so two tabs, or two notes sent at
// once by one tab, never overwrite each other's changes: do not split the
// read from the write. fn runs inside the read's success event, while the
// transaction is active: it must not wait (the internal/drafts functions it
// calls do not). prev is nil when there is no record yet; a record that
// cannot be read is not given to fn and is left as it is.
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
	// The listener is released by go-indexeddb once it has run, or when ctx
	// (the call's, see promised) ends.
	err = req.ListenSuccess(ctx, func() {
		v, err := req.Result()
		if err != nil {
			fail(dbError(err))
			return
		}
		var prev *record
		if !v.IsUndefined() && !v.IsNull() {
			if prev, err = decodeRecord(v); err != nil {
				fail(drafts.ErrDamagedKept)
				return
			}
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
	data, file, repJSON, summary := arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3)
	if data.Type() != js.TypeObject || repJSON.Type() != js.TypeString {
		return nil, errors.New("保存草稿需要文件、文件名和检查结果")
	}
	var sum drafts.Summary
	var err error
	if summary.Type() == js.TypeString {
		sum, err = drafts.ParseSummary([]byte(summary.String()))
	} else {
		sum, err = drafts.SummaryOfReport([]byte(repJSON.String()))
	}
	if err != nil {
		return nil, drafts.ErrBadSummary
	}
	name, size, saved := jsString(file), data.Length(), now()
	id := drafts.Key(name, sum.Department, sum.Year)
	r, err := modify(ctx, db, id, data, func(prev *record) (*record, error) {
		// The notes typed so far stay with the draft, read in the same
		// transaction as this write: a note saved meanwhile is not lost.
		var prevMeta *drafts.Meta
		if prev != nil {
			prevMeta = prev.meta
		}
		return &record{meta: drafts.Save(prevMeta, id, name, size, sum, saved), report: repJSON}, nil
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
	out := []drafts.Draft{}
	err = cur.Iter(ctx, func(c *idb.CursorWithValue) error {
		out = append(out, listed(c))
		return nil
	})
	if err != nil {
		return nil, dbError(err)
	}
	drafts.SortNewest(out)
	return jsonString(out), nil
}

// listed reads one record for the list: the draft, or, for a record that
// cannot be read, a damaged entry under its key. It never panics: a panic
// inside the cursor's event would stall the list for good.
func listed(c *idb.CursorWithValue) (d drafts.Draft) {
	id := ""
	defer func() {
		if recover() != nil {
			d = drafts.DamagedEntry(id)
		}
	}()
	if k, err := c.Key(); err == nil && k.Type() == js.TypeString {
		id = k.String()
	}
	v, err := c.Value()
	if err != nil {
		return drafts.DamagedEntry(id)
	}
	ok := false
	switch v.Type() {
	case js.TypeString: // legacy: the inline report is skipped, not decoded
		d, ok = drafts.ListLegacy([]byte(v.String()))
	case js.TypeObject:
		if meta := v.Get("meta"); meta.Type() == js.TypeString && v.Get("report").Type() == js.TypeString {
			d, ok = drafts.ListMeta([]byte(meta.String()))
		}
	}
	if !ok {
		return drafts.DamagedEntry(id)
	}
	return d
}

// rawDraft(id) → the stored record and file as they are, for a damaged
// draft's export.
func rawDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id := jsString(args[0])
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
// JSON (each finding with its key, see drafts.WithKeys), the file.
func openDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id := jsString(args[0])
	v, err := get(ctx, db, draftsStore, id)
	if err != nil {
		return nil, err
	}
	if v.IsUndefined() || v.IsNull() {
		return nil, drafts.ErrNotFound
	}
	r, err := decodeRecord(v)
	if err != nil {
		return nil, err
	}
	stored := r.report.String()
	rep, err := drafts.WithKeys([]byte(stored))
	if err != nil {
		return nil, err
	}
	report := r.report
	if string(rep) != stored {
		report = js.ValueOf(string(rep))
	}
	data, err := get(ctx, db, filesStore, id)
	if err != nil {
		return nil, err
	}
	return map[string]any{"draft": jsonString(&r.meta.Draft), "report": report, "bytes": data}, nil
}

// updateDraft applies fn (drafts.Rename, drafts.Explain) to a stored draft,
// read and written in one transaction.
func updateDraft(ctx context.Context, id string, fn func(*drafts.Meta) (*drafts.Meta, error)) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	r, err := modify(ctx, db, id, js.Undefined(), func(r *record) (*record, error) {
		if r == nil {
			return nil, drafts.ErrNotFound
		}
		m, err := fn(r.meta)
		if err != nil {
			return nil, err
		}
		return &record{meta: m, report: r.report}, nil
	})
	if err != nil {
		return nil, err
	}
	return jsonString(&r.meta.Draft), nil
}

// renameDraft(id, name) → the draft renamed.
func renameDraft(ctx context.Context, args []js.Value) (any, error) {
	name, err := drafts.CleanName(jsString(args[1]))
	if err != nil {
		return nil, err // refused before the database is touched
	}
	return updateDraft(ctx, jsString(args[0]), func(m *drafts.Meta) (*drafts.Meta, error) { return drafts.Rename(m, name) })
}

// explain(id, findingKey, text) keeps a 审核说明 on the draft it was typed
// on; an empty text removes it.
func explain(ctx context.Context, args []js.Value) (any, error) {
	key := jsString(args[1])
	text, err := drafts.CleanNote(key, jsString(args[2]))
	if err != nil {
		return nil, err // refused before the database is touched
	}
	v, err := updateDraft(ctx, jsString(args[0]), func(m *drafts.Meta) (*drafts.Meta, error) { return drafts.Explain(m, key, text) })
	return v, drafts.NoteError(err)
}

// deleteDraft(id) deletes the record and the file in one transaction.
func deleteDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	txn, err := db.Transaction(idb.TransactionReadWrite, draftsStore, filesStore)
	if err != nil {
		return nil, dbError(err)
	}
	id := js.ValueOf(jsString(args[0]))
	for _, name := range []string{draftsStore, filesStore} {
		store, err := txn.ObjectStore(name)
		if err != nil {
			return nil, dbError(err)
		}
		if _, err := store.Delete(id); err != nil {
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
//
// The js.Func it returns is a method of globalThis.reportcheck, registered
// once and called for as long as the worker runs: it is never released (a
// released function throws when called). Everything made per call is
// released: the Promise executor right after the Promise is built, and
// go-indexeddb's event listeners when the call's ctx is cancelled.
func promised(fn func(context.Context, []js.Value) (any, error), nargs int) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		// The Promise constructor calls its executor synchronously, once,
		// before New returns; resolve and reject live on without it.
		executor := js.FuncOf(func(_ js.Value, pa []js.Value) any {
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
		})
		defer executor.Release()
		return js.Global().Get("Promise").New(executor)
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
