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
	matches, close, partial := splitMatches(r.Incidents)
	if r.Progress.Answered == 0 {
		return c.layout(
			app.H1().Text(v.t(words.PageResults)),
			app.P().ID("nothing-yet").Text(v.t(words.NothingYet)),
			app.A().Class("button primary").Href(href(pathProfile)).Text(v.t(words.Start)),
		)
	}
	return c.layout(
		app.H1().Text(v.t(words.PageResults)),
		siteContact(v),
		app.P().Class("lead").Text(v.t(words.ResultsLead)),
		progressBlock(v, r.Progress.Answered, r.Progress.Total),
		criticalGaps(v, "critical", true),
		app.Section().Class("card").Aria("labelledby", "scores-title").Body(
			app.H2().ID("scores-title").Text(v.t(words.Overall)),
			overallBar(v, "overall", v.t(words.Overall), r.Scores, r.Progress.Answered),
			rating(v, "rating", r.Scores, r.Progress),
		),
		app.Section().ID("matches").Aria("labelledby", "matches-title").Body(
			app.H2().ID("matches-title").Text(v.t(words.MatchesTitle)),
			app.If(len(matches) == 0, func() app.UI {
				return app.P().ID("no-matches").Text(v.t(words.NoMatches))
			}),
			app.Range(matches).Slice(func(i int) app.UI { return incidentCard(v, matches[i]) }),
			app.If(len(close) > 0, func() app.UI {
				return app.Div().Body(
					app.H3().Text(v.t(words.CloseTitle)),
					app.Range(close).Slice(func(i int) app.UI { return incidentCard(v, close[i]) }),
				)
			}),
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
		ipaSheet(v, "ipa"),
		app.Div().Class("pager").Body(
			app.A().ID("to-plan").Class("button primary").Href(href(pathPlan)).Text(v.t(words.ToPlan)),
		),
	)
}

// splitMatches separates the incidents the answers match, those they
// cannot rule out or give an example of, and partial matches, keeping the
// domain's order (it lists only incidents that can apply and that the
// answers come close to).
func splitMatches(ms []assessment.IncidentMatch) (matches, close, partial []assessment.IncidentMatch) {
	for _, m := range ms {
		switch m.State {
		case assessment.Match:
			matches = append(matches, m)
		case assessment.Partial:
			partial = append(partial, m)
		default:
			close = append(close, m)
		}
	}
	return matches, close, partial
}
