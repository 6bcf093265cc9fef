package app

import (
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dataPanel is the "your answers file" section of the start page: export,
// import (validated, confirmed before it replaces anything) and start over
// (confirmed). It is part of the landing component, not a component itself,
// so its state lives as long as the page.
type dataPanel struct {
	p *page

	status     msg   // the last outcome to announce, "" for none
	statusArgs []any // arguments of status
	failed     msg   // why the last import failed, "" for none
	pending    *assessment.Answers
	pendingN   int // unknown entries in pending
	confirming bool
}

// Element ids the panel moves focus to.
const (
	idImport       = "import-file"
	idImportAsk    = "import-confirm"
	idStartOverAsk = "start-over-confirm"
	idDataStatus   = "data-status"
)

func (d *dataPanel) render(p *page) app.UI {
	d.p = p
	// The same count as the resume line above ("n of m questions
	// answered"): profile answers are not questions to the user.
	answered := p.s.Result().Progress.Answered
	started := p.s.Started()
	return app.Section().Class("card data no-print").Aria("labelledby", "data-title").Body(
		app.H2().ID("data-title").Text(p.t(mDataTitle)),
		app.P().Text(p.t(mDataLead)),
		// Exporting or deleting nothing would only mislead: both wait
		// until something is stored.
		app.If(started, func() app.UI {
			return app.Div().Class("row").Body(
				app.Button().ID("export").Class("button").Type("button").Text(p.t(mExport)).OnClick(p.onExport),
			)
		}),
		app.Div().Class("field").Body(
			app.Label().For(idImport).Text(p.t(mImportLabel)),
			app.P().ID("import-hint").Class("hint").Text(p.t(mImportHint)),
			app.Input().ID(idImport).Type("file").Accept(".json,application/json").
				Aria("describedby", "import-hint").OnChange(d.onImport),
		),
		app.If(d.failed != "", func() app.UI {
			return app.Div().ID("import-error").Class("notice error").Role("alert").Body(
				app.P().Text(p.t(d.failed)),
				app.P().Text(p.t(mImportNothingLost)),
			)
		}),
		app.If(d.pending != nil, func() app.UI {
			return app.Div().Class("confirm").Role("group").Aria("labelledby", "import-ask").Body(
				app.P().ID("import-ask").Text(p.t(mImportConfirm, answered)),
				app.Div().Class("row").Body(
					app.Button().ID(idImportAsk).Class("button primary").Type("button").Text(p.t(mImportReplace)).OnClick(d.onReplace),
					app.Button().Class("button").Type("button").Text(p.t(mCancel)).OnClick(d.onCancelImport),
				),
			)
		}),
		app.If(!started, func() app.UI { return nil }).ElseIf(!d.confirming, func() app.UI {
			return app.Div().Class("row").Body(
				app.Button().ID("start-over").Class("button danger").Type("button").Text(p.t(mStartOver)).OnClick(d.onAskStartOver),
			)
		}).Else(func() app.UI {
			return app.Div().Class("confirm").Role("group").Aria("labelledby", "start-over-ask").Body(
				app.P().ID("start-over-ask").Text(p.t(mStartOverAsk)),
				app.Div().Class("row").Body(
					app.Button().ID(idStartOverAsk).Class("button danger").Type("button").Text(p.t(mStartOverYes)).OnClick(d.onStartOver),
					app.Button().ID("start-over-cancel").Class("button").Type("button").Text(p.t(mCancel)).OnClick(d.onCancelStartOver),
				),
			)
		}),
		app.Div().ID(idDataStatus).Class("status").Role("status").Body(
			app.If(d.status != "", func() app.UI { return app.Text(p.t(d.status, d.statusArgs...)) }),
		),
	)
}

func (d *dataPanel) say(m msg, args ...any) { d.status, d.statusArgs = m, args }

func (d *dataPanel) onImport(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	readFile(ctx, input, assessment.MaxAnswersSize, func(ctx app.Context, data []byte, tooBig, readErr bool) {
		input.Set("value", "")
		d.pending, d.failed, d.status = nil, "", ""
		switch {
		case tooBig:
			d.failed = mErrTooLarge
		case readErr:
			d.failed = mErrRead
		default:
			d.takeFile(ctx, data)
		}
	})
}

// takeFile checks an imported file and, when it is usable, replaces the
// answers at once if nothing is stored yet, or asks first.
func (d *dataPanel) takeFile(ctx app.Context, data []byte) {
	a, unknown, err := d.p.s.ParseImport(data)
	if err != nil {
		d.failed = importError(err)
		return
	}
	if !d.p.s.Started() {
		d.replace(a, unknown)
		return
	}
	d.pending, d.pendingN = a, unknown
	focus(ctx, idImportAsk)
}

// importError names the reason an import failed.
func importError(err error) msg {
	if m, ok := errMsg[assessment.KindOf(err)]; ok {
		return m
	}
	return mErrUnknown
}

func (d *dataPanel) replace(a *assessment.Answers, unknown int) {
	d.p.s.Replace(a)
	d.pending = nil
	if unknown > 0 {
		d.say(mImportWarnings, unknown)
	} else {
		d.say(mImportDone)
	}
}

func (d *dataPanel) onReplace(ctx app.Context, e app.Event) {
	if d.pending != nil {
		d.replace(d.pending, d.pendingN)
		focus(ctx, "resume")
	}
}

func (d *dataPanel) onCancelImport(ctx app.Context, e app.Event) {
	d.pending = nil
	focus(ctx, idImport)
}

func (d *dataPanel) onAskStartOver(ctx app.Context, e app.Event) {
	d.confirming = true
	focus(ctx, "start-over-cancel")
}

func (d *dataPanel) onCancelStartOver(ctx app.Context, e app.Event) {
	d.confirming = false
	focus(ctx, "start-over")
}

func (d *dataPanel) onStartOver(ctx app.Context, e app.Event) {
	d.p.s.Reset()
	d.confirming, d.pending, d.failed = false, nil, ""
	d.say(mStartOverDone)
	focus(ctx, "start")
}
