# reportcheck: the single developer entry point. `make` lists the targets.
SHELL := /bin/bash
GO ?= go
GOROOT := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec

.PHONY: help run site single test test-go coverage test-wasm test-browser size lint bench fuzz-short testdata screenshots clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

run: site ## build the site and serve it on http://127.0.0.1:8080
	$(GO) run ./cmd/serve -dir dist -addr 127.0.0.1:8080

site: ## build the static site into dist/ (wasm, worker, service worker, .gz/.br)
	bash scripts/site.sh

single: site ## build the single-file dist/reportcheck.html (works from file://)
	@test -f dist/reportcheck.html && echo "dist/reportcheck.html"

test: lint test-go coverage test-wasm fuzz-short test-browser size ## run every test: Go, coverage ≥80% per engine package, Go under wasm in node, a short fuzz, headless Chromium, the size budget

lint: ## gofmt, go vet under linux and js/wasm, staticcheck, package boundaries (only wasm/ imports syscall/js)
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet -tags excelize_rawvalues ./wasm/ ./internal/workbook/ ./internal/report/
	$(GO) tool staticcheck ./...
	bash scripts/boundaries.sh
	node e2e/warmup-workbook.mjs --check

test-go: ## Go unit, golden and fixture tests (race, shuffled), and the excelize and efp forks' own tests
	$(GO) test -race -shuffle=on -count=1 ./...
	cd third_party/excelize && $(GO) test -count=1 . && $(GO) test -tags excelize_rawvalues -count=1 .
	cd third_party/efp && $(GO) test -count=1 .

coverage: ## every engine package (internal/ but the test kits) covered ≥80% by its own tests
	bash scripts/coverage.sh

test-wasm: ## the engine's tests compiled to wasm and run in node
	GOOS=js GOARCH=wasm $(GO) test -tags excelize_rawvalues -count=1 -exec="$(WASM_EXEC)" ./internal/... ./wasm/

test-browser: site ## end-to-end tests in headless Chromium (needs chromium and npm ci)
	node --test e2e/

size: site ## the wasm size budget (2.6 MB gzip, 1.9 MB brotli)
	bash scripts/size.sh

bench: ## Go benchmarks and the browser benchmark, one table of figures
	bash scripts/bench.sh

fuzz-short: ## a short fuzz run of every fuzz target (10 s each)
	bash scripts/fuzz.sh 10s

screenshots: test-browser ## refresh docs/screenshots from the browser tests' out/screenshots
	cp out/screenshots/*.png docs/screenshots/

testdata: ## regenerate the seed reconstruction and its variants in testdata/
	$(GO) run ./cmd/gentestdata -out testdata

clean: ## remove build outputs
	rm -rf dist out
