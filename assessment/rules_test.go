package assessment

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// miniJSON is a small valid bank the engine tests use, so they do not depend
// on the content of the built-in bank.
func miniJSON(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/mini.json")
	require.NoError(t, err)
	return data
}

func miniBank(t testing.TB) *Bank {
	t.Helper()
	b, err := LoadBank(miniJSON(t))
	require.NoError(t, err)
	return b
}

// mutate decodes the mini bank into generic JSON, lets f break it, and
// encodes it again.
func mutate(t *testing.T, f func(doc map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(miniJSON(t), &doc))
	f(doc)
	out, err := json.Marshal(doc)
	require.NoError(t, err)
	return out
}

func at(doc map[string]any, key string, i int) map[string]any {
	return doc[key].([]any)[i].(map[string]any)
}

func TestLoadBankAcceptsMiniAndDefault(t *testing.T) {
	b := miniBank(t)
	assert.Equal(t, "mini", b.ID)
	assert.NotNil(t, b.Question("TD1"))
	assert.Nil(t, b.Question("nope"))

	def, err := DefaultBank()
	require.NoError(t, err, "the built-in bank must load")
	assert.NotEmpty(t, def.Questions)
}

// TestLoadBankRejectsBrokenBanks: the bank's rules (references, unique
// ids, cycles, scoring) and strict decoding, which the browser relies on.
// The field rules are banklint's (see its tests).
func TestLoadBankRejectsBrokenBanks(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(doc map[string]any)
		kind   Kind
		want   string // path and message fragment
	}{
		{"question in unknown area", func(d map[string]any) {
			at(d, "questions", 2)["area"] = "nowhere"
		}, KindInvalid, `questions[2].area: unknown area "nowhere"`},
		{"question reveals unknown weakness", func(d map[string]any) {
			at(d, "questions", 0)["weakness"] = "W_GHOST"
		}, KindInvalid, `questions[0].weakness: unknown weakness "W_GHOST"`},
		{"incident with unknown core weakness", func(d map[string]any) {
			at(d, "incidents", 0)["core"] = []any{"W_EXPOSED", "TD9"}
		}, KindInvalid, `incidents[0].core[1]: unknown weakness "TD9"`},
		{"incident with unknown source", func(d map[string]any) {
			at(d, "incidents", 1)["sources"] = []any{"S404"}
		}, KindInvalid, `incidents[1].sources[0]: unknown source "S404"`},
		{"amplifying repeats core", func(d map[string]any) {
			at(d, "incidents", 1)["amplifying"] = []any{"W_UNPATCHED"}
		}, KindInvalid, `incidents[1].amplifying[0]: weakness "W_UNPATCHED" is already core`},
		{"question cites unknown source", func(d map[string]any) {
			at(d, "questions", 2)["sources"] = []any{"S1", "S9"}
		}, KindInvalid, `questions[2].sources[1]: unknown source "S9"`},
		{"action cites unknown source", func(d map[string]any) {
			at(d, "actions", 2)["sources"] = []any{"S0"}
		}, KindInvalid, `actions[2].sources[0]: unknown source "S0"`},
		{"duplicate question id", func(d map[string]any) {
			at(d, "questions", 3)["id"] = "TD1"
		}, KindInvalid, `questions[3].id: duplicate question id "TD1" (first at questions[0])`},
		{"question id clashes with profile id", func(d map[string]any) {
			at(d, "questions", 0)["id"] = "P_TEST"
		}, KindInvalid, `questions[0].id: duplicate question id "P_TEST"`},
		{"duplicate action id", func(d map[string]any) {
			at(d, "actions", 1)["id"] = "A_ISOLATE"
		}, KindInvalid, `actions[1].id: duplicate action id "A_ISOLATE"`},
		{"action closes unknown question", func(d map[string]any) {
			at(d, "actions", 0)["closes"] = []any{"TD1", "TD9"}
		}, KindInvalid, `actions[0].closes[1]: unknown control question "TD9"`},
		{"action closes a profile question", func(d map[string]any) {
			at(d, "actions", 0)["closes"] = []any{"TD1", "P_TEST"}
		}, KindInvalid, `actions[0].closes[1]: unknown control question "P_TEST"`},
		{"question with no action", func(d map[string]any) {
			at(d, "actions", 3)["closes"] = []any{"RA2"}
		}, KindInvalid, `questions[3]: question "RA1" is closed by no action`},
		{"free vendor work", func(d map[string]any) {
			at(d, "actions", 2)["cost"] = "free"
		}, KindInvalid, `actions[2].cost: vendor work is never free`},
		{"incident applies by a control question", func(d map[string]any) {
			at(d, "incidents", 0)["applies_when"] = []any{map[string]any{"question": "TD1", "any_of": []any{"yes"}}}
		}, KindInvalid, `incidents[0].applies_when[0].question: "TD1" is a control question`},
		{"incident applies by an unknown option", func(d map[string]any) {
			at(d, "incidents", 0)["applies_when"] = []any{map[string]any{"question": "P_TEST", "any_of": []any{"maybe"}}}
		}, KindInvalid, `incidents[0].applies_when[0].any_of[0]: "maybe" is not an option of question "P_TEST"`},
		{"don't know better than no", func(d map[string]any) {
			d["scoring"].(map[string]any)["gap"].(map[string]any)["unknown"] = 0.75
		}, KindInvalid, "scoring.gap.unknown: 0.75 must not be smaller than the gap of no"},
		{"bands out of order", func(d map[string]any) {
			d["scoring"].(map[string]any)["bands"] = []any{map[string]any{"id": "good", "min": 60}, map[string]any{"id": "fair", "min": 80}, map[string]any{"id": "poor", "min": 0}}
		}, KindInvalid, "scoring.bands[1].min: 80 must be below the better band's minimum 60"},
		{"last band above zero", func(d map[string]any) {
			d["scoring"].(map[string]any)["bands"] = []any{map[string]any{"id": "good", "min": 60}, map[string]any{"id": "weak", "min": 10}}
		}, KindInvalid, "scoring.bands[1].min: 10 must be 0"},
		{"critical cap is the best band", func(d map[string]any) {
			d["scoring"].(map[string]any)["critical_cap"] = "good"
		}, KindInvalid, `scoring.critical_cap: "good" is the best band`},
		{"critical cap not a band", func(d map[string]any) {
			d["scoring"].(map[string]any)["critical_cap"] = "awful"
		}, KindInvalid, `scoring.critical_cap: "awful" is not one of the bands`},
		{"weakness with no question", func(d map[string]any) {
			at(d, "questions", 2)["weakness"] = "W_EXPOSED"
		}, KindInvalid, `weaknesses[2]: weakness "W_REALDATA" is revealed by no question`},
		{"condition names unknown question", func(d map[string]any) {
			at(d, "areas", 0)["when"] = []any{map[string]any{"question": "P_GONE", "any_of": []any{"yes"}}}
		}, KindInvalid, `areas[0].when[0].question: unknown question "P_GONE"`},
		{"condition names unknown option", func(d map[string]any) {
			at(d, "areas", 0)["when"] = []any{map[string]any{"question": "P_TEST", "any_of": []any{"maybe"}}}
		}, KindInvalid, `areas[0].when[0].any_of[0]: "maybe" is not an option of question "P_TEST"`},
		{"applicability cycle", func(d map[string]any) {
			at(d, "questions", 0)["when"] = []any{map[string]any{"question": "TD2", "any_of": []any{"yes"}}}
			at(d, "questions", 1)["when"] = []any{map[string]any{"question": "TD1", "any_of": []any{"yes"}}}
		}, KindInvalid, "questions[0].when: applicability rules form a cycle: TD1 -> TD2 -> TD1"},
		{"question depends on its own area", func(d map[string]any) {
			at(d, "areas", 1)["when"] = []any{map[string]any{"question": "RA1", "any_of": []any{"yes"}}}
		}, KindInvalid, "areas[1].when: applicability rules form a cycle: RA1 -> RA1"},
		{"options without no", func(d map[string]any) {
			at(d, "questions", 0)["options"] = []any{"yes", "partly", "unknown"}
		}, KindInvalid, "questions[0].options: must offer at least yes, no and unknown"},
		{"options without don't know", func(d map[string]any) {
			at(d, "questions", 0)["options"] = []any{"yes", "no"}
		}, KindInvalid, "questions[0].options: must offer at least yes, no and unknown"},
		{"gap of yes not zero", func(d map[string]any) {
			d["scoring"].(map[string]any)["gap"].(map[string]any)["yes"] = 0.1
		}, KindInvalid, "scoring.gap.yes: must be 0"},
		{"unknown field", func(d map[string]any) {
			d["colour"] = "red"
		}, KindSyntax, `unknown field "colour"`},
		{"other schema", func(d map[string]any) {
			d["schema"] = "hiyari.bank/v1"
		}, KindSchema, `schema "hiyari.bank/v1" is not "hiyari.bank/v2"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := LoadBank(mutate(t, tc.break_))
			require.Error(t, err)
			assert.Nil(t, b)
			assert.Equal(t, tc.kind, KindOf(err), "%v", err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestLoadBankLeavesFieldRulesToTheLinter: the domain loader does not check
// what the validator checks on the native side (banklint): a bank that
// breaks only a field rule still scores.
func TestLoadBankLeavesFieldRulesToTheLinter(t *testing.T) {
	b, err := LoadBank(mutate(t, func(d map[string]any) {
		at(d, "questions", 0)["refs"] = map[string]any{"iso27001": []any{"8.35"}}
	}))
	require.NoError(t, err)
	assert.NotNil(t, Assess(b, answersWith(b, No)))
}

func TestLoadBankReportsEveryProblem(t *testing.T) {
	_, err := LoadBank(mutate(t, func(d map[string]any) {
		at(d, "incidents", 0)["core"] = []any{"X1"}
		at(d, "actions", 0)["closes"] = []any{"X2"}
	}))
	require.Error(t, err)
	var paths []string
	for _, p := range ProblemsOf(err) {
		paths = append(paths, p.Path)
	}
	assert.Contains(t, paths, "incidents[0].core[0]")
	assert.Contains(t, paths, "actions[0].closes[0]")
	assert.Contains(t, paths, "questions[0]", "TD1 lost its only action")
}

func TestLoadBankRejectsNonJSONAndOversize(t *testing.T) {
	_, err := LoadBank([]byte("{not json"))
	assert.Equal(t, KindSyntax, KindOf(err))
	_, err = LoadBank(append(miniJSON(t), []byte(`{"more":1}`)...))
	assert.Equal(t, KindSyntax, KindOf(err), "trailing data after the document")
	_, err = LoadBank([]byte(`{"schema":"hiyari.bank/v2","x":"` + strings.Repeat("a", MaxBankSize) + `"}`))
	assert.Equal(t, KindTooLarge, KindOf(err))
}

// ValidID accepts exactly the id syntax the bank's documentation gives: a
// letter, then up to 63 letters, digits, '-', '_' or '.'.
func TestValidID(t *testing.T) {
	syntax := regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.-]{0,63}$`)
	for _, id := range []string{"", "a", "Z", "exp-edge-patch", "a.b_c-9", "9a", "-a", "_a", ".a", "a b", "a/b", "a\n", "\na", "é", "aé",
		strings.Repeat("a", 64), strings.Repeat("a", 65), "a" + strings.Repeat("9", 63), "ａ", "a\x00"} {
		assert.Equal(t, syntax.MatchString(id), ValidID(id), "%q", id)
	}
}
