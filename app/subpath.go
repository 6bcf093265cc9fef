package app

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Sub-path hosting, the browser's side: an intranet may serve the app from
// a prefix such as /tools/hiyari, which go-app publishes as
// GOAPP_ROOT_PREFIX. Links carry it; routing strips it. (The server's side
// is cmd/hiyari's resolver.)

// href turns an app path such as "/plan" into the link for that page under
// the prefix, so navigating never leaves it. On the server go-app already
// passes every href through the handler's resource resolver (which adds the
// prefix); in the browser it resolves only /web/ paths, so the prefix is
// added here.
func href(path string) string {
	if app.IsServer {
		return path
	}
	return strings.TrimRight(rootPrefix(), "/") + path
}

// rootPrefix is the prefix the app is served under, read once: in the
// browser each read is a call into JavaScript, and a page renders dozens
// of links at every answer.
var rootPrefix = sync.OnceValue(func() string { return app.Getenv("GOAPP_ROOT_PREFIX") })

// routePath strips the prefix from a path in the address bar, giving the
// app path the routes know.
func routePath(path string) string {
	path = strings.TrimPrefix(path, rootPrefix())
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return path
}
