package app

import (
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ipaSheet shows the two numbers Japanese small firms already know, made
// from the same answers: IPA's five-minute self-check score (with its own
// scoring and bands) and how ready the firm is to declare SECURITY ACTION.
// Nothing when the bank maps no item of the sheet (a custom bank).
func ipaSheet(v view, id string) app.UI {
	r := v.s.Result()
	s := r.IPA()
	if s.Mapped == 0 || r.Progress.Answered == 0 {
		return nil
	}
	l := v.lang()
	sa := r.SecurityAction()
	return app.Section().ID(id).Class("card ipa").Aria("labelledby", id+"-title").Body(
		app.H2().ID(id+"-title").Text(v.t(words.IPATitle)),
		app.P().Class("ipa-score").Body(
			app.Strong().Text(words.IPAScore(l, s)),
			app.Text(" — "+words.IPABand(l, s.Band)),
		),
		app.P().Class("muted").Text(v.t(words.IPALead)),
		app.H3().Text(v.t(words.SATitle)),
		app.P().Class("sa-stars").Body(app.Strong().Text(words.Stars(l, sa.Stars))),
		app.If(len(sa.MissingOne) > 0, func() app.UI {
			return app.P().Text(v.t(words.SAMissingOne, words.Items(l, sa.MissingOne)))
		}),
		app.If(len(sa.MissingTwo) > 0, func() app.UI {
			return app.P().Text(v.t(words.SAMissingTwo, words.Items(l, sa.MissingTwo)))
		}),
		app.If(sa.NoPolicy, func() app.UI { return app.P().Text(v.t(words.SANoPolicy)) }),
		app.P().Class("muted").Text(v.t(words.SAHowTo)),
	)
}
