package app

import (
	"fmt"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The printed plan's first page, the manager's: what the rating means, the
// top risks, the first actions with room for an owner and a due date, and
// the sign-off.

// coverApp names the tool and, on an intranet's copy, the organisation.
func coverApp(v view) string {
	line := v.t(words.AppName) + " · " + v.t(words.AppTagline)
	if org := siteOrganisation(v); org != "" {
		line += " · " + org
	}
	return line
}

// summaryRisks and summaryActions are how many incidents and plan items
// the first page names: what a manager takes in at a glance.
const (
	summaryRisks   = 3
	summaryActions = 5
)

// topRisks names, on the first page, the incidents the answers come
// closest to: full matches first, then those resting on "don't know" and
// the single-cause examples.
func topRisks(v view, ms []assessment.IncidentMatch) app.UI {
	if len(ms) > summaryRisks {
		ms = ms[:summaryRisks]
	}
	return app.Div().ID("cover-risks").Class("cover-block").Body(
		app.H2().Text(v.t(words.SummaryTopRisks)),
		app.If(len(ms) == 0, func() app.UI {
			return app.P().Text(v.t(words.SummaryNoRisk))
		}).Else(func() app.UI {
			return app.Ol().Body(app.Range(ms).Slice(func(i int) app.UI {
				inc := v.bank().Incident(ms[i].Incident)
				if inc == nil {
					return nil
				}
				return app.Li().Text(incidentLabel(v, inc) + " — " + words.State(v.lang(), ms[i].State))
			}))
		}),
	)
}

// firstActions lists the plan's first items with room for an owner and a
// due date: the part of the plan a manager signs off.
func firstActions(v view, pl *assessment.Plan) app.UI {
	if len(pl.Items) == 0 {
		return nil
	}
	items := pl.Items
	if len(items) > summaryActions {
		items = items[:summaryActions]
	}
	l := v.lang()
	return app.Div().ID("cover-actions").Class("cover-block").Body(
		app.H2().Text(v.t(words.SummaryFirstActions)),
		app.Table().Class("first-actions").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("c-no").Text(v.t(words.ColNo)),
				app.Th().Scope("col").Class("c-action").Text(v.t(words.Action)),
				app.Th().Scope("col").Class("c-when").Text(v.t(words.ColWhen)),
				app.Th().Scope("col").Class("c-cost").Text(v.t(words.CostHeading)),
				app.Th().Scope("col").Class("fill").Text(v.t(words.ColOwner)),
				app.Th().Scope("col").Class("fill").Text(v.t(words.ColDue)),
			)),
			app.TBody().Body(app.Range(items).Slice(func(i int) app.UI {
				it := items[i]
				title, cost := v.t(words.FindOutTask), words.CompareNoDelta.In(l)
				if a := v.bank().Action(it.Action); it.Kind != assessment.KindFindOut && a != nil {
					title, cost = v.text(a.Title), words.Cost(l, a.Cost)
				}
				return app.Tr().Body(
					app.Td().Text(fmt.Sprint(i+1)),
					app.Td().Body(
						app.Text(title),
						app.If(it.Critical, func() app.UI { return app.P().Class("cell-detail critical-tag").Text(v.t(words.CriticalFix)) }),
					),
					app.Td().Text(words.Horizon(l, it.Horizon)),
					app.Td().Text(cost),
					trackCells(v, it, false),
				)
			})),
		),
		app.If(len(pl.Items) > len(items), func() app.UI {
			return app.P().Class("cell-detail").Text(v.t(words.SummaryMore, len(pl.Items)-len(items)))
		}),
	)
}

// signOff is the approval box (承認欄) and the date of the next review, a
// year after this one.
func signOff(v view, date time.Time) app.UI {
	return app.Div().ID("cover-signoff").Class("cover-block signoff").Body(
		app.H2().Text(v.t(words.SignOffTitle)),
		app.Table().Class("signoff-table").Body(app.TBody().Body(app.Tr().Body(
			app.Th().Scope("row").Text(v.t(words.SignApprover)), app.Td().Class("fill"),
			app.Th().Scope("row").Text(v.t(words.SignDate)), app.Td().Class("fill"),
			app.Th().Scope("row").Text(v.t(words.SignSeal)), app.Td().Class("fill"),
		))),
		app.P().ID("next-review").Text(v.label(words.NextReview)+words.Date(v.lang(), date.AddDate(1, 0, 0))),
	)
}
