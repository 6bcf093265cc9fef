package app

import (
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// progressBlock shows answered/total as text and as a native progress bar.
func progressBlock(v view, answered, total int) app.UI {
	return app.Div().Class("progress").Body(
		app.P().ID("progress-text").Text(v.t(words.Progress, answered, total)),
		app.Progress().Max(max(total, 1)).Value(answered).Aria("labelledby", "progress-text"),
	)
}
