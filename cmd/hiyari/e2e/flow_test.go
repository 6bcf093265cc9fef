package e2e

// User flows in real Chromium against the real server: the questionnaire
// done with the keyboard alone, a matched incident, a language switch
// mid-way, a reload that keeps everything, the printed plan, a broken import
// that loses nothing, start over, and axe-core on every page.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hiyari-app/hiyari/app"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsString quotes s for use inside JavaScript source.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// tabTo presses Tab until the focused element matches css: how a keyboard
// user moves through the page.
func tabTo(t *testing.T, b *Browser, css string) {
	t.Helper()
	for i := 0; i < 60; i++ {
		if Eval[bool](b, `!!document.activeElement && document.activeElement.matches(`+jsString(css)+`)`) {
			return
		}
		b.Press(kb.Tab)
	}
	t.Fatalf("Tab never reached %s (focus is on %s)", css,
		Eval[string](b, `document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : "nothing"`))
}

// jsSaved is the open assessment as the app keeps it in localStorage
// (compact JSON), "" until something is saved.
const jsSaved = `(() => { const i = JSON.parse(localStorage.getItem("hiyari/v1/assessments") || "{}"); return (i.current && localStorage.getItem("hiyari/v1/assessment/" + i.current)) || ""; })()`

// jsSavedIn is jsSaved for a copy served under a prefix ("/tools/x"),
// whose keys carry it.
func jsSavedIn(prefix string) string {
	k := "hiyari/v1/site:" + prefix + "/"
	return `(() => { const i = JSON.parse(localStorage.getItem("` + k + `assessments") || "{}"); return (i.current && localStorage.getItem("` + k + `assessment/" + i.current)) || ""; })()`
}

// jsListed counts the assessments the app lists as kept.
const jsListed = `(JSON.parse(localStorage.getItem("hiyari/v1/assessments") || "{}").ids || []).length`

// storedAnswers reads the answers document the app saved in localStorage.
func storedAnswers(t *testing.T, b *Browser) *assessment.Answers {
	t.Helper()
	raw := Eval[string](b, jsSaved)
	require.NotEmpty(t, raw, "no answers saved")
	a, err := assessment.ParseAnswers([]byte(raw))
	require.NoError(t, err)
	return a
}

// checkedRadios returns question id -> answer for every checked radio.
func checkedRadios(b *Browser) map[string]string {
	return Eval[map[string]string](b, `Object.fromEntries([...document.querySelectorAll("input[type=radio]:checked")].map((r) => [r.name, r.value]))`)
}

// bankAndFlags returns the built-in bank the server uses.
func bank(t *testing.T) *assessment.Bank {
	t.Helper()
	b, err := assessment.DefaultBank()
	require.NoError(t, err)
	return b
}

// profileChoice picks, for a profile question, the option that asks the
// most: "yes" where offered, else the last (largest) option.
func profileChoice(p assessment.ProfileQuestion) string {
	for _, o := range p.Options {
		if o.ID == "yes" {
			return "yes"
		}
	}
	return p.Options[len(p.Options)-1].ID
}

// radioSteps is how many ArrowRight presses select option opt of a radio
// group that has none checked: Tab lands on the first option without
// checking it, each arrow moves to and checks the next.
func radioSteps(options []string, opt string) int {
	for i, o := range options {
		if o == opt {
			return i
		}
	}
	return -1
}

// answerByKeyboard focuses the radio group of question id with Tab and
// selects opt with the arrow keys (Space for the first option).
func answerByKeyboard(t *testing.T, b *Browser, id string, options []string, opt string) {
	t.Helper()
	tabTo(t, b, `input[type=radio][name=`+jsString(id)+`]`)
	n := radioSteps(options, opt)
	require.GreaterOrEqual(t, n, 0)
	if n == 0 {
		b.Press(" ")
	}
	for i := 0; i < n; i++ {
		b.Press(kb.ArrowRight)
	}
	if !Eval[bool](b, `new Promise((r) => { let n = 0; const f = () => { const c = document.querySelector('input[name=`+jsString(id)+`]:checked');
		if (c && c.value === `+jsString(opt)+`) r(true); else if (++n > 40) r(false); else setTimeout(f, 50); }; f(); })`) {
		t.Fatalf("answering %s with %s (%d arrows from %v): focus %s, group %s", id, opt, n, options,
			Eval[string](b, `document.activeElement.outerHTML`),
			Eval[string](b, `JSON.stringify([...document.getElementsByName(`+jsString(id)+`)].map((r) => [r.value, r.checked]))`))
	}
}

