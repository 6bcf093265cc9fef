package app

import (
	"sync"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var warmUpOnce sync.Once

// warmUpWhenIdle runs, once the first page is shown and the browser is
// idle, what the first answer would otherwise run for the first time
// (make bench: on a phone-speed CPU the first answer took 190 to 300 ms,
// most of it code run once and encoding/json building its encoders), so
// that the first answer is as quick as the next.
func warmUpWhenIdle(s *store.Store) {
	if !app.IsClient {
		return
	}
	warmUpOnce.Do(func() {
		win := app.Window()
		var run app.Func
		run = app.FuncOf(func(app.Value, []app.Value) any {
			run.Release()
			s.WarmUp()
			return nil
		})
		if win.Get("requestIdleCallback").Truthy() {
			win.Call("requestIdleCallback", run, map[string]any{"timeout": 2000})
		} else {
			win.Call("setTimeout", run, 500)
		}
	})
}
