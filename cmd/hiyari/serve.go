package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/hiyari-app/hiyari/words"
)

// serve runs the web server until ctx is done.
func (m *Main) serve(ctx context.Context, args []string) int {
	fs := m.newFlags("serve", "", words.AboutServe)
	addr := fs.String("addr", "127.0.0.1:8000", words.FlagAddr.In(m.lang))
	frame := fs.String("frame-ancestors", "'self'", words.FlagFrame.In(m.lang))
	var sf siteFlags
	sf.register(fs)
	pos, code, ok := fs.parse(args)
	if !ok {
		return code
	}
	if !fs.noArgs(pos) {
		return exitUsage
	}
	prefix, err := sf.check(m.lang)
	if err != nil {
		fs.fail(err.Error())
		return exitUsage
	}
	if strings.ContainsAny(*frame, ";,\r\n") {
		fs.fail(words.CLIBadFrame.In(m.lang))
		return exitUsage
	}
	s, ok := sf.open(fs, prefix)
	if !ok {
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
	fmt.Fprintln(m.Stdout, words.CLIRunning.In(m.lang, "http://"+ln.Addr().String()+prefix+"/"))
	if m.Ready != nil {
		m.Ready(ln.Addr().String())
	}
	// Tell the operator (and the tests, which wait for it) when the wasm
	// goes out brotli-compressed: it is compressed in the background.
	go func() {
		select {
		case <-s.brDone:
			fmt.Fprintln(m.Stdout, words.CLIBrotliReady.In(m.lang))
		case <-ctx.Done():
		}
	}()
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
