// Command web is the Hiyari WebAssembly program: it registers the app's
// routes and hands control to go-app in the browser. Nothing else belongs
// here; server and CLI code stays in cmd/hiyari so it never reaches the wasm.
package main

import (
	"github.com/hiyari-app/hiyari/app"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	// The marks split start-up in a browser's performance trace (and in
	// make bench): the Go runtime and package init end at "hiyari:main".
	mark("hiyari:main")
	// The site's configuration and own question bank, if it has them,
	// before the routes (one page per area) are made.
	app.LoadSite()
	app.ReadyBank()
	mark("hiyari:bank")
	app.Register()
	// Before go-app starts: it reads localStorage at start, which stops the
	// program where the browser blocks site data.
	app.GuardStorage()
	goapp.RunWhenOnBrowser()
}

// mark adds a User Timing mark, shown in the browser's performance tools.
func mark(name string) {
	if p := goapp.Window().Get("performance"); p.Truthy() {
		p.Call("mark", name)
	}
}
