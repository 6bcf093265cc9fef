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

// MetaBank is the name of the meta element that points to the site's bank.
const MetaBank = "hiyari-bank"

var (
	siteBank *assessment.Bank
	// siteBankFailed is set when the page names a bank the browser could
	// not load: the built-in questions are shown, and every page says so.
	siteBankFailed bool
)

// UseBank makes b the bank of every page. hiyari serve and build call it
// with a bank they have checked, before anything is rendered.
func UseBank(b *assessment.Bank) { siteBank = b }

// LoadSiteBank loads, in the browser, the bank the page names, if any,
// before go-app starts (cmd/web calls it first). It waits for the file:
// from the service worker's cache once the site was opened, so offline
// too. A file that cannot be read or checked leaves the built-in bank in
// place and the pages say so: never a blank page.
func LoadSiteBank() {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	meta := doc.Call("querySelector", `meta[name="`+MetaBank+`"]`)
	if !meta.Truthy() {
		return
	}
	data, err := fetchBytes(meta.Get("content").String())
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
