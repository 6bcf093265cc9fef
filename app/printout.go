package app

import (
	"fmt"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// printout is the hand-over document (the /report page), laid out for A4
// by print.css: cover, summary of matched incidents, the action table with
// columns to fill by hand, the find-out tasks and an appendix of incidents
// with sources. On screen it is a preview with a print button; the language
// switch in the header changes the document too.
type printout struct {
	page
	date time.Time
}

func newReport() *printout { return &printout{page: page{title: words.ReportTitle}} }

func (c *printout) OnInit() {
	c.page.OnInit()
	if c.date.IsZero() {
		c.date = time.Now()
	}
}

func (c *printout) Render() app.UI {
	v := c.view()
	l := v.lang()
	r := c.s.Result()
	matches, close, partial := splitMatches(r.Incidents)
	pl := c.s.Plan()
	company := c.s.Company()
	if company == "" {
		company = v.t(words.NoCompany)
	}
	return c.layout(
		app.Div().Class("print-bar no-print").Body(
			app.Button().ID("print").Class("button primary").Type("button").Text(v.t(words.Print)).OnClick(c.onPrint),
			app.A().Class("button").Href(href(pathPlan)).Text(v.t(words.BackToPlan)),
			app.P().Class("hint").Text(v.t(words.PrintHint)),
		),
		app.Article().Class("report").Lang(string(l)).Body(
			app.Section().ID("cover").Class("sheet cover").Body(
				app.P().Class("cover-app").Text(coverApp(v)),
				app.H1().Text(v.t(words.ReportTitle)),
				app.P().ID("cover-company").Class("cover-company").Text(company),
				app.Dl().Class("cover-facts").Body(
					app.Dt().Text(v.t(words.ReportDate)), app.Dd().Text(words.Date(l, c.date)),
					app.Dt().Text(v.t(words.ReportLang)), app.Dd().Text(v.t(words.LangName)),
					app.Dt().Text(v.t(words.Bank)), app.Dd().ID("cover-bank").Text(v.text(v.bank().Title)+" "+v.bank().Version),
					app.Dt().Text(v.t(words.ReportAnswers)), app.Dd().Text(fmt.Sprintf("%d / %d", r.Progress.Answered, r.Progress.Total)),
				),
				overallBar(v, "cover-overall", v.t(words.Overall), r.Scores, r.Progress.Answered),
				rating(v, "cover-rating", r.Scores, r.Progress),
				criticalGaps(v, "cover-critical", false),
				topRisks(v, append(append([]assessment.IncidentMatch{}, matches...), close...)),
				firstActions(v, pl),
				signOff(v, c.date),
				siteContact(v),
				app.P().Class("disclaimer").Text(v.t(words.ReportDisclaimer)),
			),
			app.Section().ID("scores").Class("sheet scores").Body(
				app.H2().Text(v.t(words.ScoresTitle)),
				// The plan projects only actions it still holds: one planned
				// before an answer changed may have left it.
				app.If(pl.Projected != nil, func() app.UI {
					return overallBar(v, "cover-projected", v.t(words.Projected), *pl.Projected, r.Progress.Answered)
				}),
				scoreTable(v, r.Scores.Areas),
				ipaSheet(v, "cover-ipa"),
			),
			app.Section().ID("summary").Class("sheet").Body(
				app.H2().Text(v.t(words.ReportSummary)),
				// With nothing answered, "no match" would read as good news.
				app.If(r.Progress.Answered == 0, func() app.UI {
					return app.P().ID("summary-empty").Text(v.t(words.ReportNoMatch))
				}).ElseIf(len(matches) == 0, func() app.UI {
					return app.P().ID("summary-empty").Text(v.t(words.NoMatches))
				}),
				app.Range(matches).Slice(func(i int) app.UI { return matchSummary(v, matches[i]) }),
				incidentStates(v, words.CloseTitle, close),
				incidentStates(v, words.PartialTitle, partial),
			),
			actionTable(v),
			findOutTable(v),
			appendix(v),
			answersAppendix(v),
			standards(v),
		),
	)
}

// matchSummary is the short form of an incident card for the summary
// page: the headline and the answers behind it. The appendix tells the
// incident.
func matchSummary(v view, m assessment.IncidentMatch) app.UI {
	inc := v.bank().Incident(m.Incident)
	if inc == nil {
		return nil
	}
	return app.Div().ID("summary-"+inc.ID).Class("match-summary").Body(
		app.H3().Text(v.t(words.MatchHeadline, v.text(inc.Name), year(inc.Date))),
		becauseList(v, m.Because),
	)
}

// incidentStates lists incidents with how the answers follow each, under
// a heading; nothing when there are none.
func incidentStates(v view, title words.Msg, ms []assessment.IncidentMatch) app.UI {
	if len(ms) == 0 {
		return nil
	}
	return app.Div().Body(
		app.H3().Text(v.t(title)),
		app.Ul().Body(app.Range(ms).Slice(func(i int) app.UI {
			m := ms[i]
			inc := v.bank().Incident(m.Incident)
			if inc == nil {
				return nil
			}
			state := words.State(v.lang(), m.State)
			if m.State == assessment.Partial {
				state = v.t(words.Coverage, percent(m.Coverage))
			}
			return app.Li().Text(incidentLabel(v, inc) + " — " + state)
		})),
	)
}

// scoreTable is the compact per-area score table of the cover.
func scoreTable(v view, scores []assessment.AreaScore) app.UI {
	return app.Table().ID("cover-areas").Class("score-table").Body(
		app.Caption().Text(v.t(words.AreaScores)),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(v.t(words.ColArea)),
			app.Th().Scope("col").Text(v.t(words.ColScore)),
			app.Th().Scope("col").Text(v.t(words.ReportAnswers)),
		)),
		app.TBody().Body(app.Range(scores).Slice(func(i int) app.UI {
			as := scores[i]
			return app.Tr().Body(
				app.Th().Scope("row").Text(areaName(v, as.Area)),
				app.Td().Class("bar-col").Body(app.Span().Text(words.ScoreCell(v.lang(), as.Score, as.Answered)), bar(as.Score)),
				app.Td().Text(fmt.Sprintf("%d / %d", as.Answered, as.Total)),
			)
		})),
	)
}

