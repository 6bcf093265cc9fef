package app

import (
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// questions is the questionnaire, one area per page (/questions/<area>;
// /questions shows the first area that applies). Progress overall and per
// area, and the live score, update with every answer.
type questions struct {
	page
	area string // the area in the URL; "" for the first that applies
}

func newQuestions() *questions { return &questions{page: page{title: words.PageQuestions}} }

func (c *questions) OnInit() {
	c.page.OnInit()
	if app.IsClient && c.area == "" {
		c.area = areaOf(routePath(app.Window().URL().Path))
	}
}

func (c *questions) OnPreRender(ctx app.Context) {
	c.area = areaOf(routePath(ctx.Page().URL().Path))
	c.page.OnPreRender(ctx)
}

func (c *questions) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	area := areaOf(routePath(u.Path))
	switch {
	case strings.HasPrefix(u.Fragment, questionPrefix):
		// A link to one question (the "find out" list): show and focus
		// that question, not the top of its area.
		c.area = area
		focusQuestion(ctx, u.Fragment)
	case area != c.area:
		c.area = area
		scrollTop()
		focus(ctx, idAreaTitle)
	}
	c.page.OnNav(ctx)
}

// areaOf returns the area id in a questionnaire path.
func areaOf(path string) string {
	return strings.TrimPrefix(strings.TrimPrefix(path, pathQuestions), "/")
}

// shown returns the area to show and its index among the applicable areas,
// falling back to the first when the URL names none or one that does not
// apply (the profile changed).
func (c *questions) shown(areas []*assessment.Area) (*assessment.Area, int) {
	for i, a := range areas {
		if a.ID == c.area {
			return a, i
		}
	}
	if len(areas) == 0 {
		return nil, -1
	}
	return areas[0], 0
}

func (c *questions) Render() app.UI {
	v := c.view()
	areas := c.s.Areas()
	cur, idx := c.shown(areas)
	r := c.s.Result()
	if cur == nil {
		return c.layout(
			app.H1().Text(v.t(words.PageQuestions)),
			app.P().Text(v.t(words.NoAreas)),
			app.A().Class("button").Href(href(pathProfile)).Text(v.t(words.PageProfile)),
		)
	}
	qs := c.s.QuestionsIn(cur.ID)
	as, _ := c.s.AreaScore(cur.ID)
	return c.layout(
		c.missingArea(v, cur),
		app.Div().Class("questionnaire").Body(
			app.Div().Class("area-questions").Body(
				app.H1().ID(idAreaTitle).TabIndex(-1).Text(v.text(cur.Name)),
				app.P().Class("lead").Text(v.text(cur.Description)),
				// Where this area stands among all: on a phone the area
				// list is below the questions, out of sight.
				app.P().ID("area-progress").Class("area-progress").Text(
					v.t(words.AreaStep, idx+1, len(areas))+" · "+v.t(words.AreaAnswered, as.Answered, as.Total)),
				// The questions have a container of their own: go-app diffs
				// children by position, so a follow-up question appearing
				// among siblings would replace the pager below it (a link
				// that vanishes under the pointer or the keyboard focus).
				app.Div().Class("question-list").Body(
					app.Range(qs).Slice(func(i int) app.UI { return newQuestionItem(v, qs[i].ID) }),
				),
				app.Div().Class("pager").Body(
					app.If(idx > 0, func() app.UI {
						return app.A().ID("prev-area").Class("button").Href(href(areaPath(areas[max(idx-1, 0)].ID))).Text(v.t(words.PrevArea))
					}),
					app.If(idx < len(areas)-1, func() app.UI {
						return app.A().ID("next-area").Class("button primary").Href(href(areaPath(areas[min(idx+1, len(areas)-1)].ID))).Text(v.t(words.NextArea))
					}).Else(func() app.UI {
						return app.A().ID("to-results").Class("button primary").Href(href(pathResults)).Text(v.t(words.ToResults))
					}),
				),
			),
			// The area list and running score follow the questions in the
			// page (and so in Tab order and for screen readers): a wide
			// screen shows them on the left, a narrow one below.
			app.Aside().Class("side").Aria("label", v.t(words.AreasLabel)).Body(
				progressBlock(v, r.Progress.Answered, r.Progress.Total),
				app.Nav().Aria("label", v.t(words.AreasLabel)).Body(
					app.Ol().Class("areas").Body(app.Range(areas).Slice(func(i int) app.UI {
						a := areas[i]
						s, _ := c.s.AreaScore(a.ID)
						link := app.A().Href(href(areaPath(a.ID))).Body(
							app.Span().Class("area-name").Text(v.text(a.Name)),
							app.Span().Class("area-count").Text(v.t(words.AreaProgress, s.Answered, s.Total)),
						)
						if a.ID == cur.ID {
							link = link.Aria("current", "step").Class("current")
						}
						cls := "area"
						if s.Total > 0 && s.Answered == s.Total {
							cls += " done"
						}
						return app.Li().Class(cls).Body(link)
					})),
				),
				liveScore(v),
			),
		),
	)
}

// missingArea says why the area the address names is not the one shown:
// the bank has no such area (a mistyped or outdated link), or the
// company's profile means it is not asked.
func (c *questions) missingArea(v view, shown *assessment.Area) app.UI {
	if c.area == "" || c.area == shown.ID {
		return nil
	}
	msg := v.t(words.AreaUnknown, c.area, v.text(shown.Name))
	if a := v.bank().Area(c.area); a != nil {
		msg = v.t(words.AreaNotAsked, v.text(a.Name), v.text(shown.Name))
	}
	return app.P().ID("area-missing").Class("notice warn").Role("status").Text(msg)
}

// liveScore is the running overall score and number of incident matches,
// announced politely to screen readers as answers change.
func liveScore(v view) app.UI {
	r := v.s.Result()
	return app.Div().Class("live").Aria("live", "polite").Body(
		app.P().Class("live-title").Text(v.t(words.LiveScore)),
		scoreBar(v, "live-overall", v.t(words.Overall), r.Scores.Overall, r.Progress.Answered),
		app.P().Class("live-matches").Text(v.t(words.LiveMatches, v.s.MatchCount())),
	)
}
