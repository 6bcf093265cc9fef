package assessment

import "time"

// Tracking an action of the plan to done: who does it, by when, how far it
// has got and a note (for "won't do", the reason). It travels with the
// answers (Answers.Tracking), so it survives export, import and a
// re-assessment a year later.
type Track struct {
	Owner  string `json:"owner,omitempty"`
	Due    string `json:"due,omitempty"` // yyyy-mm-dd; empty: the plan's date applies
	Status string `json:"status,omitempty"`
	Note   string `json:"note,omitempty"`
}

// Statuses of a tracked action; "" is not started.
const (
	StatusNotStarted = "not_started"
	StatusInProgress = "in_progress"
	StatusDone       = "done"
	StatusWontDo     = "wont_do"
)

// Statuses lists them in the order they are offered.
var Statuses = []string{StatusNotStarted, StatusInProgress, StatusDone, StatusWontDo}

// MaxOwner caps an owner's name, in characters.
const MaxOwner = 100

// DueLayout is how a due date is written.
const DueLayout = "2006-01-02"

// horizonDays is how long after the assessment each horizon ends: the
// due date a tracked action gets until someone sets another.
var horizonDays = map[Horizon]int{Week: 7, Month: 30, Quarter: 90, Later: 180}

// DefaultDue is the due date of an action planned for horizon h in an
// assessment started on start.
func DefaultDue(start time.Time, h Horizon) time.Time {
	return start.AddDate(0, 0, horizonDays[h])
}

// Started is the day the assessment began: its created time, else today.
func (a *Answers) Started(now time.Time) time.Time {
	if a != nil {
		if t, err := time.Parse(time.RFC3339, a.Created); err == nil {
			return t
		}
	}
	return now
}

// TrackOf returns the tracking of an action (zero when none).
func (a *Answers) TrackOf(action string) Track {
	if a == nil || a.Tracking == nil {
		return Track{}
	}
	return a.Tracking[action]
}

// Due is the due date of an action planned for h: the one set, else the
// plan's.
func (a *Answers) Due(action string, h Horizon, now time.Time) time.Time {
	if t, err := time.Parse(DueLayout, a.TrackOf(action).Due); err == nil {
		return t
	}
	return DefaultDue(a.Started(now), h)
}

// Anonymous returns a copy without what names the company or its people:
// the company's name, the notes, and the owners and notes of its actions.
// Answers, plan and statuses stay: an assessment to share as an example.
func (a *Answers) Anonymous() *Answers {
	c := *a
	c.Company, c.Notes = "", nil
	c.Tracking = nil
	for id, t := range a.Tracking {
		t.Owner, t.Note = "", ""
		if t != (Track{}) {
			if c.Tracking == nil {
				c.Tracking = map[string]Track{}
			}
			c.Tracking[id] = t
		}
	}
	return &c
}
