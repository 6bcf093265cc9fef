package app

import (
	"strings"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shared is the browser's one store: every page reads and changes it, so
// moving between pages never loses or reloads anything.
var shared *Store

// currentStore returns the store a new page works on. On the server (the
// prerender, the static build) each page gets a fresh store: requests run
// concurrently and carry no user data.
func currentStore() *Store {
	if app.IsServer {
		return NewStore(defaultBank())
	}
	if shared == nil {
		shared = NewStore(defaultBank())
	}
	return shared
}

// defaultBank returns the built-in bank. Its validity is a build-time
// guarantee (assessment's tests load it), so failure here is a bug.
func defaultBank() *assessment.Bank {
	b, err := assessment.DefaultBank()
	if err != nil {
		panic("hiyari: built-in question bank is invalid: " + err.Error())
	}
	return b
}

// page is embedded by every routed component: it wires the store to the
// browser's storage, remembers where the user is, keeps the document's
// language and title in step, and draws the layout around the content.
type page struct {
	app.Compo

	s           *Store
	title       msg // the page's name, for the document title and nav
	path        string
	updateReady bool // a new version is installed; offer a reload
}

func (p *page) OnInit() {
	if p.s == nil {
		p.s = currentStore()
	}
	// Load saved work before the first render, so a reload never shows an
	// empty page first (and never prints one).
	if app.IsClient {
		p.s.Attach(browserStorage(), navigatorLang())
	}
}

func (p *page) OnPreRender(ctx app.Context) {
	if l, ok := assessment.ParseLang(ctx.Page().Lang()); ok {
		p.s.lang = l
	}
	p.path = routePath(ctx.Page().URL().Path)
	p.setHead(ctx)
}

func (p *page) OnMount(ctx app.Context) {
	reportStarted()
	WatchForUpdates()
	p.OnAppUpdate(ctx)
	p.arrive(ctx)
}

func (p *page) OnNav(ctx app.Context) {
	p.arrive(ctx)
	p.focusContent(ctx)
}

// navigated is set once the first page of this load is shown.
var navigated bool

// focusContent shows the new page from its top and moves keyboard focus to
// its content after a move inside the app, as a page load would: otherwise focus
// is left on the body (or on a link that no longer exists) and the next Tab
// starts again at the skip link and the menu. The first page of a load
// keeps the browser's own behaviour, a link to a place in a page (#q-...)
// keeps its target, and the skip link (#main) focuses the content.
func (p *page) focusContent(ctx app.Context) {
	if !navigated {
		navigated = true
		return
	}
	switch ctx.Page().URL().Fragment {
	case "":
	case "main":
		// The skip link: go-app handles the click, so the browser does
		// not move focus to the target as it would for a plain anchor.
		focus(ctx, "main")
		return
	default:
		return
	}
	ctx.Defer(func(ctx app.Context) {
		// A new page starts at its top: go-app keeps the scroll position,
		// so "See the plan" at the foot of a long page used to open the
		// plan near its end.
		scrollTop()
		doc := app.Window().Get("document")
		// The questionnaire focuses its area title; every other page its
		// main region.
		for _, id := range []string{"area-title", "main"} {
			if el := doc.Call("getElementById", id); el.Truthy() {
				// Without preventScroll the header scrolls out of view.
				el.Call("focus", map[string]any{"preventScroll": true})
				return
			}
		}
	})
}

// OnAppUpdate shows the "new version ready" notice. go-app also reports
// the very first installation of the service worker as an update (the worker
// claims the page as it activates); a first-time visitor has nothing older
// to update from, so the notice waits for a returning visitor or for an
// update found long after the first installation.
func (p *page) OnAppUpdate(ctx app.Context) {
	p.updateReady = ctx.AppUpdateAvailable() && (p.s.Returning() || time.Since(appStart) > firstInstallGrace)
}

// appStart is when this page load started; firstInstallGrace is longer than
// a first installation takes.
var appStart = time.Now()

const firstInstallGrace = 5 * time.Minute

// arrive records the page the user is on so that a later visit resumes here.
func (p *page) arrive(ctx app.Context) {
	p.path = routePath(ctx.Page().URL().Path)
	if p.path != "/" && p.path != pathReport {
		p.s.SetPage(p.path)
	}
	p.setHead(ctx)
	ctx.Defer(func(ctx app.Context) { syncForm(p.s) })
}

func (p *page) setHead(ctx app.Context) {
	l := p.s.Lang()
	ctx.Page().SetLang(string(l))
	ctx.Page().SetTitle("%s · %s", tr(l, p.title), tr(l, mAppName))
}

// routePath strips the hosting prefix (GOAPP_ROOT_PREFIX) from a path.
func routePath(path string) string {
	path = strings.TrimPrefix(path, app.Getenv("GOAPP_ROOT_PREFIX"))
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return path
}

// onLang switches the language from the buttons in the header; the button's
// value is the language.
func (p *page) onLang(ctx app.Context, e app.Event) {
	l, ok := assessment.ParseLang(ctx.JSSrc().Get("value").String())
	if !ok {
		return
	}
	p.s.SetLang(l)
	p.setHead(ctx)
}

func (p *page) onReload(ctx app.Context, e app.Event) { ctx.Reload() }

// onExport downloads the answers file: from the data panel, and from the
// notice every page shows when the browser keeps nothing, so that the user
// can save their work without leaving their place.
func (p *page) onExport(ctx app.Context, e app.Event) {
	data, err := p.s.Export()
	if err != nil {
		return
	}
	name := "hiyari-answers-" + time.Now().Format("2006-01-02") + ".json"
	download(name, "application/json", data)
}

// t is shorthand for wording in the current language.
func (p *page) t(m msg, args ...any) string { return tr(p.s.Lang(), m, args...) }

// text is shorthand for bank wording in the current language.
func (p *page) text(x assessment.Text) string { return x.In(p.s.Lang()) }
