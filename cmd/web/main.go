// Command web is the Hiyari WebAssembly program: it registers the app's
// routes and hands control to go-app in the browser. Nothing else belongs
// here; server and CLI code stays in cmd/hiyari so it never reaches the wasm.
package main

import (
	"github.com/hiyari-app/hiyari/app"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	// The site's configuration and own question bank, if it has them,
	// before the routes (one page per area) are made.
	app.LoadSite()
	app.Register()
	// Before go-app starts: it reads localStorage at start, which stops the
	// program where the browser blocks site data.
	app.GuardStorage()
	goapp.RunWhenOnBrowser()
}
