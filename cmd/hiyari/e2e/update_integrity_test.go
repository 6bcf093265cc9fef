package e2e

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// staticHost is an intranet web server serving one directory with nothing
// but Go's plain file server, to which new builds are copied file by file.
type staticHost struct {
	URL  string
	dir  string
	down atomic.Bool // the network to it is cut
}

func newStaticHost(t *testing.T) *staticHost {
	t.Helper()
	h := &staticHost{dir: t.TempDir()}
	files := http.FileServer(http.Dir(h.dir))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.down.Load() {
			// Drop the connection: the browser sees a network error.
			if c, _, err := w.(http.Hijacker).Hijack(); err == nil {
				c.Close()
			}
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	h.URL = ts.URL
	return h
}

// deploy copies the site built in src over the served directory, every
// file dated modified: each deployment must be newer than the last, as the
// browser revalidates with If-Modified-Since, to the second.
func (h *staticHost) deploy(t *testing.T, src string, modified time.Time) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(h.dir, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
		return os.Chtimes(dst, modified, modified)
	})
	require.NoError(t, err)
}

// runningVersionJS is the version of the app that runs in the page.
const runningVersionJS = `goappGetenv("GOAPP_VERSION")`

// hiyariCaches lists Hiyari's caches of this origin.
func hiyariCaches(b *Browser) []string {
	var ours []string
	for _, n := range Eval[[]string](b, `caches.keys()`) {
		if strings.HasPrefix(n, "hiyari-") {
			ours = append(ours, n)
		}
	}
	return ours
}

// hasCache reports whether one of the cache names belongs to version v.
func hasCache(names []string, v string) bool {
	for _, n := range names {
		if strings.HasSuffix(n, "-"+v) {
			return true
		}
	}
	return false
}

// requireNoCompileError fails if the browser could not compile the wasm.
func requireNoCompileError(t *testing.T, b *Browser) {
	t.Helper()
	for _, l := range b.Console() {
		require.NotContains(t, l, "CompileError")
	}
}

// A half-copied app.wasm on the server (complete HTTP response, 200, but
// cut short) is not installed: the browser keeps the working version,
// online and offline, and offers nothing. The next good version is offered
// and runs, and only once it has run is the old version's copy removed.
func TestCorruptUpdateIsRefused(t *testing.T) {
	siteA := buildStatic(t, "--version", "a")
	siteB := buildStatic(t, "--version", "b")
	siteC := buildStatic(t, "--version", "c")
	wasmB := filepath.Join(siteB, "web", "app.wasm")
	full, err := os.ReadFile(wasmB)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(wasmB, full[:len(full)/2], 0o644))

	deployed := time.Now().Add(-3 * time.Hour).Truncate(time.Second)
	host := newStaticHost(t)
	host.deploy(t, siteA, deployed)
	b := NewBrowser(t)
	b.Navigate(host.URL + "/")
	b.WaitApp()
	b.WaitServiceWorker()
	// The user starts: from now on this browser is a returning visitor's,
	// to whom updates are offered.
	b.Click("#start")
	b.Poll(`location.pathname === "/profile"`)
	b.Reload()
	b.WaitApp()
	require.Equal(t, "a", Eval[string](b, runningVersionJS))

	// Version b is published with its wasm cut in half.
	host.deploy(t, siteB, deployed.Add(time.Hour))
	assert.Equal(t, "redundant", b.CheckForUpdate(), "the corrupt version was installed")
	assert.False(t, Eval[bool](b, `!!document.querySelector(".notice.update")`), "a corrupt version was offered")
	names := hiyariCaches(b)
	assert.True(t, hasCache(names, "a"), "the working version's copy is gone: %v", names)
	assert.False(t, hasCache(names, "b"), "the corrupt version was kept: %v", names)

	// The working version still runs, online...
	b.Reload()
	b.WaitApp()
	assert.Equal(t, "a", Eval[string](b, runningVersionJS))
	assertAppShows(t, b, "/profile")
	requireNoCompileError(t, b)
	// ...and offline.
	host.down.Store(true)
	b.Reload()
	b.WaitApp()
	assert.Equal(t, "a", Eval[string](b, runningVersionJS))
	assertAppShows(t, b, "/profile")
	requireNoCompileError(t, b)
	host.down.Store(false)

	// The user goes on answering while the fixed version is published.
	Eval[bool](b, `goappNav("/questions/exposure"), true`)
	b.Poll(`!!document.getElementById("a-exp-edge-patch-no")`)
	b.Click("#a-exp-edge-patch-no")
	b.Click("#a-exp-pc-updates-yes")
	b.Poll(jsSaved + `.includes(` + jsString(`"exp-pc-updates":"yes"`) + `)`)

	// The fixed version c is offered. The browser may still be retrying b
	// after the reloads, so wait until c's install has finished.
	host.deploy(t, siteC, deployed.Add(2*time.Hour))
	b.Poll(`navigator.serviceWorker.getRegistration().then(async (reg) => {
		await reg.update().catch(() => {});
		const names = await caches.keys();
		return names.some((n) => n.startsWith("hiyari-") && n.endsWith("-c")) &&
			!reg.installing && !reg.waiting && reg.active && reg.active.state === "activated";
	})`)
	b.WaitVisible(".notice.update button")
	// The banner appearing above the page leaves the answers shown as given
	// (it once redrew the form with every radio cleared).
	assert.True(t, Eval[bool](b, `document.getElementById("a-exp-edge-patch-no").checked && document.getElementById("a-exp-pc-updates-yes").checked`),
		"the answers on the page look erased under the update banner")
	assert.Equal(t, 2, Eval[int](b, `document.querySelectorAll("fieldset.question input[type=radio]:checked").length`))
	names = hiyariCaches(b)
	assert.True(t, hasCache(names, "a"), "the old copy was removed before the new version ever ran: %v", names)

	b.Click(".notice.update button")
	b.Poll(runningVersionJS + ` === "c"`)
	b.WaitApp()
	assertAppShows(t, b, "/questions/exposure")
	// The new version shows what was answered under the old one.
	b.Poll(`!!document.getElementById("a-exp-edge-patch-no") && document.getElementById("a-exp-edge-patch-no").checked`)
	// Version c has run: the old copy goes.
	b.Poll(`caches.keys().then((ks) => ks.filter((k) => k.startsWith("hiyari-")).length === 1)`)
	names = hiyariCaches(b)
	assert.True(t, hasCache(names, "c"), "%v", names)
	requireNoCompileError(t, b)
	assert.Empty(t, b.CSPViolations())
}
