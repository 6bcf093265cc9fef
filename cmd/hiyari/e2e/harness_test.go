package e2e

// The harness: TestMain builds bin/hiyari and app.wasm into a temporary
// directory and starts one shared server; each test opens its own Chromium
// with an empty profile. Everything the browser fetches goes through a small
// recording proxy, so requests made by the page AND by the service worker are
// seen, and none can leave the machine.
//
// Helpers for tests (all fail the test on error, with the browser's console
// in the message):
//
//	Shared()                     the server started by TestMain
//	StartServer(t, args...)      a private server (stopped at the end of t)
//	(*Server).Stop / Restart     stop it, start it again on the same address
//	(*Server).RestartWith(t, args...)  restart with other flags (--version 2)
//	(*Server).Get(t, path, headers...)  plain HTTP GET, for header checks
//	NewBrowser(t, setup...)      fresh headless Chromium, empty storage
//	BlockSiteData                NewBrowser option: the profile refuses site data
//	(*Browser).Open(srv, path)   navigate and wait until the wasm app runs
//	(*Browser).Navigate(url)     navigate without waiting for the app
//	(*Browser).WaitApp()         wait until the wasm app runs
//	(*Browser).Reload()          reload (then WaitApp if needed)
//	(*Browser).WaitVisible(css)  wait for an element to be visible
//	(*Browser).Click(css) / SendKeys(css, keys) / Press(keys) / Text(css)
//	(*Browser).Poll(js)          wait until a JS expression is truthy
//	Eval[T](b, js)               evaluate JS (promises are awaited)
//	(*Browser).WaitServiceWorker()  wait until the worker is active with the app cached
//	(*Browser).Axe()             run axe-core, return the violations
//	(*Browser).RequireNoAxeViolations()
//	(*Browser).PDFText()         print to A4 PDF, return its text (pdftotext)
//	(*Browser).Requests()        every URL the pages and worker requested (proxy)
//	(*Browser).PageRequests()    every URL the tab requested (DevTools events)
//	(*Browser).Downloads(url)    how often url came back 200 (not 304)
//	(*Browser).Block(suffix) / Unblock()  make matching requests fail (503)
//	(*Browser).Console()         console messages, exceptions, browser log
//	(*Browser).CSPViolations()   the console lines that report CSP violations
//
// Never use chromedp.Poll here: it builds its predicate with new Function,
// which our CSP refuses (and reports as a violation). Browser.Poll evaluates
// through the DevTools protocol instead.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

var (
	repoRoot string  // the module root (holds go.mod and node_modules)
	binPath  string  // the hiyari binary built by TestMain
	webDir   string  // the directory holding the app.wasm built by TestMain
	shared   *Server // the server started by TestMain
)

// actionTimeout bounds every single browser step.
const actionTimeout = 60 * time.Second

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	tmp, err := os.MkdirTemp("", "hiyari-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(tmp)
	if err := setup(tmp); err != nil {
		fmt.Fprintln(os.Stderr, "e2e setup:", err)
		return 1
	}
	shared, err = launch("127.0.0.1:0", nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e setup:", err)
		return 1
	}
	defer shared.stop()
	return m.Run()
}

