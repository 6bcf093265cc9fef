package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/hiyari-app/hiyari/app"
	"github.com/hiyari-app/hiyari/static"
	"github.com/hiyari-app/hiyari/words"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// build writes the app as a static site any web server can host.
func (m *Main) build(ctx context.Context, args []string) int {
	fs := m.newFlags("build", "", words.AboutBuild)
	out := fs.String("out", "dist", words.FlagOut.In(m.lang))
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
	s, ok := sf.open(fs, prefix)
	if !ok {
		return exitFailure
	}
	if err := s.writeStatic(*out); err != nil {
		fs.fail(err.Error())
		return exitFailure
	}
	fmt.Fprintln(m.Stdout, words.CLIBuilt.In(m.lang, s.version, *out))
	return exitOK
}

// writeStatic writes pages for every route, go-app's scripts, the worker and
// manifest, the wasm (raw and precompressed) and our static files to dir.
func (s *site) writeStatic(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// 404.html too: the page a static host shows for an unknown address
	// (nginx: error_page 404 /404.html), in the user's language.
	if err := goapp.GenerateStaticWebsite(dir, s.goapp, append(app.Paths(), "/404")...); err != nil {
		return err
	}
	web := filepath.Join(dir, "web")
	write := func(name string, b []byte) error {
		p := filepath.Join(web, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, b, 0o644)
	}
	<-s.brDone
	files := map[string][]byte{
		"app.wasm":    s.wasm,
		"app.wasm.gz": s.wasmGzip,
		"app.wasm.br": s.wasmBr,
	}
	for _, f := range s.own.files() {
		files[strings.TrimPrefix(f.path, "/web/")] = f.data
	}
	for name, b := range files {
		if err := write(name, b); err != nil {
			return err
		}
	}
	return fs.WalkDir(static.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) == ".go" {
			return err
		}
		b, err := fs.ReadFile(static.Files, p)
		if err != nil {
			return err
		}
		return write(p, b)
	})
}
