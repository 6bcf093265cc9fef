package app

import (
	"math"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// incidentCard shows how the answers follow a documented incident: the
// headline, what happened, the answers behind it and, unless the answers
// match, how close they come: what the company shares with the victim, what
// it does not know, and what it has that the victim lacked.
func incidentCard(v view, m assessment.IncidentMatch) app.UI {
	inc := v.bank().Incident(m.Incident)
	if inc == nil {
		return nil
	}
	match := m.State == assessment.Match
	headline := incidentLabel(v, inc)
	if match {
		headline = v.t(words.MatchHeadline, v.text(inc.Name), year(inc.Date))
	}
	return app.Article().ID("incident-"+inc.ID).Class("card", "incident", m.State).Body(
		app.H3().Text(headline),
		app.P().Class("meta").Text(v.text(inc.Organisation)+" · "+inc.Date),
		app.If(!match, func() app.UI {
			state := words.State(v.lang(), m.State)
			if m.State == assessment.Partial {
				state += " — " + v.t(words.Coverage, percent(m.Coverage))
			}
			return app.P().Class("state").Text(state)
		}),
		app.P().Text(v.text(inc.Summary)),
		app.If(v.text(inc.Records.Text) != "", func() app.UI {
			return app.P().Class("records").Text(v.t(words.Records, v.text(inc.Records.Text)))
		}),
		app.If(len(m.Because) > 0, func() app.UI {
			return app.Div().Body(
				app.H4().Text(v.t(words.Because)),
				becauseList(v, m.Because),
			)
		}),
		app.If(!match && len(m.Present) > 0, func() app.UI {
			return weaknessList(v, words.SharedGaps, m.Present)
		}),
		app.If(!match && len(m.Unsure) > 0, func() app.UI {
			return weaknessList(v, words.UnsureGaps, m.Unsure)
		}),
		app.If(!match && len(m.Missing) > 0, func() app.UI {
			return weaknessList(v, words.MissingGaps, m.Missing)
		}),
		app.If(len(m.Amplifying) > 0, func() app.UI {
			return weaknessList(v, words.Amplifying, m.Amplifying)
		}),
		caveats(v, inc),
	)
}

// caveats lists what about an incident no primary source confirms, so a
// reader weighs it accordingly; nothing when all is confirmed.
func caveats(v view, inc *assessment.Incident) app.UI {
	if len(inc.Caveats) == 0 {
		return nil
	}
	return app.Div().Class("caveats").Body(
		app.H4().Text(v.t(words.Caveats)),
		app.Ul().Body(app.Range(inc.Caveats).Slice(func(i int) app.UI {
			return app.Li().Text(v.text(inc.Caveats[i]))
		})),
	)
}

// sourceTitle names a source, marked when it reports on another.
func sourceTitle(v view, s *assessment.Source) string {
	if s.Secondary {
		return v.t(words.Secondary, s.Title)
	}
	return s.Title
}

// becauseList quotes each question behind a match and the answer given.
func becauseList(v view, bs []assessment.Because) app.UI {
	return app.Ul().Class("because").Body(app.Range(bs).Slice(func(i int) app.UI {
		bc := bs[i]
		text := bc.Question
		if q := v.bank().Question(bc.Question); q != nil {
			text = v.text(q.Text)
		}
		return app.Li().Body(
			app.Span().Class("q").Text(text),
			app.Text(" — "),
			app.Strong().Class("a").Text(words.Answer(v.lang(), bc.Answer)),
		)
	}))
}

func weaknessList(v view, title words.Msg, ids []string) app.UI {
	return app.Div().Body(
		app.H4().Text(v.t(title)),
		app.Ul().Body(app.Range(ids).Slice(func(i int) app.UI {
			name := ids[i]
			if w := v.bank().Weakness(ids[i]); w != nil {
				name = v.text(w.Name)
			}
			return app.Li().Text(name)
		})),
	)
}

// incidentLabel names an incident with its year.
func incidentLabel(v view, inc *assessment.Incident) string {
	return v.t(words.IncidentLabel, v.text(inc.Name), year(inc.Date))
}

// year returns the year of a YYYY[-MM[-DD]] date.
func year(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return date
}

// percent turns a 0..1 share into a whole percentage.
func percent(x float64) int { return int(math.Round(100 * x)) }
