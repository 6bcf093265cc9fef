package e2e

// Web budgets (design.md §5), as ratios against a minimal go-app app
// (testdata/baseline) built in the same run, because absolute figures
// depend on the machine: wasm size raw/gzip/brotli, and cold start in
// headless Chromium (navigation until the app runs and the first screen is
// interactive), fresh profile each time.

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hiyari-app/hiyari/app"
	"github.com/hiyari-app/hiyari/assessment"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
)

var registerBaseline sync.Once

var baseline struct {
	once sync.Once
	dir  string // holds web/app.wasm
	err  error
}

// baselineWeb builds testdata/baseline to wasm once per run.
func baselineWeb(tb testing.TB) string {
	tb.Helper()
	baseline.once.Do(func() {
		dir, err := os.MkdirTemp("", "hiyari-baseline-")
		if err != nil {
			baseline.err = err
			return
		}
		baseline.dir = dir
		// Built as make builds Hiyari's, so the ratios compare like with like.
		cmd := exec.Command("go", "build", "-ldflags=-s -w", "-o", filepath.Join(dir, "web", "app.wasm"), "./cmd/hiyari/e2e/testdata/baseline")
		cmd.Dir = repoRoot
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			baseline.err = fmt.Errorf("building the baseline: %v\n%s", err, out)
		}
	})
	require.NoError(tb, baseline.err)
	return baseline.dir
}

// baselinePage is what the server prerenders for the baseline (the wasm
// renders testdata/baseline's own component).
type baselinePage struct{ goapp.Compo }

func (*baselinePage) Render() goapp.UI { return goapp.Main().Body(goapp.H1().Text("Baseline")) }

type sizes struct{ raw, gzip, brotli int }

var measured sync.Map // path -> sizes; brotli at its best level is slow

func measure(tb testing.TB, path string) sizes {
	if s, ok := measured.Load(path); ok {
		return s.(sizes)
	}
	s := measureNow(tb, path)
	measured.Store(path, s)
	return s
}

func measureNow(tb testing.TB, path string) sizes {
	b, err := os.ReadFile(path)
	require.NoError(tb, err)
	var gz, br bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	bw.Write(b)
	bw.Close()
	return sizes{len(b), gz.Len(), br.Len()}
}

func BenchmarkWasmSize(b *testing.B) {
	base := measure(b, filepath.Join(baselineWeb(b), "web", "app.wasm"))
	ours := measure(b, filepath.Join(webDir, "app.wasm"))
	for range b.N {
	}
	mb := func(n int) string { return strconv.FormatFloat(float64(n)/1e6, 'f', 2, 64) + " MB" }
	b.Logf("hiyari wasm: raw %s, gzip %s, brotli %s", mb(ours.raw), mb(ours.gzip), mb(ours.brotli))
	b.Logf("baseline:    raw %s, gzip %s, brotli %s", mb(base.raw), mb(base.gzip), mb(base.brotli))
	b.ReportMetric(float64(ours.raw), "raw-bytes")
	b.ReportMetric(float64(ours.gzip), "gzip-bytes")
	b.ReportMetric(float64(ours.brotli), "br-bytes")
	b.ReportMetric(float64(ours.raw)/float64(base.raw), "raw-x-baseline")
	b.ReportMetric(float64(ours.gzip)/float64(base.gzip), "gzip-x-baseline")
	b.ReportMetric(float64(ours.brotli)/float64(base.brotli), "br-x-baseline")
	composition.once.Do(func() { composition.text = wasmComposition(b) })
	reportRow(benchRow{Key: "wasm-brotli", Figure: "wasm, brotli (level 11)", Unit: "MB",
		Hiyari: float64(ours.brotli) / 1e6, Against: float64(base.brotli) / 1e6, Reference: "baseline", Goal: 1.15})
	reportRow(benchRow{Key: "wasm-raw", Figure: "wasm, raw (what the browser compiles)", Unit: "MB",
		Hiyari: float64(ours.raw) / 1e6, Against: float64(base.raw) / 1e6, Reference: "baseline", Goal: 1.25})
}

