package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// BrowserOption prepares the fresh profile directory before Chromium starts.
type BrowserOption func(profile string) error

// BlockSiteData makes the profile refuse cookies and site data to every
// site, as a user can in Chromium's settings ("Don't allow sites to save
// data") or an administrator by policy: reading window.localStorage then
// throws SecurityError, and Cache Storage and service workers are refused.
func BlockSiteData(profile string) error {
	dir := filepath.Join(profile, "Default")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "Preferences"),
		[]byte(`{"profile":{"default_content_setting_values":{"cookies":2}}}`), 0o644)
}

// Browser is one headless Chromium with its own empty profile.
type Browser struct {
	Ctx context.Context // the tab; use with chromedp.Run/Do for anything not wrapped here

	t     testing.TB
	proxy *proxy

	mu       sync.Mutex
	console  []string
	pageURLs []string // what the page asked for
	requests []string // what the page and its workers asked for

	saved chan download // finished downloads, once AllowDownloads ran
}

// NewBrowser starts a fresh Chromium (empty profile: no storage, no service
// worker, no cache) that records its requests and console; it is closed
// when t ends. Options prepare the profile first (e.g. BlockSiteData).
func NewBrowser(t testing.TB, setup ...BrowserOption) *Browser {
	t.Helper()
	profile := t.TempDir()
	for _, prepare := range setup {
		require.NoError(t, prepare(profile), "preparing the browser profile")
	}
	p := newProxy(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath()),
		chromedp.UserDataDir(profile),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// Everything, loopback included, goes through the recording proxy.
		chromedp.ProxyServer("http://"+p.ln.Addr().String()),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		chromedp.WindowSize(1280, 900),
	)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	b := &Browser{Ctx: ctx, t: t, proxy: p}
	t.Cleanup(func() {
		cancel()
		acancel()
	})
	require.NoError(t, chromedp.Listen(ctx, b.record), "starting chromium")
	require.NoError(t, b.watchWorkers(ctx), "watching the tab's workers")
	return b
}

// record keeps console calls, uncaught exceptions and browser log entries
// (CSP violations, failed loads) as text lines, and the requests of the
// page and its workers (recordRequest).
func (b *Browser) record(ev any) {
	if b.recordRequest(ev) {
		return
	}
	var line string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		parts := make([]string, 0, len(ev.Args))
		for _, a := range ev.Args {
			switch {
			case a.Description != "":
				parts = append(parts, a.Description)
			case len(a.Value) > 0:
				parts = append(parts, string(a.Value))
			default:
				parts = append(parts, string(a.Type))
			}
		}
		line = fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(parts, " "))
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		line = fmt.Sprintf("exception: %s (%s:%d)", text, d.URL, d.LineNumber)
	case *log.EventEntryAdded:
		e := ev.Entry
		line = fmt.Sprintf("log.%s[%s]: %s %s", e.Level, e.Source, e.Text, e.URL)
	default:
		return
	}
	b.mu.Lock()
	b.console = append(b.console, line)
	b.mu.Unlock()
}

// Console returns every console line recorded so far.
func (b *Browser) Console() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.console...)
}

// CSPViolations returns the console lines in which the browser reports a
// Content-Security-Policy violation.
func (b *Browser) CSPViolations() []string {
	var out []string
	for _, l := range b.Console() {
		if strings.Contains(l, "Content Security Policy") || strings.Contains(l, "Refused to") {
			out = append(out, l)
		}
	}
	return out
}

// fail ends the test with the console so far.
func (b *Browser) fail(err error, what string) {
	b.t.Helper()
	if err != nil {
		b.t.Fatalf("%s: %v\nbrowser console:\n  %s", what, err, strings.Join(b.Console(), "\n  "))
	}
}

// Do runs chromedp steps with the standard timeout.
func (b *Browser) Do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, actionTimeout)
	defer cancel()
	b.fail(chromedp.Do(ctx, steps...), what)
}

// Eval evaluates a JavaScript expression in the page through the DevTools
// protocol (not subject to the page's CSP), awaits it if it is a promise, and
// decodes the result into T.
func Eval[T any](b *Browser, js string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, actionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	b.fail(err, "evaluating "+js)
	return v
}

// Poll waits until the JavaScript expression js is truthy (promises are
// awaited), failing the test after actionTimeout.
func (b *Browser) Poll(js string) {
	b.t.Helper()
	deadline := time.Now().Add(actionTimeout)
	expr := "(async () => !!(await (" + js + ")))()"
	var last error
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(b.Ctx, 10*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr, chromedp.EvalAwaitPromise))
		cancel()
		if err == nil && ok {
			return
		}
		last = err // a navigation in progress destroys the context: retry
		time.Sleep(50 * time.Millisecond)
	}
	b.fail(fmt.Errorf("still false after %v (last error: %v)", actionTimeout, last), "waiting for "+js)
}

