// Command serve is a small static server for dist/: correct content types
// (application/wasm), pre-compressed .br/.gz copies when the browser accepts
// them, and the same strict Content-Security-Policy the page declares. It
// listens on loopback only.
//
//	go run ./cmd/serve -dir dist -addr 127.0.0.1:8080
package main

import (
	"flag"
	"fmt"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// CSP is the policy of the served page: nothing from any other host.
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func main() {
	dir := flag.String("dir", "dist", "directory to serve")
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on (loopback)")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, "index.html")); err != nil {
		log.Fatalf("serve: %s has no index.html; run make site first", *dir)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	fmt.Printf("reportcheck: http://%s/\n", ln.Addr())
	log.Fatal(http.Serve(ln, Handler(*dir)))
}

func init() {
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".webmanifest", "application/manifest+json")
	mime.AddExtensionType(".js", "text/javascript; charset=utf-8")
}

// hashedName matches an asset named by its content: app.3f2a9c01de.js.
var hashedName = regexp.MustCompile(`\.[0-9a-f]{10}\.(?:js|css|wasm)$`)

// Handler serves dir.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(p, "/") {
			p += "index.html"
		}
		name := filepath.Join(dir, filepath.FromSlash(p))
		info, err := os.Stat(name)
		if err != nil || info.IsDir() {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Vary", "Accept-Encoding")
		if ct := mime.TypeByExtension(filepath.Ext(name)); ct != "" {
			h.Set("Content-Type", ct)
		}
		switch base := filepath.Base(name); {
		case hashedName.MatchString(base):
			// Named by content (scripts/hashassets): never changes.
			h.Set("Cache-Control", "public, max-age=31536000, immutable")
		case base == "index.html" || base == "sw.js" || base == "build.json":
			h.Set("Cache-Control", "no-cache")
		default:
			h.Set("Cache-Control", "public, max-age=300")
		}
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if strings.Contains(accept, enc.token) {
				if _, err := os.Stat(name + enc.ext); err == nil {
					h.Set("Content-Encoding", enc.token)
					http.ServeFile(w, r, name+enc.ext)
					return
				}
			}
		}
		http.ServeFile(w, r, name)
	})
}
