package e2e

// The harness: TestMain builds bin/hiyari and app.wasm into a temporary
// directory and starts one shared server; each test opens its own Chromium
// with an empty profile. Everything the browser fetches goes through a small
// proxy, so none of it can leave the machine; the requests a test checks are
// those of the page and of its service worker, as the browser's DevTools
// report them.
//
// The helpers, by file (all fail the test on error, with the browser's
// console in the message):
//
// harness_server_test.go, a running "hiyari serve":
//
//	Shared()                     the server started by TestMain
//	StartServer(t, args...)      a private server (stopped at the end of t)
//	(*Server).Stop / Restart     stop it, start it again on the same address
//	(*Server).RestartWith(t, args...)  restart with other flags (--version 2)
//	(*Server).Get(t, path, headers...)  plain HTTP GET, for header checks
//	(*Server).WaitBrotli(t)      wait until it announces the brotli-compressed wasm
//
// harness_browser_test.go, headless Chromium:
//
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
//	(*Browser).CheckForUpdate()  look for a new version; "activated" or "redundant"
//	(*Browser).Console()         console messages, exceptions, browser log
//	(*Browser).CSPViolations()   the console lines that report CSP violations
//
// harness_requests_test.go, what the page and its worker ask for:
//
//	(*Browser).Requests()        every URL the page and its service worker requested
//	(*Browser).PageRequests()    every URL the page requested (also those its worker answered)
//
// harness_proxy_test.go, the browser's only way out:
//
//	(*Browser).Block(suffix) / Unblock()  make matching requests fail (503)
//	(*Browser).Refused()         the URLs Block made fail
//	(*Browser).Downloads(url)    how often url came back 200 (not 304)
//
// harness_downloads_test.go, files the page saves:
//
//	(*Browser).AllowDownloads()  let the page save files (into a temporary directory)
//	(*Browser).WaitDownload()    the name and content of the next finished download
//
// harness_axe_test.go and harness_pdf_test.go:
//
//	(*Browser).Axe()             run axe-core, return the violations
//	(*Browser).RequireNoAxeViolations()
//	(*Browser).PDFText()         print to A4 PDF, return its text (pdftotext)
//
// Waits wait for events (a line the server prints, a DevTools event, a
// request reaching the proxy) or, for what only the page can tell, for a
// JavaScript condition (Poll), each bounded by actionTimeout. Never use
// chromedp.Poll here: it builds its predicate with new Function, which our
// CSP refuses (and reports as a violation). Browser.Poll evaluates through
// the DevTools protocol instead.

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
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
	code := m.Run()
	if err := writeBenchReport(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench report:", err)
		return 1
	}
	return code
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
		exec.Command("go", "build", "-ldflags=-s -w", "-o", filepath.Join(webDir, "app.wasm"), "./cmd/web"), // as make wasm
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
