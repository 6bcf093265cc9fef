package e2e

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsEntryID finds the id of the listed assessment of a company.
func jsEntryID(company string) string {
	return `(() => { const e = [...document.querySelectorAll(".entry")].find((e) => e.querySelector(".entry-name").firstChild.textContent === ` + jsString(company) + `); return e ? e.id.slice("entry-".length) : ""; })()`
}

const jsEntryNames = `[...document.querySelectorAll(".entry-name")].map((h) => h.firstChild.textContent)`

// A consultant keeps several clients in one browser: three assessments
// made one after the other are all listed after a reload, each with its
// own answers; one is duplicated for next year with its answers and
// action tracking; one is deleted, after a question, and only that one.
func TestManyClientsOnOneLaptop(t *testing.T) {
	bk := bank(t)
	p := bk.Profile[0]
	b := NewBrowser(t)
	clients := []string{"Chiba Foods", "Aoba Clinic", "Beppu Tours"}
	for i, name := range clients {
		b.Open(Shared(), "/assessments")
		b.Click("#new-assessment")
		b.Poll(`location.pathname === "/profile" && document.getElementById("company").value === ""`)
		b.SendKeys("#company", name)
		b.Click(`input[name=` + jsString(p.ID) + `][value=` + jsString(p.Options[i%len(p.Options)].ID) + `]`)
		b.Poll(jsSaved + `.includes(` + jsString(name) + `)`)
	}

	b.Open(Shared(), "/assessments")
	b.Reload()
	b.WaitApp()
	b.Poll(`document.querySelectorAll(".entry").length === 3`)
	assert.Equal(t, []string{"Aoba Clinic", "Beppu Tours", "Chiba Foods"}, Eval[[]string](b, jsEntryNames), "listed by company")
	assert.Equal(t, "Beppu Tours", Eval[string](b, `document.querySelector(".entry.current .entry-name").firstChild.textContent`))
	assert.Equal(t, 3, Eval[int](b, jsListed))

	// Each keeps its own answers.
	chiba := Eval[string](b, jsEntryID("Chiba Foods"))
	require.NotEmpty(t, chiba)
	b.Click("#open-" + chiba)
	b.Poll(`location.pathname === "/" && document.getElementById("open-now").textContent.includes("Chiba Foods")`)
	b.Open(Shared(), "/profile")
	b.Poll(`document.getElementById("company").value === "Chiba Foods"`)
	assert.Equal(t, p.Options[0].ID, Eval[string](b, `document.querySelector(`+jsString(`input[name="`+p.ID+`"]:checked`)+`).value`))

	// Last year's plan has an owner on its first action.
	b.Open(Shared(), "/questions/exposure")
	b.Click("#a-exp-edge-patch-no")
	b.Poll(jsSaved + `.includes(` + jsString(`"exp-edge-patch":"no"`) + `)`)
	b.Open(Shared(), "/plan")
	b.WaitVisible("input[type=checkbox]")
	action := Eval[string](b, `document.querySelector("input[type=checkbox]").value`)
	b.Click("#action-" + action + " details.tracking summary")
	b.SendKeys("#track-owner-"+action, "Sato")
	b.Press(kb.Tab)
	b.Poll(jsSaved + `.includes("Sato")`)

	// Re-assessed a year later: the copy opens, dated today, with the
	// answers and the tracking; last year's stays as it was.
	b.Open(Shared(), "/assessments")
	b.Click("#duplicate-" + chiba)
	b.Poll(`document.querySelectorAll(".entry").length === 4`)
	assert.Contains(t, b.Text("#list-status"), "Chiba Foods")
	assert.Equal(t, "Chiba Foods", Eval[string](b, `document.querySelector(".entry.current .entry-name").firstChild.textContent`))
	assert.NotEqual(t, "entry-"+chiba, Eval[string](b, `document.querySelector(".entry.current").id`))
	assert.True(t, Eval[bool](b, `document.activeElement.closest(".entry.current") !== null`), "focus follows the copy")
	b.Open(Shared(), "/plan")
	b.Click("#action-" + action + " details.tracking summary")
	b.Poll(`document.getElementById(` + jsString("track-owner-"+action) + `).value === "Sato"`)
	b.Open(Shared(), "/profile")
	b.Poll(`document.getElementById("company").value === "Chiba Foods"`)
	assert.Equal(t, p.Options[0].ID, Eval[string](b, `document.querySelector(`+jsString(`input[name="`+p.ID+`"]:checked`)+`).value`))

	// Delete asks first, and removes that one only.
	b.Open(Shared(), "/assessments")
	beppu := Eval[string](b, jsEntryID("Beppu Tours"))
	b.Click("#delete-" + beppu)
	b.WaitVisible("#delete-yes")
	b.Poll(`document.activeElement.id === "delete-no"`) // focus on the safe choice
	assert.Contains(t, b.Text("#delete-ask"), "Beppu Tours")
	assert.Equal(t, 4, Eval[int](b, jsListed), "asking deletes nothing")
	b.RequireNoAxeViolations()
	b.Click("#delete-yes")
	b.Poll(`document.querySelectorAll(".entry").length === 3`)
	assert.NotContains(t, Eval[[]string](b, jsEntryNames), "Beppu Tours")
	assert.False(t, Eval[bool](b, `localStorage.getItem(`+jsString("hiyari/v1/assessment/"+beppu)+`) !== null`))
	b.Reload()
	b.WaitApp()
	b.Poll(`document.querySelectorAll(".entry").length === 3`)
	assert.Equal(t, []string{"Aoba Clinic", "Chiba Foods", "Chiba Foods"}, Eval[[]string](b, jsEntryNames))
	assert.Empty(t, b.CSPViolations())
}

