//go:build !wasm

package app

import (
	_ "embed"
	"encoding/json"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/hiyari-app/hiyari/static"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ServiceWorkerJS is Hiyari's service worker template (see sw.js for why it
// replaces go-app's default one).
//
//go:embed sw.js
var ServiceWorkerJS string

// Icon locations; the files live in static/icons and are served under /web/.
const (
	iconDefault  = "/web/icons/icon-192.png"
	iconLarge    = "/web/icons/icon-512.png"
	iconSVG      = "/web/icons/icon.svg"
	iconMaskable = "/web/icons/maskable-512.png"
)

// NewHandler returns the go-app handler for Hiyari served at the root of its
// origin. version must change whenever anything the browser caches changes
// (the server derives it from the wasm and static files): a new version is
// what makes installed copies update, and an empty one would make every
// restart look like an update. wasmSHA256 is the hex SHA-256 of the app.wasm
// served beside it: the service worker installs an update only if the wasm
// it downloaded has exactly this digest.
func NewHandler(version, wasmSHA256 string) *app.Handler {
	return NewPrefixedHandler(version, "", wasmSHA256)
}

// NewPrefixedHandler is NewHandler for an app hosted under a path prefix such
// as "/tools/hiyari" (no trailing slash; "" means the root).
func NewPrefixedHandler(version, prefix, wasmSHA256 string) *app.Handler {
	res := Resolver(prefix)
	styles, printStyles := stylesheets()

	cacheable := []string{iconSVG}
	cacheable = append(cacheable, printStyles...)
	cacheable = append(cacheable, Paths()...)

	var raw []string
	for _, s := range printStyles {
		// go-app's Styles cannot carry a media attribute; print rules must
		// not apply on screen.
		raw = append(raw, `<link rel="stylesheet" media="print" href="`+res.Resolve(s)+`">`)
	}

	routes := make([]string, 0, len(Paths()))
	for _, p := range Paths() {
		routes = append(routes, res.Resolve(p))
	}
	routesJSON, _ := json.Marshal(routes)

	return &app.Handler{
		Name:        "Hiyari",
		ShortName:   "Hiyari",
		Title:       "Hiyari ヒヤリ",
		Description: "実際の事故事例に照らして自社のセキュリティを点検する、端末内だけで完結する自己診断。A security self-check that compares your answers with real incidents; nothing leaves your device.",
		Lang:        "ja",
		Icon: app.Icon{
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
		).Replace(ServiceWorkerJS),
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

// Resolver returns go-app's resource resolver for an app hosted under prefix
// ("" for the root). Unlike app.PrefixedLocation it keeps "/" as "/" at the
// root and prefixes every root-relative path, so pages, app.js and the
// service worker all refer to the same URLs.
func Resolver(prefix string) app.ResourceResolver {
	return resolver(strings.TrimRight(prefix, "/"))
}

type resolver string

func (r resolver) Resolve(loc string) string {
	switch {
	case strings.HasPrefix(loc, "https://"), strings.HasPrefix(loc, "http://"), strings.HasPrefix(loc, "data:"):
		return loc
	case loc == "" || loc == "/":
		if r == "" {
			return "/"
		}
		return string(r)
	case strings.HasPrefix(loc, "web/"):
		loc = "/" + loc
	}
	if !strings.HasPrefix(loc, "/") {
		return loc // relative: leave alone
	}
	return string(r) + loc
}
