package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"time"
)

// serve runs the web server until ctx is done. (Placeholder page until the
// PWA lands.)
func (m *Main) serve(ctx context.Context, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	addr := fs.String("addr", "127.0.0.1:8000", "address to listen on")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitFailure
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<!doctype html><html lang=\"en\"><title>Hiyari</title><h1>Hiyari</h1><p>The app is being built.</p></html>")
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(m.Stdout, "Hiyari is running on http://%s\n", ln.Addr())
	if m.Ready != nil {
		m.Ready(ln.Addr().String())
	}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// build writes the static site. (Arrives with the PWA.)
func (m *Main) build(ctx context.Context, args []string) int {
	fmt.Fprintln(m.Stderr, "hiyari build: not available yet")
	return exitFailure
}
