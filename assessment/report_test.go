package assessment

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func worstCase(t *testing.T, b *Bank) (*Result, *Plan) {
	t.Helper()
	a := answersWith(b, No)
	a.Company = "Example <KK> | *Test*"
	a.Answers["TD3"] = Unknown
	r := Assess(b, a)
	return r, NewPlan(b, r)
}

// TestJSONReportContract pins the fields consultants script around. Adding
// a field is fine; removing or renaming one needs a new schema version.
func TestJSONReportContract(t *testing.T) {
	b := miniBank(t)
	r, p := worstCase(t, b)
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, b, r, p, EN))

	var doc map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	assert.Equal(t, "hiyari.report/v1", doc["schema"])
	assert.Equal(t, "mini", doc["bank"].(map[string]any)["id"])
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

func TestJSONReportNullScoresBeforeAnswers(t *testing.T) {
	b := miniBank(t)
	r := Assess(b, NewAnswers(b))
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, b, r, NewPlan(b, r), JA))
	assert.Contains(t, buf.String(), `"overall": null`)
	assert.Contains(t, buf.String(), `"actions": []`)
}

func TestMarkdownReportInBothLanguages(t *testing.T) {
	b := miniBank(t)
	r, p := worstCase(t, b)
	for _, lang := range []Lang{JA, EN} {
		var buf bytes.Buffer
		require.NoError(t, WriteMarkdown(&buf, b, r, p, lang))
		md := buf.String()
		assert.Contains(t, md, b.Incident("JCOIN").Name.In(lang))
		assert.Contains(t, md, Label("complete_match", lang))
		assert.Contains(t, md, "1. "+b.Action("A_MFA").Title.In(lang))
		assert.Contains(t, md, HorizonLabel(Week, lang))
		assert.Contains(t, md, "- [ ] "+b.Question("TD3").Text.In(lang), "find-out task")
		assert.Contains(t, md, "https://www.itmedia.co.jp/news/articles/1909/05/news117.html", "sources of matched incidents")
		assert.Contains(t, md, `Example &lt;KK&gt; \| \*Test\*`, "user text cannot inject markup")
	}
	var en, ja bytes.Buffer
	require.NoError(t, WriteMarkdown(&en, b, r, p, EN))
	require.NoError(t, WriteMarkdown(&ja, b, r, p, JA))
	assert.NotEqual(t, en.String(), ja.String())
}

func TestCSVPlan(t *testing.T) {
	b := miniBank(t)
	r, p := worstCase(t, b)
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, b, r, p, JA))
	require.True(t, strings.HasPrefix(buf.String(), "\ufeff"), "byte-order mark for spreadsheets")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1+len(p.Actions))
	assert.Equal(t, "対策", rows[0][3])
	assert.Equal(t, []string{"1", "今週中", "A_MFA", b.Action("A_MFA").Title.JA}, rows[1][:4])
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	assert.Equal(t, "'=HYPERLINK(\"x\")", csvSafe(`=HYPERLINK("x")`))
	assert.Equal(t, "'@SUM(A1)", csvSafe("@SUM(A1)"))
	assert.Equal(t, "'+cmd", csvSafe("+cmd"))
	assert.Equal(t, "-3.5", csvSafe("-3.5"))
	assert.Equal(t, "plain", csvSafe("plain"))
}

func TestLabelsInBothLanguages(t *testing.T) {
	for k, v := range labels {
		assert.NotEmpty(t, v.JA, k)
		assert.NotEmpty(t, v.EN, k)
		assert.NotEqual(t, v.JA, v.EN, k)
	}
	for _, o := range ControlOptions {
		assert.NotEqual(t, "answer."+o, AnswerLabel(o, JA))
	}
	for _, c := range []string{CostFree, CostLow, CostMedium, CostHigh} {
		assert.NotEqual(t, "cost."+c, CostLabel(c, EN))
	}
	for _, r := range []string{RoleOwner, RoleIT, RoleVendor, RoleStaff} {
		assert.NotEqual(t, "role."+r, RoleLabel(r, EN))
	}
}

func TestFormatEffort(t *testing.T) {
	assert.Equal(t, "1–4 h", FormatEffort(Effort{1, 4}, EN))
	assert.Equal(t, "1〜4時間", FormatEffort(Effort{1, 4}, JA))
	assert.Equal(t, "2 h", FormatEffort(Effort{2, 2}, EN))
	assert.Equal(t, "1–3 days", FormatEffort(Effort{8, 24}, EN))
	assert.Equal(t, "0.5〜5日", FormatEffort(Effort{2, 40}, JA))
}
