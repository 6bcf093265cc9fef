package app

import (
	"fmt"
	"strconv"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// report is the hand-over document, laid out for A4 by print.css: cover,
// summary of matched incidents, the action table with columns to fill by
// hand, the find-out tasks and an appendix of incidents with sources. On
// screen it is a preview with a print button; the language switch in the
// header changes the document too.
type report struct {
	page
	date time.Time
}

func newReport() *report { return &report{page: page{title: mReportTitle}} }

func (c *report) OnInit() {
	c.page.OnInit()
	if c.date.IsZero() {
		c.date = time.Now()
	}
}

func (c *report) Render() app.UI {
	r := c.s.Result()
	complete, partial := splitMatches(r.Incidents)
	company := c.s.Company()
	if company == "" {
		company = c.t(mNoCompany)
	}
	return c.layout(
		app.Div().Class("print-bar no-print").Body(
			app.Button().ID("print").Class("button primary").Type("button").Text(c.t(mPrint)).OnClick(c.onPrint),
			app.A().Class("button").Href(href(pathPlan)).Text(c.t(mBackToPlan)),
			app.P().Class("hint").Text(c.t(mPrintHint)),
		),
		app.Article().Class("report").Lang(string(c.s.Lang())).Body(
			app.Section().ID("cover").Class("sheet cover").Body(
				app.P().Class("cover-app").Text(tr(c.s.Lang(), mAppName)+" · "+c.t(mAppTagline)),
				app.H1().Text(c.t(mReportTitle)),
				app.P().ID("cover-company").Class("cover-company").Text(company),
				app.Dl().Class("cover-facts").Body(
					app.Dt().Text(c.t(mReportDate)), app.Dd().Text(formatDate(c.s.Lang(), c.date)),
					app.Dt().Text(c.t(mReportLang)), app.Dd().Text(c.t(mLangName)),
					app.Dt().Text(c.t(mReportAnswers)), app.Dd().Text(fmt.Sprintf("%d / %d", r.Progress.Answered, r.Progress.Total)),
				),
				c.scoreBar("cover-overall", c.t(mOverall), r.Scores.Overall, r.Progress.Answered),
				// Only actions still in the plan count: one planned before
				// an answer changed may have left it.
				app.If(c.plannedInPlan() > 0, func() app.UI {
					return c.scoreBar("cover-projected", c.t(mProjected), r.Projected.Overall, r.Progress.Answered)
				}),
				c.scoreTable(r.Scores.Areas),
				app.P().Class("disclaimer").Text(c.t(mDisclaimer)),
			),
			app.Section().ID("summary").Class("sheet").Body(
				app.H2().Text(c.t(mReportSummary)),
				// With nothing answered, "no match" would read as good news.
				app.If(r.Progress.Answered == 0, func() app.UI {
					return app.P().ID("summary-empty").Text(c.t(mReportNoMatch))
				}).ElseIf(len(complete) == 0, func() app.UI {
					return app.P().ID("summary-empty").Text(c.t(mNoMatches))
				}),
				app.Range(complete).Slice(func(i int) app.UI { return c.matchSummary(complete[i]) }),
				app.If(len(partial) > 0, func() app.UI {
					return app.Div().Body(
						app.H3().Text(c.t(mPartialTitle)),
						app.Ul().Body(app.Range(partial).Slice(func(i int) app.UI {
							m := partial[i]
							inc := c.s.Bank().Incident(m.Incident)
							if inc == nil {
								return nil
							}
							return app.Li().Text(c.incidentLabel(inc) + " — " + c.t(mCoverage, percent(m.Coverage)))
						})),
					)
				}),
			),
			c.actionTable(),
			c.findOutTable(),
			c.appendix(),
			c.standards(),
		),
	)
}

// matchSummary is the short form of an incident card for the summary
// page: the headline and the answers behind it. The appendix tells the
// incident.
func (c *report) matchSummary(m assessment.IncidentMatch) app.UI {
	inc := c.s.Bank().Incident(m.Incident)
	if inc == nil {
		return nil
	}
	return app.Div().ID("summary-"+inc.ID).Class("match-summary").Body(
		app.H3().Text(c.t(mMatchHeadline, c.text(inc.Name), year(inc.Date))),
		app.Ul().Class("because").Body(app.Range(m.Because).Slice(func(i int) app.UI {
			return c.becauseItem(m.Because[i])
		})),
	)
}

// scoreTable is the compact per-area score table of the cover.
func (c *report) scoreTable(scores []assessment.AreaScore) app.UI {
	l := c.s.Lang()
	return app.Table().ID("cover-areas").Class("score-table").Body(
		app.Caption().Text(c.t(mAreaScores)),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(c.t(mColArea)),
			app.Th().Scope("col").Text(c.t(mScoreCol)),
			app.Th().Scope("col").Text(c.t(mReportAnswers)),
		)),
		app.TBody().Body(app.Range(scores).Slice(func(i int) app.UI {
			as := scores[i]
			name := as.Area
			if a := c.s.Bank().Area(as.Area); a != nil {
				name = c.text(a.Name)
			}
			score := tr(l, mUnanswered)
			if as.Answered > 0 {
				score = tr(l, mAllNA)
			}
			if as.Scored {
				score = strconv.FormatFloat(as.Value, 'f', 0, 64) + " / 100"
			}
			return app.Tr().Body(
				app.Th().Scope("row").Text(name),
				app.Td().Class("bar-col").Body(app.Span().Text(score), bar(as.Score)),
				app.Td().Text(fmt.Sprintf("%d / %d", as.Answered, as.Total)),
			)
		})),
	)
}

