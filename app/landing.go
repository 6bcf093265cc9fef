package app

import (
	"maps"
	"slices"

	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// landing is the start page: what Hiyari does, that nothing leaves the
// device, the language, start or resume, and the answers file.
type landing struct {
	page
	data dataPanel
}

func newLanding() *landing { return &landing{page: page{title: words.PageHome}} }

func (c *landing) Render() app.UI {
	v := c.view()
	r := c.s.Result()
	resume := c.s.Page()
	if resume == "" {
		resume = pathProfile
	}
	return c.layout(
		app.Section().Class("hero").Body(
			app.H1().Text(v.t(words.LandingTitle)),
			app.P().Class("lead").Text(v.t(words.LandingWhat)),
			app.P().Class("lead privacy").Text(v.t(words.LandingPrivacy)),
			app.P().Text(v.t(words.LandingTime)),
			siteContact(v),
			app.Div().Class("actions").Body(
				app.If(c.s.Started(), func() app.UI {
					return app.Div().Class("resume").Body(
						app.P().ID("open-now").Text(v.t(words.CurrentAssessment, companyName(v, c.s.Answers()), assessmentDay(v, c.s.Answers()))),
						app.A().ID("resume").Class("button primary").Href(href(resume)).Text(v.t(words.Resume)),
						app.P().Class("muted").Text(words.ResumeProgress.In(v.lang(), r.Progress.Total, r.Progress.Answered, r.Progress.Total)),
					)
				}).Else(func() app.UI {
					return app.A().ID("start").Class("button primary").Href(href(pathProfile)).Text(v.t(words.Start))
				}),
			),
		),
		keptUnknown(v),
		app.P().Class("no-print").Body(app.A().ID("to-assessments").Href(href(pathList)).Text(v.t(words.ToAssessments))),
		c.data.render(v),
	)
}

// keptUnknown lists the answers of the open assessment to questions this
// version of the bank no longer asks (an update removed or renamed them):
// kept in the assessment and its file, not scored, and said, never
// dropped without a word.
func keptUnknown(v view) app.UI {
	var ids []string
	for _, id := range slices.Sorted(maps.Keys(v.s.Answers().Answers)) {
		if v.bank().Question(id) == nil && v.bank().ProfileQuestion(id) == nil {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return app.Div().ID("kept-unknown").Class("notice warn").Body(
		app.P().Text(v.t(words.ImportGone)),
		app.Ul().Body(app.Range(ids).Slice(func(i int) app.UI { return app.Li().Text(ids[i]) })),
	)
}
