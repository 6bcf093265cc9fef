package app

import (
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browser interop: the few things go-app does not wrap. Each is a thin call
// into the DOM; none runs on the server.

// navigatorLang returns the browser's preferred language tag.
func navigatorLang() string {
	if app.IsServer {
		return ""
	}
	return app.Window().Get("navigator").Get("language").String()
}

// clockTime writes the time of day of t as the browser's clock shows it
// (Go's clock in the browser is UTC); on the server, in UTC.
func clockTime(lang assessment.Lang, t time.Time) string {
	if app.IsServer {
		return t.UTC().Format("15:04")
	}
	d := app.Window().Get("Date").New(float64(t.UnixMilli()))
	return d.Call("toLocaleTimeString", string(lang), map[string]any{"hour": "2-digit", "minute": "2-digit"}).String()
}

// printPage opens the browser's print dialog.
func printPage() { app.Window().Call("print") }

// download offers data to the user as a file named name.
func download(name, mime string, data []byte) {
	w := app.Window()
	arr := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	blob := w.Get("Blob").New(w.Get("Array").Call("of", arr), map[string]any{"type": mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	doc := w.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("hidden", true)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// Revoking at once can cancel the download in some browsers.
	var release app.Func
	release = app.FuncOf(func(this app.Value, args []app.Value) any {
		w.Get("URL").Call("revokeObjectURL", url)
		release.Release()
		return nil
	})
	w.Call("setTimeout", release, 60000)
}

// readFile reads the first file chosen in a file input and calls done on
// the UI goroutine with its bytes. Files over limit are refused before they
// are read (tooBig is then true).
func readFile(ctx app.Context, input app.Value, limit int, done func(ctx app.Context, data []byte, tooBig bool, err bool)) {
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	if file.Get("size").Int() > limit {
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, true, false) })
		return
	}
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		buf := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, buf.Length())
		app.CopyBytesToGo(data, buf)
		release()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, data, false, false) })
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, false, true) })
		return nil
	})
	file.Call("arrayBuffer").Call("then", ok, fail)
}

// focus moves keyboard focus to the element with the given id once the
// current update is painted. go-app drops a deferred function when the
// element whose event asked for it is no longer on the page, which is the
// rule rather than the exception here ("Delete" gives way to "Delete it?
// Cancel"): so the deferral is made on the page's own context when there
// is one.
func focus(ctx app.Context, id string) {
	if pageCtx != nil {
		ctx = *pageCtx
	}
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	})
}

// pageCtx is the context of the page shown (set as it mounts or is
// navigated to): its element stays on the page while the page does.
var pageCtx *app.Context

// scrollTop scrolls the window back to the top (after moving between areas).
func scrollTop() { app.Window().Call("scrollTo", 0, 0) }

// property reads v[name] through Reflect.get and reports whether it could.
// Value.Get must not be used on a getter that may throw, such as
// window.localStorage where the browser blocks site data: Go's wasm_exec.js
// does not catch the exception, which then unwinds the whole Go program past
// every recover and stops the app. Through Call it becomes a Go panic.
func property(v app.Value, name string) (p app.Value, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return app.Window().Get("Reflect").Call("get", v, name), true
}
