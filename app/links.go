package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// href turns an app path such as "/plan" into the link for that page under
// the path prefix the app is hosted at (an intranet may serve it from
// /tools/hiyari), so navigating never leaves the prefix. On the server,
// go-app already passes every href through the handler's resource resolver
// (which adds the prefix); in the browser it resolves only /web/ paths, so
// the prefix go-app publishes as GOAPP_ROOT_PREFIX is added here.
func href(path string) string {
	if app.IsServer {
		return path
	}
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
}
