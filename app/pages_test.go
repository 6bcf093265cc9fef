package app

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/assessment/assessmenttest"
	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestQuestionIsFieldsetWithNativeRadios(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.EN)
	s.SetAnswer("P_TEST", "yes")
	s.SetAnswer("TD1", "partly")
	s.SetNote("TD1", "Asked the vendor")

	doc := render(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "testdev"})

	fs := byID(t, doc, "q-TD1")
	assert.Equal(t, "fieldset", fs.Data)
	legends := findAll(fs, tag("legend"))
	require.Len(t, legends, 1)
	assert.Equal(t, b.Question("TD1").Text.EN, textOf(legends[0]))

	radios := findAll(fs, func(n *html.Node) bool { v, _ := attr(n, "type"); return n.Data == "input" && v == "radio" })
	// "Not applicable" only where the bank offers it: TD1 always applies.
	require.Len(t, radios, 4)
	wantLabels := map[string]string{"yes": "Yes", "partly": "Partly", "no": "No", "unknown": "Don't know", "na": "Not applicable"}
	for i, r := range radios {
		name, _ := attr(r, "name")
		value, _ := attr(r, "value")
		assert.Equal(t, "TD1", name)
		assert.Equal(t, assessment.ControlOptions[i], value, "options in the bank's order")
		_, checked := attr(r, "checked")
		assert.Equal(t, value == "partly", checked, "only the stored answer is checked")
		// Each radio sits in a label naming the answer.
		label := r.Parent
		require.Equal(t, "label", label.Data)
		id, _ := attr(r, "id")
		forID, _ := attr(label, "for")
		assert.Equal(t, id, forID)
		assert.Equal(t, wantLabels[value], textOf(label))
	}

	// Help on demand in a native disclosure.
	details := findAll(fs, tag("details"))
	require.Len(t, details, 1)
	assert.Contains(t, textOf(details[0]), b.Question("TD1").Help.EN)
	require.Len(t, findAll(details[0], tag("summary")), 1)

	// Why it matters names the incident the weakness comes from.
	why := findAll(fs, func(n *html.Node) bool { return hasClass(n, "why") })
	require.Len(t, why, 1)
	assert.Contains(t, textOf(why[0]), "J-Coin Pay test system breach (2019)")

	// A labelled notes field holding the stored note.
	ta := byID(t, doc, "note-TD1")
	assert.Equal(t, "textarea", ta.Data)
	note, _ := attr(ta, "value") // go-app sets a textarea's text as its value
	assert.Equal(t, "Asked the vendor", note)
	labels := findAll(fs, func(n *html.Node) bool { v, _ := attr(n, "for"); return n.Data == "label" && v == "note-TD1" })
	assert.Len(t, labels, 1)
}

func TestQuestionnaireShowsProgressAndOnlyApplicableAreas(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.EN)
	s.SetAnswer("P_TEST", "no") // test systems module off
	s.SetAnswer("RA1", "yes")

	doc := render(t, &questions{page: page{s: s, title: words.PageQuestions}})
	assert.False(t, hasID(doc, "q-TD1"), "the test-systems module is not asked")
	assert.True(t, hasID(doc, "q-RA1"), "the first applicable area is shown")
	assert.Equal(t, "Overall: 1 of 5 answered", textOf(byID(t, doc, "progress-text")))
	nav := findAll(doc, func(n *html.Node) bool { return hasClass(n, "areas") })
	require.Len(t, nav, 1)
	assert.Equal(t, "Remote work 1 of 5", textOf(nav[0]))
	// Above the questions (where a phone shows them first), which area
	// of how many this is.
	assert.Equal(t, "Area 1 of 1 · This area: 1 of 5 answered", textOf(byID(t, doc, "area-progress")))
	// Last area: the pager leads to the results.
	assert.True(t, hasID(doc, "to-results"))
}

func TestLanguageSwitchChangesEveryText(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.EN)
	s.SetAnswer("P_TEST", "yes")

	en := textOf(render(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "testdev"}))
	assert.Contains(t, en, b.Question("TD2").Text.EN)
	assert.Contains(t, en, "Don't know")

	s.SetLang(assessment.JA)
	ja := textOf(render(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "testdev"}))
	assert.Contains(t, ja, b.Question("TD2").Text.JA)
	assert.Contains(t, ja, "わからない")
	assert.Contains(t, ja, "J-Coin Pay テスト環境への不正アクセス")
	assert.NotContains(t, ja, b.Question("TD2").Text.EN)
	assert.NotContains(t, ja, "Don't know")

	// The landing page too, and the language sticks in storage.
	assert.Contains(t, textOf(render(t, &landing{page: page{s: s, title: words.PageHome}})), words.LandingTitle.In(assessment.JA))
}

func TestLandingPrerenderedWithoutStorage(t *testing.T) {
	// What the server prerenders: a fresh store, no storage, no answers.
	s := store.New(miniBank(t))
	doc := render(t, newLandingWith(s))
	txt := textOf(doc)
	assert.Contains(t, txt, words.LandingWhat.In(assessment.JA))
	assert.Contains(t, txt, words.LandingPrivacy.In(assessment.JA))
	start := byID(t, doc, "start")
	href, _ := attr(start, "href")
	assert.Equal(t, pathProfile, href)
	assert.False(t, hasID(doc, "resume"))
}

func newLandingWith(s *store.Store) *landing {
	l := newLanding()
	l.s = s
	return l
}

func TestLandingOffersResumeWhereTheUserWas(t *testing.T) {
	s, _ := newTestStore(t, miniBank(t), assessment.EN)
	s.SetAnswer("RA1", "no")
	s.SetPage("/questions/remote")
	doc := render(t, newLandingWith(s))
	href, _ := attr(byID(t, doc, "resume"), "href")
	assert.Equal(t, "/questions/remote", href)
	assert.Contains(t, textOf(doc), "1 of 8 questions answered")
}

// reproduceJCoin answers the mini bank the way the J-Coin Pay breach
// happened: test system reachable, password only, real data in test.
func reproduceJCoin(s *store.Store) {
	for q, a := range assessmenttest.JCoin {
		s.SetAnswer(q, a)
	}
}