// serveBaseline serves the baseline app the way hiyari serve serves ours:
// go-app's handler, the wasm brotli-compressed.
func serveBaseline(tb testing.TB) string {
	dir := baselineWeb(tb)
	wasm, err := os.ReadFile(filepath.Join(dir, "web", "app.wasm"))
	require.NoError(tb, err)
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, 9)
	bw.Write(wasm)
	bw.Close()
	registerBaseline.Do(func() { goapp.Route("/", func() goapp.Composer { return &baselinePage{} }) })
	h := &goapp.Handler{
		Name:              "Baseline",
		Version:           "baseline",
		Icon:              goapp.Icon{Default: "/web/icon.png", SVG: "/web/icon.svg"},
		Resources:         goapp.LocalDir(""),
		WasmContentLength: strconv.Itoa(len(wasm)),
	}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/web/app.wasm" {
			w.Header().Set("Content-Type", "application/wasm")
			w.Header().Set("Content-Encoding", "br")
			w.Write(br.Bytes())
			return
		}
		h.ServeHTTP(w, r)
	}))
	tb.Cleanup(ts.Close)
	return ts.URL
}

// appReadyJS is true once go-app's loader is gone and the Go program has
// installed its handlers: the Go program ran to its first idle, so the
// first screen is rendered and handles input.
const appReadyJS = `document.readyState !== "loading" && !document.getElementById("app-wasm-loader") && typeof window.onpopstate === "function"`

// questionReadyJS is true once a question can be answered.
const questionReadyJS = appReadyJS + ` && document.querySelector("input[type=radio]") !== null`

// probeJS records, in the page, when ready first became true (a script the
// DevTools protocol injects; the page's CSP does not apply to it).
func probeJS(ready string) string {
	return `new MutationObserver((_, obs) => {
		if (` + ready + `) { window.hiyariReadyAt = performance.now(); obs.disconnect(); }
	}).observe(document, { childList: true, subtree: true, attributes: true });`
}

// timeTo navigates br to url and returns the milliseconds from navigation
// start until ready held, and until the first contentful paint.
func timeTo(tb testing.TB, br *Browser, url, ready string) (readyMs, paintMs float64) {
	ctx, cancel := context.WithTimeout(br.Ctx, actionTimeout)
	defer cancel()
	id, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probeJS(ready)})
	require.NoError(tb, err)
	defer chromedp.Call(ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: id.Identifier})
	br.Navigate(url)
	br.Poll(`window.hiyariReadyAt !== undefined`)
	readyMs = Eval[float64](br, `window.hiyariReadyAt`)
	paintMs = Eval[float64](br, `(performance.getEntriesByName("first-contentful-paint")[0] || { startTime: -1 }).startTime`)
	return readyMs, paintMs
}

