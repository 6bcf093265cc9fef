package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeWeb writes a stand-in app.wasm and returns its directory: a module
// well formed enough for the server's check, holding only a custom section
// of filler.
func fakeWeb(t *testing.T) string {
	t.Helper()
	return webWith(t, fakeWasm())
}

func fakeWasm() []byte {
	body := append([]byte{6}, "filler"...)
	body = append(body, bytes.Repeat([]byte("hiyari "), 4096)...)
	wasm := append([]byte("\x00asm\x01\x00\x00\x00\x00"), binary.AppendUvarint(nil, uint64(len(body)))...)
	return append(wasm, body...)
}

// webWith returns a directory holding wasm as app.wasm.
func webWith(t *testing.T, wasm []byte) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.wasm"), wasm, 0o644))
	return dir
}

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs "hiyari serve args..." in-process and returns the base URL
// and the captured stdout; the server stops when the test ends and must
// exit cleanly.
func startServe(t *testing.T, args ...string) (string, *syncBuf) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	out, errb := &syncBuf{}, &syncBuf{}
	m := &Main{Stdin: strings.NewReader(""), Stdout: out, Stderr: errb, Ready: func(addr string) { ready <- addr }}
	done := make(chan int, 1)
	go func() { done <- m.Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			assert.Equal(t, exitOK, code, errb.String())
		case <-time.After(10 * time.Second):
			t.Error("server did not stop")
		}
	})
	select {
	case addr := <-ready:
		return "http://" + addr, out
	case code := <-done:
		t.Fatalf("serve exited with %d: %s", code, errb.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not become ready")
	}
	return "", nil
}

func get(t *testing.T, url string, header ...string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	require.NoError(t, err)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := (&http.Client{Transport: &http.Transport{DisableCompression: true}}).Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, string(body)
}

func TestServeAnnouncesItselfAndServesTheApp(t *testing.T) {
	web := fakeWeb(t)
	base, out := startServe(t, "--web", web)
	assert.Contains(t, out.String(), "Hiyari is running on "+base+"/")

	res, body := get(t, base+"/")
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Contains(t, body, "<main")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "frame-ancestors 'self'")
	assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
	assert.Equal(t, "no-referrer", res.Header.Get("Referrer-Policy"))

	res, _ = get(t, base+"/web/app.wasm", "Accept-Encoding", "gzip")
	assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"))
	assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"))

	res, _ = get(t, base+"/")
	etag := res.Header.Get("ETag")
	require.NotEmpty(t, etag, "pages carry the app version as ETag")

	// The same files give the same version after a restart (no update
	// prompt for nothing).
	base2, _ := startServe(t, "--web", web)
	res2, _ := get(t, base2+"/")
	assert.Equal(t, etag, res2.Header.Get("ETag"))

	for _, p := range []string{"/robots.txt", "/sitemap.xml", "/ads.txt", "/app.wasm", "/web/", "/no-such-page"} {
		res, _ := get(t, base+p)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, p)
	}

	req, _ := http.NewRequest(http.MethodPost, base+"/", strings.NewReader("x"))
	pres, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	pres.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, pres.StatusCode)
}

func TestServeUnderPrefix(t *testing.T) {
	base, out := startServe(t, "--web", fakeWeb(t), "--prefix", "/tools/hiyari/")
	assert.Contains(t, out.String(), "Hiyari is running on "+base+"/tools/hiyari/")
	res, body := get(t, base+"/tools/hiyari/")
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Contains(t, body, `"/tools/hiyari/app.js"`)
	assert.Contains(t, body, `href="/tools/hiyari/profile"`, "in-app links stay under the prefix")
	assert.Contains(t, body, `href="/tools/hiyari/plan"`)
	assert.NotContains(t, body, `href="/profile"`)
	_, appJS := get(t, base+"/tools/hiyari/app.js")
	assert.Contains(t, appJS, "/tools/hiyari/web/app.wasm")
	res, _ = get(t, base+"/tools/hiyari/web/app.wasm")
	assert.Equal(t, http.StatusOK, res.StatusCode)
	res, _ = get(t, base+"/")
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
	res, _ = get(t, base+"/tools/hiyarix/")
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
}

func TestServeExplainsMissingWasmAndBadFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"--web", t.TempDir()}, exitFailure, "make build"},
		{[]string{"--frame-ancestors", "'self'; script-src *"}, exitUsage, "frame-ancestors"},
		{[]string{"--version", `1"+alert(1)+"`}, exitUsage, "--version"},
		{[]string{"--prefix", "/a?b"}, exitUsage, "--prefix"},
		{[]string{"extra"}, exitUsage, "unexpected argument"},
	} {
		var out, errb bytes.Buffer
		m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
		code := m.Run(context.Background(), append([]string{"serve", "--addr", "127.0.0.1:0"}, tc.args...))
		assert.Equal(t, tc.code, code, "%v: %s", tc.args, errb.String())
		assert.Contains(t, errb.String(), tc.says, "%v", tc.args)
		assert.Empty(t, out.String(), "%v", tc.args)
	}
}

