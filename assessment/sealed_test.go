package assessment

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSealedFileRoundTrip(t *testing.T) {
	b := defBank(t)
	a := NewAnswers(b)
	a.Company = "Client KK"
	a.Answers["exp-edge-patch"] = No
	doc, err := a.Marshal()
	require.NoError(t, err)

	sealed, err := Seal(doc, "correct horse battery", rand.Reader)
	require.NoError(t, err)
	assert.True(t, IsSealed(sealed))
	assert.False(t, IsSealed(doc))
	assert.NotContains(t, string(sealed), "Client KK", "nothing readable without the passphrase")

	opened, err := Unseal(sealed, "correct horse battery")
	require.NoError(t, err)
	assert.Equal(t, doc, opened)

	_, err = Unseal(sealed, "correct horse batterY")
	assert.Equal(t, KindPassphrase, KindOf(err))

	// A changed file, or swapped parameters, is refused like a wrong
	// passphrase: the header is sealed with the data.
	var f map[string]any
	require.NoError(t, json.Unmarshal(sealed, &f))
	f["kdf"].(map[string]any)["r"] = 4.0
	changed, _ := json.Marshal(f)
	_, err = Unseal(changed, "correct horse battery")
	assert.Equal(t, KindPassphrase, KindOf(err))
	flipped := bytes.Replace(sealed, []byte(`"data": "`), []byte(`"data": "A`), 1)
	_, err = Unseal(flipped, "correct horse battery")
	assert.Error(t, err)

	// A hostile header cannot ask for unbounded work.
	f["kdf"].(map[string]any)["n"] = float64(1 << 30)
	huge, _ := json.Marshal(f)
	_, err = Unseal(huge, "correct horse battery")
	assert.Equal(t, KindInvalid, KindOf(err))

	_, err = Seal(doc, "short", rand.Reader)
	assert.Equal(t, KindPassphrase, KindOf(err))
}

// An example to share keeps the answers and the plan, not who it is about.
func TestAnonymousCopy(t *testing.T) {
	a := NewAnswers(defBank(t))
	a.Company = "Client KK"
	a.Answers["exp-edge-patch"] = No
	a.Notes = map[string]string{"exp-edge-patch": "Tanaka's router"}
	a.Planned = []string{"act-edge-patch"}
	a.Tracking = map[string]Track{"act-edge-patch": {Owner: "Sato", Status: StatusDone, Note: "by Sato"}, "act-x": {Owner: "Ito"}}
	c := a.Anonymous()
	assert.Empty(t, c.Company)
	assert.Nil(t, c.Notes)
	assert.Equal(t, map[string]Track{"act-edge-patch": {Status: StatusDone}}, c.Tracking)
	assert.Equal(t, a.Answers, c.Answers)
	assert.Equal(t, a.Planned, c.Planned)
	assert.Equal(t, "Client KK", a.Company, "the original is untouched")
	assert.Equal(t, "Sato", a.Tracking["act-edge-patch"].Owner)
}
