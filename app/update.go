package app

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateCheckEvery is how often an open Hiyari asks the server for a new
// version. Browsers check by themselves when a page is opened; consultants
// keep the app open for hours, so we ask again now and then. The answer
// arrives as OnAppUpdate (page.go shows the "new version is ready — reload"
// notice; nothing reloads under the user).
const updateCheckEvery = 30 * time.Minute

var updateWatch, startReport sync.Once

// reportStarted tells the service worker, once per page load, that this
// version of the app runs; call it from OnMount. Only then does the worker
// delete the copies of older versions (see cmd/hiyari/sw.js), so an update that
// installed but cannot start leaves the previous version on the device.
func reportStarted() {
	if !app.IsClient {
		return
	}
	startReport.Do(func() {
		defer func() { recover() }() // no worker to tell: nothing to clean up
		sw, ok := property(app.Window().Get("navigator"), "serviceWorker")
		if !ok || !sw.Truthy() {
			return
		}
		// The controller is the worker that served this page; on a first
		// visit there is none and nothing older to delete.
		if ctl := sw.Get("controller"); ctl.Truthy() {
			ctl.Call("postMessage", map[string]any{"hiyari": "started", "version": app.Getenv("GOAPP_VERSION")})
		}
	})
}

// WatchForUpdates starts the periodic update check once per page load; call
// it from OnMount. Offline, the check fails quietly and the installed copy
// keeps working.
func WatchForUpdates() {
	if !app.IsClient {
		return
	}
	updateWatch.Do(func() {
		go func() {
			for {
				time.Sleep(updateCheckEvery)
				app.TryUpdate()
			}
		}()
	})
}
