package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/assessment/assessmenttest"
	"github.com/hiyari-app/hiyari/words"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// doc assesses a in lang.
func doc(b *assessment.Bank, a *assessment.Answers, lang assessment.Lang) Doc {
	r := assessment.Assess(b, a)
	return Doc{Bank: b, Answers: a, Result: r, Plan: assessment.NewPlan(b, r), Lang: lang}
}

// worstCase answers every control question "no" but one "don't know", for
// a company whose name tries to inject markup.
func worstCase(t *testing.T, b *assessment.Bank, lang assessment.Lang) Doc {
	t.Helper()
	a := assessment.NewAnswers(b)
	for _, q := range b.Questions {
		a.Answers[q.ID] = assessment.No
	}
	a.Company = "Example <KK> | *Test*"
	a.Answers["TD3"] = assessment.Unknown
	return doc(b, a, lang)
}

// TestJSONReportContract pins the fields consultants script around. Adding
// a field is fine; removing or renaming one needs a new schema version.
func TestJSONReportContract(t *testing.T) {
	b := assessmenttest.Mini(t)
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, worstCase(t, b, assessment.EN)))

	var doc map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	assert.Equal(t, "hiyari.report/v1", doc["schema"])
	assert.Equal(t, "mini", doc["bank"].(map[string]any)["id"])
	assert.Equal(t, "Example <KK> | *Test*", doc["company"], "the company as the answers give it")
	assert.Equal(t, map[string]any{"answered": 5.0, "total": 5.0}, doc["progress"])
	scores := doc["scores"].(map[string]any)
	assert.InDelta(t, 3.8, scores["overall"], 0.05, "every answer no, one don't know (gap 0.75)")
	area := scores["areas"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "name", "score", "answered", "total"} {
		assert.Contains(t, area, k)
	}
	incidents := doc["incidents"].([]any)
	require.Len(t, incidents, 2)
	assert.Equal(t, "VPN", incidents[0].(map[string]any)["id"], "complete matches ordered by coverage")
	inc := incidents[1].(map[string]any)
	assert.Equal(t, "JCOIN", inc["id"])
	assert.Equal(t, true, inc["complete"], "don't know counts as present")
	assert.Less(t, inc["coverage"], 1.0)
	assert.Contains(t, inc["name"].(map[string]any)["en"], "J-Coin Pay")
	assert.Contains(t, inc["name"].(map[string]any)["ja"], "J-Coin Pay")
	because := inc["because"].([]any)[0].(map[string]any)
	assert.Equal(t, []string{"answer", "question"}, keys(because))

	weakness := doc["weaknesses"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "name", "risk", "present", "answered", "likelihood", "impact", "evidence", "because"} {
		assert.Contains(t, weakness, k)
	}

	actions := doc["plan"].(map[string]any)["actions"].([]any)
	require.Len(t, actions, 4)
	first := actions[0].(map[string]any)
	for _, k := range []string{"rank", "id", "title", "horizon", "effort", "cost", "role", "refs", "fixes", "prevents", "done_when", "planned", "sources"} {
		assert.Contains(t, first, k)
	}
	assert.Equal(t, "A_MFA", first["id"])
	assert.Equal(t, "week", first["horizon"])
	assert.Equal(t, []any{"8.5"}, first["refs"].(map[string]any)["iso27001"])
	assert.Equal(t, map[string]any{"min_hours": 1.0, "max_hours": 4.0}, first["effort"])
	assert.Equal(t, "free", first["cost"])
	assert.Equal(t, "it", first["role"])

	fo := doc["find_out"].([]any)
	require.Len(t, fo, 1)
	assert.Equal(t, "TD3", fo[0].(map[string]any)["question"])
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestJSONReportNullScoresBeforeAnswers(t *testing.T) {
	b := assessmenttest.Mini(t)
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, doc(b, assessment.NewAnswers(b), assessment.JA)))
	assert.Contains(t, buf.String(), `"overall": null`)
	assert.Contains(t, buf.String(), `"actions": []`)
}

func TestMarkdownReportInBothLanguages(t *testing.T) {
	b := assessmenttest.Mini(t)
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		var buf bytes.Buffer
		require.NoError(t, WriteMarkdown(&buf, worstCase(t, b, lang)))
		md := buf.String()
		assert.Contains(t, md, b.Incident("JCOIN").Name.In(lang))
		assert.Contains(t, md, words.CompleteMatch.In(lang))
		assert.Contains(t, md, "1. "+b.Action("A_MFA").Title.In(lang))
		assert.Contains(t, md, words.Horizon(lang, assessment.Week))
		assert.Contains(t, md, "- [ ] "+b.Question("TD3").Text.In(lang), "find-out task")
		assert.Contains(t, md, "https://www.itmedia.co.jp/news/articles/1909/05/news117.html", "sources of matched incidents")
		assert.Contains(t, md, `Example &lt;KK&gt; \| \*Test\*`, "user text cannot inject markup")
	}
	var en, ja bytes.Buffer
	require.NoError(t, WriteMarkdown(&en, worstCase(t, b, assessment.EN)))
	require.NoError(t, WriteMarkdown(&ja, worstCase(t, b, assessment.JA)))
	assert.NotEqual(t, en.String(), ja.String())
}

