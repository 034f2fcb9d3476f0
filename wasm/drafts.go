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

// The draft store keeps every checked file in IndexedDB: each draft's
// record (store "drafts") and, in store "files", its versions' bytes and
// the reports of versions other than the latest. What a record holds, how
// each layout ever stored is read, and what a save, a note or deleting a
// version makes of it are internal/drafts'; this file is the adapter: it
// opens the database, runs the transactions, and converts between
// JavaScript values and Go. The database keeps its version (1) and its two
// stores: a page of an earlier build still open beside this one is never
// blocked by an upgrade.
//
// A record's report stays a JavaScript string here: saving, listing and
// noting decode its meta only (see internal/drafts), and a report is
// copied into Go only when a version is opened or two are compared.

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

// decodeStored is decodeRecord for a value read by key: nil, nil when
// there is no record.
func decodeStored(v js.Value) (*record, error) {
	if v.IsUndefined() || v.IsNull() {
		return nil, nil
	}
	return decodeRecord(v)
}

// encodeRecord is the value stored for r, in the current layout.
func encodeRecord(r *record) (js.Value, error) {
	meta, err := drafts.EncodeMeta(r.meta)
	if err != nil {
		return js.Undefined(), err
	}
	return js.ValueOf(map[string]any{"meta": string(meta), "report": r.report}), nil
}

// tx is one IndexedDB transaction over both stores, driven by callbacks:
// the continuation of each read runs inside the request's success event,
// while the transaction is active, so every read and the writes it decides
// are one transaction. IndexedDB runs readwrite transactions on a store one
// at a time, so two tabs, or two notes sent at once by one tab, never
// overwrite each other's changes: do not split a read from its write. A
// continuation must not wait (the internal/drafts functions it calls do
// not): the transaction would commit under it. The first failure aborts the
// transaction, so nothing of it is written.
type tx struct {
	ctx context.Context
	txn *idb.Transaction
	err error
}

// runTx runs start in a new transaction over the drafts and files stores
// and waits until the transaction is over: its first failure, or nil once
// everything it wrote is stored.
func runTx(ctx context.Context, db *idb.Database, mode idb.TransactionMode, start func(t *tx)) error {
	txn, err := db.Transaction(mode, draftsStore, filesStore)
	if err != nil {
		return dbError(err)
	}
	t := &tx{ctx: ctx, txn: txn}
	start(t)
	err = txn.Await(ctx)
	if t.err != nil {
		return t.err
	}
	if err != nil {
		return dbError(err)
	}
	return nil
}

func (t *tx) fail(err error) {
	if t.err == nil {
		t.err = err
		_ = t.txn.Abort()
	}
}

func (t *tx) store(name string) *idb.ObjectStore {
	s, err := t.txn.ObjectStore(name)
	if err != nil {
		t.fail(dbError(err))
		return nil
	}
	return s
}

// get reads one value by key and hands it to then (undefined when there
// is none).
func (t *tx) get(storeName, key string, then func(js.Value)) {
	if t.err != nil {
		return
	}
	s := t.store(storeName)
	if s == nil {
		return
	}
	req, err := s.Get(js.ValueOf(key))
	if err != nil {
		t.fail(dbError(err))
		return
	}
	onResult(t, req, then)
}

// request is what onResult needs of a go-indexeddb request: *idb.Request
// (one value) and *idb.ArrayRequest (a list) alike.
type request[T any] interface {
	ListenSuccess(ctx context.Context, success func()) error
	Result() (T, error)
}

// onResult hands the request's result to then once it succeeds, unless the
// transaction already failed. The listener is released by go-indexeddb once
// it has run, or when ctx (the call's, see promised) ends.
func onResult[T any](t *tx, req request[T], then func(T)) {
	err := req.ListenSuccess(t.ctx, func() {
		if t.err != nil {
			return
		}
		v, err := req.Result()
		if err != nil {
			t.fail(dbError(err))
			return
		}
		then(v)
	})
	if err != nil {
		t.fail(dbError(err))
	}
}

