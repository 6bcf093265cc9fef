package e2e

// Where start-up goes, on this machine's network and on an emulated slow
// 4G phone connection, and the domain's own costs in WebAssembly.

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// startUpJS records, in the page, when go-app's loader has the wasm
// compiled and instantiated (it compiles while the file streams in).
const startUpJS = `(() => {
	const instantiate = WebAssembly.instantiateStreaming;
	WebAssembly.instantiateStreaming = async (...args) => {
		const r = await instantiate.apply(WebAssembly, args);
		window.hiyariInstantiatedAt = performance.now();
		return r;
	};
})();`

// startUp is one start's milestones, in milliseconds from navigation.
type startUp struct {
	Paint, Request, Downloaded, Instantiated, Main, Bank, Ready float64
}

// measureStartUp opens url in a fresh browser (set up by prepare) and
// reads the milestones: the wasm's request and last byte (resource
// timing), its instantiation, cmd/web's User Timing marks and the moment
// ready held. Main and Bank are -1 for the baseline, which has no marks.
func measureStartUp(tb testing.TB, url, ready string, prepare func(*Browser)) startUp {
	br := NewBrowser(tb)
	if prepare != nil {
		prepare(br)
	}
	ctx, cancel := context.WithTimeout(br.Ctx, actionTimeout)
	defer cancel()
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: startUpJS})
	require.NoError(tb, err)
	timeTo(tb, br, url, ready)
	return Eval[startUp](br, `(() => {
		const wasm = performance.getEntriesByType("resource").find((e) => e.name.includes("app.wasm"));
		const mark = (n) => (performance.getEntriesByName(n)[0] || { startTime: -1 }).startTime;
		const paint = (performance.getEntriesByName("first-contentful-paint")[0] || { startTime: -1 }).startTime;
		return { Paint: paint, Request: wasm ? wasm.startTime : -1, Downloaded: wasm ? wasm.responseEnd : -1,
			Instantiated: window.hiyariInstantiatedAt || -1, Main: mark("hiyari:main"), Bank: mark("hiyari:bank"),
			Ready: window.hiyariReadyAt };
	})()`)
}

// BenchmarkStartUpBreakdown splits a cold start of the deepest page into
// the wasm's request, its download (compiled as it streams), compiling
// what is left after the last byte, the Go runtime and package init, the
// bank, and go-app's first render until the page takes input; the
// baseline's go-app start (instantiated until ready) beside it.
func BenchmarkStartUpBreakdown(b *testing.B) {
	baseURL := serveBaseline(b)
	srv := Shared()
	srv.WaitBrotli(b)
	question := deepLink(b)
	part := map[string][]float64{}
	add := func(k string, v float64) { part[k] = append(part[k], v) }
	for range b.N {
		s := measureStartUp(b, srv.URL+question, questionReadyJS, nil)
		require.True(b, s.Request >= 0 && s.Instantiated >= 0 && s.Main >= 0 && s.Bank >= 0, "a milestone is missing: %+v", s)
		add("request", s.Request)
		add("download", s.Downloaded-s.Request)
		add("compile", s.Instantiated-s.Downloaded)
		add("init", s.Main-s.Instantiated)
		add("bank", s.Bank-s.Main)
		add("render", s.Ready-s.Bank)
		base := measureStartUp(b, baseURL+"/", appReadyJS, nil)
		add("base-request", base.Request)
		add("base-download", base.Downloaded-base.Request)
		add("base-compile", base.Instantiated-base.Downloaded)
		add("base-run", base.Ready-base.Instantiated)
	}
	b.StopTimer()
	m := func(k string) float64 { return median(part[k]) }
	b.Logf("start-up, median of %d: wasm requested at %.0f ms, downloaded in %.0f, compiled %.0f after, runtime and init %.0f, bank %.1f, first screen %.0f ms (baseline: requested at %.0f, downloaded in %.0f, compiled %.0f after, init to ready %.0f)",
		b.N, m("request"), m("download"), m("compile"), m("init"), m("bank"), m("render"),
		m("base-request"), m("base-download"), m("base-compile"), m("base-run"))
	reportRow(benchRow{Key: "start-request", Figure: "start-up: page until the wasm is requested", Unit: "ms",
		Hiyari: m("request"), Against: m("base-request"), Reference: "baseline"})
	reportRow(benchRow{Key: "start-download", Figure: "start-up: wasm download, compiled as it streams", Unit: "ms",
		Hiyari: m("download"), Against: m("base-download"), Reference: "baseline"})
	reportRow(benchRow{Key: "start-compile", Figure: "start-up: compile after the last byte", Unit: "ms",
		Hiyari: m("compile"), Against: m("base-compile"), Reference: "baseline"})
	reportRow(benchRow{Key: "start-init", Figure: "start-up: Go runtime and package init", Unit: "ms",
		Hiyari: m("init")})
	reportRow(benchRow{Key: "start-bank", Figure: "start-up: bank and site ready (goal ≤ 5 ms)", Unit: "ms",
		Hiyari: m("bank"), Goal: 5})
	reportRow(benchRow{Key: "start-render", Figure: "start-up: go-app's first screen taking input", Unit: "ms",
		Hiyari: m("render"), Against: m("base-run"), Reference: "baseline init to ready"})
}

