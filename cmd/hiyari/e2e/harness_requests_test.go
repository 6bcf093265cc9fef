package e2e

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
)

// What the page and its service worker ask for, as the browser's DevTools
// report it. Only requests made by our page or our worker are recorded, by
// where the report comes from: Chromium's own background services (network
// time, component updates, account checks) make requests that no page or
// worker initiates, so they never appear, and no list of their hosts is
// needed. A stray request of the page or the worker to another origin is
// recorded like any other.

// watchWorkers makes the tab report the workers it starts (the service
// worker above all) paused before their first line runs, so that their
// network is recorded from their first request on. Their reports reach the
// tab's listener as Target.receivedMessageFromTarget (the non-flat protocol:
// chromedp routes only the sessions it opened itself).
func (b *Browser) watchWorkers(ctx context.Context) error {
	flat := false
	_, err := chromedp.Call(ctx, target.SetAutoAttach, target.SetAutoAttachParams{
		AutoAttach: true, WaitForDebuggerOnStart: true, Flatten: &flat,
	})
	return err
}

// startWorker turns on network reports in a worker that waits for us, then
// lets it run. It runs on its own goroutine: a listener must not send
// commands.
func (b *Browser) startWorker(session target.SessionID) {
	tab := chromedp.FromContext(b.Ctx).Target
	for _, m := range []string{`{"id":1,"method":"Network.enable","params":{}}`, `{"id":2,"method":"Runtime.runIfWaitingForDebugger"}`} {
		// A worker that is gone by now needs nothing more.
		_ = tab.Call(b.Ctx, "Target.sendMessageToTarget", map[string]any{"sessionId": session, "message": m}, nil)
	}
}

// recordRequest notes a request of the page (a Network event of the tab) or
// of a worker (a Network event relayed from its session); it reports
// whether ev was one of the events it handles.
func (b *Browser) recordRequest(ev any) bool {
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL + ev.Request.URLFragment
		b.mu.Lock()
		b.pageURLs = append(b.pageURLs, u)
		b.requests = append(b.requests, u)
		b.mu.Unlock()
	case *target.EventAttachedToTarget:
		// The worker's own script was fetched to start it.
		b.mu.Lock()
		b.requests = append(b.requests, ev.TargetInfo.URL)
		b.mu.Unlock()
		go b.startWorker(ev.SessionID)
	case *target.EventReceivedMessageFromTarget:
		var m struct {
			Method string `json:"method"`
			Params struct {
				Request struct {
					URL         string `json:"url"`
					URLFragment string `json:"urlFragment"`
				} `json:"request"`
			} `json:"params"`
		}
		if json.Unmarshal([]byte(ev.Message), &m) == nil && m.Method == "Network.requestWillBeSent" {
			b.mu.Lock()
			b.requests = append(b.requests, m.Params.Request.URL+m.Params.Request.URLFragment)
			b.mu.Unlock()
		}
	default:
		return false
	}
	return true
}

// Requests returns every URL the page and its service worker asked the
// network for, in order (data: and blob: URLs, which need no network, left
// out).
func (b *Browser) Requests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, u := range b.requests {
		if !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			out = append(out, u)
		}
	}
	return out
}

// PageRequests returns the URLs the page itself asked for, including those
// its service worker answered from its cache (which never reach the
// network).
func (b *Browser) PageRequests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.pageURLs...)
}

// The recording sees what a page and its service worker ask for, across
// origins, from the worker's first line on: the property the origin checks
// of the other tests rest on.
func TestRequestsSeeThePageAndItsWorker(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/worker.js":
			w.Header().Set("Content-Type", "text/javascript")
			io.WriteString(w, `fetch("https://worker-first-line.example/a").catch(() => 0);
self.addEventListener("install", (e) => e.waitUntil(fetch("http://worker-install.example/b").catch(() => 0)));`)
		case "/":
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, `<!doctype html><title>probe</title><script src="/page.js"></script>`)
		case "/page.js":
			w.Header().Set("Content-Type", "text/javascript")
			io.WriteString(w, `navigator.serviceWorker.register("/worker.js"); fetch("https://page-stray.example/c").catch(() => 0);`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	b := NewBrowser(t)
	b.Navigate(site.URL + "/")
	b.Poll(`navigator.serviceWorker.getRegistration().then((r) => !!r && !!r.active)`)
	reqs := b.Requests()
	for _, u := range []string{site.URL + "/page.js", "https://page-stray.example/c", site.URL + "/worker.js",
		"https://worker-first-line.example/a", "http://worker-install.example/b"} {
		assert.Contains(t, reqs, u)
	}
	assert.NotContains(t, b.PageRequests(), "http://worker-install.example/b", "the page did not ask for the worker's request")
}
