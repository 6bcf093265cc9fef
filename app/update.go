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

var updateWatch sync.Once

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
