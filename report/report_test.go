package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

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
	assert.Equal(t, "hiyari.report/v2", doc["schema"])
	assert.Equal(t, "mini", doc["bank"].(map[string]any)["id"])
	assert.Equal(t, "Example <KK> | *Test*", doc["company"], "the company as the answers give it")
	assert.Equal(t, map[string]any{"answered": 8.0, "total": 8.0, "na": 0.0, "unknown": 1.0}, doc["progress"])
	scores := doc["scores"].(map[string]any)
	assert.Equal(t, 0.0, scores["overall"], "every answer no or don't know: nothing in place")
	assert.Equal(t, "poor", scores["band"])
	assert.Equal(t, false, scores["provisional"])
	assert.Equal(t, false, scores["capped"])
	assert.Less(t, scores["known_share"], 1.0, "one don't know")
	area := scores["areas"].([]any)[0].(map[string]any)
	assert.Equal(t, []string{"answered", "id", "name", "score", "total"}, keys(area))
	assert.Nil(t, doc["projected"], "nothing planned: no projection")

	critical := doc["critical"].([]any)
	require.Len(t, critical, 2)
	assert.Equal(t, []string{"answer", "question", "text"}, keys(critical[0].(map[string]any)))
	assert.Equal(t, "TD1", critical[0].(map[string]any)["question"])

	incidents := doc["incidents"].([]any)
	require.Len(t, incidents, 3)
	states := map[string]any{}
	for _, x := range incidents {
		inc := x.(map[string]any)
		states[inc["id"].(string)] = inc["state"]
		assert.Equal(t, []string{"amplifying", "because", "coverage", "date", "id", "missing", "name", "present", "state", "unsure"}, keys(inc))
	}
	assert.Equal(t, map[string]any{"MACRO": "match", "JCOIN": "unconfirmed", "VPN": "example"}, states,
		"a don't know never makes a match; one cause alone is an example")
	jcoin := incidents[1].(map[string]any)
	assert.Equal(t, []any{"W_REALDATA"}, jcoin["unsure"])
	assert.Contains(t, jcoin["name"].(map[string]any)["ja"], "J-Coin Pay")
	because := jcoin["because"].([]any)[0].(map[string]any)
	assert.Equal(t, []string{"answer", "question"}, keys(because))

	weakness := doc["weaknesses"].([]any)[0].(map[string]any)
	assert.Equal(t, []string{"answered", "because", "evidence", "id", "impact", "likelihood", "name", "risk", "state"}, keys(weakness))

	items := doc["plan"].(map[string]any)["items"].([]any)
	require.Len(t, items, 8)
	first := items[0].(map[string]any)
	assert.Equal(t, []string{"addresses", "closes", "cost", "critical", "done_when", "due", "effort", "fixes", "horizon", "hours", "id",
		"kind", "lead_time_days", "note", "owner", "person", "planned", "points", "rank", "refs", "role", "sources", "status", "steps", "stopgap", "title"}, keys(first))
	assert.Equal(t, "not_started", first["status"], "untracked actions are not started")
	assert.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, first["due"])
	assert.Equal(t, "action", first["kind"])
	assert.Equal(t, "A_PATCH", first["id"], "the critical fixes come first")
	assert.Equal(t, true, first["critical"])
	assert.Equal(t, []any{"RA1"}, first["closes"])
	assert.Equal(t, "week", first["horizon"])
	assert.Equal(t, "owner", first["person"], "IT work falls to the owner by default")
	assert.Equal(t, []any{"8.8"}, first["refs"].(map[string]any)["iso27001"])
	assert.Equal(t, map[string]any{"min_hours": 2.0, "max_hours": 4.0}, first["effort"])
	assert.Equal(t, "free", first["cost"])
	assert.Nil(t, first["stopgap"])
	isolate := items[1].(map[string]any)
	assert.Equal(t, "Switch the test system off today", isolate["stopgap"].(map[string]any)["en"])
	var findOut, dummy map[string]any
	points := 0.0
	for _, x := range items {
		it := x.(map[string]any)
		points += it["points"].(float64)
		switch {
		case it["kind"] == "find_out":
			findOut = it
		case it["id"] == "A_DUMMY":
			dummy = it
		}
	}
	assert.InDelta(t, 100, points, 0.3, "the points of a plan add up to what the score can gain")
	require.NotNil(t, findOut, "the don't know answers are a task of the plan")
	assert.Equal(t, []any{"TD3"}, findOut["closes"])
	assert.Equal(t, "", findOut["id"])
	assert.Nil(t, findOut["effort"])
	assert.Equal(t, "Find out the answers given as “don't know”", findOut["title"].(map[string]any)["en"])
	assert.Equal(t, 14.0, dummy["lead_time_days"])

	fo := doc["find_out"].([]any)
	require.Len(t, fo, 1)
	assert.Equal(t, "TD3", fo[0].(map[string]any)["question"])

	ipa := doc["ipa_self_check"].(map[string]any)
	assert.Equal(t, "pending", ipa["band"], "items the bank does not ask leave the sheet unfinished")
	assert.Len(t, ipa["items"], 25)
	assert.Equal(t, 0.0, doc["security_action"].(map[string]any)["stars"])
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
	assert.Contains(t, buf.String(), `"items": []`)
	assert.Contains(t, buf.String(), `"band": null`)
}

