package app

import (
	"bytes"
	"io"
	"strconv"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// plan is the remediation plan by horizon, with what-if: ticking an action
// as planned shows the score once the planned actions are done.
type plan struct{ page }

func newPlan() *plan { return &plan{page: page{title: words.PagePlan}} }

func (c *plan) Render() app.UI {
	v := c.view()
	r := c.s.Result()
	pl := c.s.Plan()
	actions := 0
	for _, it := range pl.Items {
		if it.Kind == assessment.KindAction {
			actions++
		}
	}
	return c.layout(
		app.H1().Text(v.t(words.PlanTitle)),
		app.P().Class("lead").Text(v.t(words.PlanLead)),
		siteContact(v),
		criticalGaps(v, "plan-critical", true),
		// What-if needs actions to tick: without any, "0 of 0 actions
		// planned" and two equal scores only add noise to the message.
		app.If(len(pl.Items) == 0, func() app.UI {
			return app.P().ID("no-plan").Text(v.t(words.EmptyPlan(r.Progress)))
		}).Else(func() app.UI {
			return app.Section().Class("card whatif").Aria("live", "polite").Body(
				overallBar(v, "score-now", v.t(words.Current), r.Scores, r.Progress.Answered),
				app.If(pl.Projected != nil, func() app.UI {
					return overallBar(v, "score-projected", v.t(words.Projected), *pl.Projected, r.Progress.Answered)
				}),
				app.P().ID("planned-count").Text(words.PlannedCount.In(v.lang(), actions, len(pl.Planned()), actions)),
				// With few answers, "0 out of 100" and "+100" for one
				// action are true of the answers given but not of the
				// company: say so beside the figures.
				app.If(r.Scores.Provisional, func() app.UI {
					return app.P().ID("plan-provisional").Class("hint").Text(v.t(words.ProvisionalLead, percent(v.bank().Scoring.MinAnswered)))
				}),
			)
		}),
		app.Range(assessment.Horizons).Slice(func(i int) app.UI {
			return c.horizon(v, pl, assessment.Horizons[i])
		}),
		app.Div().Class("pager no-print").Body(
			app.A().ID("open-report").Class("button primary").Href(href(pathReport)).Text(v.t(words.OpenReport)),
		),
		app.Section().Class("card downloads no-print").Aria("labelledby", "downloads-title").Body(
			app.H2().ID("downloads-title").Text(v.t(words.Downloads)),
			app.Div().Class("row").Body(
				app.Button().Class("button").Type("button").Value("md").Text(v.t(words.DownloadMD)).OnClick(c.onDownload),
				app.Button().Class("button").Type("button").Value("csv").Text(v.t(words.DownloadCSV)).OnClick(c.onDownload),
				app.Button().Class("button").Type("button").Value("json").Text(v.t(words.DownloadJSON)).OnClick(c.onDownload),
			),
		),
	)
}

// horizon draws the items due within one horizon, numbered across the
// whole plan.
func (c *plan) horizon(v view, pl *assessment.Plan, h assessment.Horizon) app.UI {
	var items []int
	for i, it := range pl.Items {
		if it.Horizon == h {
			items = append(items, i)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return app.Section().Class("horizon").Aria("labelledby", "h-"+string(h)).Body(
		app.H2().ID("h-"+string(h)).Text(words.Horizon(v.lang(), h)),
		app.Range(items).Slice(func(i int) app.UI {
			n := items[i]
			if pl.Items[n].Kind == assessment.KindFindOut {
				return findOutCard(v, n+1, pl.Items[n])
			}
			return c.actionCard(v, n+1, pl.Items[n])
		}),
	)
}

// itemFacts lists who does an item, how long it takes, what it costs, what
// the score gains and, for work another party must agree to, how long that
// usually takes.
func itemFacts(v view, it assessment.PlanItem, a *assessment.Action) app.UI {
	l := v.lang()
	effort := words.Hours(l, it.Hours)
	if a != nil {
		effort = words.Effort(l, a.Effort)
	}
	return app.Dl().Class("facts").Body(
		app.Dt().Text(v.t(words.RoleHeading)), app.Dd().Text(words.Role(l, it.Person)),
		app.Dt().Text(v.t(words.EffortHeading)), app.Dd().Text(effort),
		app.If(a != nil, func() app.UI {
			return app.Div().Class("fact").Body(app.Dt().Text(v.t(words.CostHeading)), app.Dd().Text(words.Cost(l, a.Cost)))
		}),
		app.If(it.Points > 0, func() app.UI {
			return app.Div().Class("fact").Body(app.Dt().Text(v.t(words.PointsHeading)), app.Dd().Text(v.t(words.PointsValue, it.Points)))
		}),
		app.If(a != nil && a.LeadTimeDays > 0, func() app.UI {
			return app.Div().Class("fact lead-time").Body(app.Dt().Text(v.t(words.LeadTimeHeading)), app.Dd().Text(v.t(words.LeadTime, a.LeadTimeDays)))
		}),
	)
}

// findOutCard is the task of finding out the "don't know" answers, each
// linked to its question.
func findOutCard(v view, n int, it assessment.PlanItem) app.UI {
	return app.Article().ID("find-out-task").Class("card action find-out-task").Body(
		app.H3().Text(strconv.Itoa(n)+". "+v.t(words.FindOutTask)),
		app.If(it.Critical, func() app.UI { return app.P().Class("critical-tag").Text(v.t(words.CriticalFix)) }),
		itemFacts(v, it, nil),
		app.P().Text(words.FindOutTaskLead.In(v.lang(), len(it.Closes), len(it.Closes))),
		app.Ul().Class("find-out").Body(app.Range(it.Closes).Slice(func(i int) app.UI {
			q := v.bank().Question(it.Closes[i])
			if q == nil {
				return nil
			}
			return app.Li().Body(app.A().Href(href(areaPath(q.Area) + "#" + questionID(q.ID))).Text(v.text(q.Text)))
		})),
	)
}

// actionCard is one action of the plan with its "planned" checkbox.
func (c *plan) actionCard(v view, n int, it assessment.PlanItem) app.UI {
	a := v.bank().Action(it.Action)
	if a == nil {
		return nil
	}
	check := plannedID(a.ID)
	return app.Article().ID("action-"+a.ID).Class("card action").Body(
		app.H3().Text(strconv.Itoa(n)+". "+v.text(a.Title)),
		app.If(it.Critical, func() app.UI { return app.P().Class("critical-tag").Text(v.t(words.CriticalFix)) }),
		app.Label().Class("check").For(check).Body(
			checked(app.Input().Type("checkbox").ID(check).Value(a.ID), app.IsServer && it.Planned).
				OnChange(c.onPlanned),
			app.Span().Text(v.t(words.PlannedCheck)),
		),
		itemFacts(v, it, a),
		app.If(a.Stopgap != nil, func() app.UI {
			return app.P().Class("stopgap").Body(app.Strong().Text(v.label(words.Stopgap)), app.Text(v.text(*a.Stopgap)))
		}),
		app.If(len(it.Fixes) > 0, func() app.UI {
			return app.P().Body(app.Strong().Text(v.label(words.Fixes)), app.Text(weaknessNames(v, it.Fixes)))
		}),
		app.If(len(it.Addresses) > 0, func() app.UI {
			return app.P().Class("addresses").Body(app.Strong().Text(v.label(words.Addresses)), app.Text(incidentNames(v, it.Addresses)))
		}),
		app.H4().Text(v.t(words.Steps)),
		app.Ol().Class("steps").Body(app.Range(a.Steps).Slice(func(i int) app.UI {
			return app.Li().Text(v.text(a.Steps[i]))
		})),
		app.P().Class("done-when").Body(app.Strong().Text(v.label(words.DoneWhen)), app.Text(v.text(a.DoneWhen))),
		app.P().Class("refs").Body(app.Strong().Text(v.label(words.References)), app.Text(report.RefsText(a.Refs))),
		c.tracking(v, a.ID, it),
	)
}

func weaknessNames(v view, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if w := v.bank().Weakness(id); w != nil {
			names = append(names, v.text(w.Name))
		}
	}
	return words.List(v.lang(), names)
}

func incidentNames(v view, ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if inc := v.bank().Incident(id); inc != nil {
			names = append(names, incidentLabel(v, inc))
		}
	}
	return words.List(v.lang(), names)
}

func (c *plan) onPlanned(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	c.s.SetPlanned(src.Get("value").String(), src.Get("checked").Bool())
}

// onDownload saves the result and plan as a file in the format named by the
// button's value, in the current language.
func (c *plan) onDownload(ctx app.Context, e app.Event) {
	format := ctx.JSSrc().Get("value").String()
	var write func(io.Writer, report.Doc) error
	var mime string
	switch format {
	case "md":
		write, mime = report.WriteMarkdown, "text/markdown;charset=utf-8"
	case "csv":
		write, mime = report.WriteCSV, "text/csv;charset=utf-8"
	case "json":
		write, mime = report.WriteJSON, "application/json"
	default:
		return
	}
	d := report.Doc{Bank: c.s.Bank(), Answers: c.s.Answers(), Result: c.s.Result(), Plan: c.s.Plan(), Lang: c.s.Lang()}
	var buf bytes.Buffer
	if err := write(&buf, d); err != nil {
		return
	}
	download(fileName(c.s.Answers(), "-plan."+format), mime, buf.Bytes())
}
