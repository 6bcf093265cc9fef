package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The browser's side of the store: window.localStorage as a store.Storage,
// and the guard that keeps a browser which refuses site data from stopping
// the app.

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
func browserStorage() store.Storage {
	GuardStorage()
	if !storageUsable {
		return nil
	}
	return localStorage{site: strings.TrimRight(rootPrefix(), "/")}
}

// localStorage is the browser's window.localStorage as a store.Storage,
// values stored as JSON (the same format as go-app's ctx.LocalStorage()).
// The store attaches it in OnInit, before the first render, where go-app's
// context is not available yet.
type localStorage struct {
	// site is the path prefix the app is served under ("" at the root).
	// Two copies on one origin (two departments' banks under
	// /security-check and /it-check) share one localStorage: each keeps
	// its data under keys of its own (see key).
	site string
}

// unkey is the store's key for a key of window.localStorage, and whether
// it belongs to this copy of the app.
func (l localStorage) unkey(raw string) (string, bool) {
	if l.site == "" {
		return raw, strings.HasPrefix(raw, "hiyari/v1/") && !strings.HasPrefix(raw, "hiyari/v1/site:")
	}
	rest, ok := strings.CutPrefix(raw, "hiyari/v1/site:"+l.site+"/")
	return "hiyari/v1/" + rest, ok
}

// followOtherTabs makes the store take in what other tabs of this browser
// save (the "storage" event fires in every other tab of the origin): two
// tabs on one assessment never write over each other.
func followOtherTabs(s *store.Store) {
	ls, ok := browserStorage().(localStorage)
	if !ok {
		return
	}
	app.Window().Call("addEventListener", "storage", app.FuncOf(func(this app.Value, args []app.Value) any {
		key := args[0].Get("key")
		if key.IsNull() || pageCtx == nil {
			return nil
		}
		k, mine := ls.unkey(key.String())
		if !mine {
			return nil
		}
		pageCtx.Dispatch(func(ctx app.Context) {
			if s.Follow(k) {
				ctx.Defer(func(app.Context) { syncForm(s) })
			}
		})
		return nil
	}))
}

// key is where k is kept for this copy of the app: k itself at the root,
// "hiyari/v1/site:/security-check/assessments" under a prefix. The single
// answers document of versions before the list is looked for where they
// kept it, so that a prefixed copy still finds it.
func (l localStorage) key(k string) string {
	if l.site == "" || k == store.KeyAnswers || k == store.KeyUnreadable {
		return k
	}
	return "hiyari/v1/site:" + l.site + "/" + strings.TrimPrefix(k, "hiyari/v1/")
}

// ls returns window.localStorage; if the browser refuses it, it panics
// with an error each method recovers.
func (localStorage) ls() app.Value {
	ls, ok := property(app.Window(), "localStorage")
	if !ok {
		panic(errors.New("window.localStorage refused"))
	}
	return ls
}

// Set stores v; a full or disabled storage makes setItem throw, which
// becomes an error here instead of a crash.
func (l localStorage) Set(k string, v any) (err error) {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("localStorage.setItem(%q): %v", k, r)
		}
	}()
	l.ls().Call("setItem", l.key(k), string(data))
	return nil
}

func (l localStorage) Get(k string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("localStorage.getItem(%q): %v", k, r)
		}
	}()
	item := l.ls().Call("getItem", l.key(k))
	if item.IsNull() || item.IsUndefined() {
		return nil
	}
	return json.Unmarshal([]byte(item.String()), v)
}

func (l localStorage) Del(k string) {
	defer func() { recover() }()
	l.ls().Call("removeItem", l.key(k))
}

func (l localStorage) Contains(k string) (ok bool) {
	defer func() { recover() }()
	return !l.ls().Call("getItem", l.key(k)).IsNull()
}