func TestMarkdownReportInBothLanguages(t *testing.T) {
	b := assessmenttest.Mini(t)
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		var buf bytes.Buffer
		require.NoError(t, WriteMarkdown(&buf, worstCase(t, b, lang)))
		md := buf.String()
		assert.Contains(t, md, b.Incident("JCOIN").Name.In(lang))
		assert.Contains(t, md, words.State(lang, assessment.Match))
		assert.Contains(t, md, words.State(lang, assessment.Unconfirmed))
		assert.Contains(t, md, words.CriticalTitle.In(lang))
		assert.Contains(t, md, words.Band(lang, "poor"))
		assert.Less(t, strings.Index(md, words.CriticalTitle.In(lang)), strings.Index(md, words.AreaScores.In(lang)),
			"the critical gaps come before the scores")
		assert.Contains(t, md, "1. "+b.Action("A_PATCH").Title.In(lang))
		assert.Contains(t, md, words.FindOutTask.In(lang))
		assert.Contains(t, md, b.Action("A_ISOLATE").Stopgap.In(lang))
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

// TestFilesSayWhatTheScreenSays: the files name who does an item, costs,
// horizons and effort with the screen's words.
func TestFilesSayWhatTheScreenSays(t *testing.T) {
	b := assessmenttest.Mini(t)
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		d := worstCase(t, b, lang)
		a := b.Action(d.Plan.Items[0].Action)
		var md, csvOut bytes.Buffer
		require.NoError(t, WriteMarkdown(&md, d))
		require.NoError(t, WriteCSV(&csvOut, d))
		for _, want := range []string{words.Role(lang, d.Plan.Items[0].Person), words.Cost(lang, a.Cost), words.Effort(lang, a.Effort), words.Horizon(lang, d.Plan.Items[0].Horizon)} {
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
	require.Len(t, rows, 1+len(d.Plan.Items))
	assert.Equal(t, "対策", rows[0][4])
	assert.Equal(t, []string{"1", "今週中", "action", "A_PATCH", b.Action("A_PATCH").Title.JA}, rows[1][:5])
	assert.Equal(t, words.CriticalFix.In(assessment.JA), rows[1][13], "a critical fix says so")
	var findOut []string
	for _, row := range rows[1:] {
		if row[2] == "find_out" {
			findOut = row
		}
	}
	require.NotNil(t, findOut, "the find-out task is a row of the plan")
	assert.Equal(t, "TD3", findOut[14])
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
	b.Action(d.Plan.Items[0].Action).Title.EN = `-2+3+cmd|' /C calc'!A0`
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, d))
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, `'-2+3+cmd|' /C calc'!A0`, rows[1][4])
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

// What no primary source confirms is said wherever the incident is told,
// and a source reporting on another is marked as such.
func TestMarkdownShowsCaveatsAndSecondarySources(t *testing.T) {
	b := assessmenttest.Mini(t)
	b.Incident("JCOIN").Caveats = []assessment.Text{{JA: "流出件数は報道による", EN: "The record count comes from press reports"}}
	b.Source("S1").Secondary = true
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		var buf bytes.Buffer
		require.NoError(t, WriteMarkdown(&buf, worstCase(t, b, lang)))
		md := buf.String()
		assert.Contains(t, md, words.Caveats.In(lang))
		assert.Contains(t, md, "- "+b.Incident("JCOIN").Caveats[0].In(lang))
		assert.Contains(t, md, words.Secondary.In(lang, Escape(b.Source("S1").Title)))
	}
}

// A consultant's folder of client files sorts by company, then date, and
// no company name can break the file name.
func TestFileNameCarriesCompanyAndDate(t *testing.T) {
	day := time.Date(2026, 12, 3, 15, 0, 0, 0, time.UTC)
	for company, want := range map[string]string{
		"Sato Shoji":                   "Sato-Shoji-2026-12-03.hiyari.json",
		"株式会社さくら":                      "株式会社さくら-2026-12-03.hiyari.json",
		"  ../../etc/passwd ":          "etc-passwd-2026-12-03.hiyari.json",
		`A/B\C:D*E?"F<G>H|I`:           "A-B-C-D-E-F-G-H-I-2026-12-03.hiyari.json",
		"":                             "hiyari-2026-12-03.hiyari.json",
		"!!!":                          "hiyari-2026-12-03.hiyari.json",
		"Tab\tand\nnewline\x00company": "Tab-and-newline-company-2026-12-03.hiyari.json",
	} {
		assert.Equal(t, want, FileName(company, day, ".hiyari.json"), "%q", company)
	}
	long := FileName(strings.Repeat("長", 300), day, ".md")
	assert.Equal(t, strings.Repeat("長", 60)+"-2026-12-03.md", long, "the company is cut, never the date")
}