func TestResultsShowIncidentCardWithCause(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.EN)
	reproduceJCoin(s)

	doc := render(t, &results{page: page{s: s, title: words.PageResults}})
	card := byID(t, doc, "incident-JCOIN")
	// Real data in test is "don't know": not a match, but not ruled out.
	assert.True(t, hasClass(card, "unconfirmed"))
	txt := textOf(card)
	assert.NotContains(t, txt, "Your answers match")
	assert.Contains(t, txt, words.StateUnconfirmed.In(assessment.EN))
	assert.Contains(t, txt, "Weaknesses of this incident you answered “don't know” to Real data in test")
	// The answers behind it, quoted with the answer given.
	assert.Contains(t, txt, b.Question("TD1").Text.EN+" — No")
	assert.Contains(t, txt, b.Question("TD3").Text.EN+" — Don't know")
	assert.True(t, hasID(doc, "no-matches"), "nothing is matched yet")

	// Once the company knows real data is in its test system, it matches.
	s.SetAnswer("TD3", assessment.No)
	doc = render(t, &results{page: page{s: s, title: words.PageResults}})
	card = byID(t, doc, "incident-JCOIN")
	assert.True(t, hasClass(card, "match"))
	assert.Contains(t, textOf(card), "Your answers match how the J-Coin Pay test system breach happened in 2019")
	assert.False(t, hasID(doc, "no-matches"))
	s.SetAnswer("TD3", assessment.Unknown)
	doc = render(t, &results{page: page{s: s, title: words.PageResults}})

	// The VPN pattern's core control is in place: no card at all.
	assert.False(t, hasID(doc, "incident-VPN"))

	// Scores as text (the SVG bar is hidden from assistive technology).
	overall := byID(t, doc, "overall")
	assert.Regexp(t, `^Overall score: \d+ out of 100$`, textOf(overall))
	svgs := findAll(overall, tag("svg"))
	require.Len(t, svgs, 1)
	_, hidden := attr(svgs[0], "aria-hidden")
	assert.True(t, hidden)
	assert.True(t, hasID(doc, "area-testdev"))
	assert.True(t, hasID(doc, "area-remote"))

	// "Don't know" became a find-out task.
	assert.Contains(t, textOf(byID(t, doc, "find-out")), b.Question("TD3").Text.EN)
}

func TestResultsShowPartialMatchCoverage(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.EN)
	s.SetAnswer("P_TEST", "yes")
	s.SetAnswer("TD1", "no")
	s.SetAnswer("TD2", "yes") // two-step sign-in is in place
	s.SetAnswer("TD3", "no")

	doc := render(t, &results{page: page{s: s, title: words.PageResults}})
	card := byID(t, doc, "incident-JCOIN")
	assert.True(t, hasClass(card, "partial"))
	txt := textOf(card)
	assert.Contains(t, txt, "J-Coin Pay test system breach (2019)")
	assert.Contains(t, txt, words.StatePartial.In(assessment.EN))
	// Impact-weighted: exposed (4) and real data (5) of 4+4+5.
	assert.Contains(t, txt, "Match: 69%")
	// The weakness the company does not share is named as such, not under
	// a heading that reads as if it applied.
	assert.Contains(t, txt, "Weaknesses of this incident you do not have Password-only sign-in")
	assert.True(t, hasID(doc, "no-matches"))
}

func TestResultsWithoutAnswers(t *testing.T) {
	s, _ := newTestStore(t, miniBank(t), assessment.EN)
	doc := render(t, &results{page: page{s: s, title: words.PageResults}})
	assert.True(t, hasID(doc, "nothing-yet"))
	assert.False(t, hasID(doc, "overall"))
}

func TestDefaultBankAllNoMatchesIncidents(t *testing.T) {
	b, err := assessment.DefaultBank()
	require.NoError(t, err)
	s, _ := newTestStore(t, b, assessment.EN)
	// Every profile question "yes" where offered (so every module is
	// asked), every control "no".
	for _, p := range b.Profile {
		opt := p.Options[len(p.Options)-1].ID
		for _, o := range p.Options {
			if o.ID == "yes" {
				opt = "yes"
			}
		}
		s.SetAnswer(p.ID, opt)
	}
	for _, q := range b.Questions {
		s.SetAnswer(q.ID, assessment.No)
	}
	r := s.Result()
	require.NotEmpty(t, r.Incidents)
	doc := render(t, &results{page: page{s: s, title: words.PageResults}})
	complete := 0
	for _, m := range r.Incidents {
		if m.State != assessment.Match {
			continue
		}
		complete++
		card := byID(t, doc, "incident-"+m.Incident)
		assert.Contains(t, textOf(card), b.Incident(m.Incident).Name.EN)
	}
	assert.Positive(t, complete, "answering no everywhere reproduces some incident")
	// Every applicable area has a score line.
	for _, as := range r.Scores.Areas {
		assert.True(t, hasID(doc, "area-"+as.Area), as.Area)
	}
	// And the plan lists actions in every page of the app without error.
	pdoc := render(t, &plan{page: page{s: s, title: words.PagePlan}})
	assert.NotEmpty(t, findAll(pdoc, func(n *html.Node) bool { return hasClass(n, "action") }))
}

func TestPlanWhatIf(t *testing.T) {
	b := miniBank(t)
	s, st := newTestStore(t, b, assessment.EN)
	reproduceJCoin(s)
	before := s.Result().Scores.Overall.Value

	doc := render(t, &plan{page: page{s: s, title: words.PagePlan}})
	first := s.Plan().Items[0]
	require.Equal(t, assessment.KindAction, first.Kind)
	box := byID(t, doc, "plan-"+first.Action)
	typ, _ := attr(box, "type")
	assert.Equal(t, "checkbox", typ)
	_, checked := attr(box, "checked")
	assert.False(t, checked)
	card := byID(t, doc, "action-"+first.Action)
	txt := textOf(card)
	a := b.Action(first.Action)
	assert.Contains(t, txt, "1. "+a.Title.EN)
	assert.Contains(t, txt, "Done when: "+a.DoneWhen.EN)
	assert.Contains(t, txt, "ISO/IEC 27001:2022 A."+a.Refs.ISO27001[0])
	assert.Contains(t, txt, "Who Owner or manager", "IT work falls to the owner unless the profile names someone")
	assert.Contains(t, txt, words.CriticalFix.In(assessment.EN), "the first action closes a critical gap")
	assert.Contains(t, textOf(byID(t, doc, "h-week")), "This week")

	s.SetPlanned(first.Action, true)
	require.NotNil(t, s.Plan().Projected)
	assert.Greater(t, s.Plan().Projected.Overall.Value, before, "planning an action raises the projected score")
	assert.Equal(t, before, s.Result().Scores.Overall.Value, "the current score stays")
	assert.Contains(t, st.Data[store.KeyAssessment+s.CurrentID()], first.Action, "planned actions are saved")

	doc = render(t, &plan{page: page{s: s, title: words.PagePlan}})
	_, checked = attr(byID(t, doc, "plan-"+first.Action), "checked")
	assert.True(t, checked)
	assert.Contains(t, textOf(byID(t, doc, "planned-count")), "1 of")
	assert.Regexp(t, `Once the planned actions are done: \d+ out of 100`, textOf(byID(t, doc, "score-projected")))
}

