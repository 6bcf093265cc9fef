package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

// siteFlags are the options shared by serve and build.
type siteFlags struct {
	web     string
	prefix  string
	version string
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.web, "web", "web", "directory holding app.wasm (built with GOOS=js GOARCH=wasm go build -o web/app.wasm ./cmd/web)")
	fs.StringVar(&f.prefix, "prefix", "", "path prefix the app is hosted under, e.g. /tools/hiyari (default: the root)")
	fs.StringVar(&f.version, "version", "", "app version announced to installed copies (default: a hash of the app's files, so it changes exactly when they do)")
}

// cleanPrefix checks the flags and returns the prefix in the form "/a/b"
// or "".
func (f *siteFlags) cleanPrefix() (string, error) {
	if strings.Trim(f.version, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != "" {
		return "", fmt.Errorf("--version %q: use letters, digits, '.', '_' and '-' only", f.version)
	}
	p := strings.Trim(f.prefix, "/")
	if p == "" {
		return "", nil
	}
	if strings.ContainsAny(p, "?#\\ ") {
		return "", fmt.Errorf("--prefix %q: use a plain path such as /tools/hiyari", f.prefix)
	}
	return "/" + p, nil
}

// serve runs the web server until ctx is done.
func (m *Main) serve(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on (port 0 picks a free port)")
	frame := fs.String("frame-ancestors", "'self'", "CSP frame-ancestors sources allowed to embed the app (e.g. \"'self' https://intranet.example\")")
	var sf siteFlags
	sf.register(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(m.Stderr, "hiyari serve: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	prefix, err := sf.cleanPrefix()
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari serve: %v\n", err)
		return exitUsage
	}
	if strings.ContainsAny(*frame, ";,\r\n") {
		fmt.Fprintf(m.Stderr, "hiyari serve: --frame-ancestors must be a space-separated list of sources\n")
		return exitUsage
	}
	s, err := loadSite(sf.web, prefix, sf.version)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari serve: %v\n", err)
		return exitFailure
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari serve: %v\n", err)
		return exitFailure
	}
	srv := &http.Server{
		Handler:           s.handler(*frame),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(m.Stdout, "Hiyari is running on http://%s%s/\n", ln.Addr(), prefix)
	if m.Ready != nil {
		m.Ready(ln.Addr().String())
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(m.Stderr, "hiyari serve: %v\n", err)
		return exitFailure
	}
	<-done
	return exitOK
}
