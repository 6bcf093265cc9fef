// Package assessmenttest gives tests outside package assessment the small
// bank its own tests use (assessment/testdata/mini.json), so that they do
// not depend on the evolving built-in content.
package assessmenttest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/hiyari-app/hiyari/assessment"
)

// MiniJSON returns the mini bank document.
func MiniJSON(t testing.TB) []byte {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	data, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "testdata", "mini.json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Mini returns the mini bank, loaded.
func Mini(t testing.TB) *assessment.Bank {
	t.Helper()
	b, err := assessment.LoadBank(MiniJSON(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// JCoin answers the mini bank the way the J-Coin Pay breach happened: test
// system reachable, password only, real data in test ("don't know").
var JCoin = map[string]string{
	"P_TEST": "yes",
	"TD1":    "no",
	"TD2":    "no",
	"TD3":    "unknown",
	"RA1":    "yes",
	"RA2":    "yes",
}
