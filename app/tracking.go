package app

import (
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// tracking is the part of an action card that follows it to done: who
// does it, by when (the end of its horizon until someone sets a date),
// how far it has got and a note, the reason when it will not be done.
// The controls are uncontrolled like every form control (formsync.go).
func (c *plan) tracking(v view, action string, it assessment.PlanItem) app.UI {
	tr := v.s.Track(action)
	due := v.s.Answers().Due(action, it.Horizon, time.Now()).Format(assessment.DueLayout)
	field := func(name string, label words.Msg, control app.UI) app.UI {
		return app.Div().Class("track-field").Body(
			app.Label().For(trackID(name, action)).Text(v.t(label)),
			control,
		)
	}
	statuses := assessment.Statuses
	summary := v.label(words.TrackTitle) + words.Status(v.lang(), tr.Status)
	if tr.Owner != "" {
		summary += " · " + tr.Owner
	}
	// Folded away: an owner reading the plan sees the steps first; a
	// manager following it opens the part to fill in.
	return app.Details().Class("tracking").Body(
		app.Summary().Text(summary),
		c.trackingFields(v, action, tr, due, field, statuses),
	)
}

// trackingFields are the tracking controls of one action.
func (c *plan) trackingFields(v view, action string, tr assessment.Track, due string, field func(string, words.Msg, app.UI) app.UI, statuses []string) app.UI {
	return app.FieldSet().ID("tracking-"+action).Class("tracking-fields").Body(
		app.Legend().Text(v.t(words.TrackTitle)),
		field(fieldOwner, words.ColOwner, app.Input().Type("text").ID(trackID(fieldOwner, action)).
			MaxLength(assessment.MaxOwner).Value(serverValue(tr.Owner)).
			DataSet(dataAction, action).DataSet(dataField, fieldOwner).OnChange(c.onTrack)),
		field(fieldDue, words.ColDue, app.Input().Type("date").ID(trackID(fieldDue, action)).
			Value(serverValue(orDefault(tr.Due, due))).
			DataSet(dataAction, action).DataSet(dataField, fieldDue).OnChange(c.onTrack)),
		field(fieldStatus, words.TrackStatus, app.Select().ID(trackID(fieldStatus, action)).
			DataSet(dataAction, action).DataSet(dataField, fieldStatus).OnChange(c.onTrack).Body(
			app.Range(statuses).Slice(func(i int) app.UI {
				opt := app.Option().Value(statuses[i]).Text(words.Status(v.lang(), statuses[i]))
				if app.IsServer && statuses[i] == normalStatus(tr.Status) {
					opt = opt.Selected(true)
				}
				return opt
			}),
		)),
		field(fieldNote, words.TrackNote, app.Textarea().ID(trackID(fieldNote, action)).Rows(2).
			MaxLength(assessment.MaxNote).DataSet(dataAction, action).DataSet(dataField, fieldNote).
			Text(serverValue(tr.Note)).OnChange(c.onTrack)),
	)
}

// onTrack saves the tracking field that changed.
func (c *plan) onTrack(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	ds := src.Get("dataset")
	action, name, value := ds.Get(dataAction).String(), ds.Get(dataField).String(), src.Get("value").String()
	c.s.SetTrack(action, func(t *assessment.Track) {
		switch name {
		case fieldOwner:
			t.Owner = value
		case fieldDue:
			t.Due = value
		case fieldStatus:
			t.Status = value
		case fieldNote:
			t.Note = value
		}
	})
}

// trackValue is the value a tracking control shows. The due date shows
// the one set; an unset date keeps what the page drew (the plan's date).
func trackValue(t assessment.Track, field string) string {
	switch field {
	case fieldOwner:
		return t.Owner
	case fieldStatus:
		return normalStatus(t.Status)
	case fieldNote:
		return t.Note
	}
	return ""
}

// normalStatus is the option a status shows as: no status is "not
// started".
func normalStatus(s string) string {
	if s == "" {
		return assessment.StatusNotStarted
	}
	return s
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
