package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The corpus of broken and hostile files in testdata/hostile: each is
// refused with exit 2 and a message naming what is wrong and where, within
// a bounded time and memory (the files include a 1 MB one and 5,000
// levels of nesting).
var hostileAnswers = map[string]string{
	"answers-array":           "Answers.answers",
	"answers-string":          "Answers.answers",
	"array":                   "cannot unmarshal array",
	"bad-option":              `answers.exp-edge-patch: "always" is not an option`,
	"bank-schema":             `schema "hiyari.bank/v2" is not "hiyari.answers/v1"`,
	"company-number":          "Answers.company",
	"company-too-long":        "company: must have at most 200 characters",
	"created-not-a-date":      `created: "yesterday" is not an RFC 3339 timestamp`,
	"deep-nesting":            `unknown field "deep"`,
	"duplicate-key":           `duplicate key "company"`,
	"empty-id":                `answers[]: "" is not a valid id`,
	"empty":                   "unexpected end of JSON input",
	"html-document":           "invalid character '<'",
	"key-case-answers":        `key "ANSWERS" must be written "answers"`,
	"key-case-company":        `key "Company" must be written "company"`,
	"key-case-owner":          `key "Owner" must be written "owner"`,
	"key-case-schema":         `key "SCHEMA" must be written "schema"`,
	"lang-fr":                 `lang: "fr" is not one of: ja en`,
	"long-id":                 "is not a valid id",
	"markup-id":               `"<img src=x onerror=alert(1)>" is not a valid id`,
	"newer-schema":            "made by a newer version of Hiyari",
	"no-bank":                 "bank.id: is required",
	"no-schema":               `schema "" is not "hiyari.answers/v1"`,
	"not-json":                "invalid character 'h'",
	"note-markup-id":          `notes[<script>]: "<script>" is not a valid id`,
	"note-too-long":           "notes[exp-edge-patch]: must have at most 5000 characters",
	"nul-in-company":          "company: must not hold control characters",
	"number-answer":           "Answers.answers",
	"other-bank":              `made for bank "someone-else"`,
	"planned-markup":          `planned[0]: "<b>x</b>" is not a valid id`,
	"planned-string":          "Answers.planned",
	"string":                  "cannot unmarshal string",
	"too-large":               "is over the limit of 1048576",
	"tracking-bad-due":        `tracking[act-edge-patch].due: "2026-13-40"`,
	"tracking-bad-status":     `tracking[act-edge-patch].status: "finished" is not one of`,
	"tracking-markup-id":      `tracking[<x>]: "<x>" is not a valid id`,
	"tracking-note-too-long":  "tracking[act-edge-patch].note: must have at most 5000 characters",
	"tracking-owner-too-long": "tracking[act-edge-patch].owner: must have at most 100 characters",
	"tracking-unknown-field":  `unknown field "colour"`,
	"trailing-data":           "after top-level value",
	"truncated":               "unexpected end of JSON input",
	"unknown-field":           `unknown field "extra"`,
	"updated-not-a-date":      `updated: "2026-02-30T10:00:00Z" is not an RFC 3339 timestamp`,
	"utf16-no-mark":           "UTF-16",
	"utf16":                   "UTF-16",
}

var hostileBanks = map[string]string{
	"action-closes-unknown":   `actions[0].closes[0]: unknown control question "TD9"`,
	"answers-file":            `schema "hiyari.answers/v1" is not "hiyari.bank/v2"`,
	"bad-date":                `incidents[0].date: "last year" is not a date`,
	"bad-iso-ref":             `questions[0].refs.iso27001[0]: "99.1" is not an ISO/IEC 27001:2022 Annex A control`,
	"bad-option":              "questions[0].options: must have at least 3 entries",
	"duplicate-action":        `actions[1].id: duplicate action id "A_ISOLATE"`,
	"duplicate-key":           `duplicate key "version"`,
	"duplicate-question":      `questions[3].id: duplicate question id "TD1"`,
	"empty-english":           "areas[0].name.en: is required",
	"javascript-source":       `sources[0].url: "javascript:alert(1)" is not an http or https address`,
	"key-case":                `key "Questions" must be written "questions"`,
	"likelihood-out-of-range": "questions[0].likelihood: 9 must be <= 5",
	"markup-id":               `questions[0].id: "<img src=x>" is not a valid id`,
	"missing-japanese":        "questions[1].text.ja: is required",
	"newer-schema":            `schema "hiyari.bank/v9" is newer than "hiyari.bank/v2"`,
	"no-questions":            "questions: must have at least 1 entry",
	"not-json":                "unexpected end of JSON input",
	"unknown-area":            `questions[2].area: unknown area "nowhere"`,
	"unknown-core-weakness":   `incidents[0].core[0]: unknown weakness "TD9"`,
	"unknown-field":           `unknown field "extra"`,
	"unknown-source":          `incidents[1].sources[0]: unknown source "S404"`,
	"unknown-weakness":        `questions[0].weakness: unknown weakness "W_GHOST"`,
}

// corpus lists the files of testdata/hostile/dir and checks that each has
// an expectation (a new file needs one).
func corpus(t *testing.T, dir string, want map[string]string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "hostile", dir, "*.json"))
	require.NoError(t, err)
	require.Len(t, files, len(want), "every file of the corpus has an expected message, and every expectation a file")
	for _, f := range files {
		_, ok := want[strings.TrimSuffix(filepath.Base(f), ".json")]
		require.True(t, ok, "no expectation for %s", f)
	}
	return files
}

func TestHostileAnswersFilesAreRefused(t *testing.T) {
	files := corpus(t, "answers", hostileAnswers)
	require.GreaterOrEqual(t, len(files), 40)
	for _, f := range files {
		code, out, stderr := run(t, "", "assess", f)
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		assert.Equal(t, exitUsage, code, name)
		assert.Empty(t, out, name)
		assert.Contains(t, stderr, hostileAnswers[name], name)
		assert.Less(t, len(stderr), 4096, "%s: the message stays short", name)
	}
}

func TestHostileBanksAreRefused(t *testing.T) {
	files := corpus(t, "banks", hostileBanks)
	require.GreaterOrEqual(t, len(files), 20)
	answers := filepath.Join(t.TempDir(), "a.json")
	require.NoError(t, os.WriteFile(answers, []byte(`{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"0.1.0"},"answers":{}}`), 0o644))
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		code, _, stderr := run(t, "", "assess", "--bank", f, answers)
		assert.Equal(t, exitUsage, code, name)
		assert.Contains(t, stderr, hostileBanks[name], name)
		code, _, stderr = run(t, "", "bank", "--lint", f)
		assert.NotEqual(t, exitOK, code, name)
		assert.Contains(t, stderr, hostileBanks[name], "%s (lint)", name)
	}
}