// With one answer the what-if figures ("0 out of 100", a large gain for
// one action) stand for the answers given, not the company: the plan says
// the score is provisional beside them, in both languages, and stops saying
// it once enough is answered.
func TestPlanSaysAProvisionalScoreIsProvisional(t *testing.T) {
	b := miniBank(t)
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		s.SetAnswer("P_TEST", "no")
		s.SetAnswer("RA1", "no")
		require.True(t, s.Result().Scores.Provisional)
		doc := render(t, &plan{page: page{s: s, title: words.PagePlan}})
		assert.Equal(t, words.ProvisionalLead.In(l, percent(b.Scoring.MinAnswered)), textOf(byID(t, doc, "plan-provisional")))

		for _, q := range b.Questions {
			s.SetAnswer(q.ID, "no")
		}
		require.False(t, s.Result().Scores.Provisional)
		doc = render(t, &plan{page: page{s: s, title: words.PagePlan}})
		assert.False(t, hasID(doc, "plan-provisional"), "%s: enough answers, no provisional note", l)
	}
}

func TestReportDocument(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.JA)
	reproduceJCoin(s)
	s.SetCompany("株式会社ヒヤリ商事")

	r := newReport()
	r.s = s
	doc := render(t, r)
	assert.Equal(t, "株式会社ヒヤリ商事", textOf(byID(t, doc, "cover-company")))
	cover := textOf(byID(t, doc, "cover"))
	assert.Contains(t, cover, "日本語")
	assert.Regexp(t, `\d{4}年\d{1,2}月\d{1,2}日`, cover)
	assert.Contains(t, cover, "総合スコア")

	actions := byID(t, doc, "actions")
	rows := findAll(actions, tag("tr"))
	require.Len(t, rows, 1+len(s.Plan().Items), "a header row and one row per item")
	first := b.Action(s.Plan().Items[0].Action)
	assert.Contains(t, textOf(rows[1]), first.Title.JA)
	heads := textOf(rows[0])
	for _, h := range []words.Msg{words.ColOwner, words.ColDue, words.ColDone} {
		assert.Contains(t, heads, h.In(assessment.JA))
	}
	assert.Contains(t, textOf(byID(t, doc, "summary")), "J-Coin Pay テスト環境への不正アクセス")
	assert.Contains(t, textOf(byID(t, doc, "report-find-out")), b.Question("TD3").Text.JA)
	appendix := textOf(byID(t, doc, "appendix"))
	assert.Contains(t, appendix, "https://www.itmedia.co.jp/news/articles/1909/05/news117.html")
	// No link or button of the screen survives printing: they carry
	// no-print, which print.css hides.
	assert.True(t, hasClass(findAll(doc, func(n *html.Node) bool { return hasClass(n, "print-bar") })[0], "no-print"))
}

func TestPathsCoverRoutes(t *testing.T) {
	paths := Paths()
	area := regexp.MustCompile(areaPattern)
	b := defaultBank()
	for _, a := range b.Areas {
		assert.Contains(t, paths, areaPath(a.ID))
		assert.True(t, area.MatchString(areaPath(a.ID)))
	}
	for _, p := range []string{pathHome, pathProfile, pathQuestions, pathResults, pathPlan, pathReport, pathMethod} {
		assert.Contains(t, paths, p)
	}
	for _, p := range paths {
		assert.True(t, strings.HasPrefix(p, "/"), p)
	}
}

func TestLayoutLanguageSwitchAndNotices(t *testing.T) {
	s, st := newTestStore(t, miniBank(t), assessment.EN)
	l := newLandingWith(s)
	l.updateReady = true
	doc := render(t, l)

	// Both languages offered, each named in itself; the current one pressed.
	buttons := findAll(doc, func(n *html.Node) bool { return hasClass(n, "lang") })
	require.Len(t, buttons, 2)
	for _, btn := range buttons {
		v, _ := attr(btn, "value")
		lang, _ := attr(btn, "lang")
		assert.Equal(t, v, lang)
		pressed, _ := attr(btn, "aria-pressed")
		assert.Equal(t, v == "en", pressed != "false", v)
	}
	assert.Equal(t, "日本語", textOf(buttons[0]))

	// The update notice offers a reload instead of reloading.
	notices := findAll(doc, func(n *html.Node) bool { return hasClass(n, "update") })
	require.Len(t, notices, 1)
	assert.Contains(t, textOf(notices[0]), "A new version of Hiyari is ready")
	assert.Len(t, findAll(notices[0], tag("button")), 1)

	// A failed save is said, in the user's language, with since when, and
	// it stays while later small saves (the page, the language) work.
	s.SetLang(assessment.JA)
	st.Fail = true
	s.SetAnswer("TD1", "no")
	st.Fail = false
	s.SetPage("/plan")
	doc = render(t, newLandingWith(s))
	assert.Contains(t, textOf(doc), words.SaveFailed.In(assessment.JA))
	assert.Regexp(t, `^\d\d:\d\d 以降の変更は`, textOf(byID(t, doc, "unsaved-since")))
	assert.True(t, hasID(doc, "save-failed-export"))
	s.SetAnswer("TD1", "yes")
	assert.False(t, s.SaveFailed(), "gone once the answers are saved")
	assert.Empty(t, findAll(doc, func(n *html.Node) bool { return hasClass(n, "update") }), "no update, no notice")
}

func TestUserTextIsRenderedAsText(t *testing.T) {
	s, _ := newTestStore(t, miniBank(t), assessment.EN)
	s.SetCompany(`<img src=x onerror=alert(1)>`)
	s.SetAnswer("P_TEST", "yes")
	s.SetNote("TD1", `</textarea><script>alert(1)</script>`)
	r := newReport()
	r.s = s
	doc := render(t, r)
	assert.Equal(t, `<img src=x onerror=alert(1)>`, textOf(byID(t, doc, "cover-company")))
	assert.Empty(t, findAll(doc, tag("img")))
	doc = render(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "testdev"})
	assert.Empty(t, findAll(doc, tag("script")))
	note, _ := attr(byID(t, doc, "note-TD1"), "value")
	assert.Equal(t, `</textarea><script>alert(1)</script>`, note)
}

