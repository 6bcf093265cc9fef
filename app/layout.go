package app

import (
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// navItem is one entry of the main menu.
type navItem struct {
	path string
	name msg
}

var navItems = []navItem{
	{pathHome, mNavHome},
	{pathProfile, mNavProfile},
	{pathQuestions, mNavQuestions},
	{pathResults, mNavResults},
	{pathPlan, mNavPlan},
	{pathReport, mNavReport},
}

// layout draws the chrome every page shares around its content: a skip
// link, the header with the menu and the language switch, the update and
// storage notices, and the privacy footer. The print stylesheet hides all of
// it except the content.
func (p *page) layout(content ...app.UI) app.UI {
	l := p.s.Lang()
	return app.Div().Class("shell").Body(
		app.A().Class("skip").Href("#main").Text(p.t(mSkip)),
		app.Header().Class("top no-print").Body(
			app.Div().Class("top-inner").Body(
				app.A().Class("brand").Href(href(pathHome)).Body(
					app.Span().Class("brand-name").Text(tr(l, mAppName)),
					app.Span().Class("brand-tag").Text(p.t(mAppTagline)),
				),
				p.langSwitch(),
			),
			app.Nav().Class("menu").Aria("label", p.t(mNavLabel)).Body(
				app.Ul().Body(app.Range(navItems).Slice(func(i int) app.UI {
					it := navItems[i]
					a := app.A().Href(href(it.path)).Text(p.t(it.name))
					if p.current(it.path) {
						a = a.Aria("current", "page").Class("current")
					}
					return app.Li().Body(a)
				})),
			),
		),
		app.If(p.updateReady, func() app.UI {
			return app.Div().Class("notice update no-print").Role("status").Body(
				app.Span().Text(p.t(mUpdateReady)),
				app.Button().Class("button").Type("button").Text(p.t(mUpdateReload)).OnClick(p.onReload),
			)
		}),
		app.If(p.s.StorageRefused(), func() app.UI {
			return app.Div().ID("storage-refused").Class("notice warn no-print").Role("status").Body(
				app.P().Text(p.t(mNoStorage)),
				// Offered from the first change: an empty file saves nothing.
				app.If(p.s.Started(), func() app.UI {
					return app.Button().ID("storage-export").Class("button").Type("button").Text(p.t(mExport)).OnClick(p.onExport)
				}),
			)
		}),
		app.If(p.s.SaveFailed(), func() app.UI {
			return app.Div().Class("notice error no-print").Role("alert").Text(p.t(mSaveFailed))
		}),
		app.If(p.s.StoredBroken(), func() app.UI {
			return app.Div().Class("notice warn no-print").Role("status").Text(p.t(mStoredBroken))
		}),
		app.Main().ID("main").Class("content").TabIndex(-1).Body(content...),
		app.Footer().Class("bottom no-print").Body(
			app.P().Text(p.t(mFooterPrivacy)),
			app.P().Text(p.t(mFooterNotice)),
		),
	)
}

// current reports whether a menu entry is the page shown.
func (p *page) current(path string) bool {
	if path == pathQuestions {
		return p.path == pathQuestions || len(p.path) > len(pathQuestions) && p.path[:len(pathQuestions)+1] == pathQuestions+"/"
	}
	return p.path == path
}

// langSwitch offers both languages, each named in itself, as toggle buttons.
func (p *page) langSwitch() app.UI {
	btn := func(l assessment.Lang) app.UI {
		on := p.s.Lang() == l
		b := app.Button().Type("button").Class("lang").Value(string(l)).Lang(string(l)).
			Aria("pressed", on).Text(tr(l, mLangName)).OnClick(p.onLang)
		if on {
			b = b.Class("on")
		}
		return b
	}
	return app.Div().Class("langs").Role("group").Aria("label", p.t(mLangLabel)).Body(
		btn(assessment.JA), btn(assessment.EN),
	)
}