// fillCell is an empty cell for the consultant and the company to write
// in; narrow holds a box to tick.
func fillCell(narrow bool) app.UI {
	if narrow {
		return app.Td().Class("fill narrow").Body(app.Span().Class("box").Aria("hidden", "true").Text("☐"))
	}
	return app.Td().Class("fill")
}

// actionTable lists the plan with empty owner, due and done cells for the
// consultant and the company to fill in by hand.
func actionTable(v view) app.UI {
	pl := v.s.Plan()
	return app.Section().ID("actions").Class("sheet").Body(
		app.H2().Text(v.t(words.ReportActions)),
		app.If(len(pl.Items) == 0, func() app.UI {
			return app.P().Text(v.t(words.EmptyPlan(v.s.Result().Progress)))
		}).Else(func() app.UI {
			return app.Div().Class("table-wrap").Body(app.Table().Class("actions-table").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Class("c-no").Text(v.t(words.ColNo)),
					app.Th().Scope("col").Class("c-action").Text(v.t(words.Action)),
					app.Th().Scope("col").Class("c-when").Text(v.t(words.ColWhen)),
					app.Th().Scope("col").Class("fill").Text(v.t(words.ColOwner)),
					app.Th().Scope("col").Class("fill").Text(v.t(words.ColDue)),
					app.Th().Scope("col").Class("fill narrow").Text(v.t(words.ColDone)),
				)),
				app.TBody().Body(app.Range(pl.Items).Slice(func(i int) app.UI {
					return actionRow(v, i+1, pl.Items[i])
				})),
			))
		}),
	)
}