func TestQuestionnaireByKeyboardMatchesAnIncident(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	b.Open(Shared(), "/")
	b.Poll(`document.documentElement.lang === "en"`) // Chromium's language is en-US

	// Start with the keyboard: Tab to the start link, Enter.
	tabTo(t, b, "#start")
	b.Press(kb.Enter)
	b.Poll(`location.pathname === "/profile" && !!document.getElementById("company")`)
	// Focus moved to the new page's content, as a page load would put it:
	// the next Tab reaches its first field, not the skip link and menu
	// again, and the header stays in view.
	b.Poll(`document.activeElement && document.activeElement.id === "main"`)
	assert.Zero(t, Eval[float64](b, `window.scrollY`))
	b.Press(kb.Tab)
	assert.Equal(t, "company", Eval[string](b, `document.activeElement.id`))

	tabTo(t, b, "#company")
	b.Press("Keyboard Ltd")
	for _, p := range bk.Profile {
		opts := make([]string, len(p.Options))
		for i, o := range p.Options {
			opts[i] = o.ID
		}
		answerByKeyboard(t, b, p.ID, opts, profileChoice(p))
	}
	tabTo(t, b, "#to-questions")
	b.Press(kb.Enter)
	b.Poll(`location.pathname.startsWith("/questions/") && !!document.querySelector('.areas a[aria-current]') &&
		document.querySelector('.areas a[aria-current]').getAttribute("href") === location.pathname`)

	// Every area, every question: "no" (the control is missing).
	answered := 0
	for {
		b.Poll(`!!document.querySelector("fieldset.question")`)
		ids := Eval[[]string](b, `[...document.querySelectorAll("fieldset.question")].map((f) => f.id.slice(2))`)
		require.NotEmpty(t, ids)
		for _, id := range ids {
			q := bk.Question(id)
			require.NotNil(t, q, id)
			answerByKeyboard(t, b, id, q.Options, assessment.No)
			answered++
		}
		if Eval[bool](b, `!!document.getElementById("to-results")`) {
			break
		}
		path := Eval[string](b, `location.pathname`)
		tabTo(t, b, "#next-area")
		b.Press(kb.Enter)
		// The new area is shown and focus moved to its title, where a
		// keyboard user carries on.
		b.Poll(`location.pathname !== ` + jsString(path) + ` && document.activeElement && document.activeElement.id === "area-title" &&
			document.querySelector('.areas a[aria-current]').getAttribute("href") === location.pathname`)
	}
	b.Poll(`document.getElementById("progress-text").textContent === ` + jsString(fmt.Sprintf("Overall: %d of %d answered", answered, answered)))

	tabTo(t, b, "#to-results")
	require.Positive(t, Eval[float64](b, `window.scrollY`), "the link is at the foot of a long page")
	b.Press(kb.Enter)
	b.Poll(`location.pathname === "/results" && !!document.querySelector(".incident.match")`)
	// The results open at their top, not where the last page was scrolled to.
	b.Poll(`window.scrollY === 0`)
	headline := b.Text(".incident.match h3")
	assert.Contains(t, headline, "Your answers match how the ")
	// The card names the answers behind the match.
	assert.Contains(t, b.Text(".incident.match .because"), "— No")
	// The critical gaps come before the score, which is rated, not only
	// averaged.
	assert.True(t, Eval[bool](b, `!!(document.getElementById("critical").compareDocumentPosition(document.getElementById("overall")) & Node.DOCUMENT_POSITION_FOLLOWING)`))
	assert.Contains(t, b.Text("#critical h2"), "Critical gaps")
	assert.Contains(t, b.Text("#rating"), "Rating: Poor")

	// The saved document holds every answer given.
	a := storedAnswers(t, b)
	assert.Equal(t, "Keyboard Ltd", a.Company)
	assert.Len(t, a.Answers, answered+len(bk.Profile))

	// After a reload, every area shows every answer.
	b.Reload()
	b.WaitApp()
	b.Poll(`!!document.querySelector(".incident.match")`)
	seen := 0
	for _, area := range Eval[[]string](b, `[...document.querySelectorAll(".scores li .score")].map((s) => s.id.slice(5))`) {
		b.Open(Shared(), "/questions/"+area)
		b.Poll(`document.querySelectorAll("fieldset.question").length > 0 &&
			document.querySelectorAll("fieldset.question").length === document.querySelectorAll("input[type=radio]:checked").length`)
		for id, v := range checkedRadios(b) {
			assert.Equal(t, assessment.No, v, id)
			seen++
		}
	}
	assert.Equal(t, answered, seen)
	assert.Empty(t, b.CSPViolations())
}

