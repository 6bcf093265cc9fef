package app

import (
	"strings"
	"time"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dataPanel is the "your answers file" section of the start page: export,
// import (validated, confirmed before it replaces anything) and start over
// (confirmed). It is part of the landing component, not a component itself,
// so its state lives as long as the page.
type dataPanel struct {
	v view

	// status is the last outcome to announce, in the language on screen;
	// nil for none.
	status   func(assessment.Lang) string
	failed   *words.Msg // why the last import failed; nil for none
	failedAt string     // the first problem in that file, as the command line names it
	sealed   []byte     // a protected file waiting for its passphrase
	pending  *assessment.Answers
	pendingN store.ImportSummary // what pending holds that will not count
	// pendingSame is the stored assessment pending is a copy of: only
	// then does an import ask, since otherwise it adds and replaces nothing.
	pendingSame string
	// imported is what the last import left out, when it was made with
	// another version of the bank; nil otherwise.
	imported   *store.ImportSummary
	confirming bool
}

// Element ids the panel moves focus to.
const (
	idImport         = "import-file"
	idImportAsk      = "import-confirm"
	idImportBoth     = "import-keep-both"
	idStartOver      = "start-over"
	idStartOverAsk   = "start-over-confirm"
	idStartOverNever = "start-over-cancel"
	idDataStatus     = "data-status"
)

func (d *dataPanel) render(v view) app.UI {
	d.v = v
	started := v.s.Started()
	return app.Section().Class("card data no-print").Aria("labelledby", "data-title").Body(
		app.H2().ID("data-title").Text(v.t(words.DataTitle)),
		app.P().Text(v.t(words.DataLead)),
		// Exporting or deleting nothing would only mislead: both wait
		// until something is stored.
		app.If(started, func() app.UI {
			return app.Div().Class("row").Body(
				app.Button().ID("export").Class("button").Type("button").Text(v.t(words.Export)).OnClick(v.onExport),
				app.A().ID("to-compare").Class("button").Href(href(pathCompare)).Text(v.t(words.ToCompare)),
			)
		}),
		app.If(started, func() app.UI { return d.protectControls(v) }),
		app.Div().Class("field").Body(
			app.Label().For(idImport).Text(v.t(words.ImportLabel)),
			app.P().ID("import-hint").Class("hint").Text(v.t(words.ImportHint)),
			app.Input().ID(idImport).Type("file").Accept(".json,application/json").
				Aria("describedby", "import-hint").OnChange(d.onImport),
		),
		app.If(d.failed != nil, func() app.UI {
			return app.Div().ID("import-error").Class("notice error").Role("alert").Body(
				app.P().Text(v.t(*d.failed)),
				// The first thing wrong, as the command line names it (the
				// path in the file is the same in every language).
				app.If(d.failedAt != "", func() app.UI {
					return app.P().ID("import-error-where").Class("hint").Text(v.t(words.ImportWhere, d.failedAt))
				}),
				app.P().Text(v.t(words.ImportNothingLost)),
			)
		}),
		app.If(d.sealed != nil, func() app.UI { return d.unsealControls(v) }),
		app.If(d.pending != nil, func() app.UI {
			kept := v.s.Stored(d.pendingSame)
			if kept == nil {
				return nil
			}
			return app.Div().Class("confirm").Role("group").Aria("labelledby", "import-ask").Body(
				app.P().ID("import-ask").Text(v.t(words.ImportSameAsk)),
				// A consultant with many clients must see which client
				// replaces which before saying yes.
				app.Ul().ID("import-sides").Body(
					app.Li().Text(sideLine(v, words.ImportIncoming, d.pending, assessment.Assess(v.bank(), d.pending).Progress.Answered)),
					app.Li().Text(sideLine(v, words.ImportKept, kept, assessment.Assess(v.bank(), kept).Progress.Answered)),
				),
				app.Div().Class("row").Body(
					app.Button().ID("export-first").Class("button").Type("button").Text(v.t(words.ExportFirst)).OnClick(d.onExportKept),
					app.Button().ID(idImportAsk).Class("button primary").Type("button").Text(v.t(words.ImportReplace)).OnClick(d.onReplace),
					app.Button().ID(idImportBoth).Class("button").Type("button").Text(v.t(words.ImportKeepBoth)).OnClick(d.onKeepBoth),
					app.Button().Class("button").Type("button").Text(v.t(words.Cancel)).OnClick(d.onCancelImport),
				),
			)
		}),
		app.If(!started, func() app.UI { return nil }).ElseIf(!d.confirming, func() app.UI {
			return app.Div().Class("row").Body(
				app.Button().ID(idStartOver).Class("button danger").Type("button").Text(v.t(words.StartOver)).OnClick(d.onAskStartOver),
			)
		}).Else(func() app.UI {
			return app.Div().Class("confirm").Role("group").Aria("labelledby", "start-over-ask").Body(
				app.P().ID("start-over-ask").Text(v.t(words.StartOverAsk)),
				app.Div().Class("row").Body(
					app.Button().ID(idStartOverAsk).Class("button danger").Type("button").Text(v.t(words.StartOverYes)).OnClick(d.onStartOver),
					app.Button().ID(idStartOverNever).Class("button").Type("button").Text(v.t(words.Cancel)).OnClick(d.onCancelStartOver),
				),
			)
		}),
		app.Div().ID(idDataStatus).Class("status").Role("status").Body(
			app.If(d.status != nil, func() app.UI { return app.Text(d.status(v.lang())) }),
		),
		app.If(d.imported != nil, func() app.UI { return importDifferences(v, *d.imported) }),
	)
}

// importDifferences lists what a file made with another version of the
// bank answers that this version no longer asks, and what this version
// asks that the file does not answer, each linked to its question.
func importDifferences(v view, sum store.ImportSummary) app.UI {
	b := v.bank()
	return app.Section().ID("import-differences").Class("notice warn").Body(
		app.P().Text(v.t(words.ImportVersion, sum.Version, b.Version)),
		app.If(len(sum.Gone) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text(v.t(words.ImportGone)),
				app.Ul().ID("import-gone").Body(app.Range(sum.Gone).Slice(func(i int) app.UI { return app.Li().Text(sum.Gone[i]) })),
			)
		}),
		app.If(len(sum.New) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text(v.t(words.ImportNew)),
				app.Ul().ID("import-new").Body(app.Range(sum.New).Slice(func(i int) app.UI {
					q := b.Question(sum.New[i])
					if q == nil {
						return nil
					}
					return app.Li().Body(app.A().Href(href(areaPath(q.Area) + "#" + questionID(q.ID))).Text(v.text(q.Text)))
				})),
			)
		}),
	)
}