// TestEmptyPlanSaysWhy: before any answer the plan page says to answer the
// questions, not that there is nothing to do.
func TestEmptyPlanSaysWhy(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.EN)
	doc := render(t, &plan{page: page{s: s, title: words.PagePlan}})
	assert.Contains(t, textOf(byID(t, doc, "no-plan")), "No answers yet")
	assert.False(t, hasID(doc, "planned-count"), "no '0 of 0 actions planned'")

	// One yes of many is not "no risk".
	s.SetAnswer("RA1", assessment.Yes)
	doc = render(t, &plan{page: page{s: s, title: words.PagePlan}})
	assert.Equal(t, words.NoPlanSoFar.In(assessment.EN), textOf(byID(t, doc, "no-plan")))

	for _, q := range b.Questions {
		s.SetAnswer(q.ID, assessment.Yes)
	}
	doc = render(t, &plan{page: page{s: s, title: words.PagePlan}})
	assert.Contains(t, textOf(byID(t, doc, "no-plan")), "no risk that needs an action")
	assert.False(t, hasID(doc, "planned-count"))
	assert.False(t, hasID(doc, "score-projected"))
}

func TestAnswersFileOffersOnlyWhatMakesSense(t *testing.T) {
	// A first visit has nothing to export or delete: neither is offered,
	// importing is.
	s, _ := newTestStore(t, miniBank(t), assessment.EN)
	doc := render(t, newLandingWith(s))
	assert.False(t, hasID(doc, "export"), "nothing to export yet")
	assert.False(t, hasID(doc, "start-over"), "nothing to delete yet")
	assert.True(t, hasID(doc, idImport))

	reproduceJCoin(s)
	doc = render(t, newLandingWith(s))
	assert.True(t, hasID(doc, "export"))
	assert.True(t, hasID(doc, "start-over"))
}

// An import that is a copy of an assessment kept here (same company,
// same start) asks before replacing it, names both sides with their dates
// and the questions answered (counted as the resume line counts them, not
// with the profile answers), and offers to export the kept one first.
func TestImportOfAKeptAssessmentNamesBothSides(t *testing.T) {
	s, _ := newTestStore(t, miniBank(t), assessment.JA)
	reproduceJCoin(s)
	s.SetCompany("佐藤商事")
	incoming := assessment.NewAnswers(s.Bank())
	incoming.Company = "佐藤商事"
	incoming.Created = "2025-11-20T10:00:00+09:00"
	require.Empty(t, s.SameAs(incoming), "another start is another assessment")
	incoming.Created = s.Answers().Created
	require.Equal(t, s.CurrentID(), s.SameAs(incoming))

	l := newLandingWith(s)
	l.data.pending, l.data.pendingSame = incoming, s.CurrentID()
	doc := render(t, l)
	n := s.Result().Progress.Answered
	require.Less(t, n, len(s.Answers().Answers), "the profile answer is stored too")
	sides := textOf(byID(t, doc, "import-sides"))
	day := assessmentDay(view{s}, s.Answers())
	require.Regexp(t, `^\d{4}年\d{1,2}月\d{1,2}日$`, day)
	assert.Contains(t, sides, "読み込むファイル：佐藤商事（"+day+"、0 問回答済み）")
	assert.Contains(t, sides, fmt.Sprintf("保存されている診断：佐藤商事（%s、%d 問回答済み）", day, n))
	assert.Equal(t, words.ExportFirst.In(assessment.JA), textOf(byID(t, doc, "export-first")))
	assert.True(t, hasID(doc, idImportBoth))
}

func TestReportTableSaysWhatEachColumnIs(t *testing.T) {
	b := miniBank(t)
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		reproduceJCoin(s)
		first := s.Plan().Items[0].Action
		s.SetPlanned(first, true)
		r := newReport()
		r.s = s
		rows := findAll(byID(t, render(t, r), "actions"), tag("tr"))
		require.Greater(t, len(rows), 2)
		heads := findAll(rows[0], tag("th"))
		names := make([]string, len(heads))
		for i, h := range heads {
			names[i] = textOf(h)
		}
		// The suggested role (on the action's own line) and the owner to
		// fill in are told apart.
		assert.Contains(t, textOf(rows[1]), words.Label(l, words.ColRole.In(l)))
		assert.Contains(t, names, words.ColOwner.In(l))
		assert.NotEqual(t, words.ColRole.In(l), words.ColOwner.In(l))
		// A planned action says so in words, not with a tick that reads
		// as "done"; an unplanned one says nothing.
		assert.Contains(t, textOf(rows[1]), words.Planned.In(l))
		assert.NotContains(t, textOf(rows[1]), "✓")
		assert.NotContains(t, textOf(rows[2]), words.Planned.In(l))
	}
}

func TestScoreValueIsOneUnbreakablePiece(t *testing.T) {
	s, _ := newTestStore(t, miniBank(t), assessment.JA)
	reproduceJCoin(s)
	doc := render(t, &results{page: page{s: s, title: words.PageResults}})
	overall := byID(t, doc, "overall")
	vals := findAll(overall, func(n *html.Node) bool { return hasClass(n, "score-value") })
	require.Len(t, vals, 1)
	assert.Regexp(t, `^100点中\d+点$`, textOf(vals[0]))
	assert.Regexp(t, `^総合スコア： 100点中\d+点$`, textOf(findAll(overall, func(n *html.Node) bool { return hasClass(n, "score-text") })[0]))
}

func TestPartialMatchSaysHowFarInJapanese(t *testing.T) {
	// A partial match is not headlined as "your answers match": the
	// heading names the incident, the line below says how far.
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.JA)
	s.SetAnswer("P_TEST", "yes")
	s.SetAnswer("TD1", "no")
	s.SetAnswer("TD2", "yes")
	s.SetAnswer("TD3", "no")
	doc := render(t, &results{page: page{s: s, title: words.PageResults}})
	h := findAll(byID(t, doc, "incident-JCOIN"), tag("h3"))
	require.Len(t, h, 1)
	assert.Equal(t, "J-Coin Pay テスト環境への不正アクセス（2019年）", textOf(h[0]))
	state := findAll(byID(t, doc, "incident-JCOIN"), func(n *html.Node) bool { return hasClass(n, "state") })
	require.Len(t, state, 1)
	assert.Equal(t, "一部が一致 — 一致度：69%", textOf(state[0]))
}

func TestReportBeforeAnyAnswerDoesNotSayNoMatch(t *testing.T) {
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, miniBank(t), l)
		r := newReport()
		r.s = s
		doc := render(t, r)
		summary := textOf(byID(t, doc, "summary"))
		assert.Contains(t, summary, words.ReportNoMatch.In(l))
		assert.NotContains(t, summary, words.NoMatches.In(l), "nothing answered is not 'no match'")
		assert.Contains(t, textOf(byID(t, doc, "actions")), words.PlanNoAnswers.In(l))

		// Once answered without a full match, it says so.
		s.SetAnswer("RA1", "yes")
		r = newReport()
		r.s = s
		assert.Contains(t, textOf(byID(t, render(t, r), "summary")), words.NoMatches.In(l))
	}
}

