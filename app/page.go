package app

import (
	"sync"
	"time"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// followOnce registers the listener for other tabs' saves once per load.
var followOnce sync.Once

// shared is the browser's one store: every page reads and changes it, so
// moving between pages never loses or reloads anything.
var shared *store.Store

// currentStore returns the store a new page works on. On the server (the
// prerender, the static build) each page gets a fresh store: requests run
// concurrently and carry no user data.
func currentStore() *store.Store {
	if app.IsServer {
		return store.New(defaultBank())
	}
	if shared == nil {
		shared = store.New(defaultBank())
	}
	return shared
}

// defaultBank returns the site's bank (sitebank.go), else the built-in
// one. The built-in bank's validity is a build-time
// guarantee (the tests check it with every rule), so failure here is a bug.
func defaultBank() *assessment.Bank {
	if siteBank != nil {
		return siteBank
	}
	b, err := assessment.DefaultBank()
	if err != nil {
		panic("hiyari: built-in question bank is invalid: " + err.Error())
	}
	return b
}

// ReadyBank readies the pages' bank (checked and indexed) before go-app
// starts, so that a start-up trace shows its cost apart from the first
// render's (cmd/web marks it).
func ReadyBank() { defaultBank() }

// page is embedded by every routed component: it wires the store to the
// browser's storage, remembers where the user is, keeps the document's
// language and title in step, and draws the frame around the content
// (layout.go). What a page shows is drawn by widget functions of its view.
type page struct {
	app.Compo

	s           *store.Store
	title       words.Msg // the page's name, for the document title
	path        string
	updateReady bool // a new version is installed; offer a reload
}

func (p *page) view() view { return view{p.s} }

func (p *page) OnInit() {
	if p.s == nil {
		p.s = currentStore()
	}
	// Load saved work before the first render, so a reload never shows an
	// empty page first (and never prints one).
	if app.IsClient {
		p.s.Attach(browserStorage(), navigatorLang())
		followOnce.Do(func() { followOtherTabs(p.s) })
	}
}

func (p *page) OnPreRender(ctx app.Context) {
	if l, ok := assessment.ParseLang(ctx.Page().Lang()); ok {
		p.s.SetLang(l)
	}
	p.path = routePath(ctx.Page().URL().Path)
	p.setHead(ctx)
}

func (p *page) OnMount(ctx app.Context) {
	pageCtx = &ctx
	reportStarted()
	warmUpWhenIdle(p.s)
	WatchForUpdates()
	p.OnAppUpdate(ctx)
	p.arrive(ctx)
}

func (p *page) OnNav(ctx app.Context) {
	pageCtx = &ctx
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
	case idMain:
		// The skip link: go-app handles the click, so the browser does
		// not move focus to the target as it would for a plain anchor.
		focus(ctx, idMain)
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
		for _, id := range []string{idAreaTitle, idMain} {
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
	if p.path != pathHome && p.path != pathReport {
		p.s.SetPage(p.path)
	}
	p.setHead(ctx)
	ctx.Defer(func(ctx app.Context) { syncForm(p.s) })
}

func (p *page) setHead(ctx app.Context) {
	l := p.s.Lang()
	ctx.Page().SetLang(string(l))
	ctx.Page().SetTitle("%s · %s", p.title.In(l), words.AppName.In(l))
}

// onLang switches the language from the buttons in the header; the button's
// value is the language.
func (p *page) onLang(ctx app.Context, e app.Event) {
	l, ok := assessment.ParseLang(ctx.JSSrc().Get("value").String())
	if !ok {
		return
	}
	p.s.SetLang(l)
	// The document's language changes with its text (go-app draws on a
	// timer, after this handler), never before: a screen reader reading in
	// between would read English words with Japanese rules.
	ctx.Defer(p.setHead)
}

func (p *page) onReload(ctx app.Context, e app.Event) { ctx.Reload() }