// actionTable lists the plan with empty owner, due and done cells for the
// consultant and the company to fill in by hand.
func (c *report) actionTable() app.UI {
	pl := c.s.Plan()
	l := c.s.Lang()
	return app.Section().ID("actions").Class("sheet").Body(
		app.H2().Text(c.t(mReportActions)),
		app.If(len(pl.Actions) == 0, func() app.UI { return app.P().Text(c.t(noPlanMsg(c.s.Result()))) }).Else(func() app.UI {
			return app.Div().Class("table-wrap").Body(app.Table().Class("actions-table").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Class("c-no").Text(c.t(mColNo)),
					app.Th().Scope("col").Class("c-action").Text(c.t(mColAction)),
					app.Th().Scope("col").Class("c-when").Text(c.t(mColWhen)),
					app.Th().Scope("col").Class("c-role").Text(c.t(mColRole)),
					app.Th().Scope("col").Class("c-effort").Text(c.t(mEffort)),
					app.Th().Scope("col").Class("fill").Text(c.t(mColOwner)),
					app.Th().Scope("col").Class("fill").Text(c.t(mColDue)),
					app.Th().Scope("col").Class("fill narrow").Text(c.t(mColDone)),
				)),
				app.TBody().Body(app.Range(pl.Actions).Slice(func(i int) app.UI {
					it := pl.Actions[i]
					a := c.s.Bank().Action(it.Action)
					if a == nil {
						return nil
					}
					planned := c.s.Planned(a.ID)
					return app.Tr().Body(
						app.Td().Text(strconv.Itoa(i+1)),
						app.Td().Body(
							app.Strong().Text(c.text(a.Title)),
							app.P().Class("cell-detail").Text(c.t(mDoneWhen)+": "+c.text(a.DoneWhen)),
							app.P().Class("cell-detail").Text(assessment.RefsText(a.Refs)),
						),
						// Planned is said in words: a bare tick next to
						// "This week" reads as "done".
						app.Td().Body(
							app.Text(lookup(l, horizonMsg, it.Horizon)),
							app.If(planned, func() app.UI {
								return app.P().Class("cell-detail planned").Text(c.t(mPlannedMark))
							}),
						),
						app.Td().Text(lookup(l, roleMsg, a.Role)),
						app.Td().Text(effortText(l, a.Effort)+" · "+lookup(l, costMsg, a.Cost)),
						app.Td().Class("fill"),
						app.Td().Class("fill"),
						app.Td().Class("fill narrow").Body(app.Span().Class("box").Aria("hidden", "true").Text("☐")),
					)
				})),
			))
		}),
	)
}

