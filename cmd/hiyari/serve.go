package main

import (
	"context"
	"errors"
	"fmt"
	iofs "io/fs"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// siteFlags are the options shared by serve and build.
type siteFlags struct {
	web     string
	prefix  string
	version string
}

func (f *siteFlags) register(fs *flags) {
	l := fs.m.lang
	fs.StringVar(&f.web, "web", "web", words.FlagWeb.In(l))
	fs.StringVar(&f.prefix, "prefix", "", words.FlagPrefix.In(l))
	fs.StringVar(&f.version, "version", "", words.FlagVersion.In(l))
}

// cleanPrefix checks the flags and returns the prefix in the form "/a/b"
// or "".
func (f *siteFlags) cleanPrefix(l assessment.Lang) (string, error) {
	if strings.Trim(f.version, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != "" {
		return "", errors.New(words.CLIBadVersion.In(l, f.version))
	}
	p := strings.Trim(f.prefix, "/")
	if p == "" {
		return "", nil
	}
	if strings.ContainsAny(p, "?#\\ ") {
		return "", errors.New(words.CLIBadPrefix.In(l, f.prefix))
	}
	return "/" + p, nil
}

// open loads the site the flags describe, explaining on standard error why
// it cannot be (most often: the wasm is not built yet).
func (f *siteFlags) open(fs *flags, prefix string) (*site, bool) {
	s, err := loadSite(f.web, prefix, f.version)
	var bad *wasmError
	switch {
	case errors.Is(err, iofs.ErrNotExist):
		err = errors.New(words.CLINoWasm.In(fs.m.lang, err, filepath.Join(f.web, "app.wasm")))
	case errors.As(err, &bad):
		err = errors.New(words.CLIBadWasm.In(fs.m.lang, bad.path, bad.err))
	}
	if err != nil {
		fs.fail(err.Error())
		return nil, false
	}
	return s, true
}

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
	prefix, err := sf.cleanPrefix(m.lang)
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
