package app

import (
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// questions is the questionnaire, one area per page (/questions/<area>;
// /questions shows the first area that applies). Progress overall and per
// area, and the live score, update with every answer.
type questions struct {
	page
	area string // the area in the URL; "" for the first that applies
}

func newQuestions() *questions { return &questions{page: page{title: mNavQuestions}} }

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
	case strings.HasPrefix(u.Fragment, "q-"):
		// A link to one question (the "find out" list): show and focus
		// that question, not the top of its area.
		c.area = area
		focusQuestion(ctx, u.Fragment)
	case area != c.area:
		c.area = area
		scrollTop()
		focus(ctx, "area-title")
	}
	c.page.OnNav(ctx)
}

// focusQuestion scrolls the question with the element id into view and
// focuses its chosen answer (or its first), where a keyboard user would
// change it.
func focusQuestion(ctx app.Context, id string) {
	ctx.Defer(func(ctx app.Context) {
		el := app.Window().GetElementByID(id)
		if !el.Truthy() {
			return
		}
		el.Call("scrollIntoView", map[string]any{"block": "start"})
		radio := el.Call("querySelector", "input[type=radio]:checked")
		if !radio.Truthy() {
			radio = el.Call("querySelector", "input")
		}
		if radio.Truthy() {
			radio.Call("focus", map[string]any{"preventScroll": true})
		}
	})
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
	areas := c.s.Areas()
	cur, idx := c.shown(areas)
	r := c.s.Result()
	if cur == nil {
		return c.layout(
			app.H1().Text(c.t(mQuestionsTitle)),
			app.P().Text(c.t(mNoAreas)),
			app.A().Class("button").Href(href(pathProfile)).Text(c.t(mNavProfile)),
		)
	}
	qs := c.s.QuestionsIn(cur.ID)
	as, _ := c.s.AreaScore(cur.ID)
	return c.layout(
		app.Div().Class("questionnaire").Body(
			app.Div().Class("area-questions").Body(
				app.H1().ID("area-title").TabIndex(-1).Text(c.text(cur.Name)),
				app.P().Class("lead").Text(c.text(cur.Description)),
				// Where this area stands among all: on a phone the area
				// list is below the questions, out of sight.
				app.P().ID("area-progress").Class("area-progress").Text(
					c.t(mAreaStep, idx+1, len(areas))+" · "+c.t(mAreaAnswered, as.Answered, as.Total)),
				app.Range(qs).Slice(func(i int) app.UI { return c.questionField(qs[i]) }),
				app.Div().Class("pager").Body(
					app.If(idx > 0, func() app.UI {
						return app.A().ID("prev-area").Class("button").Href(href(areaPath(areas[max(idx-1, 0)].ID))).Text(c.t(mPrevArea))
					}),
					app.If(idx < len(areas)-1, func() app.UI {
						return app.A().ID("next-area").Class("button primary").Href(href(areaPath(areas[min(idx+1, len(areas)-1)].ID))).Text(c.t(mNextArea))
					}).Else(func() app.UI {
						return app.A().ID("to-results").Class("button primary").Href(href(pathResults)).Text(c.t(mToResults))
					}),
				),
			),
			// The area list and running score follow the questions in the
			// page (and so in Tab order and for screen readers): a wide
			// screen shows them on the left, a narrow one below.
			app.Aside().Class("side").Aria("label", c.t(mAreasLabel)).Body(
				c.progressBlock(r.Progress.Answered, r.Progress.Total),
				app.Nav().Aria("label", c.t(mAreasLabel)).Body(
					app.Ol().Class("areas").Body(app.Range(areas).Slice(func(i int) app.UI {
						a := areas[i]
						s, _ := c.s.AreaScore(a.ID)
						link := app.A().Href(href(areaPath(a.ID))).Body(
							app.Span().Class("area-name").Text(c.text(a.Name)),
							app.Span().Class("area-count").Text(c.t(mAreaProgress, s.Answered, s.Total)),
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
				c.liveScore(),
			),
		),
	)
}

// progressBlock shows answered/total as text and as a native progress bar.
func (p *page) progressBlock(answered, total int) app.UI {
	return app.Div().Class("progress").Body(
		app.P().ID("progress-text").Text(p.t(mProgress, answered, total)),
		app.Progress().Max(max(total, 1)).Value(answered).Aria("labelledby", "progress-text"),
	)
}

// liveScore is the running overall score and number of incident matches,
// announced politely to screen readers as answers change.
func (p *page) liveScore() app.UI {
	r := p.s.Result()
	return app.Div().Class("live").Aria("live", "polite").Body(
		app.P().Class("live-title").Text(p.t(mLiveScore)),
		p.scoreBar("live-overall", p.t(mOverall), r.Scores.Overall, r.Progress.Answered),
		app.P().Class("live-matches").Text(p.t(mLiveMatches, p.s.MatchCount())),
	)
}
