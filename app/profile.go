package app

import (
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// profile asks about the company: its name (for the printed plan) and the
// bank's profile questions, whose answers decide which areas are asked.
type profile struct{ page }

func newProfile() *profile { return &profile{page: page{title: words.PageProfile}} }

func (c *profile) Render() app.UI {
	v := c.view()
	qs := c.s.ProfileQuestions()
	next := pathQuestions
	if areas := c.s.Areas(); len(areas) > 0 {
		next = areaPath(areas[0].ID)
	}
	return c.layout(
		app.H1().Text(v.t(words.PageProfile)),
		app.P().Class("lead").Text(v.t(words.ProfileLead)),
		app.Div().Class("field company").Body(
			app.Label().For(idCompany).Text(v.t(words.CompanyLabel)),
			app.P().ID("company-hint").Class("hint").Text(v.t(words.CompanyHint)),
			app.Input().ID(idCompany).Name(idCompany).Type("text").Attr("autocomplete", "organization").
				MaxLength(assessment.MaxCompany).Aria("describedby", "company-hint").
				Value(serverValue(c.s.Company())).OnInput(c.onCompany),
		),
		// In a container of their own, as the questionnaire's: a question
		// appearing does not replace the button below.
		app.Div().Class("question-list").Body(
			app.Range(qs).Slice(func(i int) app.UI { return newProfileItem(v, qs[i].ID) }),
		),
		app.Div().Class("pager").Body(
			app.A().ID("to-questions").Class("button primary").Href(href(next)).Text(v.t(words.ToQuestions)),
		),
	)
}

func (c *profile) onCompany(ctx app.Context, e app.Event) {
	c.s.SetCompany(ctx.JSSrc().Get("value").String())
}
