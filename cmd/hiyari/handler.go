package main

import (
	_ "embed"
	"encoding/json"
	"html"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/hiyari-app/hiyari/app"
	"github.com/hiyari-app/hiyari/static"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The go-app handler: the pages, app.js, the service worker and the
// manifest. It lives in the binary that serves them, so nothing of it
// reaches the wasm.

// serviceWorkerJS is Hiyari's service worker template (see sw.js for why it
// replaces go-app's default one).
//
//go:embed sw.js
var serviceWorkerJS string

// Icon locations; the files live in static/icons and are served under /web/.
const (
	iconDefault  = "/web/icons/icon-192.png"
	iconLarge    = "/web/icons/icon-512.png"
	iconSVG      = "/web/icons/icon.svg"
	iconMaskable = "/web/icons/maskable-512.png"
)

// newHandler returns the go-app handler for Hiyari hosted under a path
// prefix such as "/tools/hiyari" (no trailing slash; "" means the root of
// its origin). version must change whenever anything the browser caches
// changes (the server derives it from the wasm and static files): a new
// version is what makes installed copies update, and an empty one would make
// every restart look like an update. wasmSHA256 is the hex SHA-256 of the
// app.wasm served beside it: the service worker installs an update only if
// the wasm it downloaded has exactly this digest.
func newHandler(version, prefix, wasmSHA256 string, own siteExtras) *goapp.Handler {
	res := newResolver(prefix)
	styles, printStyles := stylesheets()

	cacheable := []string{iconSVG}
	cacheable = append(cacheable, printStyles...)
	cacheable = append(cacheable, app.Paths()...)

	// The wasm is asked for while the page's head is read, not once the
	// deferred scripts have run after the stylesheets: go-app's loader then
	// finds it on its way (a preload matches a plain fetch only with
	// crossorigin).
	raw := []string{`<link rel="preload" href="` + res.Resolve("/web/app.wasm") + `" as="fetch" type="application/wasm" crossorigin>`}
	for _, s := range printStyles {
		// go-app's Styles cannot carry a media attribute; print rules must
		// not apply on screen.
		raw = append(raw, `<link rel="stylesheet" media="print" href="`+res.Resolve(s)+`">`)
	}

	// What the organisation adds reaches the browser through the pages:
	// meta elements for the bank's address and the texts, a stylesheet for
	// the colour, the files themselves kept by the worker for offline use.
	for _, f := range own.files() {
		cacheable = append(cacheable, f.path)
		if path.Ext(f.path) == ".css" {
			styles = append(styles, f.path)
		}
	}
	for name, content := range own.metas(res.Resolve) {
		raw = append(raw, `<meta name="`+name+`" content="`+html.EscapeString(content)+`">`)
	}
	sort.Strings(raw[1+len(printStyles):])

	routes := make([]string, 0, len(app.Paths()))
	for _, p := range app.Paths() {
		routes = append(routes, res.Resolve(p))
	}
	routesJSON, _ := json.Marshal(routes)

	return &goapp.Handler{
		Name:        "Hiyari",
		ShortName:   "Hiyari",
		Title:       "Hiyari ヒヤリ",
		Description: "実際の事故事例に照らして自社のセキュリティを点検する、端末内だけで完結する自己診断。A security self-check that compares your answers with real incidents; nothing leaves your device.",
		Lang:        "ja",
		Icon: goapp.Icon{
			Default:  iconDefault,
			Large:    iconLarge,
			SVG:      iconSVG,
			Maskable: iconMaskable,
		},
		BackgroundColor:    "#ffffff",
		ThemeColor:         "#0b5563",
		LoadingLabel:       "{progress}%",
		Styles:             styles,
		RawHeaders:         raw,
		CacheableResources: cacheable,
		Resources:          res,
		Version:            version,
		ServiceWorkerTemplate: strings.NewReplacer(
			"{{.Routes}}", string(routesJSON),
			"{{.Wasm}}", res.Resolve("/web/app.wasm"),
			"{{.WasmSHA256}}", wasmSHA256,
		).Replace(serviceWorkerJS),
	}
}

// stylesheets lists the CSS files of static/ as /web/ paths: shell.css first
// (it tames go-app's loader), then the others in name order; print*.css
// separately because they load with media="print".
func stylesheets() (screen, print []string) {
	names, _ := fs.Glob(static.Files, "*.css")
	sort.Strings(names)
	screen = []string{"/web/shell.css"}
	for _, n := range names {
		switch {
		case n == "shell.css":
		case strings.HasPrefix(n, "print"):
			print = append(print, path.Join("/web", n))
		default:
			screen = append(screen, path.Join("/web", n))
		}
	}
	return screen, print
}
