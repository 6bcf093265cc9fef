package e2e

import (
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The landing page loads, the wasm app starts, and nothing the page or its
// service worker requests goes anywhere but the server's own origin.
func TestAppStartsAndStaysOnItsOrigin(t *testing.T) {
	srv := Shared()
	b := NewBrowser(t)
	b.Open(srv, "/")
	b.WaitServiceWorker()

	reqs := b.Requests()
	require.Contains(t, reqs, srv.URL+"/web/app.wasm", "the page must load the wasm through the recorded network")
	require.Contains(t, reqs, srv.URL+"/profile", "the worker's precache is recorded too")
	// The worker's precache revalidates what the page already downloaded
	// instead of downloading the multi-megabyte wasm a second time.
	assert.Equal(t, 1, b.Downloads(srv.URL+"/web/app.wasm"), "the wasm was downloaded more than once on a first visit")
	for _, u := range reqs {
		assert.True(t, strings.HasPrefix(u, srv.URL+"/"), "request left the origin: %s", u)
	}
	pageReqs := b.PageRequests()
	require.NotEmpty(t, pageReqs)
	for _, u := range pageReqs {
		if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") {
			continue // not a network request
		}
		assert.True(t, strings.HasPrefix(u, srv.URL+"/"), "the page requested another origin: %s", u)
	}
	assert.Empty(t, b.CSPViolations(), "CSP violations")
	for _, l := range b.Console() {
		assert.False(t, strings.HasPrefix(l, "exception:") || strings.HasPrefix(l, "console.error"), "browser error: %s", l)
		// go-app logs this when it tells the app a new version is ready:
		// installing the first version is not an update.
		assert.NotContains(t, l, "has been updated", "a first visit was announced as an update")
		// The wasm is preloaded from the head: go-app's loader must use
		// that download, not start another.
		assert.NotContains(t, l, "preloaded", "the preloaded wasm was not used")
	}
	assert.True(t, Eval[bool](b, `performance.getEntriesByType("resource").some((e) => e.name.endsWith("/web/app.wasm") && e.initiatorType === "link")`),
		"the wasm was not asked for from the page's head")
}

// Every page of the app, opened directly, runs without CSP violations,
// browser errors or requests to another origin.
func TestEveryPageRunsUnderTheCSP(t *testing.T) {
	srv := Shared()
	b := NewBrowser(t)
	for _, p := range app.Paths() {
		b.Open(srv, p)
		assert.Equal(t, p, Eval[string](b, `location.pathname`))
	}
	assert.Empty(t, b.CSPViolations(), "CSP violations")
	for _, l := range b.Console() {
		assert.False(t, strings.HasPrefix(l, "exception:") || strings.HasPrefix(l, "console.error"), "browser error: %s", l)
	}
	for _, u := range b.Requests() {
		assert.True(t, strings.HasPrefix(u, srv.URL+"/"), "request left the origin: %s", u)
	}
}
