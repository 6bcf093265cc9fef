package app

import (
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// results shows what the answers say, recomputed on every change: scores
// overall and per area, incident matches, and the "find out" tasks.
type results struct{ page }

func newResults() *results { return &results{page: page{title: words.PageResults}} }

func (c *results) Render() app.UI {
	v := c.view()
	r := c.s.Result()
	complete, partial := splitMatches(r.Incidents)
	if r.Progress.Answered == 0 {
		return c.layout(
			app.H1().Text(v.t(words.PageResults)),
			app.P().ID("nothing-yet").Text(v.t(words.NothingYet)),
			app.A().Class("button primary").Href(href(pathProfile)).Text(v.t(words.Start)),
		)
	}
	return c.layout(
		app.H1().Text(v.t(words.PageResults)),
		app.P().Class("lead").Text(v.t(words.ResultsLead)),
		progressBlock(v, r.Progress.Answered, r.Progress.Total),
		app.Section().Class("card").Aria("labelledby", "scores-title").Body(
			app.H2().ID("scores-title").Text(v.t(words.Overall)),
			scoreBar(v, "overall", v.t(words.Overall), r.Scores.Overall, r.Progress.Answered),
		),
		app.Section().ID("matches").Aria("labelledby", "matches-title").Body(
			app.H2().ID("matches-title").Text(v.t(words.MatchesTitle)),
			app.If(len(complete) == 0, func() app.UI {
				return app.P().ID("no-matches").Text(v.t(words.NoMatches))
			}),
			app.Range(complete).Slice(func(i int) app.UI { return incidentCard(v, complete[i]) }),
			app.If(len(partial) > 0, func() app.UI {
				return app.Div().Body(
					app.H3().Text(v.t(words.PartialTitle)),
					app.Range(partial).Slice(func(i int) app.UI { return incidentCard(v, partial[i]) }),
				)
			}),
		),
		findOut(v),
		app.Section().Class("card").Aria("labelledby", "areas-title").Body(
			app.H2().ID("areas-title").Text(v.t(words.AreaScores)),
			areaScores(v, "area-", r.Scores.Areas),
		),
		app.Div().Class("pager").Body(
			app.A().ID("to-plan").Class("button primary").Href(href(pathPlan)).Text(v.t(words.ToPlan)),
		),
	)
}

// splitMatches separates complete matches from partial ones; an incident
// none of whose core weaknesses shows any gap is left out.
func splitMatches(ms []assessment.IncidentMatch) (complete, partial []assessment.IncidentMatch) {
	for _, m := range ms {
		switch {
		case m.Complete:
			complete = append(complete, m)
		case m.Coverage > 0:
			partial = append(partial, m)
		}
	}
	return complete, partial
}