func TestLanguageSwitchReloadAndPrint(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	b.Open(Shared(), "/profile")
	b.SendKeys("#company", "Acme Trading KK")
	for _, p := range bk.Profile {
		b.Click(`input[name=` + jsString(p.ID) + `][value=` + jsString(profileChoice(p)) + `]`)
	}
	b.Click("#to-questions")
	b.Poll(`location.pathname.startsWith("/questions/") && !!document.querySelector("fieldset.question")`)
	ids := Eval[[]string](b, `[...document.querySelectorAll("fieldset.question")].map((f) => f.id.slice(2))`)
	require.GreaterOrEqual(t, len(ids), 2)
	b.Click(`input[name=` + jsString(ids[0]) + `][value="no"]`)
	b.Click(`input[name=` + jsString(ids[1]) + `][value="unknown"]`)
	b.SendKeys("#note-"+ids[0], "ask the vendor")

	// Change language mid-way: the page, the document language and bank
	// texts switch at once; the answers stay.
	b.Click(`button.lang[value="ja"]`)
	b.Poll(`document.documentElement.lang === "ja" && document.getElementById("area-title").textContent === ` +
		jsString(bk.Area(bk.Question(ids[0]).Area).Name.JA))
	assert.Contains(t, b.Text("#q-"+ids[0]+" legend"), bk.Question(ids[0]).Text.JA)
	assert.Contains(t, b.Text("#q-"+ids[0]), "わからない")
	path := Eval[string](b, `location.pathname`)

	// Reload: every answer, the note, the company and the language are back.
	before := checkedRadios(b)
	require.Len(t, before, 2)
	b.Reload()
	b.WaitApp()
	b.Poll(`document.querySelectorAll("input[type=radio]:checked").length === 2`)
	assert.Equal(t, before, checkedRadios(b))
	assert.Equal(t, path, Eval[string](b, `location.pathname`))
	assert.Equal(t, "ask the vendor", Eval[string](b, `document.getElementById("note-`+ids[0]+`").value`))
	assert.Equal(t, "ja", Eval[string](b, `document.documentElement.lang`))

	// A new visit to the start page offers to resume where the user was.
	b.Open(Shared(), "/")
	b.WaitVisible("#resume")
	href := Eval[string](b, `document.getElementById("resume").getAttribute("href")`)
	assert.Equal(t, path, href)

	b.Open(Shared(), "/profile")
	b.Poll(`document.getElementById("company").value === "Acme Trading KK"`)
	for _, p := range bk.Profile {
		assert.Equal(t, profileChoice(p), checkedRadios(b)[p.ID], p.ID)
	}

	// The printed plan, in English.
	b.Open(Shared(), "/report")
	b.Click(`button.lang[value="en"]`)
	b.Poll(`document.documentElement.lang === "en" && !!document.querySelector("#actions tbody tr") &&
		document.querySelector("#cover h1").textContent === "Security action plan"`)
	firstAction := Eval[string](b, `document.querySelector("#actions tbody tr strong").textContent`)
	require.NotEmpty(t, firstAction)
	pdf := b.PDFText()
	flat := strings.Join(strings.Fields(pdf), " ")
	assert.Contains(t, flat, "Security action plan")
	assert.Contains(t, flat, "Acme Trading KK")
	// The title wraps inside its table cell, so look for its words.
	for _, w := range strings.Fields(firstAction) {
		assert.Contains(t, flat, w)
	}
	assert.Contains(t, flat, "Owner")
	// Two answers: the score is provisional, and the paper says so.
	assert.Contains(t, flat, "Rating: Provisional")
	// The column heads are whole words on one line: a narrow column once
	// printed "Do" over "ne".
	assert.Regexp(t, `(?m)^.*No\..*Action.*When.*Owner.*Due.*\bDone\s*$`, pdf)
	assert.Contains(t, flat, "Suggested") // "Suggested role", told apart from the owner to fill in
	assert.NotContains(t, flat, "Skip to content", "no navigation chrome on paper")
	assert.NotContains(t, flat, "Back to the plan")

	// Switching language switches the printed plan too.
	b.Click(`button.lang[value="ja"]`)
	b.Poll(`document.querySelector("#cover h1").textContent === "セキュリティ対策計画書"`)
	ja := strings.Join(strings.Fields(b.PDFText()), "")
	assert.Contains(t, ja, "セキュリティ対策計画書")
	assert.Contains(t, ja, "AcmeTradingKK")
	assert.Contains(t, ja, "担当者")
	assert.Contains(t, ja, "評価：暫定")
	assert.NotContains(t, ja, "Security action plan")
	assert.Empty(t, b.CSPViolations())
}

