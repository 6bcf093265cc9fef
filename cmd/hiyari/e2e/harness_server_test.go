package e2e

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/stretchr/testify/require"
)

// Server is a running "hiyari serve" process.
type Server struct {
	URL  string // e.g. http://127.0.0.1:41234 (no trailing slash)
	Addr string // host:port

	args   []string
	mu     sync.Mutex
	cmd    *exec.Cmd
	out    *logBuffer
	done   chan struct{}
	brotli chan struct{} // closed when the server says the brotli wasm is ready
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
	brotli := make(chan struct{})
	running, _, _ := strings.Cut(words.CLIRunning.In(assessment.EN), "%s")
	go func() {
		for {
			line, err := lines.ReadString('\n')
			out.Write([]byte(line))
			line = strings.TrimSpace(line)
			if u, ok := strings.CutPrefix(line, running); ok {
				announced <- u
			}
			if line == words.CLIBrotliReady.In(assessment.EN) || line == words.CLIBrotliReady.In(assessment.JA) {
				close(brotli)
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
		s.cmd, s.out, s.done, s.brotli = cmd, out, done, brotli
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
	// Stop waited for the old process to exit, so its port is free: Go
	// listens with SO_REUSEADDR, which connections left in TIME_WAIT do
	// not block.
	if err := s.start(s.Addr); err != nil {
		t.Fatalf("restarting server on %s: %v", s.Addr, err)
	}
}

// WaitBrotli waits until the server says that it serves the wasm
// brotli-compressed: it compresses in the background after it starts, and
// sends gzip until then.
func (s *Server) WaitBrotli(t testing.TB) {
	t.Helper()
	s.mu.Lock()
	ready := s.brotli
	s.mu.Unlock()
	select {
	case <-ready:
	case <-time.After(actionTimeout):
		t.Fatalf("the server never announced the brotli wasm:\n%s", s.Output())
	}
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
