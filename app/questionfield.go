package app

import (
	"strings"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// choice is one radio option of a question.
type choice struct {
	value string
	label string
}

// questionItem is one question of the questionnaire or the profile as a
// component of its own: go-app draws it again only when its exported
// fields change (another question, another language), not at every answer
// to another question. Its radios and note are uncontrolled in the browser
// (see below), so nothing else it shows changes.
type questionItem struct {
	app.Compo
	ID      string
	Lang    assessment.Lang
	Profile bool // a profile question, not a control question

	s *store.Store
}

func newQuestionItem(v view, id string) *questionItem {
	return &questionItem{ID: id, Lang: v.lang(), s: v.s}
}

func newProfileItem(v view, id string) *questionItem {
	return &questionItem{ID: id, Lang: v.lang(), Profile: true, s: v.s}
}

// CompoID gives each question elements of its own. go-app reuses a
// component's elements by position, and the radios and note are
// uncontrolled: when a follow-up question appeared or went, the questions
// below it showed each other's answers and notes (and a note typed there was
// saved to the wrong question).
func (c *questionItem) CompoID() string { return c.ID }

// OnMount fills the question's new elements with what is stored for it.
func (c *questionItem) OnMount(ctx app.Context) {
	ctx.Defer(func(app.Context) { fillQuestion(c.s, c.ID) })
}

func (c *questionItem) Render() app.UI {
	v := view{c.s}
	if c.Profile {
		if p := v.bank().ProfileQuestion(c.ID); p != nil {
			return profileField(v, p)
		}
	} else if q := v.bank().Question(c.ID); q != nil {
		return questionField(v, q)
	}
	return app.Div().Class("question")
}

// questionField draws a control question: a fieldset whose legend is the
// question, one native radio per answer (value = answer id, so the keyboard
// and assistive technology work as in any form), help on demand, why it
// matters (the incidents its weakness caused) and a notes field.
func questionField(v view, q *assessment.Question) app.UI {
	opts := make([]choice, len(q.Options))
	for i, o := range q.Options {
		opts[i] = choice{value: o, label: words.Answer(v.lang(), o)}
	}
	note := noteID(q.ID)
	return app.FieldSet().ID(questionID(q.ID)).Class("question").Body(
		app.Legend().Text(v.text(q.Text)),
		radios(v, q.ID, opts),
		app.If(q.Vendor, func() app.UI { return app.P().Class("hint ask-it").Text(v.t(words.AskIT)) }),
		help(v, q.Help),
		why(v, q),
		app.Div().Class("note").Body(
			app.Label().For(note).Text(v.t(words.Notes)),
			serverText(app.Textarea().ID(note).Name(note).Rows(2).MaxLength(assessment.MaxNote).DataSet(dataQuestion, q.ID), v.s.Note(q.ID)).
				OnInput(v.onNote),
		),
	)
}

// profileField draws a profile question the same way, with the bank's own
// options.
func profileField(v view, q *assessment.ProfileQuestion) app.UI {
	opts := make([]choice, len(q.Options))
	for i, o := range q.Options {
		opts[i] = choice{value: o.ID, label: v.text(o.Label)}
	}
	return app.FieldSet().ID(questionID(q.ID)).Class("question").Body(
		app.Legend().Text(v.text(q.Text)),
		radios(v, q.ID, opts),
		help(v, q.Help),
	)
}

// radios draws a radio group named after the question.
func radios(v view, id string, opts []choice) app.UI {
	current := v.s.Answer(id)
	return app.Div().Class("options").Body(
		app.Range(opts).Slice(func(i int) app.UI {
			o := opts[i]
			input := optionID(id, o.value)
			return app.Label().Class("option").For(input).Body(
				checked(app.Input().Type("radio").ID(input).Name(id).Value(o.value), app.IsServer && current == o.value).
					OnChange(v.onAnswer),
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

// serverValue is a text field's value on the server, where it is
// prerendered; in the browser syncForm sets it.
func serverValue(v string) string {
	if app.IsServer {
		return v
	}
	return ""
}

// help shows a question's explanation behind a native disclosure, which
// works with the keyboard and screen readers without any script.
func help(v view, t assessment.Text) app.UI {
	text := v.text(t)
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return app.Details().Class("help").Body(
		app.Summary().Text(v.t(words.Help)),
		app.P().Text(text),
	)
}

// why says what weakness a gap in this control is and which documented
// incidents that weakness was part of.
func why(v view, q *assessment.Question) app.UI {
	w := v.bank().Weakness(q.Weakness)
	if w == nil {
		return nil
	}
	incs := v.bank().IncidentsOf(q.Weakness)
	return app.Div().Class("why").Body(
		app.P().Body(
			app.Strong().Text(v.label(words.Why)),
			app.Text(v.t(words.WhyWeakness, v.text(w.Name))),
		),
		app.If(len(incs) == 0, func() app.UI {
			return app.P().Text(v.t(words.WhyNoIncident))
		}).Else(func() app.UI {
			return app.Div().Body(
				app.P().Text(v.t(words.WhyIncidents)),
				app.Ul().Class("incidents-inline").Body(app.Range(incs).Slice(func(i int) app.UI {
					return app.Li().Text(incidentLabel(v, incs[i]))
				})),
			)
		}),
	)
}

// onAnswer stores the answer the user chose. Questions that appear because
// of it are new components, which fill in their stored answers when
// mounted: nothing walks every radio of the page (that cost each answer a
// millisecond).
func (v view) onAnswer(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	v.s.SetAnswer(src.Get("name").String(), src.Get("value").String())
}

// onNote stores a note as it is typed.
func (v view) onNote(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	v.s.SetNote(src.Get("dataset").Get(dataQuestion).String(), src.Get("value").String())
}
