package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

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
// current update is painted.
func focus(ctx app.Context, id string) {
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	})
}

// scrollTop scrolls the window back to the top (after moving between areas).
func scrollTop() { app.Window().Call("scrollTo", 0, 0) }

// syncForm sets every form control of the page from the store: the radios
// of each question, the planned actions, the notes and the company name. It runs when a page is
// shown (mounted, or the questionnaire moved to another area and reused the
// elements), never while the user is typing or choosing.
func syncForm(s *Store) {
	doc := app.Window().Get("document")
	radios := doc.Call("querySelectorAll", "input[type=radio]")
	for i := 0; i < radios.Length(); i++ {
		r := radios.Index(i)
		on := s.Answer(r.Get("name").String()) == r.Get("value").String()
		if r.Get("checked").Bool() != on {
			r.Set("checked", on)
		}
	}
	planned := doc.Call("querySelectorAll", "input[type=checkbox][id^=plan-]")
	for i := 0; i < planned.Length(); i++ {
		c := planned.Index(i)
		if on := s.Planned(c.Get("value").String()); c.Get("checked").Bool() != on {
			c.Set("checked", on)
		}
	}
	notes := doc.Call("querySelectorAll", "textarea[data-q]")
	for i := 0; i < notes.Length(); i++ {
		n := notes.Index(i)
		if v := s.Note(n.Get("dataset").Get("q").String()); n.Get("value").String() != v {
			n.Set("value", v)
		}
	}
	if c := doc.Call("getElementById", "company"); c.Truthy() && c.Get("value").String() != s.Company() {
		c.Set("value", s.Company())
	}
}

// fillRadios checks the stored answer of radio groups that have none
// checked: questions that just appeared. Groups with a checked radio are
// left alone, as the user may be changing them right now.
func fillRadios(s *Store) {
	radios := app.Window().Get("document").Call("querySelectorAll", "input[type=radio]")
	checked := map[string]bool{}
	for i := 0; i < radios.Length(); i++ {
		if r := radios.Index(i); r.Get("checked").Bool() {
			checked[r.Get("name").String()] = true
		}
	}
	for i := 0; i < radios.Length(); i++ {
		r := radios.Index(i)
		name := r.Get("name").String()
		if !checked[name] && s.Answer(name) == r.Get("value").String() {
			r.Set("checked", true)
		}
	}
}

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

var (
	storageGuard  sync.Once
	storageUsable bool // window.localStorage could be read at start
)

// GuardStorage must run before go-app starts (cmd/web calls it first; the
// store calls it again, which is harmless). Where the browser refuses site
// data, reading window.localStorage throws, and go-app reads it through
// Value.Get at every start (engine.Start sweeps it for expired persisted
// states): the exception would stop the app before the user could do
// anything (see property). So it is probed safely here and, if refused,
// replaced for this page by an empty stand-in: reads find nothing and
// writes fail, as the browser intends. The store then keeps work in memory
// and says so.
func GuardStorage() {
	if !app.IsClient {
		return
	}
	storageGuard.Do(func() {
		w := app.Window()
		if ls, ok := property(w, "localStorage"); ok && ls.Truthy() {
			storageUsable = true
			return
		}
		// No setItem: a write through go-app's ctx.LocalStorage() fails
		// with an error instead of pretending to keep anything.
		nothing := app.FuncOf(func(app.Value, []app.Value) any { return nil })
		empty := w.Get("Object").New()
		empty.Set("length", 0)
		for _, m := range []string{"key", "getItem", "removeItem", "clear"} {
			empty.Set(m, nothing)
		}
		desc := w.Get("Object").New()
		desc.Set("value", empty)
		desc.Set("configurable", true)
		w.Get("Object").Call("defineProperty", w, "localStorage", desc)
	})
}

// browserStorage returns the storage the store saves to, or nil when the
// browser refuses to keep anything.
func browserStorage() storage {
	GuardStorage()
	if !storageUsable {
		return nil
	}
	return localStore{}
}

// localStore is window.localStorage with values stored as JSON, the same
// format as go-app's ctx.LocalStorage(). The store attaches it in OnInit,
// before the first render, where go-app's context is not available yet.
type localStore struct{}

// ls returns window.localStorage; if the browser refuses it, it panics
// with an error each method recovers.
func (localStore) ls() app.Value {
	ls, ok := property(app.Window(), "localStorage")
	if !ok {
		panic(errors.New("window.localStorage refused"))
	}
	return ls
}

// Set stores v; a full or disabled storage makes setItem throw, which
// becomes an error here instead of a crash.
func (l localStore) Set(k string, v any) (err error) {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("localStorage.setItem(%q): %v", k, r)
		}
	}()
	l.ls().Call("setItem", k, string(data))
	return nil
}

func (l localStore) Get(k string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("localStorage.getItem(%q): %v", k, r)
		}
	}()
	item := l.ls().Call("getItem", k)
	if item.IsNull() || item.IsUndefined() {
		return nil
	}
	return json.Unmarshal([]byte(item.String()), v)
}

func (l localStore) Del(k string) {
	defer func() { recover() }()
	l.ls().Call("removeItem", k)
}

func (l localStore) Contains(k string) (ok bool) {
	defer func() { recover() }()
	return !l.ls().Call("getItem", k).IsNull()
}
