package app

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// plan is the remediation plan by horizon, with what-if: ticking an action
// as planned shows the score once the planned actions are done.
type plan struct{ page }

func newPlan() *plan { return &plan{page: page{title: mNavPlan}} }

func (c *plan) Render() app.UI {
	r := c.s.Result()
	pl := c.s.Plan()
	planned := 0
	for _, it := range pl.Actions {
		if c.s.Planned(it.Action) {
			planned++
		}
	}
	return c.layout(
		app.H1().Text(c.t(mPlanTitle)),
		app.P().Class("lead").Text(c.t(mPlanLead)),
		// What-if needs actions to tick: without any, "0 of 0 actions
		// planned" and two equal scores only add noise to the message.
		app.If(len(pl.Actions) == 0, func() app.UI {
			return app.P().ID("no-plan").Text(c.t(noPlanMsg(r)))
		}).Else(func() app.UI {
			return app.Section().Class("card whatif").Aria("live", "polite").Body(
				c.scoreBar("score-now", c.t(mCurrent), r.Scores.Overall, r.Progress.Answered),
				c.scoreBar("score-projected", c.t(mProjected), r.Projected.Overall, r.Progress.Answered),
				app.P().ID("planned-count").Text(c.t(mPlannedCount, planned, len(pl.Actions))),
			)
		}),
		app.Range(assessment.Horizons).Slice(func(i int) app.UI {
			return c.horizon(pl, assessment.Horizons[i])
		}),
		app.Div().Class("pager no-print").Body(
			app.A().ID("open-report").Class("button primary").Href(href(pathReport)).Text(c.t(mOpenReport)),
		),
		app.Section().Class("card downloads no-print").Aria("labelledby", "downloads-title").Body(
			app.H2().ID("downloads-title").Text(c.t(mDownloads)),
			app.Div().Class("row").Body(
				app.Button().Class("button").Type("button").Value("md").Text(c.t(mDownloadMD)).OnClick(c.onDownload),
				app.Button().Class("button").Type("button").Value("csv").Text(c.t(mDownloadCSV)).OnClick(c.onDownload),
				app.Button().Class("button").Type("button").Value("json").Text(c.t(mDownloadJSON)).OnClick(c.onDownload),
			),
		),
	)
}

// horizon draws the actions due within one horizon, numbered across the
// whole plan.
func (c *plan) horizon(pl *assessment.Plan, h assessment.Horizon) app.UI {
	var items []int
	for i, it := range pl.Actions {
		if it.Horizon == h {
			items = append(items, i)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return app.Section().Class("horizon").Aria("labelledby", "h-"+string(h)).Body(
		app.H2().ID("h-"+string(h)).Text(lookup(c.s.Lang(), horizonMsg, h)),
		app.Range(items).Slice(func(i int) app.UI {
			n := items[i]
			return c.actionCard(n+1, pl.Actions[n])
		}),
	)
}

func (c *plan) actionCard(n int, it assessment.PlanItem) app.UI {
	b := c.s.Bank()
	a := b.Action(it.Action)
	if a == nil {
		return nil
	}
	l := c.s.Lang()
	checkID := "plan-" + a.ID
	return app.Article().ID("action-"+a.ID).Class("card action").Body(
		app.H3().Text(strconv.Itoa(n)+". "+c.text(a.Title)),
		app.Label().Class("check").For(checkID).Body(
			checked(app.Input().Type("checkbox").ID(checkID).Value(a.ID), app.IsServer && c.s.Planned(a.ID)).
				OnChange(c.onPlanned),
			app.Span().Text(c.t(mPlannedCheck)),
		),
		app.Dl().Class("facts").Body(
			app.Dt().Text(c.t(mRole)), app.Dd().Text(lookup(l, roleMsg, a.Role)),
			app.Dt().Text(c.t(mEffort)), app.Dd().Text(effortText(l, a.Effort)),
			app.Dt().Text(c.t(mCost)), app.Dd().Text(lookup(l, costMsg, a.Cost)),
		),
		app.If(len(it.Fixes) > 0, func() app.UI {
			return app.P().Body(app.Strong().Text(c.t(mFixes)+": "), app.Text(c.weaknessNames(it.Fixes)))
		}),
		app.If(len(it.Prevents) > 0, func() app.UI {
			return app.P().Body(app.Strong().Text(c.t(mPrevents)+": "), app.Text(c.incidentNames(it.Prevents)))
		}),
		app.H4().Text(c.t(mSteps)),
		app.Ol().Class("steps").Body(app.Range(a.Steps).Slice(func(i int) app.UI {
			return app.Li().Text(c.text(a.Steps[i]))
		})),
		app.P().Class("done-when").Body(app.Strong().Text(c.t(mDoneWhen)+": "), app.Text(c.text(a.DoneWhen))),
		app.P().Class("refs").Body(app.Strong().Text(c.t(mReferences)+": "), app.Text(assessment.RefsText(a.Refs))),
	)
}

func (p *page) weaknessNames(ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if w := p.s.Bank().Weakness(id); w != nil {
			names = append(names, p.text(w.Name))
		}
	}
	return strings.Join(names, p.listSep())
}

func (p *page) incidentNames(ids []string) string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if inc := p.s.Bank().Incident(id); inc != nil {
			names = append(names, p.text(inc.Name)+" ("+year(inc.Date)+")")
		}
	}
	return strings.Join(names, p.listSep())
}

func (p *page) listSep() string {
	if p.s.Lang() == assessment.JA {
		return "、"
	}
	return ", "
}

// effortText writes an effort range: hours up to two working days, days
// (of 8 hours) beyond.
func effortText(l assessment.Lang, e assessment.Effort) string {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	rng := func(lo, hi float64) string {
		if lo == hi {
			return num(lo)
		}
		return num(lo) + "–" + num(hi)
	}
	if e.MaxHours <= 16 {
		return tr(l, mEffortHours, rng(e.MinHours, e.MaxHours))
	}
	day := func(h float64) float64 { return float64(int(h/8*2+0.5)) / 2 }
	return tr(l, mEffortDays, rng(max(day(e.MinHours), 0.5), day(e.MaxHours)))
}

func (c *plan) onPlanned(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	c.s.SetPlanned(src.Get("value").String(), src.Get("checked").Bool())
}

// onDownload saves the result and plan as a file in the format named by the
// button's value, in the current language.
func (c *plan) onDownload(ctx app.Context, e app.Event) {
	format := ctx.JSSrc().Get("value").String()
	var write func(io.Writer, *assessment.Bank, *assessment.Result, *assessment.Plan, assessment.Lang) error
	var mime string
	switch format {
	case "md":
		write, mime = assessment.WriteMarkdown, "text/markdown;charset=utf-8"
	case "csv":
		write, mime = assessment.WriteCSV, "text/csv;charset=utf-8"
	case "json":
		write, mime = assessment.WriteJSON, "application/json"
	default:
		return
	}
	var buf bytes.Buffer
	if err := write(&buf, c.s.Bank(), c.s.Result(), c.s.Plan(), c.s.Lang()); err != nil {
		return
	}
	download("hiyari-plan-"+time.Now().Format("2006-01-02")+"."+format, mime, buf.Bytes())
}

// noPlanMsg explains an empty plan: nothing answered yet is not the same as
// nothing to do.
func noPlanMsg(r *assessment.Result) msg {
	if r.Progress.Answered == 0 {
		return mPlanNoAnswers
	}
	return mNoPlan
}
