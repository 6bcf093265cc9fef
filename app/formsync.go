package app

import (
	"github.com/hiyari-app/hiyari/app/store"
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

// fillQuestion sets a question's new radios and note from the store. A
// group with a radio already checked, or a note with text, is left alone:
// the user may be changing it right now.
func fillQuestion(s *store.Store, id string) {
	doc := app.Window().Get("document")
	radios := doc.Call("getElementsByName", id)
	var stored app.Value
	for i := 0; i < radios.Length(); i++ {
		r := radios.Index(i)
		if r.Get("checked").Bool() {
			stored = nil
			break
		}
		if s.Answer(id) == r.Get("value").String() {
			stored = r
		}
	}
	if stored != nil {
		stored.Set("checked", true)
	}
	if n := doc.Call("getElementById", noteID(id)); n.Truthy() && n.Get("value").String() == "" && s.Note(id) != "" {
		n.Set("value", s.Note(id))
	}
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
