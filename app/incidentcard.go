package app

import (
	"math"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// incidentCard shows how the answers follow a documented incident: the
// headline, what happened, the answers that caused the match and, for a
// partial match, how close it is and what the company has that the victim
// lacked.
func (p *page) incidentCard(m assessment.IncidentMatch) app.UI {
	b := p.s.Bank()
	inc := b.Incident(m.Incident)
	if inc == nil {
		return nil
	}
	headline := mPartialHeadline
	cls := "incident partial"
	if m.Complete {
		headline, cls = mMatchHeadline, "incident complete"
	}
	return app.Article().ID("incident-"+inc.ID).Class("card", cls).Body(
		app.H3().Text(p.t(headline, p.text(inc.Name), year(inc.Date))),
		app.P().Class("meta").Text(p.text(inc.Organisation)+" · "+inc.Date),
		app.If(!m.Complete, func() app.UI {
			return app.P().Class("coverage").Text(p.t(mCoverage, percent(m.Coverage)))
		}),
		app.P().Text(p.text(inc.Summary)),
		app.If(p.text(inc.Records.Text) != "", func() app.UI {
			return app.P().Class("records").Text(p.t(mRecords, p.text(inc.Records.Text)))
		}),
		app.If(len(m.Because) > 0, func() app.UI {
			return app.Div().Body(
				app.H4().Text(p.t(mBecause)),
				app.Ul().Class("because").Body(app.Range(m.Because).Slice(func(i int) app.UI {
					return p.becauseItem(m.Because[i])
				})),
			)
		}),
		app.If(!m.Complete && len(m.Present) > 0, func() app.UI {
			return p.weaknessList(mSharedGaps, m.Present)
		}),
		app.If(!m.Complete && len(m.Missing) > 0, func() app.UI {
			return p.weaknessList(mMissingGaps, m.Missing)
		}),
		app.If(len(m.Amplifying) > 0, func() app.UI {
			return p.weaknessList(mAmplifying, m.Amplifying)
		}),
	)
}

// becauseItem quotes a question and the answer given to it.
func (p *page) becauseItem(bc assessment.Because) app.UI {
	text := bc.Question
	if q := p.s.Bank().Question(bc.Question); q != nil {
		text = p.text(q.Text)
	}
	return app.Li().Body(
		app.Span().Class("q").Text(text),
		app.Text(" — "),
		app.Strong().Class("a").Text(lookup(p.s.Lang(), answerMsg, bc.Answer)),
	)
}

func (p *page) weaknessList(title msg, ids []string) app.UI {
	return app.Div().Body(
		app.H4().Text(p.t(title)),
		app.Ul().Body(app.Range(ids).Slice(func(i int) app.UI {
			name := ids[i]
			if w := p.s.Bank().Weakness(ids[i]); w != nil {
				name = p.text(w.Name)
			}
			return app.Li().Text(name)
		})),
	)
}

// percent turns a 0..1 share into a whole percentage.
func percent(x float64) int { return int(math.Round(100 * x)) }
