package app

import (
	"strconv"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const svgNS = "http://www.w3.org/2000/svg"

func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// scoreBar draws a 0..100 score as text (what assistive technology and
// black-and-white print read) and as an SVG bar (decorative, hidden from
// screen readers). The bar is sized by SVG attributes, not inline styles,
// so it works under a strict CSP.
//
// answered is how many questions behind the score have an answer: a score
// can stay unscored with answers, when all of them are "not applicable".
func (p *page) scoreBar(id, label string, s assessment.Score, answered int) app.UI {
	value := notScoredText(p.s.Lang(), answered)
	if s.Scored {
		value = p.t(mScoreText, s.Value)
	}
	// The value never wraps inside itself ("100点中 53" / "点" on a
	// phone); the label may.
	return app.Div().ID(id).Class("score").Body(
		app.P().Class("score-text").Body(
			app.Text(label+": "),
			app.Span().Class("score-value").Text(value),
		),
		bar(s),
	)
}

// bar is the SVG bar of a score; its class gives the colour band.
func bar(s assessment.Score) app.UI {
	width := 0.0
	band := "none"
	if s.Scored {
		width = min(max(s.Value, 0), 100)
		switch {
		case width < 50:
			band = "low"
		case width < 80:
			band = "mid"
		default:
			band = "high"
		}
	}
	return svg("svg").Class("bar", "bar-"+band).
		Attr("viewBox", "0 0 100 8").Attr("preserveAspectRatio", "none").
		Attr("focusable", "false").Aria("hidden", "true").Body(
		svg("rect").Class("track").Attr("x", 0).Attr("y", 0).Attr("width", 100).Attr("height", 8),
		svg("rect").Class("fill").Attr("x", 0).Attr("y", 0).
			Attr("width", strconv.FormatFloat(width, 'f', 1, 64)).Attr("height", 8),
		// Marks at 50 and 80 show the bands without relying on colour.
		svg("line").Class("tick").Attr("x1", 50).Attr("x2", 50).Attr("y1", 0).Attr("y2", 8),
		svg("line").Class("tick").Attr("x1", 80).Attr("x2", 80).Attr("y1", 0).Attr("y2", 8),
	)
}

// areaScores lists the score of every area that applies.
func (p *page) areaScores(prefix string, scores []assessment.AreaScore) app.UI {
	return app.Ul().Class("scores").Body(app.Range(scores).Slice(func(i int) app.UI {
		as := scores[i]
		name := as.Area
		if a := p.s.Bank().Area(as.Area); a != nil {
			name = p.text(a.Name)
		}
		return app.Li().Body(p.scoreBar(prefix+as.Area, name, as.Score, as.Answered))
	}))
}

// notScoredText says why there is no score: nothing answered yet, or
// nothing but "not applicable" (then "no answers" would be wrong).
func notScoredText(l assessment.Lang, answered int) string {
	if answered > 0 {
		return tr(l, mAllNA)
	}
	return tr(l, mNotScored)
}
