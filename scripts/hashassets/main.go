// Command hashassets names every asset of the built site by its content
// (app.3f2a9c01de.js) and rewrites the references to them, so that one
// deployment never mixes with another: an index.html only ever names the
// assets of its own build, which the service worker precaches together and
// keeps until no open page uses them. It also writes the service worker
// (web/sw.js with the build id and the asset list) and build.json, the
// mapping from plain to hashed names (the benchmarks read it).
//
//	go run ./scripts/hashassets -dir dist -sw web/sw.js
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir := flag.String("dir", "dist", "the built site, with plain asset names")
	sw := flag.String("sw", "web/sw.js", "the service worker template")
	flag.Parse()
	if err := run(*dir, *sw); err != nil {
		fmt.Fprintln(os.Stderr, "hashassets:", err)
		os.Exit(1)
	}
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])[:10]
}

// hashed is name with the content hash before its extension.
func hashed(name string, content []byte) string {
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + sum(content) + ext
}

func replaceOnce(s, old, new, where string) (string, error) {
	if !strings.Contains(s, old) {
		return "", fmt.Errorf("%s lacks %q", where, old)
	}
	return strings.Replace(s, old, new, 1), nil
}

func run(dir, swTemplate string) error {
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) }
	names := map[string]string{}
	files := map[string][]byte{}
	// Leaves first: a file's name changes with the names it contains.
	for _, name := range []string{"reportcheck.wasm", "wasm_exec.js", "warmup.js", "style.css"} {
		b, err := read(name)
		if err != nil {
			return err
		}
		names[name], files[name] = hashed(name, b), b
	}
	worker, err := read("worker.js")
	if err != nil {
		return err
	}
	w := string(worker)
	if w, err = replaceOnce(w, "fetch('reportcheck.wasm')", "fetch('"+names["reportcheck.wasm"]+"')", "worker.js"); err != nil {
		return err
	}
	if w, err = replaceOnce(w, "importScripts('warmup.js')", "importScripts('"+names["warmup.js"]+"')", "worker.js"); err != nil {
		return err
	}
	if w, err = replaceOnce(w, "importScripts('wasm_exec.js')", "importScripts('"+names["wasm_exec.js"]+"')", "worker.js"); err != nil {
		return err
	}
	names["worker.js"], files["worker.js"] = hashed("worker.js", []byte(w)), []byte(w)
	eng, err := read("engine.js")
	if err != nil {
		return err
	}
	e, err := replaceOnce(string(eng), "new Worker('worker.js'", "new Worker('"+names["worker.js"]+"'", "engine.js")
	if err != nil {
		return err
	}
	names["engine.js"], files["engine.js"] = hashed("engine.js", []byte(e)), []byte(e)
	app, err := read("app.js")
	if err != nil {
		return err
	}
	names["app.js"], files["app.js"] = hashed("app.js", app), app
	index, err := read("index.html")
	if err != nil {
		return err
	}
	page := string(index)
	if page, err = replaceOnce(page, `href="style.css"`, `href="`+names["style.css"]+`"`, "index.html"); err != nil {
		return err
	}
	if page, err = replaceOnce(page, `src="engine.js"`, `src="`+names["engine.js"]+`"`, "index.html"); err != nil {
		return err
	}
	if page, err = replaceOnce(page, `src="app.js"`, `src="`+names["app.js"]+`"`, "index.html"); err != nil {
		return err
	}
	tpl, err := os.ReadFile(swTemplate)
	if err != nil {
		return err
	}
	build := sum([]byte(page + string(tpl)))
	if page, err = replaceOnce(page, `<meta name="build" content="dev">`, `<meta name="build" content="`+build+`">`, "index.html"); err != nil {
		return err
	}
	// The page is precached as "./": a navigation to /index.html may be
	// answered with a redirect, which cannot answer a navigation from a cache.
	assets := []string{"./", "./manifest.webmanifest"}
	for _, plain := range []string{"style.css", "engine.js", "app.js", "worker.js", "warmup.js", "wasm_exec.js", "reportcheck.wasm"} {
		assets = append(assets, "./"+names[plain])
	}
	list, _ := json.Marshal(assets)
	sw, err := replaceOnce(string(tpl), "__BUILD__", build, "sw.js")
	if err != nil {
		return err
	}
	if sw, err = replaceOnce(sw, "__ASSETS__", string(list), "sw.js"); err != nil {
		return err
	}
	for plain, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), files[plain], 0o644); err != nil {
			return err
		}
		if err := os.Remove(filepath.Join(dir, plain)); err != nil {
			return err
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "sw.js"), []byte(sw), 0o644); err != nil {
		return err
	}
	manifest, _ := json.MarshalIndent(map[string]any{"build": build, "files": names}, "", "  ")
	return os.WriteFile(filepath.Join(dir, "build.json"), manifest, 0o644)
}
