// Command singlefile folds the built site into one self-contained HTML file
// that works when opened from disk (file://): styles and script inline, the
// worker's source as text (run from a blob: URL), and the wasm gzip'd and
// base64'd (inflated with DecompressionStream). Its CSP names the inline
// script and style by hash; nothing is loaded from anywhere.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dist := flag.String("dist", "dist", "built site")
	out := flag.String("out", "dist/reportcheck.html", "output file")
	flag.Parse()
	if err := run(*dist, *out); err != nil {
		fmt.Fprintln(os.Stderr, "singlefile:", err)
		os.Exit(1)
	}
}

func read(dist, name string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dist, name))
	return string(b), err
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func run(dist, out string) error {
	page, err := read(dist, "index.html")
	if err != nil {
		return err
	}
	css, err := read(dist, "style.css")
	if err != nil {
		return err
	}
	app, err := read(dist, "app.js")
	if err != nil {
		return err
	}
	// The engine side and the view are one inline script here, in that order
	// (two classic scripts sharing the page's scope on the site).
	engine, err := read(dist, "engine.js")
	if err != nil {
		return err
	}
	app = engine + "\n" + app
	execJS, err := read(dist, "wasm_exec.js")
	if err != nil {
		return err
	}
	worker, err := read(dist, "worker.js")
	if err != nil {
		return err
	}
	// The warm-up workbook is prepended too: the blob: worker has no URL to
	// load it from.
	warmup, err := read(dist, "warmup.js")
	if err != nil {
		return err
	}
	wasm, err := os.ReadFile(filepath.Join(dist, "reportcheck.wasm"))
	if err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(wasm)
	zw.Close()
	workerSrc := execJS + "\n" + warmup + "\n" + worker
	for _, s := range []string{app, workerSrc, css} {
		if strings.Contains(strings.ToLower(s), "</script") || strings.Contains(strings.ToLower(s), "</style") {
			return fmt.Errorf("an inline part contains a closing tag")
		}
	}
	script := "window.RC_SINGLE = true;\n" + app
	csp := "default-src 'none'; script-src " + hash(script) + " 'wasm-unsafe-eval'; style-src " + hash(css) +
		"; img-src data: blob:; worker-src blob:; connect-src 'none'; base-uri 'none'; form-action 'none'"
	replace := func(old, new string) error {
		if !strings.Contains(page, old) {
			return fmt.Errorf("index.html lacks %q", old)
		}
		page = strings.Replace(page, old, new, 1)
		return nil
	}
	start := strings.Index(page, `<meta http-equiv="Content-Security-Policy" content="`)
	if start < 0 {
		return fmt.Errorf("index.html lacks its CSP")
	}
	end := strings.Index(page[start:], ">") + start + 1
	page = page[:start] + `<meta http-equiv="Content-Security-Policy" content="` + csp + `">` + page[end:]
	if err := replace(`<link rel="stylesheet" href="style.css">`, "<style>"+css+"</style>"); err != nil {
		return err
	}
	if err := replace(`<link rel="manifest" href="manifest.webmanifest">`, ""); err != nil {
		return err
	}
	blobs := `<script type="application/octet-stream" id="rc-wasm">` + base64.StdEncoding.EncodeToString(gz.Bytes()) + "</script>\n" +
		`<script type="text/plain" id="rc-worker-src">` + workerSrc + "</script>\n" +
		"<script>" + script + "</script>"
	// The page's scripts are in its head (engine.js at once, to start the
	// engine before the page is laid out; app.js deferred); inline, they
	// run at the end of the body instead, after the wasm they read.
	if err := replace(`<script src="engine.js"></script>`+"\n", ""); err != nil {
		return err
	}
	if err := replace(`<script src="app.js" defer></script>`+"\n", ""); err != nil {
		return err
	}
	if err := replace("</body>", blobs+"\n</body>"); err != nil {
		return err
	}
	return os.WriteFile(out, []byte(page), 0o644)
}
