package e2e

import (
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// download is a file the page saved.
type download struct {
	name string // the name the page gave it
	path string // where the browser wrote it
	err  string // why it did not finish, "" when it did
}

// AllowDownloads lets the page save files, into a temporary directory, and
// has the browser report each one as it finishes (WaitDownload).
func (b *Browser) AllowDownloads() {
	b.t.Helper()
	dir := b.t.TempDir()
	names := map[string]string{} // guid -> suggested name; only the listener touches it
	b.saved = make(chan download, 16)
	err := chromedp.ListenBrowser(b.Ctx, func(ev any) {
		switch ev := ev.(type) {
		case *browser.EventDownloadWillBegin:
			names[ev.GUID] = ev.SuggestedFilename
		case *browser.EventDownloadProgress:
			switch ev.State {
			case browser.DownloadProgressStateCompleted:
				b.saved <- download{name: names[ev.GUID], path: filepath.Join(dir, ev.GUID)}
			case browser.DownloadProgressStateCanceled:
				b.saved <- download{name: names[ev.GUID], err: "canceled"}
			}
		}
	})
	require.NoError(b.t, err)
	events := true
	_, err = chromedp.CallBrowser(b.Ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		// allowAndName saves each file under its download's id, so the
		// name a page gives cannot clash or escape the directory.
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &events})
	require.NoError(b.t, err)
}

// WaitDownload waits until the browser reports the next download finished
// and returns the name the page gave it and its content.
func (b *Browser) WaitDownload() (name string, data []byte) {
	b.t.Helper()
	require.NotNil(b.t, b.saved, "AllowDownloads first")
	select {
	case d := <-b.saved:
		require.Empty(b.t, d.err, "download of %s", d.name)
		data, err := os.ReadFile(d.path)
		require.NoError(b.t, err)
		return d.name, data
	case <-time.After(actionTimeout):
		b.t.Fatalf("no download finished in %v", actionTimeout)
		return "", nil
	}
}