func TestReportExplainsTheStandardsItCites(t *testing.T) {
	b := miniBank(t)
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		r := newReport()
		r.s = s
		assert.False(t, hasID(render(t, r), "standards"), "no plan, no references to explain")

		reproduceJCoin(s)
		r = newReport()
		r.s = s
		doc := render(t, r)
		std := textOf(byID(t, doc, "standards"))
		cited := textOf(byID(t, doc, "actions"))
		for _, x := range []struct {
			name string
			m    words.Msg
		}{{"ISO/IEC 27001:2022", words.StdISO}, {"NIST CSF 2.0", words.StdCSF}, {"CIS v8", words.StdCIS}, {"IPA", words.StdIPA}} {
			// Every framework the table cites is explained, and only those.
			assert.Equal(t, strings.Contains(cited, x.name), strings.Contains(std, x.m.In(l)), x.name)
		}
		assert.Contains(t, std, words.StdISO.In(l))
	}
}

func TestAreaAnsweredOnlyNotApplicableIsNotCalledUnanswered(t *testing.T) {
	// A bank (an intranet's own) may offer "not applicable" on every
	// question of an area.
	b := miniBank(t)
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		s.SetAnswer("P_TEST", "yes")
		s.SetAnswer("TD1", "no")
		for _, q := range s.QuestionsIn("remote") {
			q.Options = assessment.ControlOptions
			s.SetAnswer(q.ID, assessment.NA)
		}

		doc := render(t, &results{page: page{s: s, title: words.PageResults}})
		area := textOf(byID(t, doc, "area-remote"))
		assert.Contains(t, area, words.AllNA.In(l))
		assert.NotContains(t, area, words.NotScored.In(l), "every question was answered")

		r := newReport()
		r.s = s
		cover := findAll(byID(t, render(t, r), "cover-areas"), tag("tr"))
		var row string
		for _, rw := range cover {
			if strings.Contains(textOf(rw), "5 / 5") {
				row = textOf(rw)
			}
		}
		assert.Contains(t, row, words.AllNA.In(l))
		assert.NotContains(t, row, words.Unanswered.In(l))
	}
}

func TestCoverShowsProjectedScoreOnlyForActionsStillPlanned(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.EN)
	reproduceJCoin(s)
	first := s.Plan().Items[0].Action
	s.SetPlanned(first, true)
	r := newReport()
	r.s = s
	assert.True(t, hasID(render(t, r), "cover-projected"))

	// Every control in place: the plan is empty, the old tick remains
	// stored but projects nothing.
	for _, q := range b.Questions {
		s.SetAnswer(q.ID, assessment.Yes)
	}
	require.Empty(t, s.Plan().Items)
	r = newReport()
	r.s = s
	assert.False(t, hasID(render(t, r), "cover-projected"))
}

// When the browser keeps nothing, every page says so, and offers the
// answers file from the first change where the user is.
func TestStorageRefusedNoticeOffersExport(t *testing.T) {
	b := miniBank(t)
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		s := store.New(b)
		s.Attach(nil, string(lang))
		doc := render(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "testdev"})
		notice := byID(t, doc, "storage-refused")
		assert.Contains(t, textOf(notice), words.NoStorage.In(lang))
		assert.False(t, hasID(doc, "storage-export"), "%s: nothing to export yet", lang)

		s.SetAnswer("TD1", "no")
		doc = render(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "testdev"})
		export := byID(t, byID(t, doc, "storage-refused"), "storage-export")
		assert.Equal(t, words.Export.In(lang), textOf(export))
	}

	s, _ := newTestStore(t, b, assessment.EN)
	s.SetAnswer("TD1", "no")
	doc := render(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "testdev"})
	assert.False(t, hasID(doc, "storage-refused"), "storage works: no notice")
}

// A critical gap is said above the score, in both languages, and keeps a
// high average out of the green band; too few answers give no band at all.
func TestResultsPutCriticalGapsAboveTheScore(t *testing.T) {
	b := miniBank(t)
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		s.SetAnswer("P_TEST", "no")
		s.SetAnswer("RA1", "yes")
		doc := render(t, &results{page: page{s: s, title: words.PageResults}})
		rating := textOf(byID(t, doc, "rating"))
		assert.Contains(t, rating, words.Provisional.In(l), "one answer of five: provisional")
		assert.NotContains(t, rating, words.Band(l, "good"))
		assert.False(t, hasID(doc, "critical"))

		// Everything in place but the VPN patch: a high average, capped.
		for _, id := range []string{"RA2", "RA3", "RA4", "GOV1"} {
			s.SetAnswer(id, "yes")
		}
		s.SetAnswer("RA1", "no")
		r := s.Result()
		require.Greater(t, r.Scores.Overall.Value, 60.0)
		require.True(t, r.Scores.Capped, "the average alone would rate higher")
		doc = render(t, &results{page: page{s: s, title: words.PageResults}})
		critical := textOf(byID(t, doc, "critical"))
		assert.Contains(t, critical, words.CriticalTitle.In(l))
		assert.Contains(t, critical, b.Question("RA1").Text.In(l))
		rating = textOf(byID(t, doc, "rating"))
		assert.Contains(t, rating, words.Band(l, r.Scores.Band))
		assert.NotEqual(t, "good", r.Scores.Band)
		assert.Contains(t, rating, words.Capped.In(l, words.Band(l, r.Scores.Band)))
		all := textOf(doc)
		assert.Less(t, strings.Index(all, words.CriticalTitle.In(l)), strings.Index(all, words.Label(l, words.Overall.In(l))),
			"the critical gap comes before the score")
		svg := findAll(byID(t, doc, "overall"), tag("svg"))
		require.Len(t, svg, 1)
		assert.False(t, hasClass(svg[0], "bar-high"), "a capped score is not drawn green")

		// The plan starts with its fix; the printed cover names it too.
		pdoc := render(t, &plan{page: page{s: s, title: words.PagePlan}})
		first := findAll(pdoc, func(n *html.Node) bool { return hasClass(n, "action") })[0]
		assert.Contains(t, textOf(first), words.CriticalFix.In(l))
		rp := newReport()
		rp.s = s
		assert.Contains(t, textOf(byID(t, render(t, rp), "cover-critical")), b.Question("RA1").Text.In(l))
	}
}