// An address that is no page: Hiyari's own page, with status 404, in both
// languages, accessible, with the way back; an unknown area says so.
func TestNotFoundInBothLanguages(t *testing.T) {
	res, err := http.Get(Shared().URL + "/no-such-page")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusNotFound, res.StatusCode)

	b := NewBrowser(t)
	b.Open(Shared(), "/no-such-page")
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		if Eval[string](b, `document.documentElement.lang`) != string(l) {
			b.Click(`button.lang[value="` + string(l) + `"]`)
		}
		b.Poll(`document.querySelector("main h1").textContent === ` + jsString(words.PageNotFound.In(l)))
		b.RequireNoAxeViolations()
	}
	b.Click("#to-home")
	b.Poll(`location.pathname === "/" && !!document.getElementById("start")`)

	b.Open(Shared(), "/questions/no-such-area")
	b.Poll(`!!document.getElementById("area-missing")`)
	assert.Contains(t, b.Text("#area-missing"), "no-such-area")
	assert.Empty(t, b.CSPViolations())
}

// A consultant's file for a USB stick: exported protected with a
// passphrase (nothing readable in it), opened in another browser only with
// that passphrase; and an example without names to share.
func TestProtectedAndAnonymousExports(t *testing.T) {
	b := NewBrowser(t)
	b.AllowDownloads()
	b.Open(Shared(), "/profile")
	b.SendKeys("#company", "Client KK")
	b.Open(Shared(), "/questions/exposure")
	b.Click("#a-exp-edge-patch-no")
	b.Poll(jsSaved + `.includes(` + jsString(`"exp-edge-patch":"no"`) + `)`)
	b.Open(Shared(), "/")
	b.Click(`button.lang[value="en"]`)
	b.Poll(`document.documentElement.lang === "en"`)
	b.Click("#protect summary")
	b.SendKeys("#export-passphrase", "short")
	b.Click("#export-protected")
	b.Poll(`(document.getElementById("data-status") || {textContent: ""}).textContent.includes("passphrase")`)
	Eval[bool](b, `(document.getElementById("export-passphrase").value = "", true)`)
	b.SendKeys("#export-passphrase", "correct horse battery")
	b.Click("#export-protected")
	name, data := b.WaitDownload()
	assert.Regexp(t, `^Client-KK-\d{4}-\d{2}-\d{2}\.protected\.hiyari\.json$`, name)
	assert.NotContains(t, string(data), "Client KK")
	assert.True(t, assessment.IsSealed(data))
	assert.Empty(t, Eval[string](b, `document.getElementById("export-passphrase").value`), "the passphrase is not left in the page")
	inner, err := assessment.Unseal(data, "correct horse battery")
	require.NoError(t, err)
	a, err := assessment.ParseAnswers(inner)
	require.NoError(t, err)
	assert.Equal(t, "no", a.Answers["exp-edge-patch"])

	b.Click("#export-anonymous")
	_, example := b.WaitDownload()
	ex, err := assessment.ParseAnswers(example)
	require.NoError(t, err)
	assert.Empty(t, ex.Company)
	assert.Equal(t, "no", ex.Answers["exp-edge-patch"])

	// Another browser: the file asks for its passphrase.
	file := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(file, data, 0o644))
	other := NewBrowser(t)
	other.Open(Shared(), "/")
	other.Click(`button.lang[value="en"]`)
	other.Poll(`document.documentElement.lang === "en"`)
	other.Do("choose the protected file", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	other.WaitVisible("#import-passphrase")
	other.SendKeys("#import-passphrase", "wrong horse battery")
	other.Click("#import-open")
	other.Poll(`!!document.getElementById("import-error") && document.getElementById("import-error").textContent.includes("passphrase is wrong")`)
	other.SendKeys("#import-passphrase", "correct horse battery")
	other.Click("#import-open")
	other.Poll(jsSaved + `.includes("Client KK")`)
	assert.False(t, Eval[bool](other, `!!document.getElementById("import-passphrase")`))
	assert.Empty(t, other.CSPViolations())
}

