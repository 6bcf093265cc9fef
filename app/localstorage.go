package app

import (
	"encoding/json"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// localStorage is the browser's window.localStorage as a store.Storage,
// values stored as JSON (the same format as go-app's ctx.LocalStorage()).
// The store attaches it in OnInit, before the first render, where go-app's
// context is not available yet.
type localStorage struct{}

func (localStorage) ls() app.Value { return app.Window().Get("localStorage") }

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
	l.ls().Call("setItem", k, string(data))
	return nil
}

func (l localStorage) Get(k string, v any) (err error) {
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

func (l localStorage) Del(k string) {
	defer func() { recover() }()
	l.ls().Call("removeItem", k)
}

func (l localStorage) Contains(k string) (ok bool) {
	defer func() { recover() }()
	return !l.ls().Call("getItem", k).IsNull()
}