func TestImportBrokenFileLosesNothing(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	b.Open(Shared(), "/profile")
	p := bk.Profile[0]
	b.Click(`input[name=` + jsString(p.ID) + `][value=` + jsString(p.Options[0].ID) + `]`)
	b.SendKeys("#company", "Keep Me Inc")
	b.Open(Shared(), "/")
	saved := Eval[string](b, jsSaved)
	require.Contains(t, saved, "Keep Me Inc")

	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	require.NoError(t, os.WriteFile(broken, []byte(`{"schema":"hiyari.answers/v1","answers":`), 0o644))
	b.Do("choosing a broken file", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{broken}))
	b.WaitVisible("#import-error")
	assert.Contains(t, b.Text("#import-error"), "The file is damaged")
	assert.Contains(t, b.Text("#import-error-where"), "unexpected end of JSON input", "the first problem, named as the command line names it")
	assert.Contains(t, b.Text("#import-error"), "Your current answers have not been changed.")
	assert.Equal(t, saved, Eval[string](b, jsSaved))

	// In Japanese too. (Switching language is recorded in the document.)
	b.Click(`button.lang[value="ja"]`)
	b.Poll(`document.getElementById("import-error").innerText.includes("ファイルの形式が正しくありません")`)
	saved = Eval[string](b, jsSaved)
	require.Contains(t, saved, "Keep Me Inc")

	// A hostile file: markup in ids is refused, nothing is injected.
	hostile := filepath.Join(dir, "hostile.json")
	require.NoError(t, os.WriteFile(hostile, []byte(`{"schema":"hiyari.answers/v1","bank":{"id":"`+bk.ID+`","version":"1"},"company":"<img src=x onerror=alert(1)>","answers":{"<b>x</b>":"yes"}}`), 0o644))
	b.Do("choosing a hostile file", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{hostile}))
	b.Poll(`document.getElementById("import-error") && document.getElementById("import-error").innerText.includes("ルールに合わない")`)
	assert.Equal(t, saved, Eval[string](b, jsSaved))
	assert.Zero(t, Eval[int](b, `document.querySelectorAll("main img, main b").length`))

	// A valid file of another client is added beside the one kept, and
	// opened; nothing is replaced, so nothing is asked.
	a := assessment.NewAnswers(bk)
	a.Company = "Imported KK"
	a.Created = "2025-11-20T10:00:00+09:00"
	a.Answers[bk.Questions[0].ID] = assessment.Yes
	data, err := a.Marshal()
	require.NoError(t, err)
	valid := filepath.Join(dir, "valid.json")
	require.NoError(t, os.WriteFile(valid, data, 0o644))
	b.Do("choosing a valid file", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{valid}))
	b.Poll(jsSaved + `.includes("Imported KK")`)
	assert.Equal(t, assessment.Yes, storedAnswers(t, b).Answers[bk.Questions[0].ID])
	b.Poll(`((document.getElementById("data-status") || {}).textContent || "").includes("Imported KK")`)
	assert.Equal(t, 2, Eval[int](b, jsListed), "the client open before is still kept")

	// The same file again is a copy of one kept: replacing it is asked,
	// naming both sides, and keeping both is offered.
	b.Do("choosing the same file again", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{valid}))
	b.WaitVisible("#import-confirm")
	assert.Contains(t, b.Text("#import-sides"), "読み込むファイル：Imported KK（2025年11月20日、1 問回答済み）")
	b.Click("#import-keep-both")
	b.Poll(`!document.getElementById("import-confirm")`)
	assert.Equal(t, 3, Eval[int](b, jsListed))

	// Start over asks first, then deletes the open assessment only.
	b.Click("#start-over")
	b.WaitVisible("#start-over-confirm")
	assert.NotEmpty(t, Eval[string](b, jsSaved), "asking deletes nothing")
	b.Click("#start-over-confirm")
	b.WaitVisible("#start")
	assert.Empty(t, Eval[string](b, jsSaved))
	assert.Equal(t, 2, Eval[int](b, jsListed), "the other assessments stay")
	assert.Empty(t, b.CSPViolations())
}

