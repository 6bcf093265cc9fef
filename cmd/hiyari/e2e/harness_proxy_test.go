package e2e

import (
	"bufio"
	"net"
	"net/http"
	"net/http/httputil"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// proxy is the browser's only way out: it forwards only requests for
// loopback addresses (our servers) and refuses everything else, so nothing
// a test does can leave the machine. Chromium's own background services
// (network time, component updates) come through here too and are refused;
// what the page and its worker ask for is recorded through DevTools instead
// (harness_requests_test.go), where their initiator is known. When the
// server is down the proxy drops the connection, which the browser sees as
// a network error.
type proxy struct {
	ln  net.Listener
	srv *http.Server

	mu      sync.Mutex
	full    map[string]int // URL -> responses that carried a body (200)
	blocked []string       // URL path suffixes answered with 503
	refused []string       // URLs answered with 503 because of blocked
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
		p.mu.Lock()
		blocked := false
		for _, suffix := range p.blocked {
			blocked = blocked || strings.HasSuffix(r.URL.Path, suffix)
		}
		if blocked {
			p.refused = append(p.refused, target)
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

// Refused returns the URLs that Block made fail, in order.
func (b *Browser) Refused() []string {
	b.proxy.mu.Lock()
	defer b.proxy.mu.Unlock()
	return append([]string(nil), b.proxy.refused...)
}

// Downloads returns how many times url came back with a full body (200 OK,
// as opposed to 304 Not Modified or a failure).
func (b *Browser) Downloads(url string) int {
	b.proxy.mu.Lock()
	defer b.proxy.mu.Unlock()
	return b.proxy.full[url]
}
