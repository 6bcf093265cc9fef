package app

import (
	"slices"

	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundPage answers an address that is no page of Hiyari, in the
// user's language, with the way back; go-app's own page is English only.
// The server sends it with status 404, the static build writes it as
// 404.html, and offline the worker's shell routes to it.
type notFoundPage struct{ page }

// pathNotFound is the path the static build writes the page under.
const pathNotFound = "/404"

func newNotFoundPage() *notFoundPage { return &notFoundPage{page: page{title: words.PageNotFound}} }

func (c *notFoundPage) Render() app.UI {
	v := c.view()
	return c.layout(
		app.H1().Text(v.t(words.PageNotFound)),
		app.P().ID("not-found").Text(v.t(words.NotFoundLead)),
		app.Div().Class("row").Body(
			app.A().ID("to-home").Class("button primary").Href(href(pathHome)).Text(v.t(words.NotFoundHome)),
			app.A().Class("button").Href(href(pathList)).Text(v.t(words.PageAssessments)),
		),
	)
}

// IsPage reports whether path (without the prefix) is one of the app's
// pages rather than an address it does not know: the server answers the
// others with 404.
func IsPage(path string) bool {
	return path != pathNotFound && (slices.Contains(Paths(), path) || isAreaPath(path))
}
