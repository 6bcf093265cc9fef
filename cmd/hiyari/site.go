package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/hiyari-app/hiyari/app"
	"github.com/hiyari-app/hiyari/static"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// site is everything the server and the static build hand out: the go-app
// handler (pages, app.js, worker, manifest), the wasm in raw and compressed
// forms, and the embedded static files.
type site struct {
	prefix  string
	version string
	goapp   *goapp.Handler
	// own is what the organisation adds: its bank and configuration.
	own siteExtras

	wasm     []byte
	wasmGzip []byte
	wasmETag string

	brOnce sync.Once
	brDone chan struct{}
	wasmBr []byte
}

var registerOnce sync.Once

// wasmError is an app.wasm that is not a complete WebAssembly module; the
// command explains it in the user's language.
type wasmError struct {
	path string
	err  error
}

func (e *wasmError) Error() string { return e.path + ": " + e.err.Error() }

// loadSite reads webDir/app.wasm and prepares the handler for prefix;
// version overrides the derived version when not empty; own is what the
// organisation adds (already checked, and passed to the app package).
func loadSite(webDir, prefix, version string, own siteExtras) (*site, error) {
	registerOnce.Do(app.Register)
	wasmPath := filepath.Join(webDir, "app.wasm")
	wasm, err := os.ReadFile(wasmPath)
	if err != nil {
		return nil, err // the caller explains how to build it
	}
	// Never hand out a module that cannot start: browsers would install
	// it as an update.
	if err := checkWasm(wasm); err != nil {
		return nil, &wasmError{path: wasmPath, err: err}
	}
	if version == "" {
		if version, err = siteVersion(wasm, prefix, own); err != nil {
			return nil, err
		}
	}
	digest := sha256.Sum256(wasm)
	h := newHandler(version, prefix, hex.EncodeToString(digest[:]), own)
	// The progress label counts decompressed bytes; without the raw size it
	// would divide by the compressed Content-Length and pass 100%.
	h.WasmContentLength = strconv.Itoa(len(wasm))

	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(wasm)
	zw.Close()

	s := &site{
		prefix:   prefix,
		version:  version,
		own:      own,
		goapp:    h,
		wasm:     wasm,
		wasmGzip: gz.Bytes(),
		wasmETag: `"` + version + `"`,
		brDone:   make(chan struct{}),
	}
	// Brotli at a high level takes seconds on a multi-megabyte wasm: do it
	// in the background and serve gzip until it is ready.
	go s.brotli()
	return s, nil
}

// siteVersion derives the app version from everything a browser caches, so
// that installed copies update exactly when something changed and a restart
// of the same build is not mistaken for an update: the wasm, the static
// files, what the handler generates (app.js, the worker, the manifest),
// rendered once with a placeholder version, and the handler settings that
// go into the pages. The pages themselves are not hashed: go-app writes
// attributes in random order, and their content comes from the same code
// as the wasm.
func siteVersion(wasm []byte, prefix string, own siteExtras) (string, error) {
	sum := sha256.New()
	fmt.Fprintf(sum, "wasm %d\n", len(wasm))
	sum.Write(wasm)
	// A new bank, colour or logo is a new version: installed copies
	// update to it. (The names and contact are in the pages' head, below.)
	for _, f := range own.files() {
		fmt.Fprintf(sum, "own %s %d\n", f.path, len(f.data))
		sum.Write(f.data)
	}
	err := fs.WalkDir(static.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(static.Files, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(sum, "file %s %d\n", p, len(b))
		sum.Write(b)
		return nil
	})
	if err != nil {
		return "", err
	}
	// The probe's worker carries no wasm digest: the wasm is hashed above.
	probe := newHandler("version-probe", prefix, "", own)
	fmt.Fprintf(sum, "head %q %q %q %q %q %q %q %q\n", probe.Title, probe.Description, probe.Lang, probe.Styles,
		probe.RawHeaders, probe.Icon, probe.ThemeColor, app.Paths())
	for _, p := range []string{"/app.js", "/app-worker.js", "/manifest.webmanifest", "/wasm_exec.js", "/app.css"} {
		rec := httptest.NewRecorder()
		probe.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK {
			return "", fmt.Errorf("rendering %s: status %d", p, rec.Code)
		}
		fmt.Fprintf(sum, "generated %s %d\n", p, rec.Body.Len())
		sum.Write(rec.Body.Bytes())
	}
	return hex.EncodeToString(sum.Sum(nil))[:16], nil
}