// keys reads the keys of the files store from lower up to every key that
// starts with it, and hands them to then.
func (t *tx) keys(lower string, then func([]js.Value)) {
	if t.err != nil {
		return
	}
	s := t.store(filesStore)
	if s == nil {
		return
	}
	r, err := prefixRange(lower)
	if err != nil {
		t.fail(dbError(err))
		return
	}
	req, err := s.GetAllKeysRange(r, 0)
	if err != nil {
		t.fail(dbError(err))
		return
	}
	onResult(t, req, then)
}

// prefixRange is every key that starts with prefix (keys are ASCII here;
// U+FFFF sorts after any of them).
func prefixRange(prefix string) (*idb.KeyRange, error) {
	return idb.NewKeyRangeBound(js.ValueOf(prefix), js.ValueOf(prefix+"\uffff"), false, false)
}

func (t *tx) put(storeName, key string, v js.Value) {
	if t.err != nil {
		return
	}
	if s := t.store(storeName); s != nil {
		if _, err := s.PutKey(js.ValueOf(key), v); err != nil {
			t.fail(dbError(err))
		}
	}
}

// del deletes a key, or every key of a key range.
func (t *tx) del(storeName string, key js.Value) {
	if t.err != nil {
		return
	}
	if s := t.store(storeName); s != nil {
		if _, err := s.Delete(key); err != nil {
			t.fail(dbError(err))
		}
	}
}

// putRecord stores a draft's record.
func (t *tx) putRecord(id string, r *record) {
	value, err := encodeRecord(r)
	if err != nil {
		t.fail(err)
		return
	}
	t.put(draftsStore, id, value)
}

// saveDraft(bytes, fileName, reportJSON, summaryJSON?, keep?, document?) →
// the draft as saved, without its report, the check stored as its newest
// version; document is the narrative checked with it ({name, bytes} or
// {name, text}), kept with the version.
// summaryJSON is what check returned beside the report; without it,
// reportJSON is decoded here. keep is how many versions keep their bytes
// (drafts.KeepVersions).
func saveDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	return saveInto(ctx, db, args)
}

func saveInto(ctx context.Context, db *idb.Database, args []js.Value) (any, error) {
	data, file, repJSON, summary, keep := arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3), arg(args, 4)
	if data.Type() != js.TypeObject || repJSON.Type() != js.TypeString {
		return nil, errors.New("保存草稿需要文件、文件名和检查结果")
	}
	var sum drafts.Summary
	var err error
	if summary.Type() == js.TypeString && summary.String() != "" {
		sum, err = drafts.ParseSummary([]byte(summary.String()))
	} else {
		sum, err = drafts.SummaryOfReport([]byte(repJSON.String()))
	}
	if err != nil {
		return nil, drafts.ErrBadSummary
	}
	if sum.SHA256 == "" {
		sum.SHA256 = drafts.HashBytes(bytesOf(data))
	}
	c := drafts.Check{File: jsString(file), Size: data.Length(), Summary: sum, Now: now()}
	if keep.Type() == js.TypeNumber {
		c.Keep = keep.Int()
	}
	// The narrative checked with the workbook, kept with its version: its
	// bytes, or the text pasted.
	doc := js.Undefined()
	if d := arg(args, 5); d.Type() == js.TypeObject && sum.Document != "" {
		if b := d.Get("bytes"); b.Type() == js.TypeObject {
			doc, c.DocumentSize = b, b.Length()
		} else if t := d.Get("text"); t.Type() == js.TypeString {
			doc, c.DocumentSize, c.DocumentPasted = t, len(t.String()), true
		}
	}
	if doc.IsUndefined() {
		sum.Document, sum.DocumentSHA256 = "", ""
		c.Summary = sum
	}
	// A department's year is one draft per template: under Key unless the
	// draft there holds another template's checks.
	primary := drafts.Key(c.File, sum.Department, sum.Year)
	alt := drafts.TemplateKey(c.File, sum.Department, sum.Year, sum.Template)
	var saved drafts.Saved
	err = runTx(ctx, db, idb.TransactionReadWrite, func(t *tx) {
		// The notes typed so far and every version stay with the draft, read
		// in the same transaction as this write: a note saved meanwhile is
		// not lost. A record that cannot be read is left as it is.
		write := func(id string, prev *record) {
			var pm *drafts.Meta
			if prev != nil {
				pm = prev.meta
			}
			saved = drafts.Save(pm, id, c)
			t.putRecord(id, &record{meta: saved.Meta, report: repJSON})
			t.put(filesStore, saved.Version.Blob, data)
			if saved.Version.DocumentBlob != "" {
				t.put(filesStore, saved.Version.DocumentBlob, doc)
			}
			if saved.Report != "" {
				t.put(filesStore, saved.Report, prev.report)
			}
			for _, k := range saved.Drop {
				t.del(filesStore, js.ValueOf(k))
			}
		}
		t.get(draftsStore, primary, func(v js.Value) {
			prev, err := decodeStored(v)
			if err != nil {
				t.fail(drafts.ErrDamagedKept)
				return
			}
			if prev == nil || alt == primary || drafts.Owns(prev.meta, sum.Template) {
				write(primary, prev)
				return
			}
			t.get(draftsStore, alt, func(v js.Value) {
				prev, err := decodeStored(v)
				if err != nil {
					t.fail(drafts.ErrDamagedKept)
					return
				}
				write(alt, prev)
			})
		})
	})
	if err != nil {
		return nil, err
	}
	return jsonString(&saved.Meta.Draft), nil
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