// A wasm that was cut short or overwritten (a half-finished copy to the
// server) is refused before any browser can be offered it.
func TestServeAndBuildRefuseABrokenWasm(t *testing.T) {
	good := fakeWasm()
	for name, tc := range map[string]struct {
		wasm []byte
		says string
	}{
		"truncated":   {good[:len(good)/2], "truncated"},
		"not wasm":    {[]byte("<html>502 Bad Gateway</html>"), "magic number"},
		"garbage end": {append(append([]byte(nil), good...), 0xff, 0xff), "section"},
	} {
		web := webWith(t, tc.wasm)
		for _, cmd := range [][]string{
			{"serve", "--addr", "127.0.0.1:0", "--web", web},
			{"build", "--out", filepath.Join(t.TempDir(), "site"), "--web", web},
		} {
			var out, errb bytes.Buffer
			m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}
			// A server that wrongly starts is stopped after a while.
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			code := m.Run(ctx, cmd)
			cancel()
			assert.Equal(t, exitFailure, code, "%s %s", cmd[0], name)
			assert.Contains(t, errb.String(), filepath.Join(web, "app.wasm"), "%s %s: names the file", cmd[0], name)
			assert.Contains(t, errb.String(), tc.says, "%s %s", cmd[0], name)
			assert.Empty(t, out.String(), "%s %s", cmd[0], name)
		}
	}
}

func TestBuildWritesAStaticSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site")
	var stdout, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &errb}
	code := m.Run(context.Background(), []string{"build", "--out", out, "--web", fakeWeb(t)})
	require.Equal(t, exitOK, code, errb.String())
	assert.Contains(t, stdout.String(), out)
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js", "web/app.wasm", "web/shell.css", "web/icons/icon-192.png"} {
		assert.FileExists(t, filepath.Join(out, f))
	}
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	require.NoError(t, err)
	assert.Contains(t, string(worker), `"hiyari-"`, "the static site ships Hiyari's own worker")
	assert.NotContains(t, string(worker), "{{.", "template placeholders left in the worker")
	sum := sha256.Sum256(fakeWasm())
	assert.Contains(t, string(worker), `"`+hex.EncodeToString(sum[:])+`"`, "the worker knows the wasm it must install")
}

// A prefix is a plain path: it is written into the pages.
func TestPrefixIsAPlainPath(t *testing.T) {
	for flag, want := range map[string]string{"/tools/hiyari/": "/tools/hiyari", "security-check": "/security-check", "/": "", "a/b_c-d.e~f": "/a/b_c-d.e~f"} {
		got, ok := cleanPrefix(flag)
		assert.True(t, ok, flag)
		assert.Equal(t, want, got, flag)
	}
	for _, flag := range []string{`/x"y<b>`, "/a b", "/a/../b", "/a//b", "/a?b", "/é", "/a#b", "/./a"} {
		_, ok := cleanPrefix(flag)
		assert.False(t, ok, flag)
	}
}

// Accept-Encoding is read with its parameters in any order and spelling.
func TestAcceptsEncoding(t *testing.T) {
	for header, want := range map[string]bool{
		"br": true, "gzip, br": true, "br;q=0.5": true, "BR; Q=1": true,
		"br;q=0": false, "br;q=0;x=1": false, "br; x=1; q=0.000": false, "br;q=zero": false, "gzip": false, "": false,
	} {
		assert.Equal(t, want, acceptsEncoding(header, "br"), header)
	}
}

// go-app's optional files do not exist here, under any path: a 404, not a
// 500 and a log line per request.
func TestOptionalFilesAnywhereAre404(t *testing.T) {
	base, out := startServe(t, "--web", fakeWeb(t))
	for _, p := range []string{"/robots.txt", "/abc123/robots.txt", "/x/sitemap.xml", "/v1/ads.txt"} {
		res, _ := get(t, base+p)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, p)
	}
	assert.NotContains(t, out.String(), "robots")
}

// Pages, scripts and styles go out gzip-compressed to browsers that accept
// it, with their security headers, an ETag of their own that still
// revalidates, and as they are to those that do not.
func TestServeCompressesText(t *testing.T) {
	base, _ := startServe(t, "--web", fakeWeb(t))
	_, plain := get(t, base+"/")
	res, body := get(t, base+"/", "Accept-Encoding", "gzip, br")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
	assert.Contains(t, res.Header.Values("Vary"), "Accept-Encoding")
	assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
	assert.NotEmpty(t, res.Header.Get("Content-Security-Policy"))
	assert.Equal(t, strconv.Itoa(len(body)), res.Header.Get("Content-Length"))
	zr, err := gzip.NewReader(strings.NewReader(body))
	require.NoError(t, err)
	unzipped, err := io.ReadAll(zr)
	require.NoError(t, err)
	// go-app writes attributes in any order: the same page, not the same
	// bytes.
	assert.Len(t, string(unzipped), len(plain), "the compressed page is the page")
	assert.Contains(t, string(unzipped), "<main")
	assert.Less(t, len(body), len(plain)/2)

	etag := res.Header.Get("ETag")
	require.True(t, strings.HasSuffix(etag, `-gzip"`), "%s", etag)
	res, _ = get(t, base+"/", "Accept-Encoding", "gzip", "If-None-Match", etag)
	assert.Equal(t, http.StatusNotModified, res.StatusCode, "the compressed page revalidates")

	for _, p := range []string{"/app.js", "/wasm_exec.js", "/web/app.css"} {
		res, _ := get(t, base+p, "Accept-Encoding", "gzip")
		assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"), p)
	}
	res, _ = get(t, base+"/no-such-page", "Accept-Encoding", "gzip")
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
	assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"), "the not-found page")

	for _, refuse := range []string{"", "identity", "gzip;q=0", "br"} {
		res, body := get(t, base+"/", "Accept-Encoding", refuse)
		assert.Empty(t, res.Header.Get("Content-Encoding"), "%q", refuse)
		assert.Len(t, body, len(plain))
	}
}
