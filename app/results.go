package app

import (
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// results shows what the answers say, recomputed on every change: scores
// overall and per area, incident matches, and the "find out" tasks.
type results struct{ page }

func newResults() *results { return &results{page: page{title: mNavResults}} }

func (c *results) Render() app.UI {
	r := c.s.Result()
	complete, partial := splitMatches(r.Incidents)
	if r.Progress.Answered == 0 {
		return c.layout(
			app.H1().Text(c.t(mResultsTitle)),
			app.P().ID("nothing-yet").Text(c.t(mNothingYet)),
			app.A().Class("button primary").Href(href(pathProfile)).Text(c.t(mStart)),
		)
	}
	return c.layout(
		app.H1().Text(c.t(mResultsTitle)),
		app.P().Class("lead").Text(c.t(mResultsLead)),
		c.progressBlock(r.Progress.Answered, r.Progress.Total),
		app.Section().Class("card").Aria("labelledby", "scores-title").Body(
			app.H2().ID("scores-title").Text(c.t(mOverall)),
			c.scoreBar("overall", c.t(mOverall), r.Scores.Overall, r.Progress.Answered),
		),
		app.Section().ID("matches").Aria("labelledby", "matches-title").Body(
			app.H2().ID("matches-title").Text(c.t(mMatchesTitle)),
			app.If(len(complete) == 0, func() app.UI {
				return app.P().ID("no-matches").Text(c.t(mNoMatches))
			}),
			app.Range(complete).Slice(func(i int) app.UI { return c.incidentCard(complete[i]) }),
			app.If(len(partial) > 0, func() app.UI {
				return app.Div().Body(
					app.H3().Text(c.t(mPartialTitle)),
					app.Range(partial).Slice(func(i int) app.UI { return c.incidentCard(partial[i]) }),
				)
			}),
		),
		c.findOut(),
		app.Section().Class("card").Aria("labelledby", "areas-title").Body(
			app.H2().ID("areas-title").Text(c.t(mAreaScores)),
			c.areaScores("area-", r.Scores.Areas),
		),
		app.Div().Class("pager").Body(
			app.A().ID("to-plan").Class("button primary").Href(href(pathPlan)).Text(c.t(mToPlan)),
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

// findOut lists the questions answered "don't know".
func (p *page) findOut() app.UI {
	fo := p.s.Result().FindOut
	return app.Section().ID("find-out").Class("card").Aria("labelledby", "find-out-title").Body(
		app.H2().ID("find-out-title").Text(p.t(mFindOutTitle)),
		app.If(len(fo) == 0, func() app.UI {
			return app.P().Text(p.t(mNoFindOut))
		}).Else(func() app.UI {
			return app.Div().Body(
				app.P().Text(p.t(mFindOutLead)),
				app.Ul().Class("find-out").Body(app.Range(fo).Slice(func(i int) app.UI {
					f := fo[i]
					q := p.s.Bank().Question(f.Question)
					area := p.s.Bank().Area(f.Area)
					if q == nil || area == nil {
						return nil
					}
					return app.Li().Body(
						app.A().Href(href(areaPath(f.Area)+"#q-"+f.Question)).Text(p.text(q.Text)),
						app.Span().Class("muted").Text(" ("+p.text(area.Name)+")"),
					)
				})),
			)
		}),
	)
}