// sideLine names one side of an import: its company, the day it was
// started (else last changed) and how many questions it answers.
func sideLine(v view, m words.Msg, a *assessment.Answers, answered int) string {
	return v.t(m, companyName(v, a), assessmentDay(v, a), answered)
}

// companyName is an assessment's company, or says that none was given.
func companyName(v view, a *assessment.Answers) string {
	if a.Company == "" {
		return v.t(words.NoCompany)
	}
	return a.Company
}

// assessmentDay is the day an assessment was started, else last changed.
func assessmentDay(v view, a *assessment.Answers) string {
	for _, ts := range []string{a.Created, a.Updated} {
		if t, err := time.Parse(time.RFC3339, ts); err == nil {
			return words.Date(v.lang(), t)
		}
	}
	return v.t(words.NoDate)
}

// say announces m in the status line.
func (d *dataPanel) say(m words.Msg) {
	d.status = func(l assessment.Lang) string { return m.In(l) }
}

// fail shows why an import failed.
func (d *dataPanel) fail(m words.Msg) { d.failed = &m }

// onExport downloads the answers file: from this panel, and from the
// notice every page shows when the browser keeps nothing (layout.go), so
// that the user can save their work without leaving their place.
func (v view) onExport(ctx app.Context, e app.Event) { exportAnswers(v.s.Answers()) }

