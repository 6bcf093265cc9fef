package e2e

import (
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// buildStatic runs "hiyari build" into a temporary directory.
func buildStatic(t *testing.T, args ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "site")
	cmd := exec.Command(binPath, append([]string{"build", "--out", out, "--web", webDir}, args...)...)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	return out
}

// "hiyari build" writes a complete site; served by a plain static file
// server (no rewrites, no compression, no special headers) the app runs,
// installs its worker and opens deep links offline.
func TestStaticBuildRunsFromAPlainFileServer(t *testing.T) {
	site := buildStatic(t)
	for _, f := range []string{"index.html", "404.html", "app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js", "app.css",
		"web/app.wasm", "web/app.wasm.gz", "web/app.wasm.br", "web/shell.css", "web/icons/icon-192.png", "web/icons/icon-512.png",
		"web/icons/icon.svg", "web/icons/maskable-512.png"} {
		assert.FileExists(t, filepath.Join(site, f))
	}
	for _, p := range app.Paths() {
		if p == "/" {
			continue
		}
		page, err := os.ReadFile(filepath.Join(site, filepath.FromSlash(p)+".html"))
		if assert.NoError(t, err, "no page for route %s", p) {
			assert.Contains(t, string(page), "<main", "page for %s is not prerendered", p)
		}
	}
	wasm, err := os.ReadFile(filepath.Join(site, "web", "app.wasm"))
	require.NoError(t, err)
	built, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	require.NoError(t, err)
	assert.Equal(t, built, wasm)

	// Go's file server knows .wasm; make sure the site does not depend on
	// anything else.
	require.Equal(t, "application/wasm", mime.TypeByExtension(".wasm"))
	ts := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer ts.Close()
	b := NewBrowser(t)
	b.Navigate(ts.URL + "/")
	b.WaitApp()
	b.WaitServiceWorker()
	assert.NotEmpty(t, strings.TrimSpace(Eval[string](b, `document.querySelector("main").innerText`)))
	for _, u := range b.Requests() {
		assert.True(t, strings.HasPrefix(u, ts.URL+"/"), "request left the origin: %s", u)
	}

	// The plain server does not map /questions/x to questions/x.html; once
	// the worker runs, a deep link opens anyway (the shell routes it).
	deep := deepLink(t)
	b.Navigate(ts.URL + deep)
	b.WaitApp()
	assertAppShows(t, b, deep)

	ts.Close()
	b.Navigate(ts.URL + deep)
	b.WaitApp()
	assertAppShows(t, b, deep)
}

// A build for a sub-path refers to its files under that prefix.
func TestStaticBuildWithPrefix(t *testing.T) {
	site := buildStatic(t, "--prefix", "/tools/hiyari/")
	index, err := os.ReadFile(filepath.Join(site, "index.html"))
	require.NoError(t, err)
	for _, ref := range []string{`"/tools/hiyari/app.js"`, `"/tools/hiyari/wasm_exec.js"`, `"/tools/hiyari/web/shell.css"`, `"/tools/hiyari/manifest.webmanifest"`} {
		assert.Contains(t, string(index), ref)
	}
	appJS, err := os.ReadFile(filepath.Join(site, "app.js"))
	require.NoError(t, err)
	assert.Contains(t, string(appJS), `/tools/hiyari/web/app.wasm`)
	assert.Contains(t, string(appJS), `/tools/hiyari/app-worker.js`)

	// Served under the prefix by a plain file server, the running app keeps
	// its links, and so its navigation, inside the prefix.
	mux := http.NewServeMux()
	mux.Handle("/tools/hiyari/", http.StripPrefix("/tools/hiyari", http.FileServer(http.Dir(site))))
	ts := httptest.NewServer(mux)
	defer ts.Close()
	b := NewBrowser(t)
	b.Navigate(ts.URL + "/tools/hiyari/")
	b.WaitApp()
	assert.Equal(t, "/tools/hiyari/plan", Eval[string](b, `document.querySelector("nav a[href$='/plan']").getAttribute("href")`))
	b.Click("#start")
	b.Poll(`location.pathname === "/tools/hiyari/profile"`)
	b.WaitVisible("#company")
}

