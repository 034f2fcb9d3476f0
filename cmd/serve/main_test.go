package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestServeTypesEncodingsAndCSP(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>"), 0o644)
	os.WriteFile(filepath.Join(dir, "reportcheck.wasm"), []byte("\x00asm"), 0o644)
	os.WriteFile(filepath.Join(dir, "reportcheck.wasm.br"), []byte("br"), 0o644)
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/reportcheck.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip, br")
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/wasm" {
		t.Errorf("content type %q", ct)
	}
	if enc := res.Header.Get("Content-Encoding"); enc != "br" {
		t.Errorf("encoding %q", enc)
	}
	res, _ = http.Get(srv.URL + "/")
	if res.StatusCode != 200 || res.Header.Get("Content-Security-Policy") != CSP {
		t.Errorf("index: %d, CSP %q", res.StatusCode, res.Header.Get("Content-Security-Policy"))
	}
	res, _ = http.Get(srv.URL + "/../../etc/passwd")
	if res.StatusCode != 404 {
		t.Errorf("path escape: %d", res.StatusCode)
	}
}