// rawDraft(id) → {record, bytes, files}: the stored record and file as
// they are, for a damaged draft's export: the record, the bytes an earlier
// build kept under the draft's ID, and every entry its versions left in the
// files store ([{key, value}]: bytes, or a report's JSON).
func rawDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id := jsString(args[0])
	rec, data := js.Undefined(), js.Undefined()
	files := []any{}
	err = runTx(ctx, db, idb.TransactionReadOnly, func(t *tx) {
		t.get(draftsStore, id, func(v js.Value) { rec = v })
		t.get(filesStore, id, func(v js.Value) { data = v })
		t.keys(drafts.FilesPrefix(id), func(keys []js.Value) {
			for _, k := range keys {
				t.get(filesStore, jsString(k), func(v js.Value) {
					files = append(files, map[string]any{"key": k, "value": v})
				})
			}
		})
	})
	if err != nil {
		return nil, err
	}
	return map[string]any{"record": rec, "bytes": data, "files": files}, nil
}

// readVersion reads, in t, a stored draft (nil and t failed when it
// cannot be read), one of its versions ("" is the latest) and its report's
// JSON; then hands them on, still inside the transaction.
func readVersion(t *tx, id, version string, then func(m *drafts.Meta, v *drafts.Version, report js.Value)) {
	t.get(draftsStore, id, func(val js.Value) {
		r, err := decodeStored(val)
		if err != nil {
			t.fail(err)
			return
		}
		if r == nil {
			t.fail(drafts.ErrNotFound)
			return
		}
		m := drafts.Versioned(r.meta)
		v := m.Find(version)
		if v == nil {
			t.fail(drafts.ErrNoVersion)
			return
		}
		if v.Report == "" {
			then(m, v, r.report)
			return
		}
		t.get(filesStore, v.Report, func(rep js.Value) {
			if rep.Type() != js.TypeString {
				t.fail(drafts.ErrVersionLost)
				return
			}
			then(m, v, rep)
		})
	})
}

// readBytes reads, in t, a version's file and hands it on: a Uint8Array,
// or the reason there is none (its bytes were dropped, or are missing).
func readBytes(t *tx, v *drafts.Version, then func(data js.Value, missing error)) {
	if v.Blob == "" {
		then(js.Null(), drafts.ErrBytesDropped)
		return
	}
	t.get(filesStore, v.Blob, func(b js.Value) {
		if b.Type() != js.TypeObject || !b.InstanceOf(js.Global().Get("Uint8Array")) {
			then(js.Null(), drafts.ErrBytesMissing)
			return
		}
		then(b, nil)
	})
}