// An intranet admin's setup: the static build under /security-check on a
// file server that redirects /security-check to /security-check/ (as
// python -m http.server, nginx and Apache do). After the first visit,
// reloads and deep links work, online and offline: the worker never
// answers a navigation with a redirected response, which a browser
// refuses.
func TestStaticBuildUnderASubPathBehindARedirectingServer(t *testing.T) {
	site := buildStatic(t, "--prefix", "/security-check")
	mux := http.NewServeMux()
	// ServeMux answers /security-check with a redirect to /security-check/.
	mux.Handle("/security-check/", http.StripPrefix("/security-check", http.FileServer(http.Dir(site))))
	ts := httptest.NewServer(mux)
	defer ts.Close()
	res, err := http.Get(ts.URL + "/security-check")
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, ts.URL+"/security-check/", res.Request.URL.String(), "the server redirects the bare path")

	b := NewBrowser(t)
	b.Navigate(ts.URL + "/security-check/")
	b.WaitApp()
	b.WaitServiceWorker()
	deep := "/security-check" + deepLink(t)
	check := func(when string) {
		t.Helper()
		b.Reload()
		b.WaitApp()
		assertAppShows(t, b, Eval[string](b, `location.pathname`))
		paths := []string{"/security-check/", deep}
		if when == "online" {
			// The bare prefix is outside the worker's scope (which a
			// static host cannot widen): online the server redirects it.
			paths = append(paths, "/security-check")
		}
		for _, p := range paths {
			b.Navigate(ts.URL + p)
			b.WaitApp()
			assertAppShows(t, b, Eval[string](b, `location.pathname`))
			assert.True(t, strings.HasPrefix(Eval[string](b, `location.pathname`), "/security-check"), "%s: %s", when, p)
		}
		b.Navigate(ts.URL + deep)
		b.WaitApp()
		assertAppShows(t, b, deep)
	}
	check("online")
	ts.Close()
	check("offline")
}

// Two departments' copies on one origin, under two prefixes, keep their
// assessments apart (and their caches: the worker names them by scope).
func TestTwoPrefixesOnOneOriginKeepTheirDataApart(t *testing.T) {
	mux := http.NewServeMux()
	for _, p := range []string{"/dept-a", "/dept-b"} {
		mux.Handle(p+"/", http.StripPrefix(p, http.FileServer(http.Dir(buildStatic(t, "--prefix", p)))))
	}
	ts := httptest.NewServer(mux)
	defer ts.Close()
	b := NewBrowser(t)
	for _, c := range []struct{ prefix, company string }{{"/dept-a", "Aoba Clinic"}, {"/dept-b", "Beppu Tours"}} {
		// A plain file server serves the prefix's index; the app's own
		// links lead on.
		b.Navigate(ts.URL + c.prefix + "/")
		b.WaitApp()
		b.Click("#start")
		b.Poll(`location.pathname === ` + jsString(c.prefix+"/profile"))
		b.SendKeys("#company", c.company)
		b.Poll(`Object.keys(localStorage).some((k) => k.startsWith(` + jsString("hiyari/v1/site:"+c.prefix+"/assessment/") + `) && localStorage.getItem(k).includes(` + jsString(c.company) + `))`)
	}
	for _, c := range []struct{ prefix, company string }{{"/dept-a", "Aoba Clinic"}, {"/dept-b", "Beppu Tours"}} {
		b.Navigate(ts.URL + c.prefix + "/")
		b.WaitApp()
		b.Click("#to-assessments")
		b.Poll(`document.querySelectorAll(".entry").length === 1`)
		assert.Equal(t, []string{c.company}, Eval[[]string](b, jsEntryNames), c.prefix)
	}
	caches := Eval[[]string](b, `caches.keys()`)
	assert.Len(t, caches, 2, "one cache per copy: %v", caches)
}
