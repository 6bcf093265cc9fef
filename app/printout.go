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
	complete, partial := splitMatches(r.Incidents)
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
				app.P().Class("cover-app").Text(v.t(words.AppName)+" · "+v.t(words.AppTagline)),
				app.H1().Text(v.t(words.ReportTitle)),
				app.P().ID("cover-company").Class("cover-company").Text(company),
				app.Dl().Class("cover-facts").Body(
					app.Dt().Text(v.t(words.ReportDate)), app.Dd().Text(words.Date(l, c.date)),
					app.Dt().Text(v.t(words.ReportLang)), app.Dd().Text(v.t(words.LangName)),
					app.Dt().Text(v.t(words.ReportAnswers)), app.Dd().Text(fmt.Sprintf("%d / %d", r.Progress.Answered, r.Progress.Total)),
				),
				scoreBar(v, "cover-overall", v.t(words.Overall), r.Scores.Overall, r.Progress.Answered),
				// Only actions still in the plan count: one planned before
				// an answer changed may have left it.
				app.If(c.plannedInPlan() > 0, func() app.UI {
					return scoreBar(v, "cover-projected", v.t(words.Projected), r.Projected.Overall, r.Progress.Answered)
				}),
				scoreTable(v, r.Scores.Areas),
				app.P().Class("disclaimer").Text(v.t(words.ReportDisclaimer)),
			),
			app.Section().ID("summary").Class("sheet").Body(
				app.H2().Text(v.t(words.ReportSummary)),
				// With nothing answered, "no match" would read as good news.
				app.If(r.Progress.Answered == 0, func() app.UI {
					return app.P().ID("summary-empty").Text(v.t(words.ReportNoMatch))
				}).ElseIf(len(complete) == 0, func() app.UI {
					return app.P().ID("summary-empty").Text(v.t(words.NoMatches))
				}),
				app.Range(complete).Slice(func(i int) app.UI { return matchSummary(v, complete[i]) }),
				app.If(len(partial) > 0, func() app.UI {
					return app.Div().Body(
						app.H3().Text(v.t(words.PartialTitle)),
						app.Ul().Body(app.Range(partial).Slice(func(i int) app.UI {
							m := partial[i]
							inc := v.bank().Incident(m.Incident)
							if inc == nil {
								return nil
							}
							return app.Li().Text(incidentLabel(v, inc) + " — " + v.t(words.Coverage, percent(m.Coverage)))
						})),
					)
				}),
			),
			actionTable(v),
			findOutTable(v),
			appendix(v),
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
	l := v.lang()
	return app.Section().ID("actions").Class("sheet").Body(
		app.H2().Text(v.t(words.ReportActions)),
		app.If(len(pl.Actions) == 0, func() app.UI {
			return app.P().Text(v.t(words.EmptyPlan(v.s.Result().Progress)))
		}).Else(func() app.UI {
			return app.Div().Class("table-wrap").Body(app.Table().Class("actions-table").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Class("c-no").Text(v.t(words.ColNo)),
					app.Th().Scope("col").Class("c-action").Text(v.t(words.Action)),
					app.Th().Scope("col").Class("c-when").Text(v.t(words.ColWhen)),
					app.Th().Scope("col").Class("c-role").Text(v.t(words.ColRole)),
					app.Th().Scope("col").Class("c-effort").Text(v.t(words.EffortHeading)),
					app.Th().Scope("col").Class("fill").Text(v.t(words.ColOwner)),
					app.Th().Scope("col").Class("fill").Text(v.t(words.ColDue)),
					app.Th().Scope("col").Class("fill narrow").Text(v.t(words.ColDone)),
				)),
				app.TBody().Body(app.Range(pl.Actions).Slice(func(i int) app.UI {
					it := pl.Actions[i]
					a := v.bank().Action(it.Action)
					if a == nil {
						return nil
					}
					return app.Tr().Body(
						app.Td().Text(fmt.Sprint(i+1)),
						app.Td().Body(
							app.Strong().Text(v.text(a.Title)),
							app.P().Class("cell-detail").Text(v.t(words.DoneWhen)+": "+v.text(a.DoneWhen)),
							app.P().Class("cell-detail").Text(report.RefsText(a.Refs)),
						),
						// Planned is said in words: a bare tick next to
						// "This week" reads as "done".
						app.Td().Body(
							app.Text(words.Horizon(l, it.Horizon)),
							app.If(v.s.Planned(a.ID), func() app.UI {
								return app.P().Class("cell-detail planned").Text(v.t(words.Planned))
							}),
						),
						app.Td().Text(words.Role(l, a.Role)),
						app.Td().Text(words.Effort(l, a.Effort)+" · "+words.Cost(l, a.Cost)),
						fillCell(false), fillCell(false), fillCell(true),
					)
				})),
			))
		}),
	)
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

