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
