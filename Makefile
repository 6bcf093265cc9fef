# Hiyari. `make run` builds and serves the app; `make test` installs what the
# tests need and runs all of them.
GO      ?= go
ADDR    ?= 127.0.0.1:8000
BIN     := bin/hiyari

.PHONY: run build test bench clean deps vet

run: build
	@echo "Serving Hiyari on http://$(ADDR) (Ctrl-C to stop)"
	$(BIN) serve --addr $(ADDR)

build:
	$(GO) build -o $(BIN) ./cmd/hiyari

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./assessment/

test: vet
	GOOS=js GOARCH=wasm $(GO) build -o /dev/null ./assessment/
	$(GO) test -count=1 ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./assessment/

clean:
	rm -rf bin web dist