// The plan's find-out task lists the "don't know" answers, and an action
// that takes long says what to do until it is done.
func TestPlanFindOutTaskAndStopgap(t *testing.T) {
	b := miniBank(t)
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		reproduceJCoin(s)
		doc := render(t, &plan{page: page{s: s, title: words.PagePlan}})
		task := textOf(byID(t, doc, "find-out-task"))
		assert.Contains(t, task, words.FindOutTask.In(l))
		assert.Contains(t, task, b.Question("TD3").Text.In(l))
		isolate := textOf(byID(t, doc, "action-A_ISOLATE"))
		assert.Contains(t, isolate, words.Stopgap.In(l))
		assert.Contains(t, isolate, b.Action("A_ISOLATE").Stopgap.In(l))
	}
}

// The method page explains the rating with the bank's own figures: its
// bands and cut-offs, the critical questions, the provisional threshold.
func TestMethodPageUsesTheBanksFigures(t *testing.T) {
	b := defaultBank()
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		doc := render(t, newMethodWith(s))
		bands := textOf(byID(t, doc, "method-bands"))
		for _, bd := range b.Scoring.Bands {
			assert.Contains(t, bands, words.MethodBandRange.In(l, words.Band(l, bd.ID), bd.Min))
		}
		assert.Contains(t, bands, words.MethodProvisional.In(l, 80, 50))
		critical := textOf(byID(t, doc, "method-critical"))
		n := 0
		for _, q := range b.Questions {
			if q.Critical {
				assert.Contains(t, critical, q.Text.In(l))
				n++
			}
		}
		assert.Positive(t, n)
		for _, st := range []string{assessment.Match, assessment.Unconfirmed, assessment.Example, assessment.Partial} {
			assert.Contains(t, textOf(byID(t, doc, "method-match")), words.State(l, st))
		}
	}
	// The results link to it from the rating.
	s, _ := newTestStore(t, miniBank(t), assessment.EN)
	reproduceJCoin(s)
	links := findAll(byID(t, render(t, &results{page: page{s: s, title: words.PageResults}}), "rating"), tag("a"))
	require.Len(t, links, 1)
	h, _ := attr(links[0], "href")
	assert.Equal(t, pathMethod, h)
}

func newMethodWith(s *store.Store) *method {
	m := newMethod()
	m.s = s
	return m
}

// The card, and the printed appendix, say what no primary source confirms
// and mark secondary sources.
func TestIncidentCaveatsOnCardAndPaper(t *testing.T) {
	b := miniBank(t)
	b.Incident("JCOIN").Caveats = []assessment.Text{{JA: "流出件数は報道による", EN: "The record count comes from press reports"}}
	b.Source("S1").Secondary = true
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		reproduceJCoin(s)
		card := textOf(byID(t, render(t, &results{page: page{s: s, title: words.PageResults}}), "incident-JCOIN"))
		assert.Contains(t, card, words.Caveats.In(l))
		assert.Contains(t, card, b.Incident("JCOIN").Caveats[0].In(l))
		r := newReport()
		r.s = s
		appendix := textOf(byID(t, render(t, r), "appendix"))
		assert.Contains(t, appendix, b.Incident("JCOIN").Caveats[0].In(l))
		assert.Contains(t, appendix, words.Secondary.In(l, b.Source("S1").Title))
	}
}

// IPA's self-check score and SECURITY ACTION readiness, from the same
// answers, on the results and on the printed cover, in both languages.
func TestIPASheetOnResultsAndCover(t *testing.T) {
	b := defaultBank()
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		for _, q := range b.Questions {
			s.SetAnswer(q.ID, assessment.Yes)
		}
		s.SetAnswer("mail-missend", assessment.No)
		s.SetAnswer("sec-policy", assessment.No)
		ipa := textOf(byID(t, render(t, &results{page: page{s: s, title: words.PageResults}}), "ipa"))
		assert.Contains(t, ipa, words.IPATitle.In(l))
		assert.Contains(t, ipa, words.IPAPoints.In(l, 96), "one item not done: 100 − 4")
		assert.Contains(t, ipa, words.Stars(l, 1))
		assert.Contains(t, ipa, words.SANoPolicy.In(l))
		r := newReport()
		r.s = s
		assert.Contains(t, textOf(byID(t, render(t, r), "cover-ipa")), words.IPAPoints.In(l, 96))
	}
}

// Questions an owner without IT knowledge usually cannot answer alone say
// whom to ask; the others do not.
func TestVendorQuestionsSayWhomToAsk(t *testing.T) {
	b := defaultBank()
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, lang)
		asks := func(id string) bool {
			doc := render(t, &oneQuestion{v: view{s}, q: b.Question(id)})
			hints := findAll(doc, func(n *html.Node) bool { return hasClass(n, "ask-it") })
			if len(hints) == 1 {
				assert.Equal(t, words.AskIT.In(lang), textOf(hints[0]))
			}
			return len(hints) == 1
		}
		require.True(t, b.Question("default-pw").Vendor)
		assert.True(t, asks("default-pw"), "factory passwords: ask the vendor")
		assert.True(t, asks("rm-no-open-rdp"), "remote desktop exposure: ask the vendor")
		require.False(t, b.Question("sw-supported").Vendor)
		assert.False(t, asks("sw-supported"), "the owner can read the Windows version")
	}
}

// oneQuestion renders a single question field.
type oneQuestion struct {
	app.Compo
	v view
	q *assessment.Question
}

func (c *oneQuestion) Render() app.UI { return questionField(c.v, c.q) }

// The sheet for the IT vendor holds what the owner could not answer, with
// boxes to tick, in either language; the results link to it.
func TestVendorSheetListsWhatToAsk(t *testing.T) {
	b := defaultBank()
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, lang)
		s.SetCompany("Sato Shoji")
		s.SetAnswer("acc-passwords", "unknown")
		s.SetAnswer("default-pw", "no")
		doc := render(t, &vendorSheet{page: page{s: s, title: words.PageVendor}})
		assert.Equal(t, "Sato Shoji", textOf(byID(t, doc, "vendor-company")))
		row := byID(t, doc, "vendor-acc-passwords")
		assert.Contains(t, textOf(row), b.Question("acc-passwords").Text.In(lang))
		assert.Contains(t, textOf(row), "☐ "+words.AnswerYes.In(lang))
		assert.True(t, hasID(doc, "vendor-rm-no-open-rdp"), "an unanswered vendor question")
		assert.False(t, hasID(doc, "vendor-default-pw"), "answered by the owner")

		res := render(t, &results{page: page{s: s, title: words.PageResults}})
		link := byID(t, res, "to-vendor")
		href, _ := attr(link, "href")
		assert.Equal(t, "/vendor", href)
	}
	// Nothing to ask: the sheet says so instead of printing an empty table.
	s, _ := newTestStore(t, b, assessment.EN)
	for _, q := range b.Questions {
		s.SetAnswer(q.ID, "yes")
	}
	doc := render(t, &vendorSheet{page: page{s: s, title: words.PageVendor}})
	assert.Equal(t, words.VendorNone.In(assessment.EN), textOf(byID(t, doc, "vendor-none")))
}

