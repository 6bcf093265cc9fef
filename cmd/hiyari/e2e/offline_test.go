package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deepLink is the app's deepest route (most path segments), the kind of
// link a consultant bookmarks.
func deepLink(t testing.TB) string {
	best := "/"
	for _, p := range app.Paths() {
		if strings.Count(p, "/") > strings.Count(best, "/") {
			best = p
		}
	}
	require.NotEqual(t, "/", best, "the app should have routes below /")
	return best
}

// assertAppShows checks that the running app rendered path: the address is
// path and the main landmark has content.
func assertAppShows(t *testing.T, b *Browser, path string) {
	t.Helper()
	assert.Equal(t, path, Eval[string](b, `location.pathname`))
	assert.NotEmpty(t, strings.TrimSpace(Eval[string](b, `(document.querySelector("main") || {}).innerText || ""`)),
		"the page has no content")
}

// After one online visit, the server going away does not matter: a deep link
// opens from the service worker's cache, the wasm runs, and in-app
// navigation keeps working.
func TestOfflineDeepLinkAfterFirstVisit(t *testing.T) {
	srv := StartServer(t)
	b := NewBrowser(t)
	b.Open(srv, "/")
	b.WaitServiceWorker()
	// Everything the app needs is in Hiyari's cache: every route's page, the
	// scripts, the wasm, the styles, the icons and the manifest.
	need := append(app.Paths(), "/app.js", "/wasm_exec.js", "/web/app.wasm", "/app.css", "/web/shell.css",
		"/web/icons/icon-192.png", "/web/icons/icon-512.png", "/web/icons/icon.svg", "/manifest.webmanifest")
	cached := Eval[[]string](b, `caches.keys().then(async (ks) => {
		const c = await caches.open(ks.find((k) => k.startsWith("hiyari-")));
		return (await c.keys()).map((r) => new URL(r.url).pathname);
	})`)
	for _, p := range need {
		assert.Contains(t, cached, p, "not cached for offline use")
	}

	srv.Stop(t)
	deep := deepLink(t)
	b.Navigate(srv.URL + deep)
	b.WaitApp()
	assertAppShows(t, b, deep)

	// A page that was never opened, reached by in-app navigation.
	Eval[bool](b, `goappNav("/"), true`)
	b.Poll(`location.pathname === "/"`)
	b.WaitApp()
	assertAppShows(t, b, "/")

	// A reload offline still works too.
	b.Reload()
	b.WaitApp()
	assertAppShows(t, b, "/")

	// A consultant at a client's, offline: two clients in the list,
	// still there after a reload.
	for _, name := range []string{"Offline Client A", "Offline Client B"} {
		Eval[bool](b, `goappNav("/assessments"), true`)
		b.Poll(`location.pathname === "/assessments" && !!document.getElementById("new-assessment")`)
		b.Click("#new-assessment")
		b.Poll(`location.pathname === "/profile" && document.getElementById("company").value === ""`)
		b.SendKeys("#company", name)
		b.Poll(jsSaved + `.includes(` + jsString(name) + `)`)
	}
	Eval[bool](b, `goappNav("/assessments"), true`)
	b.Reload()
	b.WaitApp()
	b.Poll(`document.querySelectorAll(".entry").length === 2`)
	assert.Equal(t, []string{"Offline Client A", "Offline Client B"}, Eval[[]string](b, jsEntryNames))
	assert.Empty(t, b.CSPViolations())
}

// hiyariCachesJS lists the Cache Storage names of this origin.
const cacheNamesJS = `caches.keys()`

// A new version is installed in the background and offered, not forced: the
// page keeps running until the user chooses to reload. Once the new version
// runs, Hiyari's old cache is removed, and other caches of the origin are
// left alone.
func TestUpdateIsOfferedAndKeepsOtherCaches(t *testing.T) {
	srv := StartServer(t, "--version", "v1")
	b := NewBrowser(t)
	// Someone working through the questionnaire (the app offers updates to
	// returning visitors: a first visit has nothing to lose by reloading).
	b.Open(srv, deepLink(t))
	b.WaitServiceWorker()
	// Another app on the same intranet origin.
	Eval[bool](b, `caches.open("other-intranet-app").then((c) => c.put("/other", new Response("keep"))).then(() => true)`)

	srv.Stop(t)
	srv.RestartWith(t, "--version", "v2")
	b.Reload()
	b.WaitApp()
	Eval[bool](b, `window.hiyariTestMarker = 1, true`)
	Eval[bool](b, `goappTryUpdate(), true`)

	b.WaitVisible(".notice.update button")
	assert.Equal(t, 1, Eval[int](b, `window.hiyariTestMarker || 0`), "the page reloaded by itself")

	b.Click(".notice.update button")
	b.Poll(`window.hiyariTestMarker === undefined`)
	b.WaitApp()
	// The new version tells its worker it runs; the worker then deletes
	// the old copy.
	b.Poll(`caches.keys().then((ks) => ks.filter((k) => k.startsWith("hiyari-")).length === 1)`)
	names := Eval[[]string](b, cacheNamesJS)
	var ours []string
	for _, n := range names {
		if strings.HasPrefix(n, "hiyari-") {
			ours = append(ours, n)
		}
	}
	require.Len(t, ours, 1, "caches: %v", names)
	assert.True(t, strings.HasSuffix(ours[0], "-v2"), "caches: %v", names)
	assert.Contains(t, names, "other-intranet-app", "activation deleted another app's cache")
	assert.Equal(t, "keep", Eval[string](b, `caches.open("other-intranet-app").then((c) => c.match("/other")).then((r) => r.text())`))
}

// An update that cannot be downloaded completely is dropped: the working
// version stays installed and keeps working offline.
func TestFailedUpdateKeepsWorkingVersion(t *testing.T) {
	srv := StartServer(t, "--version", "v1")
	b := NewBrowser(t)
	b.Open(srv, "/")
	b.WaitServiceWorker()

	srv.Stop(t)
	srv.RestartWith(t, "--version", "v2")
	b.Block("/web/app.wasm")
	// The new worker installs, fails to download the wasm and is dropped.
	assert.Equal(t, "redundant", b.CheckForUpdate(), "an update without its wasm was installed")
	require.Contains(t, b.Refused(), srv.URL+"/web/app.wasm", "the update never tried to download the wasm")
	b.Poll(`navigator.serviceWorker.getRegistration().then((r) => !r.installing && !r.waiting)`)

	names := fmt.Sprint(Eval[[]string](b, cacheNamesJS))
	assert.Contains(t, names, "-v1", "the working version's cache is gone")
	assert.NotContains(t, names, "-v2", "a half-downloaded version was kept")

	b.Unblock()
	srv.Stop(t)
	deep := deepLink(t)
	b.Navigate(srv.URL + deep)
	b.WaitApp()
	assertAppShows(t, b, deep)
}