// openDraft(id, versionId?) → {draft, version, report, bytes, bytesError}:
// the draft's JSON (with its versions), the ID of the version opened (the
// latest when none is named), its report's JSON (each finding with its key,
// see drafts.WithKeys), its file (null when there is none, bytesError then
// says why in Chinese) and the narrative checked with it ({name, bytes} or
// {name, text}; null when none was, or it was dropped).
func openDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	var m *drafts.Meta
	var v *drafts.Version
	report, data, doc := js.Undefined(), js.Null(), js.Null()
	var missing error
	err = runTx(ctx, db, idb.TransactionReadOnly, func(t *tx) {
		readVersion(t, jsString(args[0]), jsString(arg(args, 1)), func(meta *drafts.Meta, ver *drafts.Version, rep js.Value) {
			m, v, report = meta, ver, rep
			readBytes(t, v, func(b js.Value, why error) { data, missing = b, why })
			if v.DocumentBlob != "" {
				t.get(filesStore, v.DocumentBlob, func(d js.Value) {
					switch {
					case v.DocumentPasted && d.Type() == js.TypeString:
						doc = js.ValueOf(map[string]any{"name": v.Document, "text": d})
					case !v.DocumentPasted && d.Type() == js.TypeObject && d.InstanceOf(js.Global().Get("Uint8Array")):
						doc = js.ValueOf(map[string]any{"name": v.Document, "bytes": d})
					}
				})
			}
		})
	})
	if err != nil {
		return nil, err
	}
	stored := report.String()
	rep, err := drafts.WithKeys([]byte(stored))
	if err != nil {
		return nil, err
	}
	if string(rep) != stored {
		report = js.ValueOf(string(rep))
	}
	out := map[string]any{"draft": jsonString(&m.Draft), "version": v.ID, "report": report, "bytes": data, "bytesError": nil, "document": doc}
	if missing != nil {
		out["bytesError"] = missing.Error()
	}
	return out, nil
}

// exportVersion(id, versionId) → {name, bytes}: a version's file as it was
// checked, for download.
func exportVersion(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	var v *drafts.Version
	var data js.Value
	var missing error
	err = runTx(ctx, db, idb.TransactionReadOnly, func(t *tx) {
		t.get(draftsStore, jsString(args[0]), func(val js.Value) {
			r, err := decodeStored(val)
			switch {
			case err != nil:
				t.fail(err)
				return
			case r == nil:
				t.fail(drafts.ErrNotFound)
				return
			}
			if v = drafts.Versioned(r.meta).Find(jsString(args[1])); v == nil || jsString(args[1]) == "" {
				t.fail(drafts.ErrNoVersion)
				return
			}
			readBytes(t, v, func(b js.Value, why error) { data, missing = b, why })
		})
	})
	if err != nil {
		return nil, err
	}
	if missing != nil {
		return nil, missing
	}
	return map[string]any{"name": v.File, "bytes": data}, nil
}

// compareVersions(id, a, b) → the JSON of drafts.Comparison of two
// versions of a draft, the earlier first whatever the order asked.
func compareVersions(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id, a, b := jsString(args[0]), jsString(args[1]), jsString(args[2])
	if a == "" || b == "" {
		return nil, drafts.ErrNoVersion
	}
	var m *drafts.Meta
	var va, vb *drafts.Version
	var ra, rb js.Value
	err = runTx(ctx, db, idb.TransactionReadOnly, func(t *tx) {
		readVersion(t, id, a, func(meta *drafts.Meta, v *drafts.Version, rep js.Value) {
			m, va, ra = meta, v, rep
			readVersion(t, id, b, func(_ *drafts.Meta, v *drafts.Version, rep js.Value) { vb, rb = m.Find(v.ID), rep })
		})
	})
	if err != nil {
		return nil, err
	}
	c, err := drafts.Compare(m, va, vb, []byte(ra.String()), []byte(rb.String()))
	if err != nil {
		return nil, drafts.ErrVersionLost
	}
	return jsonString(c), nil
}