// slow4G is DevTools' "Slow 4G" preset as the issue measured it: 1.6
// Mbit/s down, 750 kbit/s up, 150 ms round trip.
func slow4G(br *Browser) {
	ctx, cancel := context.WithTimeout(br.Ctx, actionTimeout)
	defer cancel()
	_, err := chromedp.Call(ctx, network.Enable, network.EnableParams{})
	require.NoError(br.t, err)
	_, err = chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{
			Latency: 150, DownloadThroughput: 1.6e6 / 8, UploadThroughput: 750e3 / 8,
		}},
	})
	require.NoError(br.t, err, "emulating slow 4G")
}

// BenchmarkSlow4GStart: a phone on a weak connection opens a question
// link for the first time; first paint and first answerable question,
// against the baseline's first paint and ready.
func BenchmarkSlow4GStart(b *testing.B) {
	baseURL := serveBaseline(b)
	srv := Shared()
	srv.WaitBrotli(b)
	question := deepLink(b)
	var paint, ready, basePaint, baseReady []float64
	for range b.N {
		s := measureStartUp(b, srv.URL+question, questionReadyJS, slow4G)
		paint, ready = append(paint, s.Paint), append(ready, s.Ready)
		base := measureStartUp(b, baseURL+"/", appReadyJS, slow4G)
		basePaint, baseReady = append(basePaint, base.Paint), append(baseReady, base.Ready)
	}
	b.StopTimer()
	b.Logf("slow 4G, median of %d: first paint %.0f ms, first question answerable %.0f ms; baseline first paint %.0f ms, ready %.0f ms",
		b.N, median(paint), median(ready), median(basePaint), median(baseReady))
	reportRow(benchRow{Key: "slow4g-paint", Figure: "slow 4G cold start, first paint", Unit: "ms",
		Hiyari: median(paint), Against: median(basePaint), Reference: "baseline first paint"})
	reportRow(benchRow{Key: "slow4g-question", Figure: "slow 4G cold start, first question answerable", Unit: "ms",
		Hiyari: median(ready), Against: median(baseReady), Reference: "baseline ready", Goal: 1.5})
}

var domainBench struct {
	once sync.Once
	out  map[string]string // "native", "wasm" -> go test output
	err  error
}

// BenchmarkDomain runs the domain's benchmarks (package assessment),
// natively and in WebAssembly under Node.js as the browser runs them, and
// reports readying the built-in bank and scoring plus planning.
func BenchmarkDomain(b *testing.B) {
	domainBench.once.Do(func() {
		domainBench.out = map[string]string{}
		for _, target := range []string{"native", "wasm"} {
			args := []string{"test", "-run", "^$", "-bench", "^(BenchmarkAssessPlan|BenchmarkBuiltinBank)$", "-benchmem"}
			cmd := exec.Command("go", args...)
			if target == "wasm" {
				goroot, err := exec.Command("go", "env", "GOROOT").Output()
				if err != nil {
					domainBench.err = err
					return
				}
				exe := filepath.Join(string(goroot[:len(goroot)-1]), "lib", "wasm", "go_js_wasm_exec")
				cmd = exec.Command("go", append(args, "-exec", exe)...)
				cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
			}
			cmd.Args = append(cmd.Args, "./assessment/")
			cmd.Dir = repoRoot
			out, err := cmd.CombinedOutput()
			if err != nil {
				domainBench.err = fmt.Errorf("%s benchmarks: %v\n%s", target, err, out)
				return
			}
			domainBench.out[target] = string(out)
		}
	})
	require.NoError(b, domainBench.err)
	for range b.N {
	}
	ms := func(target, name string) float64 {
		m := regexp.MustCompile(`(?m)^` + name + `(-\d+)?\s+\d+\s+([\d.]+) ns/op`).FindStringSubmatch(domainBench.out[target])
		require.NotNil(b, m, "no %s result for %s:\n%s", target, name, domainBench.out[target])
		ns, err := strconv.ParseFloat(m[2], 64)
		require.NoError(b, err)
		return ns / 1e6
	}
	b.Logf("native:\n%s\nwasm:\n%s", domainBench.out["native"], domainBench.out["wasm"])
	reportRow(benchRow{Key: "bank-wasm", Figure: "built-in bank readied, wasm (Node.js)", Unit: "ms",
		Hiyari: ms("wasm", "BenchmarkBuiltinBank"), Goal: 5})
	reportRow(benchRow{Key: "assess-native", Figure: "Assess + Plan, native", Unit: "ms",
		Hiyari: ms("native", "BenchmarkAssessPlan"), Goal: 0.1})
	reportRow(benchRow{Key: "assess-wasm", Figure: "Assess + Plan, wasm (Node.js)", Unit: "ms",
		Hiyari: ms("wasm", "BenchmarkAssessPlan"), Goal: 0.3})
}