// exportAnswers downloads one assessment as its answers file.
func exportAnswers(a *assessment.Answers) {
	data, err := a.Marshal()
	if err != nil {
		return
	}
	download(fileName(a, ".hiyari.json"), "application/json", data)
}

func (d *dataPanel) onImport(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	readFile(ctx, input, assessment.MaxAnswersSize, func(ctx app.Context, data []byte, tooBig, readErr bool) {
		input.Set("value", "")
		d.pending, d.failed, d.failedAt, d.status, d.imported, d.sealed = nil, nil, "", nil, nil, nil
		switch {
		case tooBig:
			d.fail(words.ErrorKind(assessment.KindTooLarge))
		case readErr:
			d.fail(words.ErrRead)
		default:
			d.takeFile(ctx, data)
		}
	})
}

// takeFile checks an imported file and, when it is usable, adds it to the
// list and opens it, or asks first when it is a copy of one kept here.
func (d *dataPanel) takeFile(ctx app.Context, data []byte) {
	if assessment.IsSealed(data) {
		d.sealed = data
		focus(ctx, idImportPass)
		return
	}
	a, sum, err := d.v.s.ParseImport(data)
	if err != nil {
		d.fail(words.ErrorKind(assessment.KindOf(err)))
		d.failedAt = assessment.FirstProblem(err)
		return
	}
	if id := d.v.s.SameAs(a); id != "" {
		d.pending, d.pendingN, d.pendingSame = a, sum, id
		focus(ctx, idImportAsk)
		return
	}
	d.v.s.Add(a)
	d.done(sum, words.ImportAdded)
}

// done announces an import: what was added or replaced, and what of the
// file does not count.
func (d *dataPanel) done(sum store.ImportSummary, what words.Msg) {
	a := d.v.s.Answers()
	d.pending, d.imported = nil, nil
	if sum.Version != "" && len(sum.Gone)+len(sum.New) > 0 {
		d.imported = &sum
	}
	d.status = func(l assessment.Lang) string {
		v := d.v
		parts := []string{what.In(l, companyName(v, a), assessmentDay(v, a))}
		if v.s.SaveFailed() {
			// Read and open, but not kept: say so here, where the user
			// looks, not only in the alert at the top.
			parts = append(parts, words.ImportNotKept.In(l))
		}
		if sum.Unknown > 0 {
			parts = append(parts, words.ImportWarnings.In(l, sum.Unknown, sum.Unknown))
		}
		if sum.AskedAgain > 0 {
			parts = append(parts, words.ImportAskedAgain.In(l, sum.AskedAgain, sum.AskedAgain))
		}
		return strings.Join(parts, " ")
	}
}

func (d *dataPanel) onReplace(ctx app.Context, e app.Event) {
	if d.pending != nil {
		d.v.s.ReplaceStored(d.pendingSame, d.pending)
		d.done(d.pendingN, words.ImportReplaced)
		focus(ctx, "resume")
	}
}

func (d *dataPanel) onKeepBoth(ctx app.Context, e app.Event) {
	if d.pending != nil {
		d.v.s.Add(d.pending)
		d.done(d.pendingN, words.ImportAdded)
		focus(ctx, "resume")
	}
}

// onExportKept downloads the kept assessment an import would replace.
func (d *dataPanel) onExportKept(ctx app.Context, e app.Event) {
	if a := d.v.s.Stored(d.pendingSame); a != nil {
		exportAnswers(a)
	}
}

func (d *dataPanel) onCancelImport(ctx app.Context, e app.Event) {
	d.pending = nil
	focus(ctx, idImport)
}

func (d *dataPanel) onAskStartOver(ctx app.Context, e app.Event) {
	d.confirming = true
	focus(ctx, idStartOverNever)
}

func (d *dataPanel) onCancelStartOver(ctx app.Context, e app.Event) {
	d.confirming = false
	focus(ctx, idStartOver)
}

func (d *dataPanel) onStartOver(ctx app.Context, e app.Event) {
	d.v.s.Reset()
	d.confirming, d.pending, d.failed, d.imported = false, nil, nil, nil
	d.say(words.StartOverDone)
	focus(ctx, "start")
}
