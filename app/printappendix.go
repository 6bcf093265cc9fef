package app

import (
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The printed plan's appendices: the incidents and their sources, every
// answer given, and the standards the actions refer to.

// appendix describes every incident the result lists (the domain lists
// only those that can apply and that the answers come close to) with its sources, so the reader can check the facts.
func appendix(v view) app.UI {
	b := v.bank()
	var incs []*assessment.Incident
	for _, m := range v.s.Result().Incidents {
		if inc := b.Incident(m.Incident); inc != nil {
			incs = append(incs, inc)
		}
	}
	if len(incs) == 0 {
		return nil
	}
	return app.Section().ID("appendix").Class("sheet").Body(
		app.H2().Text(v.t(words.Appendix)),
		app.Range(incs).Slice(func(i int) app.UI {
			inc := incs[i]
			return app.Article().Class("appendix-item").Body(
				app.H3().Text(incidentLabel(v, inc)),
				app.P().Class("meta").Text(v.text(inc.Organisation)+" · "+inc.Date),
				app.P().Text(v.text(inc.Summary)),
				app.P().Text(v.text(inc.Consequences)),
				app.If(v.text(inc.Records.Text) != "", func() app.UI {
					return app.P().Text(v.t(words.Records, v.text(inc.Records.Text)))
				}),
				caveats(v, inc),
				app.H4().Text(v.t(words.Sources)),
				app.Ul().Class("sources").Body(app.Range(inc.Sources).Slice(func(j int) app.UI {
					s := b.Source(inc.Sources[j])
					if s == nil {
						return nil
					}
					// The address is printed as text: on paper a link is
					// only useful if it can be read.
					return app.Li().Body(
						app.Span().Text(sourceTitle(v, s)+" — "),
						app.Span().Class("url").Text(s.URL),
					)
				})),
			)
		}),
	)
}

// standards explains the abbreviations of the action table's references,
// for the frameworks the plan actually cites: a reader who has never met
// "CIS v8 6.3" learns what it points to.
func standards(v view) app.UI {
	var iso, csf, cis, ipa bool
	for _, it := range v.s.Plan().Items {
		if a := v.bank().Action(it.Action); a != nil {
			iso = iso || len(a.Refs.ISO27001) > 0
			csf = csf || len(a.Refs.CSF) > 0
			cis = cis || len(a.Refs.CIS) > 0
			ipa = ipa || len(a.Refs.IPA) > 0
		}
	}
	type std struct {
		used bool
		name string
		m    words.Msg
	}
	var items []std
	for _, x := range []std{
		{iso, "ISO/IEC 27001:2022", words.StdISO}, {csf, "NIST CSF 2.0", words.StdCSF},
		{cis, "CIS v8", words.StdCIS}, {ipa, "IPA", words.StdIPA},
	} {
		if x.used {
			items = append(items, x)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return app.Section().ID("standards").Class("sheet standards").Body(
		app.H2().Text(v.t(words.Standards)),
		app.Dl().Class("standards-list").Body(app.Range(items).Slice(func(i int) app.UI {
			return app.Div().Body(
				app.Dt().Text(items[i].name),
				app.Dd().Text(v.t(items[i].m)),
			)
		})),
	)
}

// answersAppendix lists every question asked with its answer and note, area
// by area: the record an auditor or next year's assessor checks the plan
// against.
func answersAppendix(v view) app.UI {
	b := v.bank()
	r := v.s.Result()
	type row struct{ question, answer, note string }
	type group struct {
		area string
		rows []row
	}
	var groups []group
	notes := false
	for _, a := range b.Areas {
		g := group{area: v.text(a.Name)}
		for _, q := range b.Questions {
			if q.Area != a.ID || !r.Asked(q.ID) {
				continue
			}
			note := v.s.Note(q.ID)
			notes = notes || note != ""
			g.rows = append(g.rows, row{v.text(q.Text), words.Answer(v.lang(), v.s.Answer(q.ID)), note})
		}
		if len(g.rows) > 0 {
			groups = append(groups, g)
		}
	}
	if len(groups) == 0 {
		return nil
	}
	cols := 2
	if notes {
		cols = 3
	}
	// The area heads its group of rows rather than filling a column on
	// every row, and the notes column is there only when there are notes:
	// the question gets the width, and the appendix fewer pages.
	return app.Section().ID("answers-appendix").Class("sheet").Body(
		app.H2().Text(v.t(words.AnswersAppendix)),
		app.Table().Class("answers-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(v.t(words.ColQuestion)),
				app.Th().Scope("col").Class("c-answer").Text(v.t(words.VendorColReply)),
				app.If(notes, func() app.UI { return app.Th().Scope("col").Class("c-note").Text(v.t(words.Notes)) }),
			)),
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				return app.TBody().Body(
					app.Tr().Class("area-row").Body(app.Th().Scope("rowgroup").ColSpan(cols).Text(g.area)),
					app.Range(g.rows).Slice(func(j int) app.UI {
						rw := g.rows[j]
						return app.Tr().Body(
							app.Td().Text(rw.question), app.Td().Text(rw.answer),
							app.If(notes, func() app.UI { return app.Td().Text(rw.note) }),
						)
					}),
				)
			}),
		),
	)
}