// The printed plan carries each action's steps, the person doing it
// follows them from the paper; the references sit on one small line.
func TestPrintedActionsCarryTheirSteps(t *testing.T) {
	b := defaultBank()
	s, _ := newTestStore(t, b, assessment.JA)
	s.SetAnswer("exp-edge-patch", "no")
	doc := render(t, &printout{page: page{s: s, title: words.ReportTitle}})
	a := b.Action("act-edge-patch")
	steps := findAll(byID(t, doc, "actions"), func(n *html.Node) bool { return hasClass(n, "cell-steps") })
	require.NotEmpty(t, steps)
	all := textOf(byID(t, doc, "actions"))
	for _, st := range a.Steps {
		assert.Contains(t, all, st.JA)
	}
	refs := findAll(byID(t, doc, "actions"), func(n *html.Node) bool { return hasClass(n, "cell-refs") })
	require.NotEmpty(t, refs)
	assert.Contains(t, textOf(refs[0]), "ISO/IEC 27001")
}

// The first printed page is the manager's: the rating, the incidents the
// answers come closest to, the first actions with room for an owner and a
// date, and the sign-off with the next review a year on.
func TestReportFirstPageIsTheManagersSummary(t *testing.T) {
	b := miniBank(t)
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		reproduceJCoin(s)
		r := newReport()
		r.s = s
		r.date = time.Date(2026, 12, 3, 0, 0, 0, 0, time.Local)
		doc := render(t, r)
		cover := byID(t, doc, "cover")
		risks := textOf(byID(t, cover, "cover-risks"))
		assert.Contains(t, risks, b.Incident("JCOIN").Name.In(l))
		actions := byID(t, cover, "cover-actions")
		rows := findAll(actions, tag("tr"))
		require.Len(t, rows, 1+min(5, len(s.Plan().Items)))
		assert.Contains(t, textOf(rows[1]), b.Action(s.Plan().Items[0].Action).Title.In(l))
		assert.Contains(t, textOf(rows[0]), words.ColOwner.In(l))
		signoff := textOf(byID(t, cover, "cover-signoff"))
		assert.Contains(t, signoff, words.SignApprover.In(l))
		assert.Contains(t, signoff, words.Date(l, time.Date(2027, 12, 3, 0, 0, 0, 0, time.Local)), "next review a year on")
		// The details move to the second page.
		assert.True(t, hasID(doc, "cover-areas"))
		assert.Empty(t, findAll(cover, func(n *html.Node) bool { v, _ := attr(n, "id"); return v == "cover-areas" }))
	}
}

// Each action is followed to done on its card: owner, due date (the end of
// its horizon until set), status and note, kept with the answers and
// carried onto the printed plan.
func TestActionsTrackedToDone(t *testing.T) {
	b := miniBank(t)
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, st := newTestStore(t, b, l)
		reproduceJCoin(s)
		first := s.Plan().Items[0]
		require.Equal(t, assessment.KindAction, first.Kind)

		doc := render(t, &plan{page: page{s: s, title: words.PagePlan}})
		fs := byID(t, doc, "tracking-"+first.Action)
		for _, f := range []string{fieldOwner, fieldDue, fieldStatus, fieldNote} {
			byID(t, fs, trackID(f, first.Action))
			labels := findAll(fs, func(n *html.Node) bool {
				v, _ := attr(n, "for")
				return n.Data == "label" && v == trackID(f, first.Action)
			})
			assert.Len(t, labels, 1, "%s has a label", f)
		}
		due, _ := attr(byID(t, fs, trackID(fieldDue, first.Action)), "value")
		assert.Equal(t, s.Answers().Due(first.Action, first.Horizon, time.Now()).Format(assessment.DueLayout), due, "the end of its horizon")

		s.SetTrack(first.Action, func(tr *assessment.Track) {
			tr.Owner, tr.Status, tr.Due, tr.Note = "Sato", assessment.StatusDone, "2027-01-31", "vendor confirmed"
		})
		s.SetTrack(first.Action, func(tr *assessment.Track) { tr.Status = "finished" }) // not a status: ignored
		assert.Equal(t, assessment.StatusDone, s.Track(first.Action).Status)
		reopened := store.New(b)
		reopened.Attach(st, string(l))
		assert.Equal(t, "Sato", reopened.Track(first.Action).Owner, "saved with the answers: a reload keeps it")

		doc = render(t, &plan{page: page{s: s, title: words.PagePlan}})
		owner, _ := attr(byID(t, doc, trackID(fieldOwner, first.Action)), "value")
		assert.Equal(t, "Sato", owner)

		r := newReport()
		r.s = s
		printed := render(t, r)
		row := findAll(byID(t, printed, "actions"), tag("tr"))[1]
		assert.Contains(t, textOf(row), "Sato")
		assert.Contains(t, textOf(row), words.ShortDate(l, time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)))
		assert.Contains(t, textOf(row), "☑")
	}
}

// Last year's file against this year's answers: the scores and their
// change, the critical gaps closed and each changed answer, in either
// language.
func TestComparePageShowsProgressSince(t *testing.T) {
	b := defaultBank()
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, b, l)
		older := assessment.NewAnswers(b)
		older.Company = "Sato Shoji"
		older.Created = "2025-12-01T10:00:00+09:00"
		for _, q := range b.Questions {
			older.Answers[q.ID] = "no"
			s.SetAnswer(q.ID, "no")
		}
		s.SetCompany("Sato Shoji")
		s.SetAnswer("exp-edge-patch", "yes")
		c := newComparePage()
		c.s = s
		c.older = older
		doc := render(t, c)
		assert.Contains(t, textOf(byID(t, doc, "compare-delta")), "+")
		assert.Contains(t, textOf(byID(t, doc, "compare-scores")), words.Date(l, time.Date(2025, 12, 1, 0, 0, 0, 0, time.Local)))
		assert.Contains(t, textOf(byID(t, doc, "compare-closed")), b.Question("exp-edge-patch").Text.In(l))
		answers := textOf(byID(t, doc, "compare-answers"))
		assert.Contains(t, answers, words.Direction(l, assessment.Improved))
		assert.False(t, hasID(doc, "compare-other-company"), "same company: no warning")
	}
}