// appRunningJS is true once go-app's wasm has started: the app.js loader
// element is removed after the Go program ran, and only the running program
// installs window.onpopstate.
const appRunningJS = `document.readyState === "complete" && !document.getElementById("app-wasm-loader") && typeof window.onpopstate === "function"`

// Navigate loads url (absolute) without waiting for the app.
func (b *Browser) Navigate(url string) {
	b.t.Helper()
	b.Do("navigating to "+url, chromedp.Navigate(url))
}

// Open loads srv.URL+path and waits until the wasm app runs.
func (b *Browser) Open(srv *Server, path string) {
	b.t.Helper()
	b.Navigate(srv.URL + path)
	b.WaitApp()
}

// WaitApp waits until the wasm app runs in the current page.
func (b *Browser) WaitApp() {
	b.t.Helper()
	b.Poll(appRunningJS)
}

// Reload reloads the current page and waits for its load event.
func (b *Browser) Reload() {
	b.t.Helper()
	b.Do("reloading", chromedp.Reload())
}

// WaitVisible waits until the element matching the CSS selector is visible.
func (b *Browser) WaitVisible(css string) {
	b.t.Helper()
	b.Do("waiting for "+css, chromedp.WaitVisible(chromedp.CSS(css)))
}

// Click clicks the first element matching the CSS selector.
func (b *Browser) Click(css string) {
	b.t.Helper()
	b.Do("clicking "+css, chromedp.Click(chromedp.CSS(css)))
}

// SendKeys focuses the element matching css and types keys into it.
func (b *Browser) SendKeys(css, keys string) {
	b.t.Helper()
	b.Do("typing into "+css, chromedp.SendKeys(chromedp.CSS(css), keys))
}

// Press sends key events to whatever has the focus (e.g. kb.Tab, " ",
// kb.ArrowDown from github.com/chromedp/chromedp/kb).
func (b *Browser) Press(keys string) {
	b.t.Helper()
	b.Do("pressing keys", chromedp.KeyEvent(keys))
}

// Text returns the visible text of the first element matching css.
func (b *Browser) Text(css string) string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, actionTimeout)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	b.fail(err, "reading text of "+css)
	return s
}

// WaitServiceWorker waits until Hiyari's service worker is active and its
// cache holds the app: from then on, navigations work offline. (On a first
// visit the current page itself stays uncontrolled until it navigates.)
func (b *Browser) WaitServiceWorker() {
	b.t.Helper()
	b.Poll(`navigator.serviceWorker && navigator.serviceWorker.getRegistration().then(async (reg) => {
		if (!reg || !reg.active || reg.active.state !== "activated") return false;
		for (const k of (await caches.keys()).filter((k) => k.startsWith("hiyari-"))) {
			const c = await caches.open(k);
			if (await c.match(new URL("web/app.wasm", reg.scope))) return true;
		}
		return false;
	})`)
}

// checkForUpdateJS asks the browser to look for a new version now and
// resolves with where the new worker ended: "activated" (installed and in
// charge) or "redundant" (dropped).
const checkForUpdateJS = `navigator.serviceWorker.getRegistration().then((reg) => new Promise((done) => {
	reg.addEventListener("updatefound", () => {
		const w = reg.installing;
		w.addEventListener("statechange", () => {
			if (w.state === "activated" || w.state === "redundant") done(w.state);
		});
	});
	reg.update().catch((err) => done("update failed: " + err));
}))`

// CheckForUpdate asks the browser to look for a new version now and waits
// for the outcome, told by the new worker's state changes: "activated"
// (installed and in charge) or "redundant" (dropped).
func (b *Browser) CheckForUpdate() string {
	b.t.Helper()
	return Eval[string](b, checkForUpdateJS)
}

// NewTab opens another tab of the same browser (same profile, storage and
// service worker), recording as the first does.
func (b *Browser) NewTab() *Browser {
	b.t.Helper()
	ctx, cancel := chromedp.NewContext(b.Ctx)
	tab := &Browser{Ctx: ctx, t: b.t, proxy: b.proxy}
	b.t.Cleanup(cancel)
	require.NoError(b.t, chromedp.Listen(ctx, tab.record), "opening a tab")
	return tab
}
