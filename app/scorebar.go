package app

import (
	"strconv"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
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
func scoreBar(v view, id, label string, s assessment.Score, answered int) app.UI {
	return scoreBarBand(v, id, label, s, answered, "")
}

// scoreBarBand is scoreBar with the bar's colour class given (see bar).
func scoreBarBand(v view, id, label string, s assessment.Score, answered int, colour string) app.UI {
	// The value never wraps inside itself ("100点中 53" / "点" on a
	// phone); the label may.
	return app.Div().ID(id).Class("score").Body(
		app.P().Class("score-text").Body(
			app.Text(words.Label(v.lang(), label)),
			app.Span().Class("score-value").Text(words.Score(v.lang(), s, answered)),
		),
		barColoured(s, colour),
	)
}

// bar is the SVG bar of a score; its class gives the colour band, from
// the value alone.
func bar(s assessment.Score) app.UI { return barColoured(s, "") }

// barColoured is bar with its colour class given ("" : from the value).
func barColoured(s assessment.Score, colour string) app.UI {
	width := 0.0
	band := "none"
	if s.Scored {
		width = min(max(s.Value, 0), 100)
		switch {
		case colour != "":
			band = colour
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

// areaScores lists the score of every area that applies; each bar's id is
// prefix + the area's id.
func areaScores(v view, prefix string, scores []assessment.AreaScore) app.UI {
	return app.Ul().Class("scores").Body(app.Range(scores).Slice(func(i int) app.UI {
		as := scores[i]
		return app.Li().Body(scoreBar(v, prefix+as.Area, areaName(v, as.Area), as.Score, as.Answered))
	}))
}

// areaName names an area, or gives its id if the bank does not know it.
func areaName(v view, id string) string {
	if a := v.bank().Area(id); a != nil {
		return v.text(a.Name)
	}
	return id
}