func TestNoAccessibilityViolationsOnAnyPage(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	// Some answers first, so that results, plan and report have content:
	// a mix of every answer, and one action planned.
	b.Open(Shared(), "/profile")
	for _, p := range bk.Profile {
		b.Click(`input[name=` + jsString(p.ID) + `][value=` + jsString(profileChoice(p)) + `]`)
	}
	b.Click("#to-questions")
	b.Poll(`!!document.querySelector("fieldset.question")`)
	ids := Eval[[]string](b, `[...document.querySelectorAll("fieldset.question")].map((f) => f.id.slice(2))`)
	for i, id := range ids {
		opts := bk.Question(id).Options
		b.Click(`input[name=` + jsString(id) + `][value=` + jsString(opts[(i+2)%len(opts)]) + `]`)
	}
	b.Open(Shared(), "/plan")
	b.Poll(`!!document.querySelector("input[type=checkbox]")`)
	b.Click("input[type=checkbox]")
	b.Poll(`document.querySelector("input[type=checkbox]").checked`)

	for _, lang := range []string{"en", "ja"} {
		for _, path := range app.Paths() {
			t.Run(lang+path, func(t *testing.T) {
				b.Open(Shared(), path)
				if Eval[string](b, `document.documentElement.lang`) != lang {
					b.Click(`button.lang[value="` + lang + `"]`)
					b.Poll(`document.documentElement.lang === "` + lang + `"`)
				}
				// Open every disclosure so that its content is checked too.
				Eval[bool](b, `document.querySelectorAll("details").forEach((d) => d.open = true), true`)
				b.RequireNoAxeViolations()
			})
		}
	}
	assert.Empty(t, b.CSPViolations())
}

