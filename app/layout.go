package app

import (
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// navItem is one entry of the main menu.
type navItem struct {
	path string
	name words.Msg
}

var navItems = []navItem{
	{pathHome, words.PageHome},
	{pathProfile, words.PageProfile},
	{pathQuestions, words.PageQuestions},
	{pathResults, words.PageResults},
	{pathPlan, words.PagePlan},
	{pathReport, words.PageReport},
	{pathList, words.PageAssessments},
}

// layout draws the frame every page shares around its content: a skip
// link, the header with the menu and the language switch, the update and
// storage notices, and the privacy footer. The print stylesheet hides all of
// it except the content.
func (p *page) layout(content ...app.UI) app.UI {
	v := p.view()
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#"+idMain).Text(v.t(words.Skip)),
		app.Header().Class("top no-print").Body(
			app.Div().Class("top-inner").Body(
				app.A().Class("brand").Href(href(pathHome)).Body(
					// The name beside it says what the logo says.
					app.If(site.Logo != "", func() app.UI { return app.Img().Class("brand-logo").Src(site.Logo).Role("presentation") }),
					app.Span().Class("brand-name").Text(v.t(words.AppName)),
					app.If(siteOrganisation(v) != "", func() app.UI {
						return app.Span().ID("brand-org").Class("brand-tag").Text(siteOrganisation(v))
					}).Else(func() app.UI {
						return app.Span().Class("brand-tag").Text(v.t(words.AppTagline))
					}),
				),
				langSwitch(v, p.onLang),
			),
			app.Nav().Class("menu").Aria("label", v.t(words.NavLabel)).Body(
				app.Ul().Body(app.Range(navItems).Slice(func(i int) app.UI {
					it := navItems[i]
					a := app.A().Href(href(it.path)).Text(v.t(it.name))
					if p.current(it.path) {
						a = a.Aria("current", "page").Class("current")
					}
					return app.Li().Body(a)
				})),
			),
		),
		// One container, always there, holds the notices: one appearing
		// (an update, a failed save) must not shift the page's content in
		// go-app's tree, which would redraw its form controls and show
		// the answers as erased.
		app.Div().ID("notices").Class("notices").Body(
			app.If(p.updateReady, func() app.UI {
				return app.Div().Class("notice update no-print").Role("status").Body(
					app.Span().Text(v.t(words.UpdateReady)),
					app.Button().Class("button").Type("button").Text(v.t(words.UpdateReload)).OnClick(p.onReload),
				)
			}),
			app.If(p.s.StorageRefused(), func() app.UI {
				return app.Div().ID("storage-refused").Class("notice warn no-print").Role("status").Body(
					app.P().Text(v.t(words.NoStorage)),
					// Offered from the first change: an empty file saves nothing.
					app.If(p.s.Started(), func() app.UI {
						return app.Button().ID("storage-export").Class("button").Type("button").Text(v.t(words.Export)).OnClick(v.onExport)
					}),
				)
			}),
			// Until the answers themselves are saved again: with the time
			// nothing has been kept since, and the file to keep them in.
			app.If(p.s.SaveFailed(), func() app.UI {
				return app.Div().ID("save-failed").Class("notice error no-print").Role("alert").Body(
					app.P().Text(v.t(words.SaveFailed)),
					app.P().ID("unsaved-since").Text(v.t(words.UnsavedSince, clockTime(v.lang(), p.s.UnsavedSince()))),
					app.Button().ID("save-failed-export").Class("button").Type("button").Text(v.t(words.Export)).OnClick(v.onExport),
				)
			}),
			app.If(siteBankFailed, func() app.UI {
				return app.Div().ID("site-bank-failed").Class("notice error no-print").Role("alert").Text(v.t(words.SiteBankFailed))
			}),
			app.If(p.s.StoredBroken(), func() app.UI {
				return app.Div().Class("notice warn no-print").Role("status").Text(v.t(words.StoredBroken))
			}),
		),
		app.Main().ID(idMain).Class("content").TabIndex(-1).Body(startingUp(v, content)...),
		app.Footer().Class("bottom no-print").Body(
			app.P().Text(v.t(words.FooterPrivacy)),
			app.P().Text(v.t(words.Disclaimer)),
		),
	)
}

// startingUp is the page's content as the server prerenders it: readable at
// once, its links working, but its form controls disabled (a disabled
// fieldset) with a line saying why, until the app has started and draws
// the page itself. On a slow connection the app starts seconds after the
// page shows: what a user typed or chose before then would be wiped
// without a word when the app took over.
func startingUp(v view, content []app.UI) []app.UI {
	if !app.IsServer {
		return content
	}
	return []app.UI{
		app.P().ID("app-loading").Class("notice no-print").Role("status").Text(v.t(words.AppLoading)),
		app.FieldSet().Class("loading-shell").Disabled(true).Body(content...),
	}
}

// current reports whether a menu entry is the page shown.
func (p *page) current(path string) bool {
	if path == pathQuestions {
		return p.path == pathQuestions || len(p.path) > len(pathQuestions) && p.path[:len(pathQuestions)+1] == pathQuestions+"/"
	}
	return p.path == path
}

// langSwitch offers both languages, each named in itself, as toggle
// buttons; onLang gets the button whose value is the language chosen.
func langSwitch(v view, onLang app.EventHandler) app.UI {
	btn := func(l assessment.Lang) app.UI {
		on := v.lang() == l
		b := app.Button().Type("button").Class("lang").Value(string(l)).Lang(string(l)).
			Aria("pressed", on).Text(words.LangName.In(l)).OnClick(onLang)
		if on {
			b = b.Class("on")
		}
		return b
	}
	return app.Div().Class("langs").Role("group").Aria("label", v.t(words.LangLabel)).Body(
		btn(assessment.JA), btn(assessment.EN),
	)
}
