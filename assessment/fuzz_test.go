package assessment

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzParseAnswers feeds the parser what an import might bring. Whatever the
// input, parsing must not panic, and a document it accepts must survive
// checking, scoring and an export/import round trip unchanged.
func FuzzParseAnswers(f *testing.F) {
	f.Add([]byte(goodAnswers))
	f.Add([]byte(`{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"0.1.0"},"answers":{"TD1":"na","P_TEST":"no"}}`))
	f.Add([]byte(`{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"0.1.0"},"answers":{"TD1":"maybe"},"planned":["A_MFA","A_MFA"]}`))
	f.Add([]byte(`{"schema":"hiyari.answers/v1","answers":{"a":"b"},"notes":{"TD1":"\u003cscript\u003e"}}`))
	f.Add([]byte(`{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"0.1.0"},"answers":null}`))
	f.Add([]byte(`[]`))
	f.Add([]byte(``))
	f.Add([]byte(`{"schema":1}`))
	b := miniBank(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers(data)
		if err != nil {
			require.NotEmpty(t, KindOf(err), "every parse error has a kind: %v", err)
			return
		}
		if _, err := a.Check(b); err == nil {
			r := Assess(b, a)
			NewPlan(b, r)
		}
		out, err := a.Marshal()
		require.NoError(t, err)
		again, err := ParseAnswers(out)
		require.NoError(t, err, "a document we accepted must be accepted again after export")
		require.Equal(t, a, again)
	})
}

// FuzzLoadBank feeds the loader custom banks. It must never panic, and a
// bank it accepts must be usable: scoring every answer set built from it
// works and its incidents can be matched.
func FuzzLoadBank(f *testing.F) {
	f.Add(miniJSON(f))
	f.Add(DefaultBankJSON())
	f.Add([]byte(`{"schema":"hiyari.bank/v2"}`))
	f.Add([]byte(`{"schema":"hiyari.bank/v2","areas":[{}],"questions":[{"when":[{"question":"x"}]}]}`))
	f.Add([]byte(`{"schema":"hiyari.bank/v2","id":"x"}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := LoadBank(data)
		if err != nil {
			require.NotEmpty(t, KindOf(err), "every load error has a kind: %v", err)
			return
		}
		for _, ans := range []string{Yes, No, Unknown, NA, ""} {
			r := Assess(b, answersWith(b, ans))
			NewPlan(b, r)
		}
		out, err := json.Marshal(b)
		require.NoError(t, err)
		_, err = LoadBank(out)
		require.NoError(t, err, "a bank we accepted must be accepted again after re-encoding")
	})
}