func TestExportAnswersAndDownloadPlan(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	b.Open(Shared(), "/profile")
	b.AllowDownloads()

	b.SendKeys("#company", "Export Test GK")
	for _, p := range bk.Profile {
		b.Click(`input[name=` + jsString(p.ID) + `][value=` + jsString(profileChoice(p)) + `]`)
	}
	b.Click("#to-questions")
	b.Poll(`!!document.querySelector("fieldset.question")`)
	id := Eval[string](b, `document.querySelector("fieldset.question").id.slice(2)`)
	b.Click(`input[name=` + jsString(id) + `][value="no"]`)
	b.Poll(jsSaved + `.includes(` + jsString(`"`+id+`":"no"`) + `)`)

	// The answers file round-trips through the app's own parser.
	b.Open(Shared(), "/")
	b.Click("#export")
	name, data := b.WaitDownload()
	// Named after the client and the assessment's date, so a consultant's
	// folder of client files sorts by client.
	assert.Regexp(t, `^Export-Test-GK-\d{4}-\d{2}-\d{2}\.hiyari\.json$`, name)
	a, err := assessment.ParseAnswers(data)
	require.NoError(t, err)
	_, err = a.Check(bk)
	require.NoError(t, err)
	assert.Equal(t, "Export Test GK", a.Company)
	assert.Equal(t, assessment.No, a.Answers[id])

	// What-if: ticking an action raises the projected score, and the
	// tick survives a reload.
	b.Open(Shared(), "/plan")
	b.WaitVisible("input[type=checkbox]")
	// Nothing planned: no projection, only the current score.
	assert.False(t, Eval[bool](b, `!!document.getElementById("score-projected")`))
	now := b.Text("#score-now .score-text")
	action := Eval[string](b, `document.querySelector("input[type=checkbox]").value`)
	b.Click("input[type=checkbox]")
	b.Poll(`!!document.getElementById("score-projected")`)
	projected := b.Text("#score-projected .score-text")
	assert.NotEqual(t, strings.SplitN(now, ":", 2)[1], strings.SplitN(projected, ":", 2)[1], "planning an action raises the projection")
	b.Reload()
	b.WaitApp()
	b.Poll(`document.getElementById(` + jsString("plan-"+action) + `).checked`)
	assert.Equal(t, projected, b.Text("#score-projected .score-text"))
	assert.Contains(t, storedAnswers(t, b).Planned, action)

	// The action is followed to done: an owner typed on its card (the
	// change lands when the field is left, as a user tabs on) and its
	// status chosen with the keyboard are saved, travel in the exported
	// file and are on the card again when the page is opened anew.
	b.Click("#action-" + action + " details.tracking summary")
	b.SendKeys("#track-owner-"+action, "Sato")
	b.Press(kb.Tab)
	b.Poll(jsSaved + `.includes("Sato")`)
	b.Do("focus the status", chromedp.Focus(chromedp.CSS("#track-status-"+action)))
	b.Press(kb.ArrowDown)
	b.Press(kb.Tab)
	b.Poll(jsSaved + `.includes("in_progress")`)
	b.Open(Shared(), "/")
	b.Click("#export")
	_, data = b.WaitDownload()
	tracked, err := assessment.ParseAnswers(data)
	require.NoError(t, err)
	assert.Equal(t, assessment.Track{Owner: "Sato", Status: assessment.StatusInProgress}, tracked.Tracking[action])
	b.Open(Shared(), "/plan")
	b.WaitVisible("input[type=checkbox]")
	b.Poll(`document.getElementById(` + jsString("track-owner-"+action) + `).value === "Sato"`)

	// The plan as Markdown, in the language on screen.
	b.Click(`.downloads button[value="md"]`)
	name, data = b.WaitDownload()
	assert.Regexp(t, `^Export-Test-GK-\d{4}-\d{2}-\d{2}-plan\.md$`, name)
	md := string(data)
	assert.Contains(t, md, "Export Test GK")
	assert.Contains(t, md, bk.Question(id).Text.EN)
	assert.Empty(t, b.CSPViolations())
}

// A "find out" task links to its question: the question is shown and its
// answer focused, ready to change once the user has found out.
func TestFindOutLinkLeadsToTheQuestion(t *testing.T) {
	bk := bank(t)
	area := bk.Areas[0].ID
	b := NewBrowser(t)
	b.Open(Shared(), "/questions/"+area)
	b.Poll(`document.querySelectorAll("fieldset.question").length > 2`)
	// The last question of the area: far below the top of the page.
	id := Eval[string](b, `[...document.querySelectorAll("fieldset.question")].pop().id.slice(2)`)
	b.Click(`input[name=` + jsString(id) + `][value="unknown"]`)
	b.Click(`.menu a[href="/results"]`)
	link := `#find-out a[href$=` + jsString("#q-"+id) + `]`
	b.WaitVisible(link)
	b.Click(link)
	b.Poll(`location.pathname === ` + jsString("/questions/"+area) + ` && document.activeElement &&
		document.activeElement.id === ` + jsString("a-"+id+"-unknown"))
	b.Poll(`(() => { const r = document.getElementById(` + jsString("q-"+id) + `).getBoundingClientRect();
		return r.top >= 0 && r.top < innerHeight / 2; })()`)
}

