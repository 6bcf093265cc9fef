package banklint

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/assessment/assessmenttest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mutate decodes the mini bank into generic JSON, lets f break it, and
// encodes it again.
func mutate(t *testing.T, f func(doc map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(assessmenttest.MiniJSON(t), &doc))
	f(doc)
	out, err := json.Marshal(doc)
	require.NoError(t, err)
	return out
}

func at(doc map[string]any, key string, i int) map[string]any {
	return doc[key].([]any)[i].(map[string]any)
}

// The built-in bank reaches the browser unchecked by the validator: this is
// where it is checked.
func TestDefaultBankKeepsEveryRule(t *testing.T) {
	b, err := Load(assessment.DefaultBankJSON())
	require.NoError(t, err, "the built-in bank must pass the linter")
	assert.Equal(t, "hiyari-default", b.ID)
	assert.Empty(t, Fields(b))
}

func TestLoadAcceptsMini(t *testing.T) {
	b, err := Load(assessmenttest.MiniJSON(t))
	require.NoError(t, err)
	assert.Equal(t, "mini", b.ID)
	assert.NotNil(t, b.Question("TD1"), "a loaded bank is usable")
}

// TestLoadRejectsBrokenBanks: every rule a bank can break, field rules and
// the bank's rules, each located by its JSON path.
func TestLoadRejectsBrokenBanks(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(doc map[string]any)
		kind   assessment.Kind
		want   string // path and message fragment
	}{
		{"missing Japanese", func(d map[string]any) {
			delete(at(d, "questions", 1)["text"].(map[string]any), "ja")
		}, assessment.KindInvalid, "questions[1].text.ja: is required"},
		{"empty English", func(d map[string]any) {
			at(d, "areas", 0)["name"].(map[string]any)["en"] = ""
		}, assessment.KindInvalid, "areas[0].name.en: is required"},
		{"question in unknown area", func(d map[string]any) {
			at(d, "questions", 2)["area"] = "nowhere"
		}, assessment.KindInvalid, `questions[2].area: unknown area "nowhere"`},
		{"question reveals unknown weakness", func(d map[string]any) {
			at(d, "questions", 0)["weakness"] = "W_GHOST"
		}, assessment.KindInvalid, `questions[0].weakness: unknown weakness "W_GHOST"`},
		{"incident with unknown core weakness", func(d map[string]any) {
			at(d, "incidents", 0)["core"] = []any{"W_EXPOSED", "TD9"}
		}, assessment.KindInvalid, `incidents[0].core[1]: unknown weakness "TD9"`},
		{"source that is not a web address", func(d map[string]any) {
			at(d, "sources", 0)["url"] = "javascript:alert(1)"
		}, assessment.KindInvalid, "sources[0].url"},
		{"incident with unknown source", func(d map[string]any) {
			at(d, "incidents", 1)["sources"] = []any{"S404"}
		}, assessment.KindInvalid, `incidents[1].sources[0]: unknown source "S404"`},
		{"amplifying repeats core", func(d map[string]any) {
			at(d, "incidents", 1)["amplifying"] = []any{"W_UNPATCHED"}
		}, assessment.KindInvalid, `incidents[1].amplifying[0]: weakness "W_UNPATCHED" is already core`},
		{"question cites unknown source", func(d map[string]any) {
			at(d, "questions", 2)["sources"] = []any{"S1", "S9"}
		}, assessment.KindInvalid, `questions[2].sources[1]: unknown source "S9"`},
		{"action cites unknown source", func(d map[string]any) {
			at(d, "actions", 2)["sources"] = []any{"S0"}
		}, assessment.KindInvalid, `actions[2].sources[0]: unknown source "S0"`},
		{"duplicate question id", func(d map[string]any) {
			at(d, "questions", 3)["id"] = "TD1"
		}, assessment.KindInvalid, `questions[3].id: duplicate question id "TD1" (first at questions[0])`},
		{"question id clashes with profile id", func(d map[string]any) {
			at(d, "questions", 0)["id"] = "P_TEST"
		}, assessment.KindInvalid, `questions[0].id: duplicate question id "P_TEST"`},
		{"duplicate action id", func(d map[string]any) {
			at(d, "actions", 1)["id"] = "A_ISOLATE"
		}, assessment.KindInvalid, `actions[1].id: duplicate action id "A_ISOLATE"`},
		{"action closes unknown question", func(d map[string]any) {
			at(d, "actions", 0)["closes"] = []any{"TD1", "TD9"}
		}, assessment.KindInvalid, `actions[0].closes[1]: unknown control question "TD9"`},
		{"weakness with no action", func(d map[string]any) {
			at(d, "actions", 3)["closes"] = []any{"RA2"}
		}, assessment.KindInvalid, `questions[3]: question "RA1" is closed by no action`},
		{"weakness with no question", func(d map[string]any) {
			at(d, "questions", 2)["weakness"] = "W_EXPOSED"
		}, assessment.KindInvalid, `weaknesses[2]: weakness "W_REALDATA" is revealed by no question`},
		{"condition names unknown question", func(d map[string]any) {
			at(d, "areas", 0)["when"] = []any{map[string]any{"question": "P_GONE", "any_of": []any{"yes"}}}
		}, assessment.KindInvalid, `areas[0].when[0].question: unknown question "P_GONE"`},
		{"condition names unknown option", func(d map[string]any) {
			at(d, "areas", 0)["when"] = []any{map[string]any{"question": "P_TEST", "any_of": []any{"maybe"}}}
		}, assessment.KindInvalid, `areas[0].when[0].any_of[0]: "maybe" is not an option of question "P_TEST"`},
		{"applicability cycle", func(d map[string]any) {
			at(d, "questions", 0)["when"] = []any{map[string]any{"question": "TD2", "any_of": []any{"yes"}}}
			at(d, "questions", 1)["when"] = []any{map[string]any{"question": "TD1", "any_of": []any{"yes"}}}
		}, assessment.KindInvalid, "questions[0].when: applicability rules form a cycle: TD1 -> TD2 -> TD1"},
		{"question depends on its own area", func(d map[string]any) {
			at(d, "areas", 1)["when"] = []any{map[string]any{"question": "RA1", "any_of": []any{"yes"}}}
		}, assessment.KindInvalid, "areas[1].when: applicability rules form a cycle: RA1 -> RA1"},
		{"bad ISO reference", func(d map[string]any) {
			at(d, "questions", 0)["refs"] = map[string]any{"iso27001": []any{"8.35"}}
		}, assessment.KindInvalid, `questions[0].refs.iso27001[0]: "8.35" is not an ISO/IEC 27001:2022 Annex A control`},
		{"bad CSF reference", func(d map[string]any) {
			at(d, "questions", 0)["refs"] = map[string]any{"iso27001": []any{"8.31"}, "csf": []any{"PR.AC-1"}}
		}, assessment.KindInvalid, `questions[0].refs.csf[0]: "PR.AC-1" is not a NIST CSF 2.0 subcategory`},
		{"missing ISO reference", func(d map[string]any) {
			at(d, "actions", 0)["refs"] = map[string]any{}
		}, assessment.KindInvalid, "actions[0].refs.iso27001: is required"},
		{"likelihood out of range", func(d map[string]any) {
			at(d, "questions", 4)["likelihood"] = 9
		}, assessment.KindInvalid, "questions[4].likelihood: 9 must be <= 5"},
		{"unknown answer option", func(d map[string]any) {
			at(d, "questions", 0)["options"] = []any{"yes", "no", "sometimes"}
		}, assessment.KindInvalid, `questions[0].options[2]: "sometimes" is not one of`},
		{"options without no", func(d map[string]any) {
			at(d, "questions", 0)["options"] = []any{"yes", "partly"}
		}, assessment.KindInvalid, "questions[0].options: must have at least 3 entries"},
		{"bad incident date", func(d map[string]any) {
			at(d, "incidents", 0)["date"] = "2019-13"
		}, assessment.KindInvalid, `incidents[0].date: "2019-13" is not a date`},
		{"effort range reversed", func(d map[string]any) {
			at(d, "actions", 0)["effort"] = map[string]any{"min_hours": 8, "max_hours": 2}
		}, assessment.KindInvalid, "actions[0].effort.max_hours"},
		{"unknown cost class", func(d map[string]any) {
			at(d, "actions", 0)["cost"] = "priceless"
		}, assessment.KindInvalid, `actions[0].cost: "priceless" is not one of`},
		{"source without URL", func(d map[string]any) {
			at(d, "sources", 0)["url"] = "not a url"
		}, assessment.KindInvalid, `sources[0].url: "not a url" is not an absolute URL`},
		{"gap of yes not zero", func(d map[string]any) {
			d["scoring"].(map[string]any)["gap"].(map[string]any)["yes"] = 0.1
		}, assessment.KindInvalid, "scoring.gap.yes: must be 0"},
		{"no areas", func(d map[string]any) {
			d["areas"] = []any{}
		}, assessment.KindInvalid, "areas: must have at least 1 entry"},
		{"unknown field", func(d map[string]any) {
			d["colour"] = "red"
		}, assessment.KindSyntax, `unknown field "colour"`},
		{"other schema", func(d map[string]any) {
			d["schema"] = "hiyari.bank/v1"
		}, assessment.KindSchema, `schema "hiyari.bank/v1" is not "hiyari.bank/v2"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Load(mutate(t, tc.break_))
			require.Error(t, err)
			assert.Nil(t, b)
			assert.Equal(t, tc.kind, assessment.KindOf(err), "%v", err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	_, err := Load(mutate(t, func(d map[string]any) {
		at(d, "incidents", 0)["core"] = []any{"X1"}
		at(d, "actions", 0)["closes"] = []any{"X2"}
	}))
	require.Error(t, err)
	var paths []string
	for _, p := range assessment.ProblemsOf(err) {
		paths = append(paths, p.Path)
	}
	assert.Contains(t, paths, "incidents[0].core[0]")
	assert.Contains(t, paths, "actions[0].closes[0]")
	assert.Contains(t, paths, "questions[0]", "TD1 lost its only action")

	// Field problems are all listed too, before the bank's rules run.
	_, err = Load(mutate(t, func(d map[string]any) {
		at(d, "questions", 0)["likelihood"] = 0
		at(d, "actions", 1)["cost"] = "priceless"
	}))
	assert.Len(t, assessment.ProblemsOf(err), 2, "%v", err)
}

func TestLoadRejectsNonJSONAndOversize(t *testing.T) {
	_, err := Load([]byte("{not json"))
	assert.Equal(t, assessment.KindSyntax, assessment.KindOf(err))
	_, err = Load(append(assessmenttest.MiniJSON(t), []byte(`{"more":1}`)...))
	assert.Equal(t, assessment.KindSyntax, assessment.KindOf(err), "trailing data after the document")
	_, err = Load([]byte(`{"schema":"hiyari.bank/v2","x":"` + strings.Repeat("a", assessment.MaxBankSize) + `"}`))
	assert.Equal(t, assessment.KindTooLarge, assessment.KindOf(err))
}
