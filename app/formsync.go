package app

import (
	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Keeping the DOM in step with the store. Form controls are uncontrolled in
// the browser (see questionfield.go), so their state is set here when a
// page is shown, by the ids and selectors of formids.go.

// syncForm sets every form control of the page from the store: the radios
// of each question, the planned actions, the notes and the company name. It runs when a page is
// shown (mounted, or the questionnaire moved to another area and reused the
// elements), never while the user is typing or choosing.
func syncForm(s *store.Store) {
	doc := app.Window().Get("document")
	radios := doc.Call("querySelectorAll", radiosSelector)
	for i := 0; i < radios.Length(); i++ {
		r := radios.Index(i)
		on := s.Answer(r.Get("name").String()) == r.Get("value").String()
		if r.Get("checked").Bool() != on {
			r.Set("checked", on)
		}
	}
	planned := doc.Call("querySelectorAll", plannedSelector)
	for i := 0; i < planned.Length(); i++ {
		c := planned.Index(i)
		if on := s.Planned(c.Get("value").String()); c.Get("checked").Bool() != on {
			c.Set("checked", on)
		}
	}
	notes := doc.Call("querySelectorAll", notesSelector)
	for i := 0; i < notes.Length(); i++ {
		n := notes.Index(i)
		if v := s.Note(n.Get("dataset").Get(dataQuestion).String()); n.Get("value").String() != v {
			n.Set("value", v)
		}
	}
	fields := doc.Call("querySelectorAll", trackSelector)
	for i := 0; i < fields.Length(); i++ {
		f := fields.Index(i)
		ds := f.Get("dataset")
		if v := trackValue(s.Track(ds.Get(dataAction).String()), ds.Get(dataField).String()); f.Get("value").String() != v {
			f.Set("value", v)
		}
	}
	if c := doc.Call("getElementById", idCompany); c.Truthy() && c.Get("value").String() != s.Company() {
		c.Set("value", s.Company())
	}
}

// fillRadios checks the stored answer of the radio groups named: questions
// that just appeared. A group with a radio checked is left alone, as the
// user may be changing it right now.
func fillRadios(s *store.Store, names []string) {
	doc := app.Window().Get("document")
	for _, name := range names {
		radios := doc.Call("getElementsByName", name)
		var stored app.Value
		for i := 0; i < radios.Length(); i++ {
			r := radios.Index(i)
			if r.Get("checked").Bool() {
				stored = nil
				break
			}
			if s.Answer(name) == r.Get("value").String() {
				stored = r
			}
		}
		if stored != nil {
			stored.Set("checked", true)
		}
	}
}

// appeared lists the questions asked now that were not asked in before:
// after an answer, the questions it brought into the questionnaire.
func appeared(s *store.Store, before *assessment.Result) []string {
	var ids []string
	now := s.Result()
	for _, p := range s.Bank().Profile {
		if now.Asked(p.ID) && !before.Asked(p.ID) {
			ids = append(ids, p.ID)
		}
	}
	for _, q := range s.Bank().Questions {
		if now.Asked(q.ID) && !before.Asked(q.ID) {
			ids = append(ids, q.ID)
		}
	}
	return ids
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
		radio := el.Call("querySelector", radiosSelector+":checked")
		if !radio.Truthy() {
			radio = el.Call("querySelector", "input")
		}
		if radio.Truthy() {
			radio.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}
