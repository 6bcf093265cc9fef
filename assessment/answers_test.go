package assessment

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goodAnswers = `{
  "schema": "hiyari.answers/v1",
  "bank": {"id": "mini", "version": "0.1.0"},
  "company": "Example KK",
  "created": "2026-11-01T09:00:00+09:00",
  "lang": "ja",
  "answers": {"P_TEST": "yes", "TD1": "no", "TD2": "partly", "RA1": ""},
  "notes": {"TD1": "vendor set it up"},
  "planned": ["A_MFA"]
}`

func TestParseAnswersRoundTrip(t *testing.T) {
	a, err := ParseAnswers([]byte(goodAnswers))
	require.NoError(t, err)
	assert.Equal(t, "Example KK", a.Company)
	assert.Equal(t, JA, a.Lang)
	assert.Equal(t, "no", a.Answers["TD1"])
	assert.Equal(t, []string{"A_MFA"}, a.Planned)

	ws, err := a.Check(miniBank(t))
	require.NoError(t, err)
	assert.Empty(t, ws)

	data, err := a.Marshal()
	require.NoError(t, err)
	again, err := ParseAnswers(data)
	require.NoError(t, err)
	assert.Equal(t, a, again, "export then import loses nothing")
}

func TestParseAnswersRejectsBrokenFiles(t *testing.T) {
	cases := []struct {
		name, doc string
		kind      Kind
		want      string
	}{
		{"not JSON", `schema: hiyari`, KindSyntax, "invalid character"},
		{"a bank, not answers", string(miniJSONForTest()), KindSchema, `schema "hiyari.bank/v2" is not "hiyari.answers/v1"`},
		{"no schema", `{"answers": {}}`, KindSchema, `schema "" is not`},
		{"unknown field", strings.Replace(goodAnswers, `"company"`, `"comapny"`, 1), KindSyntax, `unknown field "comapny"`},
		{"answers of the wrong type", `{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"1"},"answers":["TD1"]}`, KindSyntax, "cannot unmarshal"},
		{"missing bank", `{"schema":"hiyari.answers/v1","answers":{}}`, KindInvalid, "bank.id: is required"},
		{"hostile key", `{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"1"},"answers":{"<script>":"yes"}}`, KindInvalid, "is not a valid id"},
		{"bad timestamp", strings.Replace(goodAnswers, "2026-11-01T09:00:00+09:00", "yesterday", 1), KindInvalid, `created: "yesterday" is not an RFC 3339 timestamp`},
		{"unknown language", strings.Replace(goodAnswers, `"lang": "ja"`, `"lang": "fr"`, 1), KindInvalid, `lang: "fr" is not one of`},
		{"duplicate key", strings.Replace(goodAnswers, `"TD1": "no"`, `"TD1": "no", "TD1": "yes"`, 1), KindSyntax, `duplicate key "TD1"`},
		{"trailing data", goodAnswers + `{}`, KindSyntax, "after top-level value"},
		{"too large", `{"schema":"hiyari.answers/v1","company":"` + strings.Repeat("x", MaxAnswersSize) + `"}`, KindTooLarge, "over the limit"},
		{"company name too long", strings.Replace(goodAnswers, "Example KK", strings.Repeat("x", 201), 1), KindInvalid, "company: must have at most 200 characters"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseAnswers([]byte(tc.doc))
			require.Error(t, err)
			assert.Nil(t, a)
			assert.Equal(t, tc.kind, KindOf(err), "%v", err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func miniJSONForTest() []byte {
	data, err := os.ReadFile("testdata/mini.json")
	if err != nil {
		panic(err)
	}
	return data
}

func TestCheckAgainstBank(t *testing.T) {
	b := miniBank(t)

	a, err := ParseAnswers([]byte(strings.Replace(goodAnswers, `"TD2": "partly"`, `"TD2": "maybe"`, 1)))
	require.NoError(t, err)
	_, err = a.Check(b)
	assert.Equal(t, KindInvalid, KindOf(err))
	assert.Contains(t, err.Error(), `answers.TD2: "maybe" is not an option of question "TD2"`)

	a, err = ParseAnswers([]byte(strings.Replace(goodAnswers, `"TD1": "no"`, `"TD1": "no", "OLD7": "yes"`, 1)))
	require.NoError(t, err)
	ws, err := a.Check(b)
	require.NoError(t, err, "unknown questions are reported, not fatal")
	assert.Equal(t, []Problem{{Path: "answers.OLD7", Message: `unknown question "OLD7"`}}, ws)
	assert.Equal(t, "yes", a.Answers["OLD7"], "kept in the document, not silently dropped")

	a.Planned = append(a.Planned, "A_GONE")
	a.Bank.Version = "0.0.9"
	ws, err = a.Check(b)
	require.NoError(t, err)
	assert.Contains(t, ws, Problem{Path: "planned[1]", Message: `unknown action "A_GONE"`})
	assert.Contains(t, ws, Problem{Path: "bank.version", Message: `made with version "0.0.9" of the bank; this is version "0.1.0"`})

	a.Bank.ID = "someone-else"
	_, err = a.Check(b)
	assert.Equal(t, KindMismatch, KindOf(err))

	// A file from a bank that offered "not applicable" everywhere still
	// imports: the answer no longer offered is dropped, said, and asked again.
	a, err = ParseAnswers([]byte(strings.Replace(goodAnswers, `"TD1": "no"`, `"TD1": "na"`, 1)))
	require.NoError(t, err)
	require.NotContains(t, b.Question("TD1").Options, NA)
	ws, err = a.Check(b)
	require.NoError(t, err)
	assert.Contains(t, ws, Problem{Path: "answers.TD1", Message: `"na" is no longer offered for question "TD1": it is asked again`})
	assert.NotContains(t, a.Answers, "TD1")
	assert.Equal(t, "partly", a.Answers["TD2"], "the other answers stay")
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"ja": JA, "ja-JP": JA, "ja_JP.UTF-8": JA, "en": EN, "en-GB": EN} {
		got, ok := ParseLang(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "fr", "C", "j"} {
		_, ok := ParseLang(in)
		assert.False(t, ok, in)
	}
}

// A file from a newer Hiyari is not called damaged: it says to update.
func TestAnswersFromNewerHiyari(t *testing.T) {
	_, err := ParseAnswers([]byte(`{"schema": "hiyari.answers/v2", "answers": {}}`))
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, KindNewer, e.Kind)
	for _, other := range []string{"hiyari.report/v2", "hiyari.answers/v0", "hiyari.answers/vX", "something else"} {
		_, err := ParseAnswers([]byte(`{"schema": "` + other + `", "answers": {}}`))
		require.ErrorAs(t, err, &e, other)
		assert.Equal(t, KindSchema, e.Kind, other)
	}
}

// Keys are read as written: a key in another case is refused (jq and a
// script would not see it), whatever the nesting; a UTF-8 byte-order mark
// is read; UTF-16 is named as such.
func TestAnswersKeysExactAndEncodings(t *testing.T) {
	b := defBank(t)
	a := NewAnswers(b)
	a.Company = "Example KK"
	a.Answers["exp-edge-patch"] = Yes
	a.Tracking = map[string]Track{"act-edge-patch": {Owner: "Sato"}}
	good, err := a.Marshal()
	require.NoError(t, err)

	for _, c := range []struct{ from, to, want string }{
		{`"company"`, `"Company"`, `key "Company" must be written "company"`},
		{`"answers"`, `"ANSWERS"`, `key "ANSWERS" must be written "answers"`},
		{`"schema"`, `"SCHEMA"`, `key "SCHEMA" must be written "schema"`},
		{`"owner"`, `"Owner"`, `key "Owner" must be written "owner"`},
	} {
		_, err := ParseAnswers(bytes.Replace(good, []byte(c.from), []byte(c.to), 1))
		require.Error(t, err, c.to)
		assert.Contains(t, err.Error(), c.want)
	}
	// Map keys are data, not field names: any case is kept as written.
	_, err = ParseAnswers(bytes.Replace(good, []byte(`"exp-edge-patch"`), []byte(`"EXP-edge-patch"`), 1))
	require.NoError(t, err)

	bom, err := ParseAnswers(append([]byte("\xef\xbb\xbf"), good...))
	require.NoError(t, err, "a UTF-8 byte-order mark is read")
	assert.Equal(t, "Example KK", bom.Company)

	utf16 := []byte{0xff, 0xfe}
	for _, r := range string(good) {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	_, err = ParseAnswers(utf16)
	assert.Equal(t, KindEncoding, KindOf(err))
	_, err = ParseAnswers(utf16[2:])
	assert.Equal(t, KindEncoding, KindOf(err), "without its mark too")
}
