package e2e

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/hiyari-app/hiyari/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const wantCSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
	"manifest-src 'self'; worker-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; frame-ancestors "

// Every response carries the security headers, and every route is a
// prerendered page.
func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	srv := Shared()
	paths := append(app.Paths(), "/app.js", "/app-worker.js", "/manifest.webmanifest", "/web/app.wasm", "/web/icons/icon.svg", "/no-such-page")
	for _, p := range paths {
		res, body := srv.Get(t, p)
		assert.Equal(t, wantCSP+"'self'", res.Header.Get("Content-Security-Policy"), p)
		assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"), p)
		assert.Equal(t, "no-referrer", res.Header.Get("Referrer-Policy"), p)
		if p == "/no-such-page" {
			assert.Equal(t, http.StatusNotFound, res.StatusCode)
			continue
		}
		assert.Equal(t, http.StatusOK, res.StatusCode, p)
		if !strings.Contains(p, ".") {
			assert.Contains(t, res.Header.Get("Content-Type"), "text/html", p)
			assert.Contains(t, string(body), "<main", "%s is not prerendered", p)
		}
	}
	// Embedding can be opened to an intranet portal.
	own := StartServer(t, "--frame-ancestors", "'self' https://portal.example")
	res, _ := own.Get(t, "/")
	assert.Equal(t, wantCSP+"'self' https://portal.example", res.Header.Get("Content-Security-Policy"))

	// No directory listings, no Go sources from the static tree.
	for _, p := range []string{"/web/", "/web/icons/", "/web/static.go", "/web/icons/gen.go"} {
		res, _ := srv.Get(t, p)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, p)
	}
}

// The wasm goes out as application/wasm, compressed with what the browser
// accepts (brotli once it is ready, gzip meanwhile), and decodes to the file
// that was built.
func TestWasmIsServedCompressed(t *testing.T) {
	srv := Shared()
	want, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	require.NoError(t, err)

	res, body := srv.Get(t, "/web/app.wasm")
	assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"))
	assert.Empty(t, res.Header.Get("Content-Encoding"))
	assert.Equal(t, want, body)

	res, body = srv.Get(t, "/web/app.wasm", "Accept-Encoding", "gzip")
	assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"))
	require.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
	zr, err := gzip.NewReader(bytes.NewReader(body))
	require.NoError(t, err)
	got, err := io.ReadAll(zr)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Less(t, len(body), len(want)/2)

	srv.WaitBrotli(t)
	res, body = srv.Get(t, "/web/app.wasm", "Accept-Encoding", "gzip, deflate, br")
	require.Equal(t, "br", res.Header.Get("Content-Encoding"), "the server announced brotli")
	got, err = io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.Contains(t, res.Header.Get("Vary"), "Accept-Encoding")
}

// The manifest names the app and points only at icons the server has.
func TestManifestAndIconsAreLocal(t *testing.T) {
	srv := Shared()
	res, body := srv.Get(t, "/manifest.webmanifest")
	require.Equal(t, http.StatusOK, res.StatusCode)
	var m struct {
		Name, ShortName string
		StartURL        string `json:"start_url"`
		Icons           []struct{ Src, Type, Sizes string }
	}
	require.NoError(t, json.Unmarshal(body, &m))
	assert.Equal(t, "Hiyari", m.Name)
	assert.Equal(t, "/", m.StartURL)
	require.NotEmpty(t, m.Icons)
	sizes := map[string]bool{}
	for _, ic := range m.Icons {
		require.True(t, strings.HasPrefix(ic.Src, "/") && !strings.HasPrefix(ic.Src, "//"), "icon not local: %s", ic.Src)
		res, body := srv.Get(t, ic.Src)
		require.Equal(t, http.StatusOK, res.StatusCode, ic.Src)
		assert.Equal(t, ic.Type, strings.Split(res.Header.Get("Content-Type"), ";")[0], ic.Src)
		if ic.Type == "image/png" {
			assert.True(t, bytes.HasPrefix(body, []byte("\x89PNG")), ic.Src)
		}
		sizes[ic.Sizes] = true
	}
	assert.True(t, sizes["192x192"] && sizes["512x512"] && sizes["any"], "icon sizes: %v", sizes)

	// The page links only local icons too (go-app falls back to GitHub).
	_, page := srv.Get(t, "/")
	assert.NotContains(t, string(page), "githubusercontent")
	assert.NotContains(t, string(page), "https://"+"fonts.")
}

// The prerendered page is readable before (and without) the wasm: go-app's
// loading overlay does not cover it.
func TestPrerenderedPageVisibleWhileWasmLoads(t *testing.T) {
	srv := Shared()
	b := NewBrowser(t)
	b.Block("/web/app.wasm") // the wasm never arrives
	b.Navigate(srv.URL + "/")
	b.Poll(`document.readyState === "complete" && document.getElementById("app-wasm-loader") !== null`)
	covered := Eval[[]string](b, `(() => {
		const out = [];
		const main = document.querySelector("main");
		for (const el of main.querySelectorAll("h1, h2, p, a, button")) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
			const hit = document.elementFromPoint(r.left + Math.min(5, r.width / 2), r.top + r.height / 2);
			if (!hit || !main.contains(hit)) out.push(el.tagName + ": " + el.textContent.trim().slice(0, 40));
		}
		return out;
	})()`)
	assert.Empty(t, covered, "prerendered elements hidden under another element")
	assert.NotEmpty(t, Eval[string](b, `document.querySelector("main h1").innerText`))
	loaderShare := Eval[float64](b, `(() => { const r = document.getElementById("app-wasm-loader").getBoundingClientRect();
		return (r.width * r.height) / (innerWidth * innerHeight); })()`)
	assert.Less(t, loaderShare, 0.05, "the loading indicator covers too much of the page")
}

// axe-core finds no accessibility violation on the landing page, once the
// app runs.
func TestLandingPageAccessible(t *testing.T) {
	b := NewBrowser(t)
	b.Open(Shared(), "/")
	b.RequireNoAxeViolations()
	assert.Empty(t, b.CSPViolations())
}

// The wasm holds the app and the domain only: server, static files,
// compression, the bank linter with its validator, and test tools never
// reach it (design.md §1: they would double its size; the validator alone
// was a quarter of what Hiyari adds to an empty go-app app).
func TestWasmHoldsOnlyTheApp(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./cmd/web")
	cmd.Dir = repoRoot
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/hiyari-app/hiyari/app")
	for _, d := range deps {
		for _, banned := range []string{"github.com/hiyari-app/hiyari/cmd/hiyari", "github.com/hiyari-app/hiyari/static",
			"github.com/hiyari-app/hiyari/banklint", "github.com/go-playground/validator",
			"github.com/andybalholm/brotli", "github.com/chromedp/", "github.com/stretchr/testify"} {
			assert.False(t, strings.HasPrefix(d, banned), "the wasm depends on %s", d)
		}
	}
}
