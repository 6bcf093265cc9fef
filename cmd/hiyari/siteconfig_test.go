package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeConfig writes a configuration (and a logo beside it when given).
func writeConfig(t *testing.T, body, logoName, logo string) string {
	t.Helper()
	dir := t.TempDir()
	if logoName != "" {
		require.NoError(t, os.WriteFile(filepath.Join(dir, logoName), []byte(logo), 0o644))
	}
	p := filepath.Join(dir, "config.json")
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	return p
}

// A configuration that cannot be used stops the build before anything is
// written, and every problem is named with its field, in the user's
// language.
func TestBuildRefusesABadConfiguration(t *testing.T) {
	cfg := writeConfig(t, `{"schema": "hiyari.config/v1",
  "organisation": {"ja": "ACME", "en": ""},
  "contact": {"ja": "<b>内線</b>", "en": "<b>ext</b>"},
  "accent": "#ffd700",
  "logo": "logo.svg"}`, "logo.svg", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`)
	out := filepath.Join(t.TempDir(), "site")
	code, _, stderr := run(t, "", "build", "--out", out, "--web", fakeWeb(t), "--config", cfg)
	assert.Equal(t, exitFailure, code)
	for _, want := range []string{"organisation: give it in both", "contact.ja: must be one line", "accent: #ffd700 has a contrast of only 1.4:1", "logo: logo.svg must be a PNG"} {
		assert.Contains(t, stderr, want)
	}
	assert.NoDirExists(t, out)

	// In the environment's language.
	t.Setenv("LANG", "ja_JP.UTF-8")
	var errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb}
	code = m.Run(context.Background(), []string{"build", "--out", out, "--web", fakeWeb(t), "--config", writeConfig(t, `{"schema": "hiyari.config/v2"}`, "", "")})
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, errb.String(), "「hiyari.config/v2」ではなく「hiyari.config/v1」")

	code, _, stderr = run(t, "", "build", "--out", out, "--web", fakeWeb(t), "--config", writeConfig(t, `{"schema": "hiyari.config/v1", "colour": "#000000"}`, "", ""))
	assert.Equal(t, exitFailure, code)
	assert.Contains(t, stderr, "colour", "an unknown field is named")
}

// A bank that fails its checks stops hiyari serve as it stops the build.
func TestServeRefusesABrokenBank(t *testing.T) {
	bank := filepath.Join(t.TempDir(), "bank.json")
	require.NoError(t, os.WriteFile(bank, []byte(`{"schema": "hiyari.bank/v2", "id": "x", "version": "1"}`), 0o644))
	code, _, stderr := run(t, "", "serve", "--addr", "127.0.0.1:0", "--web", fakeWeb(t), "--bank", bank)
	assert.Equal(t, exitFailure, code)
	assert.True(t, strings.Contains(stderr, "bank.json: this question bank cannot be used"), stderr)
}

// The contrast check is WCAG's.
func TestContrast(t *testing.T) {
	assert.InDelta(t, 21, contrast("#000000", "#ffffff"), 0.01)
	assert.InDelta(t, 1, contrast("#777777", "#777777"), 0.01)
	assert.InDelta(t, 8.4, contrast("#0b5563", "#ffffff"), 0.1, "Hiyari's own colour")
	assert.InDelta(t, 4.5, contrast("#767676", "#ffffff"), 0.05, "the grey at the AA limit")
}
