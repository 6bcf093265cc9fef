package app

import (
	"fmt"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rating says what the overall score means: its band, or that it is
// provisional (too few answers for a band); that a critical gap capped the
// band; how much of it rests on "don't know"; how many answers were "not
// applicable". The results page, the plan and the printed cover show it
// under the score, so no view shows a number without its meaning.
func rating(v view, id string, s assessment.Scores, p assessment.Progress) app.UI {
	if p.Answered == 0 {
		return nil
	}
	l := v.lang()
	return app.Div().ID(id).Class("rating").Body(
		app.If(s.Provisional, func() app.UI {
			return app.P().Class("band band-provisional").Body(
				app.Strong().Text(v.label(words.RatingHeading)+v.t(words.Provisional)),
				app.Text(" — "+v.t(words.ProvisionalLead, percent(v.bank().Scoring.MinAnswered))),
			)
		}).Else(func() app.UI {
			return app.P().Class("band", "band-"+s.Band).Body(
				app.Strong().Text(v.label(words.RatingHeading)+words.Band(l, s.Band)),
				app.Text(" — "+words.BandMeaning(l, s.Band)),
			)
		}),
		app.If(s.Capped && !s.Provisional, func() app.UI {
			return app.P().Class("capped").Text(v.t(words.Capped, words.Band(l, s.Band)))
		}),
		app.If(s.KnownShare < 1, func() app.UI {
			return app.P().Class("known-share").Text(fmt.Sprintf("%s%d%%", v.label(words.KnownShare), percent(s.KnownShare)))
		}),
		app.If(p.NA > 0, func() app.UI {
			return app.P().Class("na-count muted").Text(words.NACount.In(l, p.NA, p.NA))
		}),
		app.P().Class("method-link no-print").Body(app.A().Href(href(pathMethod)).Text(v.t(words.MethodLink))),
	)
}

// criticalGaps lists the critical questions answered no or "don't know":
// shown above the score, because no average may hide them. Each links to
// its question so the answer can be checked.
func criticalGaps(v view, id string, links bool) app.UI {
	cs := v.s.Result().Critical
	if len(cs) == 0 {
		return nil
	}
	l := v.lang()
	return app.Section().ID(id).Class("card critical").Aria("labelledby", id+"-title").Body(
		app.H2().ID(id+"-title").Text(v.t(words.CriticalTitle)),
		app.P().Text(words.CriticalLead.In(l, len(cs), len(cs))),
		app.Ul().Class("because").Body(app.Range(cs).Slice(func(i int) app.UI {
			c := cs[i]
			q := v.bank().Question(c.Question)
			if q == nil {
				return nil
			}
			answer := words.Answer(l, c.Answer)
			if c.Answer == assessment.Unknown {
				answer = v.t(words.CriticalUnknown)
			}
			var text app.UI = app.Span().Class("q").Text(v.text(q.Text))
			if links {
				text = app.A().Class("q").Href(href(areaPath(q.Area) + "#" + questionID(q.ID))).Text(v.text(q.Text))
			}
			return app.Li().Body(text, app.Text(" — "), app.Strong().Class("a").Text(answer))
		})),
	)
}

// overallBar is the overall score's bar, coloured by its band rather than
// by the number alone: a critical gap keeps a 95 out of green, and a
// provisional score has no colour.
func overallBar(v view, id, label string, s assessment.Scores, answered int) app.UI {
	return scoreBarBand(v, id, label, s.Overall, answered, bandColour(s))
}

// bandColour is the bar class of a rated score.
func bandColour(s assessment.Scores) string {
	switch {
	case s.Provisional || s.Band == "":
		return "provisional"
	case s.Band == "good":
		return "high"
	case s.Band == "fair":
		return "mid"
	}
	return "low"
}