func (s *site) brotli() {
	s.brOnce.Do(func() {
		var b bytes.Buffer
		w := brotli.NewWriterLevel(&b, 9)
		w.Write(s.wasm)
		w.Close()
		s.wasmBr = b.Bytes()
		close(s.brDone)
	})
}

// brotliReady returns the brotli wasm if it has been computed.
func (s *site) brotliReady() []byte {
	select {
	case <-s.brDone:
		return s.wasmBr
	default:
		return nil
	}
}

// cspHeader is the Content-Security-Policy: nothing but our own origin, wasm
// allowed to compile, no inline scripts or styles.
func cspHeader(frameAncestors string) string {
	return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
		"img-src 'self' data:; manifest-src 'self'; worker-src 'self'; connect-src 'self'; " +
		"base-uri 'self'; form-action 'self'; object-src 'none'; frame-ancestors " + frameAncestors
}

// handler returns the HTTP handler of the live server.
func (s *site) handler(frameAncestors string) http.Handler {
	csp := cspHeader(frameAncestors)
	staticFiles := http.FileServerFS(static.Files)
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/web/app.wasm":
			s.serveWasm(w, r)
		case s.own.file(p) != nil:
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeContent(w, r, path.Base(p), time.Time{}, bytes.NewReader(s.own.file(p)))
		case strings.HasPrefix(p, "/web/"):
			r2 := r.Clone(r.Context())
			r2.URL.Path = strings.TrimPrefix(p, "/web")
			if strings.HasSuffix(r2.URL.Path, "/") || strings.HasSuffix(r2.URL.Path, ".go") {
				http.NotFound(w, r) // no directory listings, no sources
				return
			}
			w.Header().Set("Cache-Control", "no-cache")
			staticFiles.ServeHTTP(w, r2)
		case p == "/app.wasm", p == "/goapp.wasm", path.Base(p) == "robots.txt", path.Base(p) == "sitemap.xml", path.Base(p) == "ads.txt":
			// go-app would fetch the last three from itself over HTTP (and
			// fail with a 500 and a log line, under any path such as
			// /<version>/robots.txt): Hiyari has none of them.
			http.NotFound(w, r)
		case !app.IsPage(p) && !strings.Contains(path.Base(p), "."):
			// An address that is no page: the app's own "not found" page,
			// with the status that says so. (Names with a dot are go-app's
			// files: app.js, the worker, the manifest.)
			s.goapp.ServeHTTP(&notFoundWriter{ResponseWriter: w}, r)
		default:
			s.goapp.ServeHTTP(w, r)
		}
	})
	h := stripPrefix(s.prefix, compressText(inner))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			hd.Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// serveWasm sends app.wasm in the best encoding the browser accepts.
func (s *site) serveWasm(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Type", "application/wasm")
	hd.Set("Cache-Control", "no-cache")
	hd.Set("ETag", s.wasmETag)
	hd.Add("Vary", "Accept-Encoding")
	if r.Header.Get("If-None-Match") == s.wasmETag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := s.wasm
	accept := r.Header.Get("Accept-Encoding")
	if br := s.brotliReady(); br != nil && acceptsEncoding(accept, "br") {
		hd.Set("Content-Encoding", "br")
		body = br
	} else if acceptsEncoding(accept, "gzip") {
		hd.Set("Content-Encoding", "gzip")
		body = s.wasmGzip
	}
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// acceptsEncoding reports whether an Accept-Encoding header allows enc.
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		// The q parameter may come with others ("br;q=0;x=1"), in any
		// case and spacing; q=0 (or anything unreadable) refuses.
		for _, param := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(param), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				return err == nil && q > 0
			}
		}
		return true
	}
	return false
}

// notFoundWriter sends whatever it is given with status 404.
type notFoundWriter struct {
	http.ResponseWriter
	sent bool
}

func (w *notFoundWriter) WriteHeader(int) {
	if !w.sent {
		w.sent = true
		w.ResponseWriter.WriteHeader(http.StatusNotFound)
	}
}

// Write without WriteHeader would mean 200: it means 404 here.
func (w *notFoundWriter) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusNotFound)
	return w.ResponseWriter.Write(b)
}
