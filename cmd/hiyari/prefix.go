package main

import (
	"net/http"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Sub-path hosting, the server's side: an intranet may serve Hiyari under a
// prefix such as /tools/hiyari. The pages, app.js and the service worker
// refer to their files through the resolver, and requests have the prefix
// stripped before they reach the handlers. (The browser's side is
// app/subpath.go.)

// cleanPrefix returns the --prefix flag in the form "/a/b", or "" for the
// root; ok is false for a prefix that is not a plain path.
func cleanPrefix(flag string) (prefix string, ok bool) {
	p := strings.Trim(flag, "/")
	if p == "" {
		return "", true
	}
	// A plain path only: it is written into the pages' <link> and <script>
	// elements and the worker's scope.
	for _, seg := range strings.Split(p, "/") {
		if seg == "" || seg == "." || seg == ".." || strings.Trim(seg, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~-") != "" {
			return "", false
		}
	}
	return "/" + p, true
}

// newResolver returns go-app's resource resolver for an app hosted under
// prefix ("" for the root). Unlike go-app's PrefixedLocation it keeps "/" as
// "/" at the root and prefixes every root-relative path, so pages, app.js
// and the service worker all refer to the same URLs, and it also serves
// /web/ paths in a live server and in GenerateStaticWebsite.
func newResolver(prefix string) goapp.ResourceResolver {
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

// stripPrefix serves h under prefix: requests outside it get 404, the
// others reach h with the prefix removed from their path.
func stripPrefix(prefix string, h http.Handler) http.Handler {
	if prefix == "" {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest, ok := strings.CutPrefix(r.URL.Path, prefix)
		if !ok || (rest != "" && rest[0] != '/') {
			http.NotFound(w, r)
			return
		}
		if rest == "" {
			rest = "/"
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = rest
		r2.URL.RawPath = ""
		h.ServeHTTP(w, r2)
	})
}
