// Provisional, screens helper replaces: a single "/" route so the server,
// the static build and the browser tests have something to serve. The
// contract is Register (every route with go-app) and Paths (every concrete
// path, for prerendering, the static build and the service worker's precache).
package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register registers every route of the app with go-app.
func Register() {
	app.Route("/", func() app.Composer { return &landing{} })
}

// Paths lists every path the app serves.
func Paths() []string { return []string{"/"} }

type landing struct{ app.Compo }

func (l *landing) Render() app.UI {
	return app.Main().Body(app.H1().Text("Hiyari"))
}