// deleteVersion(id, versionId) → the draft without that version. Its file
// and report go; when it was the latest, the version before it becomes the
// latest (its report the record's), all in one transaction.
func deleteVersion(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id, version := jsString(args[0]), jsString(args[1])
	var d drafts.Deleted
	err = runTx(ctx, db, idb.TransactionReadWrite, func(t *tx) {
		t.get(draftsStore, id, func(val js.Value) {
			r, err := decodeStored(val)
			if err != nil {
				t.fail(drafts.ErrDamagedKept)
				return
			}
			if r == nil {
				t.fail(drafts.ErrNotFound)
				return
			}
			if d, err = drafts.DeleteVersion(r.meta, version); err != nil {
				t.fail(err)
				return
			}
			finish := func(report js.Value) {
				t.putRecord(id, &record{meta: d.Meta, report: report})
				for _, k := range d.Drop {
					t.del(filesStore, js.ValueOf(k))
				}
			}
			if d.Promote == "" {
				finish(r.report)
				return
			}
			t.get(filesStore, d.Promote, func(rep js.Value) {
				if rep.Type() != js.TypeString {
					t.fail(drafts.ErrVersionLost)
					return
				}
				drafts.Promoted(d.Meta, []byte(rep.String()))
				finish(rep)
				t.del(filesStore, js.ValueOf(d.Promote))
			})
		})
	})
	if err != nil {
		return nil, err
	}
	return jsonString(&d.Meta.Draft), nil
}

// updateDraft applies fn (drafts.Rename, drafts.Explain) to a stored draft,
// read and written in one transaction.
func updateDraft(ctx context.Context, id string, fn func(*drafts.Meta) (*drafts.Meta, error)) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	var m *drafts.Meta
	err = runTx(ctx, db, idb.TransactionReadWrite, func(t *tx) {
		t.get(draftsStore, id, func(val js.Value) {
			r, err := decodeStored(val)
			if err != nil {
				t.fail(drafts.ErrDamagedKept)
				return
			}
			if r == nil {
				t.fail(drafts.ErrNotFound)
				return
			}
			if m, err = fn(r.meta); err != nil {
				t.fail(err)
				return
			}
			t.putRecord(id, &record{meta: m, report: r.report})
		})
	})
	if err != nil {
		return nil, err
	}
	return jsonString(&m.Draft), nil
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
// on, for every version of it; an empty text removes it.
func explain(ctx context.Context, args []js.Value) (any, error) {
	key := jsString(args[1])
	text, err := drafts.CleanNote(key, jsString(args[2]))
	if err != nil {
		return nil, err // refused before the database is touched
	}
	v, err := updateDraft(ctx, jsString(args[0]), func(m *drafts.Meta) (*drafts.Meta, error) { return drafts.Explain(m, key, text) })
	return v, drafts.NoteError(err)
}

// deleteDraft(id) deletes the record, its versions' files and reports, and
// the file an earlier build kept under the draft's ID, in one transaction.
func deleteDraft(ctx context.Context, args []js.Value) (any, error) {
	db, err := openDB(ctx)
	if err != nil {
		return nil, err
	}
	id := jsString(args[0])
	prefix := drafts.FilesPrefix(id)
	err = runTx(ctx, db, idb.TransactionReadWrite, func(t *tx) {
		t.del(draftsStore, js.ValueOf(id))
		t.del(filesStore, js.ValueOf(id))
		// idb.KeyRange does not give its JS value back, and a delete takes one.
		t.del(filesStore, js.Global().Get("IDBKeyRange").Call("bound", prefix, prefix+"\uffff"))
	})
	if err != nil {
		return nil, err
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
		"saveDraft":       promised(saveDraft, 3),
		"listDrafts":      promised(listDrafts, 0),
		"openDraft":       promised(openDraft, 1),
		"exportVersion":   promised(exportVersion, 2),
		"compareVersions": promised(compareVersions, 3),
		"deleteVersion":   promised(deleteVersion, 2),
		"renameDraft":     promised(renameDraft, 2),
		"explain":         promised(explain, 3),
		"deleteDraft":     promised(deleteDraft, 1),
		"rawDraft":        promised(rawDraft, 1),
		"warmStore":       promised(warmStore, 3),
		"dropWarmStore":   promised(dropWarmStore, 0),
	}
}