// The paper questionnaire asks against the same bar as the app: each
// question's "yes looks like" help, whom to ask, and when a module applies.
func TestQuestionnaireCarriesHelpAndModules(t *testing.T) {
	b, err := assessment.DefaultBank()
	require.NoError(t, err)
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		var buf strings.Builder
		require.NoError(t, WriteQuestionnaire(&buf, b, lang))
		md := buf.String()
		for _, q := range b.Questions {
			assert.Contains(t, md, "> "+Escape(q.Help.In(lang)), q.ID)
		}
		assert.Contains(t, md, words.AskedWhen.In(lang, "p-dev", words.AnswerYes.In(lang)))
		assert.Equal(t, countVendor(b), strings.Count(md, words.AskIT.In(lang)), "every vendor question says whom to ask")
	}
}

func countVendor(b *assessment.Bank) int {
	n := 0
	for _, q := range b.Questions {
		if q.Vendor {
			n++
		}
	}
	return n
}

// The CSV carries each action's tracking in columns a task tracker maps by
// name (owner, due, status, note), whatever the language of the rest.
func TestCSVTrackingColumns(t *testing.T) {
	b := assessmenttest.Mini(t)
	d := worstCase(t, b, assessment.JA)
	d.Answers.Created = "2026-12-03T09:00:00+09:00"
	first := d.Plan.Items[0]
	require.Equal(t, assessment.KindAction, first.Kind)
	d.Answers.Tracking = map[string]assessment.Track{first.Action: {Owner: "佐藤", Status: assessment.StatusWontDo, Note: "機器を廃止するため"}}
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, d))
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
	require.NoError(t, err)
	head := rows[0]
	col := func(name string) int { return slices.Index(head, name) }
	for _, c := range []string{"owner", "due", "status", "note"} {
		require.GreaterOrEqual(t, col(c), 0, c)
	}
	assert.Equal(t, "佐藤", rows[1][col("owner")])
	assert.Equal(t, "wont_do", rows[1][col("status")])
	assert.Equal(t, "機器を廃止するため", rows[1][col("note")])
	assert.Equal(t, assessment.DefaultDue(time.Date(2026, 12, 3, 9, 0, 0, 0, time.FixedZone("JST", 9*3600)), first.Horizon).Format("2006-01-02"), rows[1][col("due")])
	if len(rows) > 2 && d.Plan.Items[1].Kind == assessment.KindAction {
		assert.Equal(t, "not_started", rows[2][col("status")])
	}
}

// A JSON report carries the answers it was made from, and reads back as
// them: a consultant who kept only the report can import it again.
func TestJSONReportReadsBackAsItsAnswers(t *testing.T) {
	b := assessmenttest.Mini(t)
	d := worstCase(t, b, assessment.JA)
	d.Answers.Notes = map[string]string{"TD1": "ベンダーに確認"}
	d.Answers.Tracking = map[string]assessment.Track{"A_MFA": {Owner: "佐藤", Status: assessment.StatusDone}}
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, d))
	a, err := ReadAnswers(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, d.Answers.Answers, a.Answers)
	assert.Equal(t, d.Answers.Company, a.Company)
	assert.Equal(t, "ベンダーに確認", a.Notes["TD1"])
	assert.Equal(t, "佐藤", a.Tracking["A_MFA"].Owner)

	// An answers file reads as itself; a report from before reports
	// carried their answers, or another document, is refused as not
	// readable, never half read.
	file, err := d.Answers.Marshal()
	require.NoError(t, err)
	same, err := ReadAnswers(file)
	require.NoError(t, err)
	assert.Equal(t, d.Answers.Answers, same.Answers)
	old := bytes.Replace(buf.Bytes(), []byte(`"answers": {`), []byte(`"answers_gone": {`), 1)
	for _, bad := range [][]byte{old, []byte(`{"schema":"hiyari.report/v2","answers":null}`), []byte(`{"schema":"hiyari.compare/v1"}`)} {
		_, err = ReadAnswers(bad)
		require.Error(t, err)
		assert.Equal(t, assessment.KindSchema, assessment.KindOf(err))
	}
	// What the embedded answers break is reported as for an answers file.
	broken := bytes.Replace(buf.Bytes(), []byte(`"schema": "hiyari.answers/v1"`), []byte(`"schema": "hiyari.answers/v9"`), 1)
	_, err = ReadAnswers(broken)
	assert.Equal(t, assessment.KindNewer, assessment.KindOf(err))
}

// A company name cannot add a link or reorder the text of a Markdown file.
func TestEscapeDefusesAddressesAndBidiMarks(t *testing.T) {
	got := Escape("Evil https://evil.example www.evil.example \u202eKK\u202c\u2066x\u2069\x07")
	assert.NotContains(t, got, "://")
	assert.NotContains(t, got, "www.")
	for _, r := range []rune{0x202e, 0x202c, 0x2066, 0x2069, 0x07} {
		assert.NotContains(t, got, string(r))
	}
	assert.Equal(t, "Evil https&#58;//evil.example www&#46;evil.example KKx", got)
}