// setup finds the tools and builds the binary and the wasm into tmp.
func setup(tmp string) error {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return fmt.Errorf("go env GOMOD: %v", err)
	}
	repoRoot = filepath.Dir(strings.TrimSpace(string(out)))
	if _, err := exec.LookPath(chromiumPath()); err != nil {
		return fmt.Errorf("chromium not found (make test installs it: apt-get install -y chromium): %v", err)
	}
	binPath = filepath.Join(tmp, "hiyari")
	webDir = filepath.Join(tmp, "web")
	builds := []*exec.Cmd{
		exec.Command("go", "build", "-o", binPath, "./cmd/hiyari"),
		exec.Command("go", "build", "-o", filepath.Join(webDir, "app.wasm"), "./cmd/web"),
	}
	builds[1].Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	errs := make([]error, len(builds))
	var wg sync.WaitGroup
	for i, c := range builds {
		c.Dir = repoRoot
		wg.Add(1)
		go func() {
			defer wg.Done()
			if out, err := c.CombinedOutput(); err != nil {
				errs[i] = fmt.Errorf("%s: %v\n%s", strings.Join(c.Args, " "), err, out)
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// chromiumPath is the browser to run: $CHROMIUM or "chromium".
func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	return "chromium"
}

// ---------------------------------------------------------------------------
// Server

// Server is a running "hiyari serve" process.
type Server struct {
	URL  string // e.g. http://127.0.0.1:41234 (no trailing slash)
	Addr string // host:port

	args []string
	mu   sync.Mutex
	cmd  *exec.Cmd
	out  *logBuffer
	done chan struct{}
}

// Shared returns the server TestMain started. Tests must not stop it; use
// StartServer for a server a test may stop.
func Shared() *Server { return shared }

// StartServer starts a private server with extra serve flags (e.g.
// "--frame-ancestors", "'none'"); it is stopped when t ends.
func StartServer(t testing.TB, args ...string) *Server {
	t.Helper()
	s, err := launch("127.0.0.1:0", args)
	require.NoError(t, err)
	t.Cleanup(s.stop)
	return s
}

// launch runs the binary and waits for the line announcing its address.
func launch(addr string, args []string) (*Server, error) {
	s := &Server{args: args}
	if err := s.start(addr); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Server) start(addr string) error {
	args := append([]string{"serve", "--addr", addr, "--web", webDir}, s.args...)
	cmd := exec.Command(binPath, args...)
	cmd.Dir = repoRoot
	out := &logBuffer{}
	cmd.Stderr = out
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	lines := bufio.NewReader(stdout)
	announced := make(chan string, 1)
	go func() {
		for {
			line, err := lines.ReadString('\n')
			out.Write([]byte(line))
			if u, ok := strings.CutPrefix(strings.TrimSpace(line), "Hiyari is running on "); ok {
				announced <- u
			}
			if err != nil {
				close(announced)
				return
			}
		}
	}()
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case u, ok := <-announced:
		if !ok {
			<-done
			return fmt.Errorf("hiyari serve exited before announcing its address:\n%s", out)
		}
		pu, err := url.Parse(u)
		if err != nil {
			cmd.Process.Kill()
			return fmt.Errorf("bad announcement %q: %v", u, err)
		}
		s.mu.Lock()
		s.URL = strings.TrimRight(pu.Scheme+"://"+pu.Host+pu.Path, "/")
		s.Addr = pu.Host
		s.cmd, s.out, s.done = cmd, out, done
		s.mu.Unlock()
		return nil
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		return fmt.Errorf("hiyari serve did not announce its address in 30s:\n%s", out)
	}
}

func (s *Server) stop() {
	s.mu.Lock()
	cmd, done := s.cmd, s.done
	s.cmd = nil
	s.mu.Unlock()
	if cmd == nil {
		return
	}
	cmd.Process.Signal(os.Interrupt)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		<-done
	}
}

// Stop stops the server, as if the network to it were gone.
func (s *Server) Stop(t testing.TB) {
	t.Helper()
	s.stop()
	// The port must refuse connections now.
	c, err := net.DialTimeout("tcp", s.Addr, time.Second)
	if err == nil {
		c.Close()
		t.Fatalf("server at %s still accepts connections after Stop", s.Addr)
	}
}

// Restart starts the stopped server again on the same address.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.RestartWith(t, s.args...)
}

