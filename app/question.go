package app

import (
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// choice is one radio option of a question.
type choice struct {
	value string
	label string
}

// questionField draws a control question: a fieldset whose legend is the
// question, one native radio per answer (value = answer id, so the keyboard
// and assistive technology work as in any form), help on demand, why it
// matters (the incidents its weakness caused) and a notes field.
func (p *page) questionField(q *assessment.Question) app.UI {
	l := p.s.Lang()
	opts := make([]choice, len(q.Options))
	for i, o := range q.Options {
		opts[i] = choice{value: o, label: lookup(l, answerMsg, o)}
	}
	noteID := "note-" + q.ID
	return app.FieldSet().ID("q-"+q.ID).Class("question").Body(
		app.Legend().Text(p.text(q.Text)),
		p.radios(q.ID, opts, p.s.Answer(q.ID)),
		p.help(q.Help),
		p.why(q),
		app.Div().Class("note").Body(
			app.Label().For(noteID).Text(p.t(mNotes)),
			serverText(app.Textarea().ID(noteID).Name(noteID).Rows(2).MaxLength(maxNote).DataSet("q", q.ID), p.s.Note(q.ID)).
				OnInput(p.onNote),
		),
	)
}

// profileField draws a profile question the same way, with the bank's own
// options.
func (p *page) profileField(q *assessment.ProfileQuestion) app.UI {
	opts := make([]choice, len(q.Options))
	for i, o := range q.Options {
		opts[i] = choice{value: o.ID, label: p.text(o.Label)}
	}
	return app.FieldSet().ID("q-"+q.ID).Class("question").Body(
		app.Legend().Text(p.text(q.Text)),
		p.radios(q.ID, opts, p.s.Answer(q.ID)),
		p.help(q.Help),
	)
}

// radios draws a radio group named after the question.
func (p *page) radios(id string, opts []choice, current string) app.UI {
	return app.Div().Class("options").Body(
		app.Range(opts).Slice(func(i int) app.UI {
			o := opts[i]
			inputID := "a-" + id + "-" + o.value
			return app.Label().Class("option").For(inputID).Body(
				checked(app.Input().Type("radio").ID(inputID).Name(id).Value(o.value), app.IsServer && current == o.value).
					OnChange(p.onAnswer),
				app.Span().Text(o.label),
			)
		}),
	)
}

// Form controls the user types or clicks in are uncontrolled in the
// browser: Render never writes their state there, syncForm does when a page
// is shown. go-app renders on a timer, and a render that lands inside the
// browser's handling of the next key press (between the radio being checked
// and its change event, or between a keystroke and its input event) would
// put the previous value back and lose the key. The prerendered page and
// the tests (server side) do render the state.

// checked marks an input as checked only when it is: go-app would write
// checked="false" into prerendered HTML, which browsers read as checked.
func checked(in app.HTMLInput, on bool) app.HTMLInput {
	if on {
		return in.Checked(true)
	}
	return in
}

// serverText gives a textarea its text on the server only.
func serverText(ta app.HTMLTextarea, text string) app.HTMLTextarea {
	if app.IsServer {
		return ta.Text(text)
	}
	return ta
}

// help shows a question's explanation behind a native disclosure, which
// works with the keyboard and screen readers without any script.
func (p *page) help(t assessment.Text) app.UI {
	text := p.text(t)
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return app.Details().Class("help").Body(
		app.Summary().Text(p.t(mHelp)),
		app.P().Text(text),
	)
}

// why says what weakness a gap in this control is and which documented
// incidents that weakness was part of.
func (p *page) why(q *assessment.Question) app.UI {
	b := p.s.Bank()
	w := b.Weakness(q.Weakness)
	if w == nil {
		return nil
	}
	incs := b.IncidentsOf(q.Weakness)
	return app.Div().Class("why").Body(
		app.P().Body(
			app.Strong().Text(p.t(mWhy)+": "),
			app.Text(p.t(mWhyWeakness, p.text(w.Name))),
		),
		app.If(len(incs) == 0, func() app.UI {
			return app.P().Text(p.t(mWhyNoIncident))
		}).Else(func() app.UI {
			return app.Div().Body(
				app.P().Text(p.t(mWhyIncidents)),
				app.Ul().Class("incidents-inline").Body(app.Range(incs).Slice(func(i int) app.UI {
					return app.Li().Text(p.incidentLabel(incs[i]))
				})),
			)
		}),
	)
}

// incidentLabel names an incident with its year.
func (p *page) incidentLabel(inc *assessment.Incident) string {
	return p.text(inc.Name) + " (" + year(inc.Date) + ")"
}

// year returns the year of a YYYY[-MM[-DD]] date.
func year(date string) string {
	if len(date) >= 4 {
		return date[:4]
	}
	return date
}

// onAnswer stores the answer the user chose. Questions that appear because
// of it get their stored answers once the render is done.
func (p *page) onAnswer(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	p.s.SetAnswer(src.Get("name").String(), src.Get("value").String())
	ctx.Defer(func(ctx app.Context) { fillRadios(p.s) })
}

func (p *page) onNote(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	p.s.SetNote(src.Get("dataset").Get("q").String(), src.Get("value").String())
}
