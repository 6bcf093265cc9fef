package app

import (
	"strings"
	"time"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// assessmentsPage is the list of assessments kept in this browser: a
// consultant's clients, year by year. Open, rename, duplicate for next
// year, delete (asked first), or start a new one.
type assessmentsPage struct {
	page
	deleting string // the entry whose deletion is being asked
	status   func(assessment.Lang) string
}

// Element ids of the list.
const (
	idNewAssessment = "new-assessment"
	idListStatus    = "list-status"
	idDeleteYes     = "delete-yes"
	idDeleteNo      = "delete-no"
)

func newAssessmentsPage() *assessmentsPage {
	return &assessmentsPage{page: page{title: words.PageAssessments}}
}

func (c *assessmentsPage) Render() app.UI {
	v := c.view()
	es := c.s.Assessments()
	return c.layout(
		app.H1().Text(v.t(words.AssessmentsTitle)),
		app.P().Class("lead").Text(v.t(words.AssessmentsLead)),
		app.Div().Class("row").Body(
			app.Button().ID(idNewAssessment).Class("button primary").Type("button").Text(v.t(words.NewAssessment)).OnClick(c.onNew),
			app.Span().ID("assessments-count").Class("muted").Text(words.AssessmentsCount.In(v.lang(), len(es), len(es))),
		),
		app.Div().ID(idListStatus).Class("status").Role("status").Body(
			app.If(c.status != nil, func() app.UI { return app.Text(c.status(v.lang())) }),
		),
		app.Ul().ID("assessment-list").Class("entries").Body(
			app.Range(es).Slice(func(i int) app.UI { return c.entry(v, es[i]) }),
		),
	)
}

// entry is one assessment of the list with what can be done to it.
func (c *assessmentsPage) entry(v view, e store.Entry) app.UI {
	li := app.Li().ID("entry-" + e.ID).Class("card entry")
	if e.Unreadable {
		return li.Class("unreadable").Body(
			app.H2().Text(v.t(words.UnreadableName)),
			app.P().Text(v.t(words.EntryUnreadable)),
			c.deleteControls(v, e, v.t(words.UnreadableName)),
		)
	}
	a, r := e.Answers, e.Result
	name := companyName(v, a)
	if e.Current {
		li = li.Class("current").Aria("current", "true")
	}
	score := v.t(words.Provisional)
	if r.Progress.Answered > 0 && !r.Scores.Provisional {
		score = words.ScoreFigure.In(v.lang(), r.Scores.Overall.Value) + " — " + words.Band(v.lang(), r.Scores.Band)
	}
	// A high average under a low rating needs its reason beside it.
	if n := len(r.Critical); n > 0 {
		score += " (" + words.EntryCritical.In(v.lang(), n, n) + ")"
	}
	return li.Body(
		app.H2().ID("entry-name-"+e.ID).Class("entry-name").TabIndex(-1).Body(
			app.Text(name),
			app.If(e.Current, func() app.UI { return app.Span().Class("badge").Text(v.t(words.OpenNow)) }),
		),
		// Spans rather than a description list: every go-app element type
		// used adds its whole method set to the wasm.
		app.Div().Class("entry-facts").Body(
			fact(v, words.EntryStarted, assessmentDay(v, a)),
			fact(v, words.EntryChanged, changedDay(v, a)),
			fact(v, words.ReportLang, words.LangName.In(entryLang(a))),
			fact(v, words.ColScore, score),
			app.P().Class("muted").Text(words.EntryAnswered.In(v.lang(), r.Progress.Total, r.Progress.Answered, r.Progress.Total)),
		),
		app.Div().Class("row").Body(
			app.If(!e.Current, func() app.UI {
				return app.Button().ID("open-"+e.ID).Class("button primary").Type("button").Value(e.ID).
					Aria("label", v.t(words.OpenEntryFor, name)).Text(v.t(words.OpenEntry)).OnClick(c.onOpen)
			}),
			app.Button().ID("duplicate-"+e.ID).Class("button").Type("button").Value(e.ID).
				Aria("label", v.t(words.DuplicateFor, name)).Text(v.t(words.DuplicateEntry)).OnClick(c.onDuplicate),
		),
		app.Details().Class("rename").Body(
			app.Summary().Text(v.t(words.RenameEntry)),
			app.Div().Class("rename-fields").Body(
				app.Label().For(renameID(e.ID)).Text(v.t(words.RenameLabel)),
				app.Input().ID(renameID(e.ID)).Type("text").MaxLength(assessment.MaxCompany).
					Attr("autocomplete", "organization").Value(a.Company).OnKeyDown(c.onRenameKey),
				app.Button().ID("rename-save-"+e.ID).Class("button").Type("button").Value(e.ID).Text(v.t(words.RenameSave)).OnClick(c.onRename),
			),
		),
		c.deleteControls(v, e, name),
	)
}

// deleteControls offers to delete an entry, and asks first.
func (c *assessmentsPage) deleteControls(v view, e store.Entry, name string) app.UI {
	if c.deleting != e.ID {
		return app.Div().Class("row").Body(
			app.Button().ID("delete-"+e.ID).Class("button danger").Type("button").Value(e.ID).
				Aria("label", v.t(words.DeleteFor, name)).Text(v.t(words.DeleteEntry)).OnClick(c.onAskDelete),
		)
	}
	day := v.t(words.NoDate)
	if e.Answers != nil {
		day = assessmentDay(v, e.Answers)
	}
	return app.Div().Class("confirm").Role("group").Aria("labelledby", "delete-ask").Body(
		app.P().ID("delete-ask").Text(v.t(words.DeleteAsk, name, day)),
		app.Div().Class("row").Body(
			app.Button().ID(idDeleteYes).Class("button danger").Type("button").Value(e.ID).Text(v.t(words.DeleteYes)).OnClick(c.onDelete),
			app.Button().ID(idDeleteNo).Class("button").Type("button").Text(v.t(words.Cancel)).OnClick(c.onCancelDelete),
		),
	)
}

// fact is one line of an entry: a term and its value.
func fact(v view, term words.Msg, value string) app.UI {
	return app.P().Body(app.Span().Class("term").Text(v.label(term)), app.Text(value))
}

// changedDay is the day an assessment was last changed.
func changedDay(v view, a *assessment.Answers) string {
	if t, err := time.Parse(time.RFC3339, a.Updated); err == nil {
		return words.Date(v.lang(), t)
	}
	return v.t(words.NoDate)
}

// entryLang is the language an assessment was last saved in.
func entryLang(a *assessment.Answers) assessment.Lang {
	if l, ok := assessment.ParseLang(string(a.Lang)); ok {
		return l
	}
	return assessment.JA
}

// say announces the outcome of an action on the list.
func (c *assessmentsPage) say(m words.Msg, args ...any) {
	c.status = func(l assessment.Lang) string { return m.In(l, args...) }
}

func (c *assessmentsPage) onNew(ctx app.Context, e app.Event) {
	c.s.NewAssessment()
	ctx.Navigate(href(pathProfile))
}

// onOpen opens an assessment and goes to the start page, which says which
// one is open and where to carry on.
func (c *assessmentsPage) onOpen(ctx app.Context, e app.Event) {
	c.s.Open(ctx.JSSrc().Get("value").String())
	ctx.Navigate(href(pathHome))
}

func (c *assessmentsPage) onDuplicate(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	a := c.s.Stored(id)
	if a == nil {
		return
	}
	name := companyName(c.view(), a)
	c.s.Duplicate(id)
	c.deleting = ""
	c.say(words.DuplicatedEntry, name)
	focus(ctx, "entry-name-"+c.s.CurrentID())
}

func (c *assessmentsPage) onRename(ctx app.Context, e app.Event) {
	c.rename(ctx, ctx.JSSrc().Get("value").String())
}

// onRenameKey saves the new name on Enter, as a form field would.
func (c *assessmentsPage) onRenameKey(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Enter" || e.Get("isComposing").Bool() {
		return // Enter also ends the composition of Japanese text
	}
	e.PreventDefault()
	c.rename(ctx, strings.TrimPrefix(ctx.JSSrc().Get("id").String(), renamePrefix))
}

func (c *assessmentsPage) rename(ctx app.Context, id string) {
	input := app.Window().GetElementByID(renameID(id))
	if c.s.Stored(id) == nil || !input.Truthy() {
		return
	}
	c.s.Rename(id, input.Get("value").String())
	c.say(words.RenamedEntry, companyName(c.view(), c.s.Stored(id)))
	focus(ctx, "entry-name-"+id)
}

func (c *assessmentsPage) onAskDelete(ctx app.Context, e app.Event) {
	c.deleting = ctx.JSSrc().Get("value").String()
	focus(ctx, idDeleteNo)
}

func (c *assessmentsPage) onCancelDelete(ctx app.Context, e app.Event) {
	id := c.deleting
	c.deleting = ""
	focus(ctx, "delete-"+id)
}

func (c *assessmentsPage) onDelete(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	name := c.view().t(words.UnreadableName)
	if a := c.s.Stored(id); a != nil {
		name = companyName(c.view(), a)
	}
	c.s.Delete(id)
	c.deleting = ""
	c.say(words.DeletedEntry, name)
	focus(ctx, idNewAssessment)
}
