package e2e

import (
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A browser that refuses site data (cookies and site data blocked, by the
// user or by policy) makes even reading window.localStorage throw. Hiyari
// still starts, says in the user's language that nothing can be kept,
// scores answers in memory and offers the answers file where the user is.
func TestBlockedSiteDataKeepsWorkInMemory(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t, BlockSiteData)
	b.AllowDownloads()

	// The profile really blocks the app's origin: a document of the origin
	// that runs none of Hiyari's code cannot read localStorage.
	b.Navigate(Shared().URL + "/web/icons/icon.svg")
	require.Equal(t, "SecurityError",
		Eval[string](b, `(() => { try { window.localStorage; return "readable"; } catch (e) { return e.name; } })()`))

	// A consultant opens the questionnaire directly.
	b.Open(Shared(), "/questions")
	b.WaitVisible("#storage-refused")
	b.Click(`button.lang[value="en"]`)
	b.Poll(`document.documentElement.lang === "en"`)
	assert.Contains(t, b.Text("#storage-refused"), "does not let Hiyari keep anything")
	b.Click(`button.lang[value="ja"]`)
	b.Poll(`document.documentElement.lang === "ja"`)
	assert.Contains(t, b.Text("#storage-refused"), "何も保存できません")
	assert.False(t, Eval[bool](b, `!!document.getElementById("storage-export")`),
		"nothing to export before the first answer")

	// Answering still scores.
	b.Poll(`!!document.querySelector("fieldset.question")`)
	id := Eval[string](b, `document.querySelector("fieldset.question").id.slice(2)`)
	before := b.Text("#live-overall .score-text")
	b.Click(`input[name=` + jsString(id) + `][value="no"]`)
	b.Poll(`document.querySelector("#live-overall .score-text").textContent !== ` + jsString(before))
	live := b.Text("#live-overall .score-text")

	// The answers file is offered right here, and the user keeps their place.
	path := Eval[string](b, `location.pathname`)
	b.WaitVisible("#storage-export")
	b.Click("#storage-export")
	_, data := b.WaitDownload()
	a, err := assessment.ParseAnswers(data)
	require.NoError(t, err)
	_, err = a.Check(bk)
	require.NoError(t, err)
	assert.Equal(t, assessment.No, a.Answers[id])
	assert.Equal(t, path, Eval[string](b, `location.pathname`))
	assert.True(t, Eval[bool](b, `document.querySelector(`+jsString(`input[name="`+id+`"][value="no"]`)+`).checked`))

	// Other pages work on the same answers.
	b.Click(`nav.menu a[href="/results"]`)
	b.Poll(`location.pathname === "/results" && !!document.getElementById("overall")`)
	b.WaitVisible("#storage-refused")
	assert.Equal(t, live, b.Text("#overall .score-text"))

	for _, l := range b.Console() {
		assert.False(t, strings.HasPrefix(l, "exception:"), "uncaught exception: %s", l)
		assert.NotContains(t, l, "panic", "the wasm stopped: %s", l)
	}
	assert.Empty(t, b.CSPViolations())
}

// A full storage: the alert says since when nothing was saved, stays on
// every page while the answers are not saved (a small save that still
// fits, the page the user is on, does not hide it), offers the file, and
// goes once the answers are saved again.
func TestFullStorageKeepsSayingSoUntilTheAnswersAreSaved(t *testing.T) {
	b := NewBrowser(t)
	b.Open(Shared(), "/questions/exposure")
	b.Click(`button.lang[value="en"]`)
	b.Poll(`document.documentElement.lang === "en" && !!document.getElementById("a-exp-edge-patch-no")`)
	b.Click("#a-exp-edge-patch-no")
	b.Poll(jsSaved + `.includes(` + jsString(`"exp-edge-patch":"no"`) + `)`)
	// Fill the origin's storage, leaving a few bytes: the page setting
	// still fits, an answers document does not.
	filled := Eval[int](b, `(() => { let n = 0; const chunk = "x".repeat(64 * 1024);
		for (let size = chunk.length; size >= 16; size = Math.floor(size / 2)) {
			try { for (;;) { localStorage.setItem("filler-" + n, chunk.slice(0, size)); n++; } } catch (e) {}
		}
		return n; })()`)
	require.Positive(t, filled)
	b.Click("#a-exp-pc-updates-yes") // one more answer: the document grows
	b.WaitVisible("#save-failed")
	assert.Contains(t, b.Text("#unsaved-since"), "Nothing changed since")
	// The alert appearing above the page leaves the answers shown as given.
	assert.True(t, Eval[bool](b, `document.getElementById("a-exp-edge-patch-no").checked && document.getElementById("a-exp-pc-updates-yes").checked`),
		"the answers on the page still show")
	assert.True(t, Eval[bool](b, `!!document.getElementById("save-failed-export")`))

	Eval[bool](b, `goappNav("/plan"), true`)
	b.Poll(`location.pathname === "/plan"`)
	b.WaitVisible("#save-failed")

	Eval[bool](b, `(Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)), true)`)
	Eval[bool](b, `goappNav("/questions/exposure"), true`)
	b.Poll(`!!document.getElementById("a-exp-edge-patch-yes")`)
	b.Click("#a-exp-edge-patch-yes")
	b.Poll(`!document.getElementById("save-failed")`)
	b.Poll(jsSaved + `.includes(` + jsString(`"exp-pc-updates":"yes"`) + `)`) // the answer that had failed is kept too
}

// Two tabs on one assessment: each shows what the other saves, an answer
// in one never writes over the other's, and "start over" in one is not
// undone by an answer in the other.
func TestTwoTabsFollowEachOther(t *testing.T) {
	one := NewBrowser(t)
	one.Open(Shared(), "/questions/exposure")
	one.Poll(`!!document.getElementById("a-exp-edge-patch-no")`)
	one.Click("#a-exp-edge-patch-no")
	one.Poll(jsSaved + `.includes(` + jsString(`"exp-edge-patch":"no"`) + `)`)

	two := one.NewTab()
	two.Open(Shared(), "/questions/exposure")
	two.Poll(`document.getElementById("a-exp-edge-patch-no").checked`)
	two.Click("#a-exp-pc-updates-yes")
	// The first tab shows the second's answer without a reload...
	one.Poll(`document.getElementById("a-exp-pc-updates-yes").checked`)
	// ...and its own next answer keeps it.
	one.Click("#a-exp-inventory-no")
	for _, tab := range []*Browser{one, two} {
		tab.Poll(jsSaved + `.includes(` + jsString(`"exp-pc-updates":"yes"`) + `) && ` + jsSaved + `.includes(` + jsString(`"exp-inventory":"no"`) + `)`)
	}
	two.Poll(`document.getElementById("a-exp-inventory-no").checked`)

	// Start over in the second tab; an answer in the first then starts a
	// new assessment instead of bringing the deleted one back.
	two.Open(Shared(), "/")
	two.Click("#start-over")
	two.WaitVisible("#start-over-confirm")
	two.Click("#start-over-confirm")
	two.WaitVisible("#start")
	one.Poll(`!document.getElementById("a-exp-pc-updates-yes").checked`)
	one.Click("#a-exp-edge-patch-yes")
	one.Poll(jsSaved + `.includes(` + jsString(`"exp-edge-patch":"yes"`) + `)`)
	assert.NotContains(t, Eval[string](one, jsSaved), "exp-pc-updates", "the deleted answers stay deleted")
}

// Before the app has started (a slow connection: here the wasm cannot
// load at all), the prerendered page can be read but not filled in, and
// says why: nothing typed then is wiped when the app takes over. Once the
// app runs, the form works.
func TestNothingCanBeTypedBeforeTheAppStarts(t *testing.T) {
	b := NewBrowser(t)
	b.Block("/web/app.wasm")
	b.Navigate(Shared().URL + "/questions/exposure")
	b.Poll(`document.readyState === "complete" && !!document.getElementById("a-exp-edge-patch-no")`)
	assert.True(t, Eval[bool](b, `document.getElementById("a-exp-edge-patch-no").matches(":disabled")`))
	assert.True(t, Eval[bool](b, `document.getElementById("company") === null || document.getElementById("company").matches(":disabled")`))
	assert.NotEmpty(t, b.Text("#app-loading"))
	Eval[bool](b, `(document.getElementById("a-exp-edge-patch-no").click(), true)`)
	assert.False(t, Eval[bool](b, `document.getElementById("a-exp-edge-patch-no").checked`), "a disabled control takes no answer")
	assert.True(t, Eval[bool](b, `!!document.querySelector("nav a[href='/plan']")`), "links still lead on")

	b.Unblock()
	b.Reload()
	b.WaitApp()
	b.Poll(`!document.getElementById("app-loading") && !document.getElementById("a-exp-edge-patch-no").matches(":disabled")`)
	b.Click("#a-exp-edge-patch-no")
	b.Poll(jsSaved + `.includes(` + jsString(`"exp-edge-patch":"no"`) + `)`)
}

// The same on an emulated slow 4G phone connection (1.6 Mbit/s, 150 ms),
// where the wasm takes seconds to arrive: what the user tries with the
// keyboard and the pointer meanwhile is refused and says why, and nothing
// is lost or invented when the app takes over; then answers are kept.
func TestSlow4GStartLosesNothing(t *testing.T) {
	b := NewBrowser(t)
	slow4G(b)
	b.Navigate(Shared().URL + "/questions/exposure")
	b.Poll(`!!document.getElementById("a-exp-edge-patch-no") && !!document.getElementById("app-loading")`)
	require.True(t, Eval[bool](b, `!!document.getElementById("app-wasm-loader")`), "the app started before the test could try the page: the emulated connection is not slow")
	assert.True(t, Eval[bool](b, `document.getElementById("a-exp-edge-patch-no").matches(":disabled")`))
	Eval[bool](b, `(document.getElementById("a-exp-edge-patch-no").click(), true)`)
	b.Press("\t\t\t ")
	assert.Equal(t, 0, Eval[int](b, `document.querySelectorAll("input[type=radio]:checked").length`), "a control took an answer before the app ran")

	b.WaitApp()
	b.Poll(`!document.getElementById("app-loading") && !document.getElementById("a-exp-edge-patch-no").matches(":disabled")`)
	assert.Equal(t, 0, Eval[int](b, `document.querySelectorAll("input[type=radio]:checked").length`), "the app invented an answer")
	b.Click("#a-exp-edge-patch-no")
	b.Poll(jsSaved + `.includes(` + jsString(`"exp-edge-patch":"no"`) + `)`)
	assert.True(t, Eval[bool](b, `document.getElementById("a-exp-edge-patch-no").checked`))
}
