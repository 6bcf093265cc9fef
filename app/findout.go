package app

import (
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// findOut lists the questions answered "don't know", each linking to its
// question so the answer can be changed once the user has found out.
func findOut(v view) app.UI {
	fo := v.s.Result().FindOut
	return app.Section().ID("find-out").Class("card").Aria("labelledby", "find-out-title").Body(
		app.H2().ID("find-out-title").Text(v.t(words.FindOutTitle)),
		app.If(len(fo) == 0, func() app.UI {
			return app.P().Text(v.t(words.NoFindOut))
		}).Else(func() app.UI {
			return app.Div().Body(
				app.P().Text(v.t(words.FindOutLead)),
				app.Ul().Class("find-out").Body(app.Range(fo).Slice(func(i int) app.UI {
					f := fo[i]
					q := v.bank().Question(f.Question)
					area := v.bank().Area(f.Area)
					if q == nil || area == nil {
						return nil
					}
					return app.Li().Body(
						app.A().Href(href(areaPath(f.Area)+"#"+questionID(f.Question))).Text(v.text(q.Text)),
						app.Span().Class("muted").Text(" ("+v.text(area.Name)+")"),
					)
				})),
			)
		}),
		app.P().Class("no-print").Body(
			app.A().ID("to-vendor").Class("button").Href(href(pathVendor)).Text(v.t(words.ToVendorSheet)),
			app.Span().Class("hint").Text(" "+v.t(words.VendorSheetHint)),
		),
	)
}
