package app

import (
	"errors"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// An intranet may build its copy of Hiyari with its own question bank
// (hiyari build --bank): the server prerenders with it, and the pages name
// it in <meta name="hiyari-bank">, from which the browser loads it before
// the app starts. The built-in bank is embedded in the wasm for everyone
// else.

// Names of the meta elements through which the server hands the browser
// the site's bank and configuration.
const (
	MetaBank         = "hiyari-bank"
	MetaOrganisation = "hiyari-organisation-" // + ja or en
	MetaContact      = "hiyari-contact-"      // + ja or en
	MetaLogo         = "hiyari-logo"
)

// SiteConfig is what an intranet's copy shows of its organisation (hiyari
// build --config): its name and logo in the header, and whom to ask on the
// results, the plan and the printed cover. Empty for Hiyari's own site.
type SiteConfig struct {
	Organisation, Contact assessment.Text
	Logo                  string // the logo's URL
}

// site is the configuration of this copy.
var site SiteConfig

// UseSiteConfig sets the configuration; hiyari serve and build call it
// with a checked one before anything is rendered.
func UseSiteConfig(c SiteConfig) { site = c }

var (
	siteBank *assessment.Bank
	// siteBankFailed is set when the page names a bank the browser could
	// not load: the built-in questions are shown, and every page says so.
	siteBankFailed bool
)

// UseBank makes b the bank of every page. hiyari serve and build call it
// with a bank they have checked, before anything is rendered.
func UseBank(b *assessment.Bank) { siteBank = b }

// LoadSite reads, in the browser, the site's configuration from the page
// and loads the bank the page names, if any, before go-app starts (cmd/web
// calls it first). It waits for the file:
// from the service worker's cache once the site was opened, so offline
// too. A file that cannot be read or checked leaves the built-in bank in
// place and the pages say so: never a blank page.
func LoadSite() {
	if !app.IsClient {
		return
	}
	site = SiteConfig{
		Organisation: assessment.Text{JA: metaContent(MetaOrganisation + "ja"), EN: metaContent(MetaOrganisation + "en")},
		Contact:      assessment.Text{JA: metaContent(MetaContact + "ja"), EN: metaContent(MetaContact + "en")},
		Logo:         metaContent(MetaLogo),
	}
	url := metaContent(MetaBank)
	if url == "" {
		return
	}
	data, err := fetchBytes(url)
	var b *assessment.Bank
	if err == nil {
		b, err = assessment.LoadBank(data)
	}
	if err != nil {
		app.Log("hiyari: the site's question bank could not be loaded:", err)
		siteBankFailed = true
		return
	}
	UseBank(b)
}

// metaContent is the content of the page's meta element name, or "".
func metaContent(name string) string {
	m := app.Window().Get("document").Call("querySelector", `meta[name="`+name+`"]`)
	if !m.Truthy() {
		return ""
	}
	return m.Get("content").String()
}

// fetchBytes downloads url and waits for it. The main goroutine may block
// here: the browser runs the promise's callbacks meanwhile.
func fetchBytes(url string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	var onBody, onResponse, onFail app.Func
	release := func() { onBody.Release(); onResponse.Release(); onFail.Release() }
	onFail = app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{err: errors.New("fetching " + url + " failed")}
		return nil
	})
	onBody = app.FuncOf(func(this app.Value, args []app.Value) any {
		buf := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, buf.Length())
		app.CopyBytesToGo(data, buf)
		done <- result{data: data}
		return nil
	})
	onResponse = app.FuncOf(func(this app.Value, args []app.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			done <- result{err: errors.New(url + ": " + res.Get("status").String())}
			return nil
		}
		res.Call("arrayBuffer").Call("then", onBody, onFail)
		return nil
	})
	app.Window().Call("fetch", url).Call("then", onResponse, onFail)
	r := <-done
	release()
	return r.data, r.err
}

// siteContact is the line saying whom to ask, from the site's
// configuration; nothing on Hiyari's own site.
func siteContact(v view) app.UI {
	if site.Contact == (assessment.Text{}) {
		return nil
	}
	return app.P().ID("site-contact").Class("site-contact").Text(v.text(site.Contact))
}

// siteOrganisation is the organisation's name in the language shown, or "".
func siteOrganisation(v view) string {
	if site.Organisation == (assessment.Text{}) {
		return ""
	}
	return v.text(site.Organisation)
}
