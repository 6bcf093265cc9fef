package app

import (
	"crypto/rand"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Two more ways out for the answers file: protected with a passphrase (a
// consultant's files on a USB stick), and without names and notes (an
// assessment shared as an example). And the way back in for a protected
// file: its passphrase, asked for before anything else is read.

// Element ids.
const (
	idExportPass   = "export-passphrase"
	idExportSealed = "export-protected"
	idImportPass   = "import-passphrase"
	idImportOpen   = "import-open"
)

// protectControls offer the two other exports.
func (d *dataPanel) protectControls(v view) app.UI {
	return app.Details().ID("protect").Class("protect").Body(
		app.Summary().Text(v.t(words.ProtectTitle)),
		app.Div().Class("field").Body(
			app.Label().For(idExportPass).Text(v.t(words.ProtectLabel, assessment.MinPassphrase)),
			app.P().ID("protect-hint").Class("hint").Text(v.t(words.ProtectHint)),
			app.Input().ID(idExportPass).Type("password").Attr("autocomplete", "new-password").
				Attr("minlength", assessment.MinPassphrase).Aria("describedby", "protect-hint"),
		),
		app.Div().Class("row").Body(
			app.Button().ID(idExportSealed).Class("button").Type("button").Text(v.t(words.ProtectExport)).OnClick(d.onExportSealed),
			app.Button().ID("export-anonymous").Class("button").Type("button").Text(v.t(words.ExportAnonymous)).OnClick(d.onExportAnonymous),
		),
	)
}

func (d *dataPanel) onExportSealed(ctx app.Context, e app.Event) {
	input := app.Window().GetElementByID(idExportPass)
	if !input.Truthy() {
		return
	}
	doc, err := d.v.s.Export()
	if err != nil {
		return
	}
	sealed, err := assessment.Seal(doc, input.Get("value").String(), rand.Reader)
	if err != nil {
		d.say(words.ErrorKind(assessment.KindOf(err)))
		focus(ctx, idExportPass)
		return
	}
	// The passphrase is not left in the page.
	input.Set("value", "")
	download(fileName(d.v.s.Answers(), ".protected.hiyari.json"), "application/json", sealed)
	d.say(words.ProtectDone)
}

// onExportAnonymous downloads the assessment without the company's name,
// the notes, and the owners and notes of its actions.
func (d *dataPanel) onExportAnonymous(ctx app.Context, e app.Event) {
	data, err := d.v.s.Answers().Anonymous().Marshal()
	if err != nil {
		return
	}
	download(fileName(nil, ".example.hiyari.json"), "application/json", data)
	d.say(words.AnonymousDone)
}

// unsealControls ask for the passphrase of a protected file chosen for
// import.
func (d *dataPanel) unsealControls(v view) app.UI {
	return app.Div().ID("import-protected").Class("confirm").Role("group").Aria("labelledby", "import-protected-ask").Body(
		app.P().ID("import-protected-ask").Text(v.t(words.UnsealAsk)),
		app.Div().Class("field").Body(
			app.Label().For(idImportPass).Text(v.t(words.UnsealLabel)),
			app.Input().ID(idImportPass).Type("password").Attr("autocomplete", "current-password"),
		),
		app.Div().Class("row").Body(
			app.Button().ID(idImportOpen).Class("button primary").Type("button").Text(v.t(words.OpenEntry)).OnClick(d.onUnseal),
			app.Button().Class("button").Type("button").Text(v.t(words.Cancel)).OnClick(d.onCancelUnseal),
		),
	)
}

func (d *dataPanel) onUnseal(ctx app.Context, e app.Event) {
	input := app.Window().GetElementByID(idImportPass)
	if d.sealed == nil || !input.Truthy() {
		return
	}
	doc, err := assessment.Unseal(d.sealed, input.Get("value").String())
	input.Set("value", "")
	if err != nil {
		d.fail(words.ErrorKind(assessment.KindOf(err)))
		d.failedAt = ""
		focus(ctx, idImportPass)
		return
	}
	d.sealed, d.failed = nil, nil
	d.takeFile(ctx, doc)
}

func (d *dataPanel) onCancelUnseal(ctx app.Context, e app.Event) {
	d.sealed, d.failed = nil, nil
	focus(ctx, idImport)
}
