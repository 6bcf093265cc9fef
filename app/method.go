package app

import (
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// method explains how the figures are made, with the bank's own cut-offs
// and critical questions, so a consultant can defend every figure.
type method struct{ page }

func newMethod() *method { return &method{page: page{title: words.PageMethod}} }

func (c *method) Render() app.UI {
	v := c.view()
	b := v.bank()
	sc := b.Scoring
	capped := words.Band(v.lang(), sc.CriticalCap)
	var critical []string
	for _, q := range b.Questions {
		if q.Critical {
			critical = append(critical, v.text(q.Text))
		}
	}
	section := func(id string, title words.Msg, body ...app.UI) app.UI {
		return app.Section().ID(id).Class("card").Aria("labelledby", id+"-title").Body(
			append([]app.UI{app.H2().ID(id + "-title").Text(v.t(title))}, body...)...,
		)
	}
	state := func(name string, m words.Msg) app.UI {
		return app.Div().Body(app.Dt().Text(words.State(v.lang(), name)), app.Dd().Text(v.t(m)))
	}
	return c.layout(
		app.H1().Text(v.t(words.PageMethod)),
		app.P().Class("lead").Text(v.t(words.MethodLead)),
		section("method-score", words.MethodScoreTitle,
			app.P().Text(v.t(words.MethodScore)),
			app.P().Text(v.t(words.MethodUnknown)),
		),
		section("method-bands", words.MethodBandsTitle,
			app.P().Text(v.t(words.MethodBands)),
			app.Ul().Body(app.Range(sc.Bands).Slice(func(i int) app.UI {
				bd := sc.Bands[i]
				return app.Li().Text(v.t(words.MethodBandRange, words.Band(v.lang(), bd.ID), bd.Min) + " — " + words.BandMeaning(v.lang(), bd.ID))
			})),
			app.P().Text(v.t(words.MethodBandWhy, capped)),
			app.P().Text(v.t(words.MethodProvisional, percent(sc.MinAnswered), percent(sc.MinScored))),
		),
		app.If(len(critical) > 0, func() app.UI {
			return section("method-critical", words.CriticalTitle,
				app.P().Text(v.t(words.MethodCritical)),
				app.Ul().Body(app.Range(critical).Slice(func(i int) app.UI { return app.Li().Text(critical[i]) })),
			)
		}),
		section("method-match", words.MatchesTitle,
			app.P().Text(v.t(words.MethodMatch)),
			app.Dl().Class("states").Body(
				state("match", words.MethodStateMatch),
				state("unconfirmed", words.MethodStateUnconfirmed),
				state("example", words.MethodStateExample),
				state("partial", words.MethodStatePartial),
			),
		),
		section("method-plan", words.MethodPlanTitle,
			app.P().Text(v.t(words.MethodPlan)),
			app.P().Text(v.t(words.MethodCapacity)),
		),
	)
}
