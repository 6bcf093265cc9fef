package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The printed plan a manager is handed: its first page is the summary
// (the rating, the first action, the sign-off) and the whole plan of a
// typical small firm fits in a few A4 pages in either language. The
// careless firm, every basic missing, is the worst case: a long plan, but
// still a first page that stands on its own.
func TestPrintedPlanFirstPageAndLength(t *testing.T) {
	bk := bank(t)
	b := NewBrowser(t)
	b.Open(Shared(), "/")
	for _, c := range []struct {
		scenario string
		maxPages int
	}{
		{"small-firm-no-modules", 8},
		{"unpatched-vpn", 8},
		{"payment-app", 8},
		{"careless-10-person", 18},
	} {
		file, err := filepath.Abs("../../../assessment/testdata/scenarios/" + c.scenario + ".json")
		require.NoError(t, err)
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		a, err := assessment.ParseAnswers(data)
		require.NoError(t, err)
		_, err = a.Check(bk)
		require.NoError(t, err)
		r := assessment.Assess(bk, a)
		first := assessment.NewPlan(bk, r).Items[0]

		b.Open(Shared(), "/")
		b.Do("import "+c.scenario, chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
		b.Poll(jsSaved + `.includes(` + jsString(a.Company) + `)`)
		for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
			b.Open(Shared(), "/report")
			if Eval[string](b, `document.documentElement.lang`) != string(l) {
				b.Click(`button.lang[value="` + string(l) + `"]`)
			}
			b.Poll(`document.querySelector("#cover h1").textContent === ` + jsString(words.ReportTitle.In(l)) + ` && !!document.getElementById("cover-signoff")`)
			pages := b.PDFPages()
			t.Logf("%s (%s): %d pages", c.scenario, l, len(pages))
			assert.LessOrEqual(t, len(pages), c.maxPages, "%s in %s", c.scenario, l)
			flat := func(s string) string { return strings.Join(strings.Fields(s), "") }
			one := flat(pages[0])
			assert.Contains(t, one, flat(words.Band(l, r.Scores.Band)), "%s %s: the rating on page 1", c.scenario, l)
			title := words.FindOutTask.In(l)
			if act := bk.Action(first.Action); act != nil {
				title = act.Title.In(l)
			}
			// Its first line: a table cell's lines may come out of the PDF
			// between the other cells' lines.
			head := []rune(flat(title))
			head = head[:min(len(head), map[assessment.Lang]int{assessment.JA: 12, assessment.EN: 24}[l])]
			assert.Contains(t, one, string(head), "%s %s: the first action on page 1", c.scenario, l)
			assert.Contains(t, one, flat(words.SignOffTitle.In(l)), "%s %s: the sign-off on page 1", c.scenario, l)
			assert.Contains(t, one, flat(words.NextReview.In(l)), "%s %s: the next review on page 1", c.scenario, l)
			assert.Contains(t, one, flat(words.ReportDisclaimer.In(l)), "%s %s: the page ends with what it is not", c.scenario, l)
		}
	}
}