// RestartWith starts the stopped server again on the same address with other
// serve flags (e.g. "--version", "2" to publish an update).
func (s *Server) RestartWith(t testing.TB, args ...string) {
	t.Helper()
	s.args = args
	var err error
	for i := 0; i < 50; i++ { // the port may linger for a moment
		if err = s.start(s.Addr); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("restarting server on %s: %v", s.Addr, err)
}

// Output returns what the server printed so far.
func (s *Server) Output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.out == nil {
		return ""
	}
	return s.out.String()
}

// Get fetches path from the server with net/http (no browser), for header
// and content checks.
func (s *Server) Get(t testing.TB, path string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, s.URL+path, nil)
	require.NoError(t, err)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	tr := &http.Transport{DisableCompression: true}
	res, err := (&http.Client{Transport: tr}).Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, body
}

type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// ---------------------------------------------------------------------------
// Recording proxy

// proxy is the browser's only way out: it records every request and
// forwards only those for loopback addresses (our servers). When the server
// is down it drops the connection, which the browser sees as a network error.
type proxy struct {
	ln  net.Listener
	srv *http.Server

	mu      sync.Mutex
	urls    []string
	full    map[string]int // URL -> responses that carried a body (200)
	blocked []string       // URL path suffixes answered with 503
}

func newProxy(t testing.TB) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	p := &proxy{ln: ln, full: map[string]int{}}
	rp := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL = pr.In.URL
			pr.Out.Host = pr.In.Host
		},
		Transport: &http.Transport{Proxy: nil, DisableCompression: true},
		ErrorHandler: func(w http.ResponseWriter, r *http.Request, err error) {
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
			http.Error(w, err.Error(), http.StatusBadGateway)
		},
	}
	p.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		target := r.URL.String()
		if r.Method == http.MethodConnect {
			target = "https://" + r.Host + "/"
		}
		p.mu.Lock()
		p.urls = append(p.urls, target)
		blocked := false
		for _, suffix := range p.blocked {
			blocked = blocked || strings.HasSuffix(r.URL.Path, suffix)
		}
		p.mu.Unlock()
		if blocked {
			http.Error(w, "blocked by the test", http.StatusServiceUnavailable)
			return
		}
		host := r.URL.Hostname()
		if r.Method == http.MethodConnect || !r.URL.IsAbs() || (host != "127.0.0.1" && host != "localhost" && host != "::1") {
			http.Error(w, "blocked by the test proxy: not our server", http.StatusForbidden)
			return
		}
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		rp.ServeHTTP(rec, r)
		if rec.code == http.StatusOK {
			p.mu.Lock()
			p.full[target]++
			p.mu.Unlock()
		}
	})}
	go p.srv.Serve(ln)
	t.Cleanup(func() { p.srv.Close() })
	return p
}

func (p *proxy) requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.urls...)
}

// statusRecorder notes the status code the proxy passed on.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(c int) {
	s.code = c
	s.ResponseWriter.WriteHeader(c)
}

// Hijack lets the proxy drop the connection when the server is down.
func (s *statusRecorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	s.code = 0
	return s.ResponseWriter.(http.Hijacker).Hijack()
}

// browserServiceHosts are the hosts Chromium itself contacts in the
// background (network time, component updates, account checks) whatever the
// page does, despite --disable-background-networking. They are blocked by
// the proxy like everything else, and left out of Requests because no web
// page could ask for them by accident: a page's stray request to a font or
// analytics host is still reported.
var browserServiceHosts = map[string]bool{
	"accounts.google.com":                     true,
	"clients2.google.com":                     true,
	"update.googleapis.com":                   true,
	"optimizationguide-pa.googleapis.com":     true,
	"content-autofill.googleapis.com":         true,
	"safebrowsingohttpgateway.googleapis.com": true,
	"redirector.gvt1.com":                     true,
	"edgedl.me.gvt1.com":                      true,
}

func isBrowserService(rawURL string) bool {
	u, err := url.Parse(rawURL)
	return err == nil && browserServiceHosts[u.Hostname()]
}

// ---------------------------------------------------------------------------
// Browser

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
	pageURLs []string
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
	return b
}

