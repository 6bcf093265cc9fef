# Hiyari. `make run` builds and serves the app; `make test` installs what the
# tests need and runs all of them.
GO      ?= go
ADDR    ?= 127.0.0.1:8000
BIN     := bin/hiyari
WASM    := web/app.wasm
# Runs a js/wasm test binary under Node.js (shipped with Go).
WASMEXEC = $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec

.PHONY: run build wasm dist test deps vet bench fuzz clean

# The server prints the address it listens on.
run: build
	$(BIN) serve --addr $(ADDR) --web web

build: wasm
	$(GO) build -o $(BIN) ./cmd/hiyari

# -s -w: without the function names (a debugging aid only; panics still
# say where), 38 kB less to download.
wasm:
	GOOS=js GOARCH=wasm $(GO) build -ldflags="-s -w" -o $(WASM) ./cmd/web

# A static copy of the app for any web server (intranets, file shares with
# a web front): see README "Static build and intranet hosting".
dist: build
	$(BIN) build --out dist --web web

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./assessment/... ./words/ ./report/ ./app/... ./cmd/web/

# What the browser tests need beyond Go: Chromium, pdftotext, a Japanese
# font (printed plans), and axe-core from npm (pinned in package-lock.json).
# Installs only what is missing; needs root on a fresh machine.
deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	{ command -v fc-list >/dev/null && fc-list :lang=ja | grep -q .; } || missing="$$missing fonts-ipafont-gothic"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund

# The tests of what the browser runs besides go-app (the domain, the
# wording, the file writers, the store) also run compiled to WebAssembly
# (under Node.js), as the browser runs them.
test: vet deps
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASMEXEC)" ./assessment/ ./words/ ./report/ ./app/store/
	$(GO) test -count=1 ./...

# Fuzz each target for FUZZTIME (make test runs only their seeds): the
# parsers of what users and admins bring, and the writers of what they take
# away.
FUZZTIME ?= 30s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParseAnswers$$' -fuzztime $(FUZZTIME) ./assessment/
	$(GO) test -run '^$$' -fuzz '^FuzzLoadBank$$' -fuzztime $(FUZZTIME) ./assessment/
	$(GO) test -run '^$$' -fuzz '^FuzzMarkdownText$$' -fuzztime $(FUZZTIME) ./report/
	$(GO) test -run '^$$' -fuzz '^FuzzCSVCell$$' -fuzztime $(FUZZTIME) ./report/

# One report (text, and JSON in bin/bench.json): the web budgets (wasm size,
# cold start, slow 4G, where start-up goes, answer to paint) against a
# minimal go-app app built in the same run, and the domain's benchmarks,
# natively and in WebAssembly.
bench: deps
	$(GO) test -count=1 -run '^$$' -bench . -benchtime 3x -timeout 30m ./cmd/hiyari/e2e/

clean:
	rm -rf bin web dist