// coldStart opens url in a fresh browser (empty cache, no worker).
func coldStart(tb testing.TB, url, ready string) (readyMs, paintMs float64) {
	return timeTo(tb, NewBrowser(tb), url, ready)
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func BenchmarkColdStart(b *testing.B) {
	baseURL := serveBaseline(b)
	srv := Shared()
	// Let the server finish its brotli copy so both apps travel as brotli.
	srv.WaitBrotli(b)
	question := deepLink(b)
	var ours, oursQ, base, oursPaint, basePaint []float64
	b.ResetTimer()
	for range b.N {
		r, p := coldStart(b, srv.URL+"/", appReadyJS)
		ours, oursPaint = append(ours, r), append(oursPaint, p)
		r, _ = coldStart(b, srv.URL+question, questionReadyJS)
		oursQ = append(oursQ, r)
		r, p = coldStart(b, baseURL+"/", appReadyJS)
		base, basePaint = append(base, r), append(basePaint, p)
	}
	b.StopTimer()
	b.Logf("cold start, median of %d: hiyari landing ready %.0f ms (first paint %.0f ms), first question answerable %.0f ms; baseline ready %.0f ms (first paint %.0f ms)",
		b.N, median(ours), median(oursPaint), median(oursQ), median(base), median(basePaint))
	b.ReportMetric(median(ours), "ready-ms")
	b.ReportMetric(median(oursQ), "question-ms")
	b.ReportMetric(median(oursPaint), "paint-ms")
	b.ReportMetric(median(ours)/median(base), "ready-x-baseline")
	b.ReportMetric(median(oursQ)/median(base), "question-x-baseline")
	b.ReportMetric(median(oursPaint)/median(basePaint), "paint-x-baseline")
	reportRow(benchRow{Key: "cold-paint", Figure: "cold start, first paint", Unit: "ms",
		Hiyari: median(oursPaint), Against: median(basePaint), Reference: "baseline first paint"})
	reportRow(benchRow{Key: "cold-ready", Figure: "cold start, landing ready", Unit: "ms",
		Hiyari: median(ours), Against: median(base), Reference: "baseline ready", Goal: 1.3})
	reportRow(benchRow{Key: "cold-question", Figure: "cold start, first question answerable", Unit: "ms",
		Hiyari: median(oursQ), Against: median(base), Reference: "baseline ready", Goal: 1.5})
}

// BenchmarkOfflineStart: second visit with the server gone, everything from
// the service worker's cache, until a question is answerable.
func BenchmarkOfflineStart(b *testing.B) {
	question := deepLink(b)
	var times []float64
	for range b.N {
		b.StopTimer()
		srv := StartServer(b)
		br := NewBrowser(b)
		br.Open(srv, "/")
		br.WaitServiceWorker()
		srv.Stop(b)
		b.StartTimer()
		r, _ := timeTo(b, br, srv.URL+question, questionReadyJS)
		times = append(times, r)
	}
	b.StopTimer()
	b.Logf("offline start, median of %d: first question answerable %.0f ms", b.N, median(times))
	b.ReportMetric(median(times), "question-ms")
	reportRow(benchRow{Key: "offline-question", Figure: "offline start, first question answerable", Unit: "ms",
		Hiyari: median(times), againstRow: "cold-question", Reference: "cold start", Goal: 0.25})
}

// BenchmarkInputLatency: answering a question until the live score shows
// the new result and the next frame is painted, against one frame at 60 Hz.
func BenchmarkInputLatency(b *testing.B) {
	br := NewBrowser(b)
	br.Open(Shared(), deepLink(b))
	br.Poll(questionReadyJS + ` && !!document.querySelector("#live-overall")`)
	var times []float64
	b.ResetTimer()
	for i := range b.N * 10 { // ten answers per iteration: make bench runs few
		// Flip the first question between yes and no: every click changes
		// the score.
		value := []string{"yes", "no"}[i%2]
		if ms := clickToPaint(br, `document.querySelector("#live-overall")`,
			`document.querySelector("fieldset.question").querySelector('input[value="`+value+`"]')`); ms >= 0 {
			times = append(times, ms)
		}
	}
	b.StopTimer()
	require.NotEmpty(b, times, "no answer changed the live score")
	b.Logf("input latency, median of %d answers: %.1f ms (%.2f frames)", len(times), median(times), median(times)/16.7)
	b.ReportMetric(median(times), "answer-to-paint-ms")
	b.ReportMetric(median(times)/16.7, "x-frame")
	reportRow(benchRow{Key: "answer-score-median", Figure: "answer → live score repainted, median", Unit: "ms",
		Hiyari: median(times), Against: frameMs, Reference: "one frame"})
	reportRow(benchRow{Key: "answer-score-p95", Figure: "answer → live score repainted, p95", Unit: "ms",
		Hiyari: p95(times), Against: frameMs, Reference: "one frame", Goal: 1})
}

// p95 is the 95th percentile of v (nearest rank).
func p95(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	i := (len(s)*95+99)/100 - 1
	return s[max(i, 0)]
}

// answerEveryQuestion answers every question of every area once (moving
// between areas inside the app, as a user does) and returns, per answer,
// the time from the click until the page shows it (the area's answered
// count) and the next frame is painted.
func answerEveryQuestion(tb testing.TB, br *Browser) []float64 {
	bk, err := assessment.DefaultBank()
	require.NoError(tb, err)
	var times []float64
	for _, p := range app.Paths() {
		if !strings.HasPrefix(p, "/questions/") {
			continue
		}
		// The address changes before the page is drawn: wait until every
		// question shown is one of this area's.
		var own []string
		for _, q := range bk.Questions {
			if "/questions/"+q.Area == p {
				own = append(own, "q-"+q.ID)
			}
		}
		ownJSON, err := json.Marshal(own)
		require.NoError(tb, err)
		Eval[bool](br, `goappNav(`+jsString(p)+`), true`)
		br.Poll(`location.pathname === ` + jsString(p) + ` && !!document.getElementById("area-progress") && document.querySelectorAll("fieldset.question").length > 0 && [...document.querySelectorAll("fieldset.question")].every((f) => ` + string(ownJSON) + `.includes(f.id))`)
		ids := Eval[[]string](br, `[...document.querySelectorAll("fieldset.question")].map((f) => f.id)`)
		for i, id := range ids {
			value := []string{"yes", "no", "partly", "unknown"}[i%4]
			if ms := clickToPaint(br, `document.getElementById("area-progress")`,
				`document.getElementById(`+jsString(id)+`).querySelector('input[value="`+value+`"]')`); ms >= 0 {
				times = append(times, ms)
			}
		}
	}
	require.NotEmpty(tb, times, "no answer was shown")
	return times
}

// BenchmarkAnswerEveryQuestion: every question of the full bank answered
// once; the median and the 95th percentile against one frame (16.7 ms).
func BenchmarkAnswerEveryQuestion(b *testing.B) {
	latencyOverTheBank(b, 1)
}

// BenchmarkAnswerEveryQuestionSlowCPU: the same with Chromium's CPU slowed
// 4× (a low-end phone); the goal is a p95 under 50 ms.
func BenchmarkAnswerEveryQuestionSlowCPU(b *testing.B) {
	latencyOverTheBank(b, 4)
}

func latencyOverTheBank(b *testing.B, slowdown float64) {
	var all []float64
	for range b.N {
		b.StopTimer()
		br := NewBrowser(b)
		br.Open(Shared(), "/")
		if slowdown > 1 {
			_, err := chromedp.Call(br.Ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: slowdown})
			require.NoError(b, err, "slowing the CPU")
		}
		b.StartTimer()
		all = append(all, answerEveryQuestion(b, br)...)
	}
	b.StopTimer()
	floor := baselineClicks(b, slowdown, 60)
	b.Logf("answer → shown, CPU slowed %.0f×, %d answers: median %.1f ms, p95 %.1f ms (%.2f frames); the baseline's click → shown: median %.1f ms, p95 %.1f ms",
		slowdown, len(all), median(all), p95(all), p95(all)/16.7, median(floor), p95(floor))
	b.ReportMetric(median(all), "median-ms")
	b.ReportMetric(p95(all), "p95-ms")
	b.ReportMetric(p95(all)/16.7, "p95-x-frame")
	key, what, goal := "answer", "every question answered → shown", 1.0
	if slowdown > 1 {
		key, what, goal = "answer-4x", fmt.Sprintf("the same, CPU slowed %.0f×", slowdown), 50/frameMs
	}
	reportRow(benchRow{Key: key + "-median", Figure: what + ", median", Unit: "ms",
		Hiyari: median(all), Against: frameMs, Reference: "one frame"})
	reportRow(benchRow{Key: key + "-p95", Figure: what + ", p95", Unit: "ms",
		Hiyari: p95(all), Against: frameMs, Reference: "one frame", Goal: goal})
	reportRow(benchRow{Key: key + "-floor", Figure: what + ", p95 against the baseline's click", Unit: "ms",
		Hiyari: p95(all), Against: p95(floor), Reference: "baseline p95"})
}