// On a phone (390 px wide) no page is wider than the screen: the printed
// plan's preview used to push the whole page sideways with its columns to
// fill in by hand.
func TestEveryPageFitsAPhoneScreen(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	b.Do("phone screen", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	b.Open(Shared(), "/profile")
	b.SendKeys("#company", "やまだ屋商店")
	for _, p := range bk.Profile {
		b.Click(`input[name=` + jsString(p.ID) + `][value=` + jsString(profileChoice(p)) + `]`)
	}
	b.Click("#to-questions")
	b.Poll(`!!document.querySelector("fieldset.question")`)
	// A mix of answers, so that results, plan and report are full.
	Eval[bool](b, `(document.querySelectorAll("fieldset.question").forEach((f, i) => {
		const r = f.querySelectorAll("input[type=radio]"); r[[2, 3, 1][i % 3]].click(); }), true)`)
	for _, lang := range []string{"ja", "en"} {
		for _, path := range app.Paths() {
			b.Open(Shared(), path)
			if Eval[string](b, `document.documentElement.lang`) != lang {
				b.Click(`button.lang[value="` + lang + `"]`)
				b.Poll(`document.documentElement.lang === "` + lang + `"`)
			}
			b.Poll(`!!document.querySelector("main h1")`)
			assert.LessOrEqual(t, Eval[int](b, `document.documentElement.scrollWidth`), Eval[int](b, `document.documentElement.clientWidth`),
				"%s in %s is wider than the screen", path, lang)
		}
	}
}

// The skip link moves keyboard focus past the menu: the next Tab reaches
// the page's first field (go-app handles the click, so the browser alone
// only scrolled).
func TestSkipLinkMovesFocusToTheContent(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	for _, c := range []struct{ path, first string }{
		{"/profile", "#company"},
		// The questions come before the area list, which a narrow screen
		// shows below them: focus never jumps to the foot of the page first.
		{"/questions/" + bk.Areas[0].ID, "fieldset.question input[type=radio]"},
	} {
		b.Open(Shared(), c.path)
		b.Poll(`!!document.querySelector("main h1")`)
		b.Press(kb.Tab)
		require.True(t, Eval[bool](b, `document.activeElement.matches("a.skip")`), "the skip link comes first on %s", c.path)
		b.Press(kb.Enter)
		b.Poll(`document.activeElement && document.activeElement.id === "main"`)
		b.Press(kb.Tab)
		assert.True(t, Eval[bool](b, `document.activeElement.matches(`+jsString(c.first)+`)`), "%s: Tab after the skip link reaches %s, not %s",
			c.path, c.first, Eval[string](b, `document.activeElement.outerHTML.slice(0, 120)`))
	}
}

// A careless firm (the consultant's scenario file, imported as a user would)
// sees its critical gaps above the score and a capped rating, in both
// languages, on screen and on paper; the method page explains the rating.
func TestCriticalGapsOnScreenAndPaperInBothLanguages(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	b.Open(Shared(), "/")
	file, err := filepath.Abs("../../../assessment/testdata/scenarios/careless-10-person.json")
	require.NoError(t, err)
	b.Do("importing the scenario", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	b.Poll(jsSaved + `.includes("Careless")`)
	critical := 0
	for _, q := range bk.Questions {
		if q.Critical {
			critical++
		}
	}
	require.Positive(t, critical)

	for _, c := range []struct {
		lang, title, rating, provisional, printed string
	}{
		{"ja", "重大な穴", "評価：危険", "暫定", "重大な穴"},
		{"en", "Critical gaps", "Rating: Poor", "Provisional", "Critical gaps"},
	} {
		b.Open(Shared(), "/results")
		if Eval[string](b, `document.documentElement.lang`) != c.lang {
			b.Click(`button.lang[value="` + c.lang + `"]`)
		}
		b.Poll(`document.documentElement.lang === "` + c.lang + `" && !!document.getElementById("critical")`)
		assert.Equal(t, c.title, b.Text("#critical h2"))
		assert.Equal(t, 5, Eval[int](b, `document.querySelectorAll("#critical li").length`), "the scenario's five critical gaps")
		assert.True(t, Eval[bool](b, `!!(document.getElementById("critical").compareDocumentPosition(document.getElementById("overall")) & Node.DOCUMENT_POSITION_FOLLOWING)`),
			"the critical gaps come before the score")
		assert.Contains(t, b.Text("#rating"), c.rating)
		assert.NotContains(t, b.Text("#rating"), c.provisional, "every question answered: a rating, not a provisional score")

		// The plan opens with a critical fix.
		b.Open(Shared(), "/plan")
		b.Poll(`!!document.querySelector(".action .critical-tag")`)
		assert.True(t, Eval[bool](b, `document.querySelector(".horizon .action").querySelector(".critical-tag") !== null`))

		// On paper: the cover lists them under the rating.
		b.Open(Shared(), "/report")
		b.Poll(`!!document.getElementById("cover-critical")`)
		flat := strings.Join(strings.Fields(b.PDFText()), " ")
		assert.Contains(t, flat, c.printed)
		assert.Contains(t, strings.ReplaceAll(flat, " ", ""), strings.ReplaceAll(c.rating, " ", ""))

		// The rating links to how it is made.
		b.Open(Shared(), "/results")
		b.Poll(`!!document.querySelector("#rating a")`)
		b.Click("#rating a")
		b.Poll(`location.pathname === "/method" && !!document.getElementById("method-critical")`)
		assert.Equal(t, critical, Eval[int](b, `document.querySelectorAll("#method-critical li").length`))
	}
	assert.Empty(t, b.CSPViolations())
}

// A consultant's re-visit: this year's answers on screen, last year's file
// chosen on the compare page, read on the device and set against them.
func TestCompareWithLastYearsFile(t *testing.T) {
	b := NewBrowser(t)
	b.Open(Shared(), "/")
	file, err := filepath.Abs("../../../assessment/testdata/scenarios/careless-10-person.json")
	require.NoError(t, err)
	b.Do("import", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	b.Poll(jsSaved + `.includes("Careless")`)
	b.Open(Shared(), "/questions/exposure")
	b.Click("#a-exp-edge-patch-yes")
	b.Poll(jsSaved + `.includes(` + jsString(`"exp-edge-patch":"yes"`) + `)`)

	b.Open(Shared(), "/compare")
	b.Do("choose last year's file", chromedp.SetUploadFiles(chromedp.CSS("#compare-file"), []string{file}))
	b.Poll(`!!document.getElementById("compare-delta") && document.getElementById("compare-delta").textContent.startsWith("+")`)
	assert.Contains(t, b.Text("#compare-closed"), "VPN")
	assert.Contains(t, b.Text("#compare-answers"), "better")
	b.RequireNoAxeViolations()
	assert.Empty(t, b.CSPViolations())
}

// Every file of the hostile corpus is refused in the browser too: a
// localised reason, and not one byte of what the browser keeps changed.
func TestHostileCorpusIsRefusedInTheBrowser(t *testing.T) {
	files, err := filepath.Glob("../../../testdata/hostile/answers/*.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 40)
	b := NewBrowser(t)
	b.Open(Shared(), "/profile")
	b.SendKeys("#company", "Keep Me Inc")
	b.Open(Shared(), "/")
	b.Click(`button.lang[value="ja"]`)
	b.Poll(`document.documentElement.lang === "ja"`)
	const dump = `JSON.stringify(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)]))`
	before := Eval[string](b, dump)
	require.Contains(t, before, "Keep Me Inc")
	for _, f := range files {
		abs, err := filepath.Abs(f)
		require.NoError(t, err)
		// A different file each time: the input fires on every choice.
		b.Do("choosing "+filepath.Base(f), chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{abs}))
		// The app empties the input once it has read the file.
		b.Poll(`document.getElementById("import-file").value === "" && !!document.getElementById("import-error")`)
		msg := b.Text("#import-error")
		assert.Contains(t, msg, "いまの回答は変更していません", filepath.Base(f))
		assert.Equal(t, before, Eval[string](b, dump), "%s changed what the browser keeps", filepath.Base(f))
	}
	assert.Empty(t, b.CSPViolations())
}