func (c *report) findOutTable() app.UI {
	fo := c.s.Result().FindOut
	if len(fo) == 0 {
		return nil
	}
	return app.Section().ID("report-find-out").Class("sheet").Body(
		app.H2().Text(c.t(mFindOutTitle)),
		app.P().Text(c.t(mFindOutLead)),
		app.Div().Class("table-wrap").Body(app.Table().Class("find-out-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("c-no").Text(c.t(mColNo)),
				app.Th().Scope("col").Class("c-question").Text(c.t(mColQuestion)),
				app.Th().Scope("col").Class("c-area").Text(c.t(mColArea)),
				app.Th().Scope("col").Class("fill").Text(c.t(mColOwner)),
				app.Th().Scope("col").Class("fill narrow").Text(c.t(mColDone)),
			)),
			app.TBody().Body(app.Range(fo).Slice(func(i int) app.UI {
				q := c.s.Bank().Question(fo[i].Question)
				area := c.s.Bank().Area(fo[i].Area)
				if q == nil || area == nil {
					return nil
				}
				return app.Tr().Body(
					app.Td().Text(strconv.Itoa(i+1)),
					app.Td().Text(c.text(q.Text)),
					app.Td().Text(c.text(area.Name)),
					app.Td().Class("fill"),
					app.Td().Class("fill narrow").Body(app.Span().Class("box").Aria("hidden", "true").Text("☐")),
				)
			})),
		)),
	)
}

// appendix describes every incident the answers touch (complete or partial
// matches) with its sources, so the reader can check the facts.
func (c *report) appendix() app.UI {
	b := c.s.Bank()
	var incs []*assessment.Incident
	for _, m := range c.s.Result().Incidents {
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
		app.H2().Text(c.t(mAppendix)),
		app.Range(incs).Slice(func(i int) app.UI {
			inc := incs[i]
			return app.Article().Class("appendix-item").Body(
				app.H3().Text(c.incidentLabel(inc)),
				app.P().Class("meta").Text(c.text(inc.Organisation)+" · "+inc.Date),
				app.P().Text(c.text(inc.Summary)),
				app.P().Text(c.text(inc.Consequences)),
				app.If(c.text(inc.Records.Text) != "", func() app.UI {
					return app.P().Text(c.t(mRecords, c.text(inc.Records.Text)))
				}),
				app.H4().Text(c.t(mSources)),
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

// formatDate writes a date the way each language does.
func formatDate(l assessment.Lang, t time.Time) string {
	if l == assessment.JA {
		return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
	}
	return t.Format("2 January 2006")
}

func (c *report) onPrint(ctx app.Context, e app.Event) { printPage() }

// standards explains the abbreviations of the action table's references,
// for the frameworks the plan actually cites: a reader who has never met
// "CIS v8 6.3" learns what it points to.
func (c *report) standards() app.UI {
	b := c.s.Bank()
	var iso, csf, cis, ipa bool
	for _, it := range c.s.Plan().Actions {
		if a := b.Action(it.Action); a != nil {
			iso = iso || len(a.Refs.ISO27001) > 0
			csf = csf || len(a.Refs.CSF) > 0
			cis = cis || len(a.Refs.CIS) > 0
			ipa = ipa || len(a.Refs.IPA) > 0
		}
	}
	type std struct {
		used bool
		name string
		m    msg
	}
	var items []std
	for _, x := range []std{
		{iso, "ISO/IEC 27001:2022", mStdISO}, {csf, "NIST CSF 2.0", mStdCSF},
		{cis, "CIS v8", mStdCIS}, {ipa, "IPA", mStdIPA},
	} {
		if x.used {
			items = append(items, x)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return app.Section().ID("standards").Class("sheet standards").Body(
		app.H2().Text(c.t(mStandards)),
		app.Dl().Class("standards-list").Body(app.Range(items).Slice(func(i int) app.UI {
			return app.Div().Body(
				app.Dt().Text(items[i].name),
				app.Dd().Text(c.t(items[i].m)),
			)
		})),
	)
}

// plannedInPlan counts the planned actions the plan still holds.
func (c *report) plannedInPlan() int {
	n := 0
	for _, it := range c.s.Plan().Actions {
		if c.s.Planned(it.Action) {
			n++
		}
	}
	return n
}