// baselineClicks clicks the baseline's counter n times with the CPU slowed
// as given and returns, per click, the time until its text changed and the
// next frame was painted: what go-app itself costs per event (it draws
// changes on a timer at 120 Hz, then the browser paints at the next frame).
func baselineClicks(b *testing.B, slowdown float64, n int) []float64 {
	br := NewBrowser(b)
	br.Navigate(serveBaseline(b) + "/")
	br.Poll(appReadyJS + ` && !!document.querySelector("button")`)
	if slowdown > 1 {
		_, err := chromedp.Call(br.Ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: slowdown})
		require.NoError(b, err, "slowing the CPU")
	}
	var times []float64
	for range n {
		if ms := clickToPaint(br, `document.querySelector("button")`, `document.querySelector("button")`); ms >= 0 {
			times = append(times, ms)
		}
	}
	require.NotEmpty(b, times, "the baseline's button never changed")
	return times
}

// clickToPaint clicks the element the expression click finds and returns
// the milliseconds until the text of the element watch finds has changed
// and the next frame is painted, or -1 when it has not changed within 5 s.
func clickToPaint(br *Browser, watch, click string) float64 {
	return Eval[float64](br, `new Promise((ok) => {
		const shown = `+watch+`;
		const before = shown.textContent;
		const target = `+click+`;
		const t0 = performance.now();
		const obs = new MutationObserver(() => {
			if (shown.textContent === before) return;
			obs.disconnect();
			requestAnimationFrame(() => ok(performance.now() - t0));
		});
		obs.observe(shown, { subtree: true, childList: true, characterData: true });
		setTimeout(() => { obs.disconnect(); ok(-1); }, 5000);
		target.click();
	})`)
}
