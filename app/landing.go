package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// landing is the start page: what Hiyari does, that nothing leaves the
// device, the language, start or resume, and the answers file.
type landing struct {
	page
	data dataPanel
}

func newLanding() *landing { return &landing{page: page{title: mNavHome}} }

func (c *landing) Render() app.UI {
	r := c.s.Result()
	resume := c.s.Page()
	if resume == "" {
		resume = pathProfile
	}
	return c.layout(
		app.Section().Class("hero").Body(
			app.H1().Text(c.t(mLandingTitle)),
			app.P().Class("lead").Text(c.t(mLandingWhat)),
			app.P().Class("lead privacy").Text(c.t(mLandingPrivacy)),
			app.P().Text(c.t(mLandingTime)),
			app.Div().Class("actions").Body(
				app.If(c.s.Started(), func() app.UI {
					return app.Div().Class("resume").Body(
						app.A().ID("resume").Class("button primary").Href(href(resume)).Text(c.t(mResume)),
						app.P().Class("muted").Text(c.t(mResumeProgress, r.Progress.Answered, r.Progress.Total)),
					)
				}).Else(func() app.UI {
					return app.A().ID("start").Class("button primary").Href(href(pathProfile)).Text(c.t(mStart))
				}),
			),
		),
		c.data.render(&c.page),
	)
}