// A whole session as a user has it, recorded: the start page, the profile,
// every question of every area by the "next" buttons, the results, the
// plan with an action ticked, the print, the export, and the import in
// another browser. Not one request leaves the origin, not one CSP
// violation, and the imported assessment is the one exported.
func TestWholeSessionStaysOnTheOrigin(t *testing.T) {
	bk := bank(t)
	srv := Shared()
	b := NewBrowser(t)
	b.AllowDownloads()
	b.Open(srv, "/")
	b.Click("#start")
	b.Poll(`location.pathname === "/profile"`)
	b.SendKeys("#company", "Session KK")
	for _, p := range bk.Profile {
		b.Click(`input[name=` + jsString(p.ID) + `][value=` + jsString(profileChoice(p)) + `]`)
	}
	b.Click("#to-questions")
	answered := 0
	for page := 0; page < 40; page++ {
		b.Poll(`!!document.querySelector("fieldset.question") && !!document.getElementById("area-progress")`)
		// One question at a time, the first still unanswered: an answer
		// may change which questions the area asks.
		for {
			id := Eval[string](b, `(() => { const f = [...document.querySelectorAll("fieldset.question")].find((f) => !f.querySelector("input:checked")); return f ? f.id.slice(2) : ""; })()`)
			if id == "" {
				break
			}
			opts := bk.Question(id).Options
			// The browser checks the radio at once; the app draws what the
			// answer changes (the count, a follow-up question) a moment
			// later. Wait for the app's count, not the radio.
			progress := Eval[string](b, `document.getElementById("area-progress").textContent`)
			b.Click(`input[name=` + jsString(id) + `][value=` + jsString(opts[answered%len(opts)]) + `]`)
			b.Poll(`document.getElementById("area-progress").textContent !== ` + jsString(progress))
			answered++
		}
		if Eval[bool](b, `!!document.getElementById("to-results")`) {
			break
		}
		area := Eval[string](b, `location.pathname`)
		b.Click("#next-area")
		b.Poll(`location.pathname !== ` + jsString(area))
	}
	require.Positive(t, answered)
	b.Click("#to-results")
	b.Poll(`location.pathname === "/results" && !!document.getElementById("rating")`)
	b.Open(srv, "/plan")
	b.WaitVisible("input[type=checkbox]")
	b.Click("input[type=checkbox]")
	b.Open(srv, "/report")
	b.Poll(`!!document.getElementById("cover-signoff")`)
	assert.Contains(t, strings.Join(strings.Fields(b.PDFText()), ""), "SessionKK")
	b.Open(srv, "/")
	b.Click("#export")
	_, data := b.WaitDownload()
	exported, err := assessment.ParseAnswers(data)
	require.NoError(t, err)
	assert.Len(t, exported.Answers, answered+len(bk.Profile), "every answer given, the profile's included")

	file := filepath.Join(t.TempDir(), "session.hiyari.json")
	require.NoError(t, os.WriteFile(file, data, 0o644))
	other := NewBrowser(t)
	other.Open(srv, "/")
	other.Do("import", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	other.Poll(jsSaved + `.includes("Session KK")`)
	assert.Equal(t, exported.Answers, storedAnswers(t, other).Answers)

	for _, br := range []*Browser{b, other} {
		for _, u := range br.Requests() {
			assert.True(t, strings.HasPrefix(u, srv.URL+"/"), "a request left the origin: %s", u)
		}
		assert.Empty(t, br.CSPViolations())
	}
}

// An assessment is renamed with the keyboard alone: the disclosure opens
// with Enter, the name is edited in place and saved with Enter in the field
// (or with the button), and focus lands on the new name, which is said.
func TestRenameByKeyboard(t *testing.T) {
	b := NewBrowser(t)
	b.Open(Shared(), "/profile")
	b.Click(`button.lang[value="en"]`)
	b.Poll(`document.documentElement.lang === "en"`)
	b.SendKeys("#company", "Chiba Foods")
	b.Poll(jsSaved + `.includes("Chiba")`)
	b.Open(Shared(), "/assessments")
	b.Poll(`document.querySelectorAll(".entry").length === 1`)
	id := Eval[string](b, jsEntryID("Chiba Foods"))
	require.NotEmpty(t, id)

	Eval[bool](b, `document.querySelector("#entry-`+id+` details.rename summary").focus(), true`)
	b.Press(kb.Enter)
	b.Poll(`document.querySelector("#entry-` + id + ` details.rename").open`)
	b.Press("\t")
	require.Equal(t, "rename-"+id, Eval[string](b, `document.activeElement.id`))
	b.Press(kb.End)
	b.Press(" 2026")
	b.Press(kb.Enter)
	b.Poll(`document.querySelector("#entry-` + id + ` .entry-name").firstChild.textContent === "Chiba Foods 2026"`)
	assert.Equal(t, "entry-name-"+id, Eval[string](b, `document.activeElement.id`))
	assert.Contains(t, b.Text("#list-status"), "Chiba Foods 2026")
	assert.Contains(t, Eval[string](b, jsSaved), "Chiba Foods 2026")

	// The button does the same.
	Eval[bool](b, `document.getElementById("rename-`+id+`").focus(), true`)
	b.Press(kb.End)
	b.Press(" (HQ)")
	b.Press("\t")
	require.Equal(t, "rename-save-"+id, Eval[string](b, `document.activeElement.id`))
	b.Press(kb.Enter)
	b.Poll(`document.querySelector("#entry-` + id + ` .entry-name").firstChild.textContent === "Chiba Foods 2026 (HQ)"`)
}
