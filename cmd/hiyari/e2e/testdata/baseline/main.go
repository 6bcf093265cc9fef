// Command baseline is the smallest useful go-app v10 program: one page with
// a counter. The benchmarks build it in the same run as Hiyari and report
// Hiyari's wasm size and cold start as ratios against it.
package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type counter struct {
	app.Compo
	n int
}

func (c *counter) Render() app.UI {
	return app.Main().Body(
		app.H1().Text("Baseline"),
		app.Button().Text("Clicked "+strconv.Itoa(c.n)).OnClick(func(ctx app.Context, e app.Event) { c.n++ }),
	)
}

func main() {
	app.Route("/", func() app.Composer { return &counter{} })
	app.RunWhenOnBrowser()
}