// appendix describes every incident the answers touch (complete or partial
// matches) with its sources, so the reader can check the facts.
func appendix(v view) app.UI {
	b := v.bank()
	var incs []*assessment.Incident
	for _, m := range v.s.Result().Incidents {
		if m.Complete || m.Coverage > 0 {
			if inc := b.Incident(m.Incident); inc != nil {
				incs = append(incs, inc)
			}
		}
	}
	if len(incs) == 0 {
		return nil
	}
	return app.Section().ID("appendix").Class("sheet").Body(
		app.H2().Text(v.t(words.Appendix)),
		app.Range(incs).Slice(func(i int) app.UI {
			inc := incs[i]
			return app.Article().Class("appendix-item").Body(
				app.H3().Text(incidentLabel(v, inc)),
				app.P().Class("meta").Text(v.text(inc.Organisation)+" · "+inc.Date),
				app.P().Text(v.text(inc.Summary)),
				app.P().Text(v.text(inc.Consequences)),
				app.If(v.text(inc.Records.Text) != "", func() app.UI {
					return app.P().Text(v.t(words.Records, v.text(inc.Records.Text)))
				}),
				app.H4().Text(v.t(words.Sources)),
				app.Ul().Class("sources").Body(app.Range(inc.Sources).Slice(func(j int) app.UI {
					s := b.Source(inc.Sources[j])
					if s == nil {
						return nil
					}
					// The address is printed as text: on paper a link is
					// only useful if it can be read.
					return app.Li().Body(
						app.Span().Text(s.Title+" — "),
						app.Span().Class("url").Text(s.URL),
					)
				})),
			)
		}),
	)
}

func (c *printout) onPrint(ctx app.Context, e app.Event) { printPage() }

// standards explains the abbreviations of the action table's references,
// for the frameworks the plan actually cites: a reader who has never met
// "CIS v8 6.3" learns what it points to.
func standards(v view) app.UI {
	var iso, csf, cis, ipa bool
	for _, it := range v.s.Plan().Actions {
		if a := v.bank().Action(it.Action); a != nil {
			iso = iso || len(a.Refs.ISO27001) > 0
			csf = csf || len(a.Refs.CSF) > 0
			cis = cis || len(a.Refs.CIS) > 0
			ipa = ipa || len(a.Refs.IPA) > 0
		}
	}
	type std struct {
		used bool
		name string
		m    words.Msg
	}
	var items []std
	for _, x := range []std{
		{iso, "ISO/IEC 27001:2022", words.StdISO}, {csf, "NIST CSF 2.0", words.StdCSF},
		{cis, "CIS v8", words.StdCIS}, {ipa, "IPA", words.StdIPA},
	} {
		if x.used {
			items = append(items, x)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return app.Section().ID("standards").Class("sheet standards").Body(
		app.H2().Text(v.t(words.Standards)),
		app.Dl().Class("standards-list").Body(app.Range(items).Slice(func(i int) app.UI {
			return app.Div().Body(
				app.Dt().Text(items[i].name),
				app.Dd().Text(v.t(items[i].m)),
			)
		})),
	)
}

// plannedInPlan counts the planned actions the plan still holds.
func (c *printout) plannedInPlan() int {
	n := 0
	for _, it := range c.s.Plan().Actions {
		if c.s.Planned(it.Action) {
			n++
		}
	}
	return n
}
