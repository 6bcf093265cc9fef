package app

import (
	"fmt"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// comparePage sets an earlier assessment (one kept in this browser, or an
// answers file read on the device and never stored) against the open one:
// the one-page
// "progress since" a consultant prints at a re-visit. The command line
// does the same with `hiyari compare`.
type comparePage struct {
	page
	older  *assessment.Answers
	failed *words.Msg
}

const (
	idCompareFile = "compare-file"
	idCompareKept = "compare-kept"
)

func newComparePage() *comparePage { return &comparePage{page: page{title: words.PageCompare}} }

func (c *comparePage) Render() app.UI {
	v := c.view()
	return c.layout(
		app.Div().Class("no-print").Body(
			app.H1().Text(v.t(words.PageCompare)),
			app.P().Class("lead").Text(v.t(words.CompareLead)),
			c.keptField(v),
			app.Div().Class("field").Body(
				app.Label().For(idCompareFile).Text(v.t(words.CompareFile)),
				app.Input().ID(idCompareFile).Type("file").Accept(".json,application/json").OnChange(c.onFile),
			),
			app.If(c.failed != nil, func() app.UI {
				return app.Div().ID("compare-error").Class("notice error").Role("alert").Body(app.P().Text(v.t(*c.failed)))
			}),
		),
		app.If(c.older != nil, func() app.UI { return compareView(v, c.older) }),
	)
}

// keptField offers the other assessments kept in this browser: a
// consultant's last year of the same client is usually one of them.
func (c *comparePage) keptField(v view) app.UI {
	var others []store.Entry
	for _, e := range c.s.Assessments() {
		if !e.Current && !e.Unreadable {
			others = append(others, e)
		}
	}
	if len(others) == 0 {
		return nil
	}
	return app.Div().Class("field").Body(
		app.Label().For(idCompareKept).Text(v.t(words.CompareKept)),
		app.Select().ID(idCompareKept).OnChange(c.onKept).Body(
			app.Option().Value("").Text(v.t(words.CompareChoose)),
			app.Range(others).Slice(func(i int) app.UI {
				a := others[i].Answers
				return app.Option().Value(others[i].ID).Text(companyName(v, a) + " (" + assessmentDay(v, a) + ")")
			}),
		),
	)
}

func (c *comparePage) onKept(ctx app.Context, e app.Event) {
	c.older, c.failed = c.s.Stored(ctx.JSSrc().Get("value").String()), nil
	if c.older != nil {
		focus(ctx, "compare-title")
	}
}

func (c *comparePage) onFile(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	readFile(ctx, input, assessment.MaxAnswersSize, func(ctx app.Context, data []byte, tooBig, readErr bool) {
		c.older, c.failed = nil, nil
		fail := func(m words.Msg) { c.failed = &m }
		switch {
		case tooBig:
			fail(words.ErrorKind(assessment.KindTooLarge))
			return
		case readErr:
			fail(words.ErrRead)
			return
		}
		a, err := report.ReadAnswers(data)
		if err == nil {
			_, err = a.Check(c.s.Bank())
		}
		if err != nil {
			fail(words.ErrorKind(assessment.KindOf(err)))
			return
		}
		c.older = a
		focus(ctx, "compare-title")
	})
}

// compareView is the comparison itself, laid out to print on one page.
func compareView(v view, older *assessment.Answers) app.UI {
	l := v.lang()
	b := v.bank()
	newer := v.s.Answers()
	cmp := assessment.Compare(b, older, newer)
	delta := func(ch assessment.ScoreChange) string {
		switch {
		case !ch.Both():
			return words.CompareNoDelta.In(l)
		case ch.Delta == 0:
			return words.CompareSame.In(l)
		}
		return words.CompareDelta.In(l, ch.Delta)
	}
	score := func(s assessment.Score) string {
		if !s.Scored {
			return words.CompareNoDelta.In(l)
		}
		return words.ScoreFigure.In(l, s.Value)
	}
	band := func(id string) string {
		if id == "" {
			return v.t(words.Provisional)
		}
		return words.Band(l, id)
	}
	list := func(id string, title words.Msg, items []string, name func(string) string) app.UI {
		return app.Section().ID(id).Body(
			app.H2().Text(v.t(title)),
			app.If(len(items) == 0, func() app.UI { return app.P().Text(v.t(words.CompareNone)) }).Else(func() app.UI {
				return app.Ul().Body(app.Range(items).Slice(func(i int) app.UI { return app.Li().Text(name(items[i])) }))
			}),
		)
	}
	question := func(id string) string { return v.text(b.Question(id).Text) }
	incident := func(id string) string { return incidentLabel(v, b.Incident(id)) }
	company := newer.Company
	if company == "" {
		company = v.t(words.NoCompany)
	}
	return app.Article().ID("comparison").Class("report comparison").Lang(string(l)).Body(
		app.Div().Class("print-bar no-print").Body(
			app.Button().Class("button primary").Type("button").Text(v.t(words.Print)).OnClick(func(ctx app.Context, e app.Event) { printPage() }),
		),
		app.H1().ID("compare-title").TabIndex(-1).Text(v.t(words.CompareTitle)),
		app.P().Class("cover-company").Text(company),
		app.If(older.Company != "" && newer.Company != "" && older.Company != newer.Company, func() app.UI {
			return app.P().ID("compare-other-company").Class("notice warn").Text(v.t(words.CompareWrongCo, older.Company, newer.Company))
		}),
		app.Table().ID("compare-scores").Class("score-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(v.t(words.CompareMeasure)),
				app.Th().Scope("col").Text(v.t(words.CompareEarlier)+" ("+assessmentDay(v, older)+")"),
				app.Th().Scope("col").Text(v.t(words.CompareLater)+" ("+assessmentDay(v, newer)+")"),
				app.Th().Scope("col").Text(v.t(words.CompareChange)),
			)),
			app.TBody().Body(
				app.Tr().Class("overall").Body(
					app.Th().Scope("row").Text(v.t(words.Overall)),
					app.Td().Text(score(cmp.Overall.Old)), app.Td().Text(score(cmp.Overall.New)), app.Td().ID("compare-delta").Text(delta(cmp.Overall)),
				),
				app.Tr().Body(
					app.Th().Scope("row").Text(v.t(words.RatingHeading)),
					app.Td().Text(band(cmp.BandOld)), app.Td().Text(band(cmp.BandNew)), app.Td(),
				),
				app.Tr().Body(
					app.Th().Scope("row").Text(v.t(words.CompareIPA)),
					app.Td().Text(words.IPAScore(l, cmp.IPAOld)), app.Td().Text(words.IPAScore(l, cmp.IPANew)), app.Td(),
				),
				app.Range(cmp.Areas).Slice(func(i int) app.UI {
					a := cmp.Areas[i]
					return app.Tr().Body(
						app.Th().Scope("row").Text(areaName(v, a.Area)),
						app.Td().Text(score(a.Old)), app.Td().Text(score(a.New)), app.Td().Text(delta(a.ScoreChange)),
					)
				}),
			),
		),
		list("compare-closed", words.CompareClosed, cmp.CriticalClosed, question),
		app.If(len(cmp.CriticalOpened) > 0, func() app.UI { return list("compare-opened", words.CompareOpened, cmp.CriticalOpened, question) }),
		list("compare-cleared", words.CompareCleared, cmp.IncidentsCleared, incident),
		app.If(len(cmp.IncidentsNew) > 0, func() app.UI { return list("compare-new", words.CompareNew, cmp.IncidentsNew, incident) }),
		list("compare-done", words.CompareDone, cmp.ActionsDone, func(id string) string { return v.text(b.Action(id).Title) }),
		app.Section().ID("compare-answers").Body(
			app.H2().Text(v.t(words.CompareAnswers)),
			app.If(len(cmp.Answers) == 0, func() app.UI { return app.P().Text(v.t(words.CompareNoChange)) }).Else(func() app.UI {
				return app.Table().Class("compare-table").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Text(v.t(words.ColQuestion)),
						app.Th().Scope("col").Text(v.t(words.CompareEarlier)),
						app.Th().Scope("col").Text(v.t(words.CompareLater)),
						app.Th().Scope("col").Text(v.t(words.ColDirection)),
					)),
					app.TBody().Body(app.Range(cmp.Answers).Slice(func(i int) app.UI {
						ch := cmp.Answers[i]
						return app.Tr().Class("dir-"+ch.Direction).Body(
							app.Td().Text(question(ch.Question)),
							app.Td().Text(words.Answer(l, ch.Old)),
							app.Td().Text(words.Answer(l, ch.New)),
							app.Td().Text(words.Direction(l, ch.Direction)),
						)
					})),
				)
			}),
		),
		app.P().Class("disclaimer").Text(fmt.Sprintf("%s %s", v.text(b.Title), b.Version)),
	)
}
