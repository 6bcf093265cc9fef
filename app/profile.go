package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// profile asks about the company: its name (for the printed plan) and the
// bank's profile questions, whose answers decide which areas are asked.
type profile struct{ page }

func newProfile() *profile { return &profile{page: page{title: mNavProfile}} }

func (c *profile) Render() app.UI {
	qs := c.s.ProfileQuestions()
	next := pathQuestions
	if areas := c.s.Areas(); len(areas) > 0 {
		next = areaPath(areas[0].ID)
	}
	return c.layout(
		app.H1().Text(c.t(mProfileTitle)),
		app.P().Class("lead").Text(c.t(mProfileLead)),
		app.Div().Class("field company").Body(
			app.Label().For("company").Text(c.t(mCompanyLabel)),
			app.P().ID("company-hint").Class("hint").Text(c.t(mCompanyHint)),
			app.Input().ID("company").Name("company").Type("text").Attr("autocomplete", "organization").
				MaxLength(maxCompany).Aria("describedby", "company-hint").
				Value(serverValue(c.s.Company())).OnInput(c.onCompany),
		),
		app.Range(qs).Slice(func(i int) app.UI { return c.profileField(qs[i]) }),
		app.Div().Class("pager").Body(
			app.A().ID("to-questions").Class("button primary").Href(href(next)).Text(c.t(mToQuestions)),
		),
	)
}

// serverValue is a text field's value on the server, where it is
// prerendered; in the browser syncForm sets it (see question.go).
func serverValue(v string) string {
	if app.IsServer {
		return v
	}
	return ""
}

func (c *profile) onCompany(ctx app.Context, e app.Event) {
	c.s.SetCompany(ctx.JSSrc().Get("value").String())
}