// actionRow is one plan item in the printed table: what to do, with who
// would usually do it and how long it takes on one line, its stopgap, its
// steps (for the items of the first month: what gets done first is what
// people follow from the paper; later items keep their title and "done
// when"), and its references on one small line; then when, and the cells
// to fill in by hand.
func actionRow(v view, n int, it assessment.PlanItem) app.UI {
	l := v.lang()
	title := v.t(words.FindOutTask)
	meta := v.label(words.ColRole) + words.Role(l, it.Person) + " · " + v.label(words.EffortHeading) + words.Hours(l, it.Hours)
	var details, steps []string
	refs := ""
	a := v.bank().Action(it.Action)
	if it.Kind == assessment.KindFindOut {
		details = append(details, words.FindOutTaskLead.In(l, len(it.Closes), len(it.Closes)))
	} else if a != nil {
		title = v.text(a.Title)
		meta = v.label(words.ColRole) + words.Role(l, it.Person) + " · " + v.label(words.EffortHeading) + words.Effort(l, a.Effort) + " · " + words.Cost(l, a.Cost)
		if a.LeadTimeDays > 0 {
			details = append(details, v.t(words.LeadTime, a.LeadTimeDays))
		}
		if a.Stopgap != nil {
			details = append(details, v.label(words.Stopgap)+v.text(*a.Stopgap))
		}
		if it.Horizon == assessment.Week || it.Horizon == assessment.Month {
			for _, st := range a.Steps {
				steps = append(steps, v.text(st))
			}
		}
		details = append(details, v.label(words.DoneWhen)+v.text(a.DoneWhen))
		refs = report.RefsText(a.Refs)
	} else {
		return nil
	}
	row := app.Tr()
	if it.Critical {
		row = row.Class("critical-row")
	}
	return row.Body(
		app.Td().Text(fmt.Sprint(n)),
		app.Td().Body(
			app.Strong().Text(title),
			app.If(it.Critical, func() app.UI { return app.P().Class("cell-detail critical-tag").Text(v.t(words.CriticalFix)) }),
			app.P().Class("cell-detail cell-meta").Text(meta),
			app.If(len(steps) > 0, func() app.UI {
				return app.Ol().Class("cell-steps").Body(app.Range(steps).Slice(func(i int) app.UI { return app.Li().Text(steps[i]) }))
			}),
			app.Range(details).Slice(func(i int) app.UI { return app.P().Class("cell-detail").Text(details[i]) }),
			app.If(refs != "", func() app.UI { return app.P().Class("cell-refs").Text(refs) }),
		),
		// Planned is said in words: a bare tick next to "This week"
		// reads as "done".
		app.Td().Body(
			app.Text(words.Horizon(l, it.Horizon)),
			app.If(it.Planned, func() app.UI {
				return app.P().Class("cell-detail planned").Text(v.t(words.Planned))
			}),
		),
		trackCells(v, it, true),
	)
}

// trackCells are the owner, due and done cells of a plan item: what the
// tracking holds (the due date set, else the end of its horizon), with room
// to write where it holds nothing. withDone adds the box to tick.
func trackCells(v view, it assessment.PlanItem, withDone bool) app.UI {
	if it.Kind == assessment.KindFindOut || v.bank().Action(it.Action) == nil {
		if withDone {
			return app.Range([]bool{false, false, true}).Slice(func(i int) app.UI { return fillCell(i == 2) })
		}
		return app.Range([]bool{false, false}).Slice(func(i int) app.UI { return fillCell(false) })
	}
	tr := v.s.Track(it.Action)
	due := words.ShortDate(v.lang(), v.s.Answers().Due(it.Action, it.Horizon, time.Now()))
	cells := []app.UI{
		app.Td().Class("fill").Text(tr.Owner),
		app.Td().Class("fill").Text(due),
	}
	if withDone {
		switch tr.Status {
		case assessment.StatusDone:
			cells = append(cells, app.Td().Class("fill narrow").Text("☑ "+v.t(words.ColDone)))
		case assessment.StatusWontDo:
			cells = append(cells, app.Td().Class("fill narrow").Text(words.Status(v.lang(), tr.Status)))
		default:
			cells = append(cells, fillCell(true))
		}
	}
	return app.Range(cells).Slice(func(i int) app.UI { return cells[i] })
}

// findOutTable lists the "don't know" answers as tasks to hand out.
func findOutTable(v view) app.UI {
	fo := v.s.Result().FindOut
	if len(fo) == 0 {
		return nil
	}
	return app.Section().ID("report-find-out").Class("sheet").Body(
		app.H2().Text(v.t(words.FindOutTitle)),
		app.P().Text(v.t(words.FindOutLead)),
		app.Div().Class("table-wrap").Body(app.Table().Class("find-out-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("c-no").Text(v.t(words.ColNo)),
				app.Th().Scope("col").Class("c-question").Text(v.t(words.ColQuestion)),
				app.Th().Scope("col").Class("c-area").Text(v.t(words.ColArea)),
				app.Th().Scope("col").Class("fill").Text(v.t(words.ColOwner)),
				app.Th().Scope("col").Class("fill narrow").Text(v.t(words.ColDone)),
			)),
			app.TBody().Body(app.Range(fo).Slice(func(i int) app.UI {
				q := v.bank().Question(fo[i].Question)
				area := v.bank().Area(fo[i].Area)
				if q == nil || area == nil {
					return nil
				}
				return app.Tr().Body(
					app.Td().Text(fmt.Sprint(i+1)),
					app.Td().Text(v.text(q.Text)),
					app.Td().Text(v.text(area.Name)),
					fillCell(false), fillCell(true),
				)
			})),
		)),
	)
}

func (c *printout) onPrint(ctx app.Context, e app.Event) { printPage() }
