package e2e

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// portal serves a page that frames src, and forwards /security-check/ to
// the app server app: a portal on the app's own origin.
func portal(t *testing.T, src string, app *Server) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/portal", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html lang="en"><title>Portal</title><h1>Intranet portal</h1>` +
			`<iframe title="Security check" src="` + src + `" width="1000" height="800"></iframe>`))
	})
	u, err := url.Parse(app.URL)
	require.NoError(t, err)
	u.Path = "" // the request's path already carries the prefix
	mux.Handle("/security-check/", httputil.NewSingleHostReverseProxy(u))
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

const jsFrame = `document.querySelector("iframe").contentDocument`

// Hiyari inside a portal's iframe: on the portal's own origin it works
// (questionnaire, reload, offline); a portal on another origin cannot
// frame it unless --frame-ancestors names that origin.
func TestEmbeddedInAPortal(t *testing.T) {
	app := StartServer(t, "--prefix", "/security-check")
	same := portal(t, "/security-check/", app)
	b := NewBrowser(t)
	b.Navigate(same.URL + "/portal")
	b.Poll(`!!` + jsFrame + ` && !!` + jsFrame + `.getElementById("start") && !` + jsFrame + `.getElementById("app-wasm-loader")`)
	Eval[bool](b, jsFrame+`.getElementById("start").click(), true`)
	b.Poll(jsFrame + `.location.pathname === "/security-check/profile" && !!` + jsFrame + `.getElementById("company")`)
	// Typing through the frame's own document, as the user would.
	Eval[bool](b, `(() => { const c = `+jsFrame+`.getElementById("company"); c.value = "Framed KK"; c.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	b.Poll(`Object.keys(localStorage).some((k) => k.startsWith("hiyari/v1/site:/security-check/assessment/") && localStorage.getItem(k).includes("Framed KK"))`)

	// Reloaded, and then with the app server gone: the frame still opens
	// the app, from its worker's cache, with the answers kept.
	b.Reload()
	b.Poll(`!!` + jsFrame + ` && !!` + jsFrame + `.getElementById("resume")`)
	b.Poll(`navigator.serviceWorker.getRegistrations().then((rs) => rs.some((r) => r.active && r.scope.endsWith("/security-check/")))`)
	app.Stop(t)
	b.Reload()
	b.Poll(`!!` + jsFrame + ` && !!` + jsFrame + `.getElementById("resume") && ` + jsFrame + `.getElementById("open-now").textContent.includes("Framed KK")`)
	assert.Empty(t, b.CSPViolations())

	// A portal on another origin (another port): refused by default,
	// framed once --frame-ancestors names it.
	for _, allow := range []bool{false, true} {
		var src string
		mux := http.NewServeMux()
		mux.HandleFunc("/portal", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<!doctype html><html lang="en"><title>Portal</title><iframe title="Security check" src="` + src + `"></iframe>`))
		})
		other := httptest.NewServer(mux)
		defer other.Close()
		var args []string
		if allow {
			args = []string{"--frame-ancestors", "'self' " + other.URL}
		}
		srv := StartServer(t, args...)
		src = srv.URL + "/"
		ob := NewBrowser(t)
		ob.Navigate(other.URL + "/portal")
		if allow {
			waitFor(t, "the framed app loads its wasm", func() bool {
				return slices.Contains(ob.Requests(), srv.URL+"/web/app.wasm")
			})
			assert.Empty(t, ob.CSPViolations(), "framing was allowed")
		} else {
			waitFor(t, "the browser refuses the frame", func() bool {
				return strings.Contains(strings.Join(ob.Console(), "\n"), "frame-ancestors")
			})
			assert.NotContains(t, ob.Requests(), srv.URL+"/web/app.wasm", "nothing of the app ran in the frame")
		}
	}
}

// waitFor polls cond from the test (not the page) until it holds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(actionTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: timed out", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