// TestFilesSayWhatTheScreenSays: the files name roles, costs, horizons and
// effort with the screen's words.
func TestFilesSayWhatTheScreenSays(t *testing.T) {
	b := assessmenttest.Mini(t)
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		d := worstCase(t, b, lang)
		a := b.Action(d.Plan.Actions[0].Action)
		var md, csvOut bytes.Buffer
		require.NoError(t, WriteMarkdown(&md, d))
		require.NoError(t, WriteCSV(&csvOut, d))
		for _, want := range []string{words.Role(lang, a.Role), words.Cost(lang, a.Cost), words.Effort(lang, a.Effort), words.Horizon(lang, d.Plan.Actions[0].Horizon)} {
			assert.Contains(t, md.String(), want)
			assert.Contains(t, csvOut.String(), want)
		}
	}
}

func TestCSVPlan(t *testing.T) {
	b := assessmenttest.Mini(t)
	d := worstCase(t, b, assessment.JA)
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, d))
	require.True(t, strings.HasPrefix(buf.String(), "\ufeff"), "byte-order mark for spreadsheets")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1+len(d.Plan.Actions))
	assert.Equal(t, "対策", rows[0][3])
	assert.Equal(t, []string{"1", "今週中", "A_MFA", b.Action("A_MFA").Title.JA}, rows[1][:4])
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	assert.Equal(t, "'=HYPERLINK(\"x\")", csvSafe(`=HYPERLINK("x")`))
	assert.Equal(t, "'@SUM(A1)", csvSafe("@SUM(A1)"))
	assert.Equal(t, "'+cmd", csvSafe("+cmd"))
	assert.Equal(t, "-3.5", csvSafe("-3.5"))
	assert.Equal(t, "plain", csvSafe("plain"))
	// A cell is a number only if all of it is: a number followed by more
	// is a formula (custom banks can carry it).
	assert.Equal(t, `'-2+3+cmd|' /C calc'!A0`, csvSafe(`-2+3+cmd|' /C calc'!A0`))
	assert.Equal(t, "'+1 2", csvSafe("+1 2"))
	assert.Equal(t, "'\tcmd", csvSafe("\tcmd"))
	assert.Equal(t, "'\r=1", csvSafe("\r=1"))
	// Spreadsheets read full-width signs as formulas too.
	assert.Equal(t, "'＝HYPERLINK(\"x\")", csvSafe(`＝HYPERLINK("x")`))
	assert.Equal(t, "'＋cmd", csvSafe("＋cmd"))
	assert.Equal(t, "'－1", csvSafe("－1"))
	assert.Equal(t, "'＠SUM(A1)", csvSafe("＠SUM(A1)"))
	assert.Equal(t, "+7", csvSafe("+7"))
	assert.Equal(t, "1e3", csvSafe("1e3"))
	assert.Equal(t, "'-Inf", csvSafe("-Inf"))
	assert.Equal(t, "'-0x1p3", csvSafe("-0x1p3"))
}

// The whole file: a custom bank's hostile title comes out neutralised.
func TestCSVNeutralisesBankText(t *testing.T) {
	b := assessmenttest.Mini(t)
	d := worstCase(t, b, assessment.EN)
	b.Action(d.Plan.Actions[0].Action).Title.EN = `-2+3+cmd|' /C calc'!A0`
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, d))
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, `'-2+3+cmd|' /C calc'!A0`, rows[1][3])
}

func TestQuestionnaireListsEveryQuestionAsText(t *testing.T) {
	b := assessmenttest.Mini(t)
	b.Question("TD1").Text.EN = "<b>Exposed</b> *test* systems | [x](y)"
	var buf bytes.Buffer
	require.NoError(t, WriteQuestionnaire(&buf, b, assessment.EN))
	out := buf.String()
	for _, q := range b.Questions {
		assert.Contains(t, out, Escape(q.Text.EN))
	}
	assert.Contains(t, out, `&lt;b&gt;Exposed&lt;/b&gt; \*test\* systems \| \[x\](y)`)
	assert.Contains(t, out, "[ ] Don't know")
	assert.Contains(t, out, "**P\\_TEST**", "ids are escaped too")
}