// The printed plan ends with every answer and note, and names the bank
// version it was made with.
func TestReportListsEveryAnswer(t *testing.T) {
	b := miniBank(t)
	s, _ := newTestStore(t, b, assessment.EN)
	reproduceJCoin(s)
	s.SetNote("TD1", "the vendor's demo server")
	r := newReport()
	r.s = s
	doc := render(t, r)
	assert.Equal(t, b.Title.EN+" "+b.Version, textOf(byID(t, doc, "cover-bank")))
	rows := findAll(byID(t, doc, "answers-appendix"), tag("tr"))
	require.Equal(t, 1+len(s.Areas())+s.Result().Progress.Total, len(rows), "a header, a row naming each area and one row per question asked")
	assert.Equal(t, b.Area(s.Areas()[0].ID).Name.EN, textOf(rows[1]))
	assert.Len(t, findAll(rows[0], tag("th")), 3, "a notes column when there are notes")
	all := textOf(byID(t, doc, "answers-appendix"))
	assert.Contains(t, all, b.Question("TD1").Text.EN)
	assert.Contains(t, all, "the vendor's demo server")
}

// The list names every client with its score, rating and critical gaps,
// marks the one open and offers to open only the others.
func TestAssessmentsListShowsEachClient(t *testing.T) {
	s, _ := newTestStore(t, miniBank(t), assessment.EN)
	reproduceJCoin(s)
	s.SetCompany("Aoba Clinic")
	aoba := s.CurrentID()
	s.NewAssessment()
	s.SetCompany("Beppu Tours")
	beppu := s.CurrentID()
	doc := render(t, &assessmentsPage{page: page{s: s, title: words.PageAssessments}})
	a := textOf(byID(t, doc, "entry-"+aoba))
	assert.Contains(t, a, "Aoba Clinic")
	assert.Regexp(t, `Score: Provisional \(1 critical gap\) 5 of 8 questions answered`, a, "the J-Coin answers leave one critical gap")
	assert.True(t, hasID(doc, "open-"+aoba))
	assert.False(t, hasID(doc, "open-"+beppu), "the one open is not offered again")
	assert.Contains(t, textOf(byID(t, doc, "entry-"+beppu)), "Open now")
	assert.Contains(t, textOf(byID(t, doc, "entry-"+beppu)), "Score: Provisional")
}

// After importing a file made with another version of the bank, the start
// page lists the questions it answers that this version no longer has and
// links the questions it does not answer.
func TestImportFromAnotherVersionListsTheDifferences(t *testing.T) {
	s, _ := newTestStore(t, miniBank(t), assessment.EN)
	l := newLandingWith(s)
	l.data.v = view{s}
	l.data.done(store.ImportSummary{Version: "0.9", Gone: []string{"ZZ9"}, New: []string{"TD2"}}, words.ImportAdded)
	doc := render(t, l)
	assert.Contains(t, textOf(byID(t, doc, "import-differences")), "version 0.9 of the question bank")
	assert.Equal(t, "ZZ9", textOf(byID(t, doc, "import-gone")))
	link := findAll(byID(t, doc, "import-new"), tag("a"))
	require.Len(t, link, 1)
	assert.Equal(t, s.Bank().Question("TD2").Text.EN, textOf(link[0]))
	href, _ := attr(link[0], "href")
	assert.Equal(t, "/questions/"+s.Bank().Question("TD2").Area+"#q-TD2", href)
}

// An address naming an area the bank does not have, or one the company's
// profile leaves out, says so above the area shown instead.
func TestQuestionsSayWhyTheAreaIsNotTheOneAsked(t *testing.T) {
	s, _ := newTestStore(t, miniBank(t), assessment.EN)
	doc := renderAt(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "nope"})
	assert.Contains(t, textOf(byID(t, doc, "area-missing")), "There is no area “nope”")
	doc = renderAt(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "remote"})
	assert.False(t, hasID(doc, "area-missing"), "an area that applies is simply shown")

	s.SetAnswer("P_TEST", "no")
	require.NotContains(t, s.Areas(), s.Bank().Area("testdev"))
	doc = renderAt(t, &questions{page: page{s: s, title: words.PageQuestions}, area: "testdev"})
	assert.Contains(t, textOf(byID(t, doc, "area-missing")), "is not asked: your answers about the company say it does not apply")
}

// An address that is no page gets Hiyari's own page, in the user's
// language, with the way back.
func TestNotFoundPageInBothLanguages(t *testing.T) {
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		s, _ := newTestStore(t, miniBank(t), l)
		doc := render(t, &notFoundPage{page: page{s: s, title: words.PageNotFound}})
		assert.Equal(t, words.PageNotFound.In(l), textOf(findAll(doc, tag("h1"))[0]))
		href, _ := attr(byID(t, doc, "to-home"), "href")
		assert.Equal(t, "/", href)
	}
	assert.False(t, IsPage("/no-such-page"))
	assert.False(t, IsPage("/404"))
	assert.True(t, IsPage("/plan"))
	assert.True(t, IsPage("/questions/anything"), "the questionnaire says itself what it does not know")
}

// Answers to questions a bank update removed stay in the assessment, are
// saved with it, and the start page lists them.
func TestAnswersToRemovedQuestionsAreKeptAndShown(t *testing.T) {
	b := miniBank(t)
	old := assessment.NewAnswers(b)
	old.Answers["TD1"] = "no"
	old.Answers["TD_GONE"] = "yes"
	data, err := old.Marshal()
	require.NoError(t, err)
	st := store.NewMemory()
	s := store.New(b)
	s.Attach(st, "en")
	a, _, err := s.ParseImport(data)
	require.NoError(t, err)
	s.Add(a)
	s.SetAnswer("TD2", "yes") // a later save keeps it
	again := store.New(b)
	again.Attach(st, "en")
	assert.Equal(t, "yes", again.Answers().Answers["TD_GONE"])
	doc := render(t, newLandingWith(again))
	assert.Equal(t, "TD_GONE", textOf(findAll(byID(t, doc, "kept-unknown"), tag("li"))[0]))
}

// An import that cannot be kept (the storage is full) says so where the
// user looks, not "imported".
func TestImportThatCannotBeKeptSaysSo(t *testing.T) {
	s, st := newTestStore(t, miniBank(t), assessment.EN)
	a := assessment.NewAnswers(s.Bank())
	a.Company = "Big KK"
	st.Fail = true
	l := newLandingWith(s)
	l.data.v = view{s}
	s.Add(a)
	l.data.done(store.ImportSummary{}, words.ImportAdded)
	doc := render(t, l)
	assert.Contains(t, textOf(byID(t, doc, "data-status")), "too large to keep in this browser")
	assert.True(t, hasID(doc, "save-failed"))
}