// record keeps console calls, uncaught exceptions and browser log entries
// (CSP violations, failed loads) as text lines, and the page's requests.
func (b *Browser) record(ev any) {
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
	case *network.EventRequestWillBeSent:
		b.mu.Lock()
		b.pageURLs = append(b.pageURLs, ev.Request.URL+ev.Request.URLFragment)
		b.mu.Unlock()
		return
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

// Requests returns every URL the pages and service worker asked for, in
// order, as seen by the proxy (Chromium's own background services left out,
// see browserServiceHosts).
func (b *Browser) Requests() []string {
	var out []string
	for _, u := range b.proxy.requests() {
		if !isBrowserService(u) {
			out = append(out, u)
		}
	}
	return out
}

// Block makes every request whose path ends with suffix fail with 503
// Service Unavailable (e.g. "/web/app.wasm" to keep the wasm from loading);
// Unblock lifts all blocks.
func (b *Browser) Block(suffix string) {
	b.proxy.mu.Lock()
	defer b.proxy.mu.Unlock()
	b.proxy.blocked = append(b.proxy.blocked, suffix)
}

// Unblock lifts every Block.
func (b *Browser) Unblock() {
	b.proxy.mu.Lock()
	defer b.proxy.mu.Unlock()
	b.proxy.blocked = nil
}

// Downloads returns how many times url came back with a full body (200 OK,
// as opposed to 304 Not Modified or a failure).
func (b *Browser) Downloads(url string) int {
	b.proxy.mu.Lock()
	defer b.proxy.mu.Unlock()
	return b.proxy.full[url]
}

// AllRequests is Requests including Chromium's background services.
func (b *Browser) AllRequests() []string { return b.proxy.requests() }

// PageRequests returns the URLs the page asked for according to the
// DevTools network events of the tab (including those the service worker
// answered from its cache, which never reach the proxy).
func (b *Browser) PageRequests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.pageURLs...)
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

// AxeViolation is one rule axe-core found broken, with the offending nodes.
type AxeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

func (v AxeViolation) String() string {
	return fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, ", "))
}

// Axe injects axe-core (node_modules/axe-core/axe.min.js, installed by make
// test) into the current page and returns its violations.
func (b *Browser) Axe() []AxeViolation {
	b.t.Helper()
	src, err := os.ReadFile(filepath.Join(repoRoot, "node_modules", "axe-core", "axe.min.js"))
	b.fail(err, "reading axe-core (run make test, which installs it with npm ci)")
	if !Eval[bool](b, `typeof window.axe === "object"`) {
		Eval[chromedp.Void](b, string(src)+"\n;undefined")
	}
	return Eval[[]AxeViolation](b, `axe.run(document, { resultTypes: ["violations"] }).then((r) =>
		r.violations.map((v) => ({ id: v.id, impact: v.impact || "", help: v.help,
			nodes: v.nodes.map((n) => n.target.join(" ")) })))`)
}

// RequireNoAxeViolations fails the test if axe-core finds any violation in
// the current page.
func (b *Browser) RequireNoAxeViolations() {
	b.t.Helper()
	v := b.Axe()
	lines := make([]string, len(v))
	for i := range v {
		lines[i] = v[i].String()
	}
	require.Empty(b.t, lines, "axe-core violations")
}

// PDFText prints the current page to an A4 PDF as the browser's print
// function would (print stylesheet applied) and returns the text pdftotext
// extracts from it, in layout order.
func (b *Browser) PDFText() string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, actionTimeout)
	defer cancel()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize()))
	b.fail(err, "printing to PDF")
	f := filepath.Join(b.t.TempDir(), "print.pdf")
	require.NoError(b.t, os.WriteFile(f, pdf, 0o644))
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", f, "-").Output()
	b.fail(err, "pdftotext (make test installs poppler-utils)")
	return string(out)
}
