//go:build js && wasm

package main

import (
	"context"
	"errors"
	"syscall/js"
	"testing"
)

// Run under node: GOOS=js GOARCH=wasm go test -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm/
// (IndexedDB itself is tested in a real browser: e2e/drafts.test.mjs,
// notes, safety.)

// settle waits for a Promise and gives what it resolved or rejected with.
func settle(t *testing.T, p js.Value) (value js.Value, rejected bool) {
	t.Helper()
	type outcome struct {
		v        js.Value
		rejected bool
	}
	ch := make(chan outcome, 1)
	onResolve := js.FuncOf(func(_ js.Value, a []js.Value) any { ch <- outcome{a[0], false}; return nil })
	onReject := js.FuncOf(func(_ js.Value, a []js.Value) any { ch <- outcome{a[0], true}; return nil })
	defer onResolve.Release()
	defer onReject.Release()
	p.Call("then", onResolve, onReject)
	o := <-ch
	return o.v, o.rejected
}

func TestPromisedSettles(t *testing.T) {
	ok := promised(func(_ context.Context, args []js.Value) (any, error) { return "已保存：" + args[0].String(), nil }, 1)
	fails := promised(func(context.Context, []js.Value) (any, error) {
		return nil, errors.New("找不到该草稿，可能已被删除")
	}, 0)
	panics := promised(func(context.Context, []js.Value) (any, error) { panic("boom") }, 0)
	defer ok.Release()
	defer fails.Release()
	defer panics.Release()
	for _, c := range []struct {
		name     string
		p        js.Value
		want     string
		rejected bool
	}{
		{"resolved", ok.Invoke("a"), "已保存：a", false},
		{"too few arguments", ok.Invoke(), "参数不足", true},
		{"an error, in its Chinese words", fails.Invoke(), "找不到该草稿，可能已被删除", true},
		{"a panic is an internal error, not a dead worker", panics.Invoke(), "内部错误：草稿库操作失败", true},
	} {
		v, rejected := settle(t, c.p)
		if v.String() != c.want || rejected != c.rejected {
			t.Errorf("%s: %q (rejected %v), want %q (rejected %v)", c.name, v.String(), rejected, c.want, c.rejected)
		}
	}
}

// Each call builds a Promise whose executor is a js.Func; it is released
// once the Promise is built, or every draft operation would leak one.
func TestPromisedReleasesItsExecutor(t *testing.T) {
	js.Global().Call("eval", `
		globalThis.__rcPromise = Promise;
		globalThis.__rcExecutors = [];
		globalThis.__rcErrors = [];
		globalThis.__rcConsoleError = console.error;
		globalThis.Promise = function (executor) { __rcExecutors.push(executor); return new __rcPromise(executor); };
		console.error = (...a) => { __rcErrors.push(a.join(' ')); };`)
	defer js.Global().Call("eval", `globalThis.Promise = __rcPromise; console.error = __rcConsoleError;`)
	f := promised(func(context.Context, []js.Value) (any, error) { return true, nil }, 0)
	defer f.Release()
	for range 3 {
		if v, rejected := settle(t, f.Invoke()); rejected || !v.Bool() {
			t.Fatalf("call: %v, rejected %v", v, rejected)
		}
	}
	executors := js.Global().Get("__rcExecutors")
	if executors.Length() != 3 {
		t.Fatalf("%d executors seen, want 3", executors.Length())
	}
	noop := js.Global().Call("eval", `() => {}`)
	for i := range 3 {
		executors.Index(i).Invoke(noop, noop)
	}
	errs := js.Global().Get("__rcErrors")
	if errs.Length() != 3 {
		t.Fatalf("%d of 3 executors still alive after their Promise was built", 3-errs.Length())
	}
	for i := range 3 {
		if got := errs.Index(i).String(); got != "call to released function" {
			t.Errorf("console.error: %q", got)
		}
	}
	// The API function itself lives on: it is called for the worker's whole life.
	if v, rejected := settle(t, f.Invoke()); rejected || !v.Bool() {
		t.Errorf("the API function after its calls: %v, rejected %v", v, rejected)
	}
}
