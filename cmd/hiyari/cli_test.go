package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
	"github.com/hiyari-app/hiyari/words"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const miniBank = "../../assessment/testdata/mini.json"

// run runs the CLI as the binary would, with the environment's language
// cleared so the default is predictable.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(env, "")
	}
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code = m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	return p
}

// answerAll fills an answers template with one control answer; profile
// questions stay unanswered, which means every module applies.
func answerAll(t *testing.T, template, answer string) string {
	t.Helper()
	a, err := assessment.ParseAnswers([]byte(template))
	require.NoError(t, err)
	b, err := assessment.DefaultBank()
	require.NoError(t, err)
	for _, q := range b.Questions {
		a.Answers[q.ID] = answer
	}
	data, err := a.Marshal()
	require.NoError(t, err)
	return string(data)
}

// TestTemplateThenAssess is the consultant's loop from the README: print a
// template, answer it, assess it in both languages.
func TestTemplateThenAssess(t *testing.T) {
	code, tmpl, stderr := run(t, "", "template", "--lang", "ja", "--company", "Example KK")
	require.Equal(t, exitOK, code, stderr)
	b, err := assessment.DefaultBank()
	require.NoError(t, err)
	var doc struct {
		Schema  string            `json:"schema"`
		Company string            `json:"company"`
		Answers map[string]string `json:"answers"`
	}
	require.NoError(t, json.Unmarshal([]byte(tmpl), &doc))
	assert.Equal(t, assessment.AnswersSchema, doc.Schema)
	assert.Equal(t, "Example KK", doc.Company)
	for _, q := range b.Questions {
		v, ok := doc.Answers[q.ID]
		assert.True(t, ok, "template lists %s", q.ID)
		assert.Empty(t, v, "%s unanswered", q.ID)
	}
	for _, p := range b.Profile {
		assert.Contains(t, doc.Answers, p.ID)
	}

	file := writeFile(t, "a.json", answerAll(t, tmpl, "no"))
	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		code, md, stderr := run(t, "", "assess", file, "--lang", string(lang))
		require.Equal(t, exitOK, code, stderr)
		assert.Contains(t, md, words.DocTitle.In(lang))
		assert.Contains(t, md, "Example KK")
		assert.Contains(t, md, words.State(lang, assessment.Match))
		assert.Contains(t, md, words.CriticalTitle.In(lang), "every answer no: the critical gaps are listed")
		assert.Contains(t, md, words.Band(lang, "poor"))
		assert.Contains(t, md, "J-Coin Pay", "the test-system pattern is named")
		assert.Contains(t, md, words.Horizon(lang, assessment.Week))
	}
	// Without --lang the file's language (ja) is used.
	_, md, _ := run(t, "", "assess", file)
	assert.Contains(t, md, words.PlanTitle.In(assessment.JA))
}

func TestAssessFormats(t *testing.T) {
	_, tmpl, _ := run(t, "", "template")
	file := writeFile(t, "a.json", answerAll(t, tmpl, "no"))

	code, out, stderr := run(t, "", "assess", "--format", "json", file)
	require.Equal(t, exitOK, code, stderr)
	var rep report.JSON
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, report.Schema, rep.Schema)
	assert.NotEmpty(t, rep.Plan.Items)
	assert.NotEmpty(t, rep.Critical)
	assert.True(t, rep.Plan.Items[0].Critical, "the critical fixes come first")
	assert.NotEmpty(t, rep.Incidents)
	assert.Equal(t, assessment.Match, rep.Incidents[0].State)
	require.NotNil(t, rep.Scores.Overall)
	assert.Equal(t, 0.0, *rep.Scores.Overall)

	code, out, stderr = run(t, "", "assess", file, "--format", "csv", "--lang", "en")
	require.Equal(t, exitOK, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.Equal(t, len(rep.Plan.Items)+1, len(lines))
	assert.Contains(t, lines[0], "Action")

	code, out, stderr = run(t, answerAll(t, tmpl, "yes"), "assess", "-", "--lang", "en")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, words.NoMatches.In(assessment.EN), "answers read from standard input")
	assert.Contains(t, out, "100 / 100")
	assert.Contains(t, out, words.Band(assessment.EN, "good"))
}

func TestAssessBrokenInput(t *testing.T) {
	cases := []struct {
		name, content string
		args          []string
		want          string

		kind assessment.Kind
	}{
		{"not JSON", "this is not json", nil, "invalid character", assessment.KindSyntax},
		{"a bank instead", `{"schema":"hiyari.bank/v1"}`, nil, `schema "hiyari.bank/v1" is not "hiyari.answers/v1"`, assessment.KindSchema},
		{"other bank", `{"schema":"hiyari.answers/v1","bank":{"id":"someone-else","version":"1"},"answers":{}}`, nil, `made for bank "someone-else"`, assessment.KindMismatch},
		{"bad option", `{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"0.1.0"},"answers":{"TD1":"perhaps"}}`,
			[]string{"--bank", miniBank}, `answers.TD1: "perhaps" is not an option of question "TD1"`, assessment.KindInvalid},
		{"too large", `{"schema":"hiyari.answers/v1","company":"` + strings.Repeat("x", assessment.MaxAnswersSize) + `"}`, nil, "over the limit", assessment.KindTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			file := writeFile(t, "broken.json", tc.content)
			code, out, stderr := run(t, "", append([]string{"assess", file}, tc.args...)...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, out, "nothing printed on stdout for a broken file")
			assert.Contains(t, stderr, words.ErrorKind(tc.kind).In(assessment.EN), "why, in words")
			assert.Contains(t, stderr, tc.want, "where, in detail")
			assert.Contains(t, stderr, file)

			// In Japanese with --lang ja.
			_, _, stderr = run(t, "", append([]string{"assess", file, "--lang", "ja"}, tc.args...)...)
			assert.Contains(t, stderr, words.ErrorKind(tc.kind).In(assessment.JA))
		})
	}

	code, _, stderr := run(t, "", "assess", filepath.Join(t.TempDir(), "missing.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "no such file")

	code, _, stderr = run(t, "", "assess")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "Usage: hiyari assess FILE")

	file := writeFile(t, "a.json", `{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"0.1.0"},"answers":{}}`)
	code, _, stderr = run(t, "", "assess", file, "--format", "pdf", "--bank", miniBank)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `--format "pdf"`)

	code, _, stderr = run(t, "", "assess", file, "--lang", "fr", "--bank", miniBank)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `--lang "fr"`)
}

func TestAssessWarnsAboutUnknownQuestions(t *testing.T) {
	file := writeFile(t, "a.json", `{"schema":"hiyari.answers/v1","bank":{"id":"mini","version":"0.0.1"},"answers":{"TD1":"no","GONE1":"yes"}}`)
	code, out, stderr := run(t, "", "assess", file, "--bank", miniBank, "--lang", "en")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stderr, `warning: answers.GONE1: unknown question "GONE1"`)
	assert.Contains(t, stderr, `warning: bank.version: made with version "0.0.1"`)
	assert.Contains(t, out, "# Hiyari")
}

func TestBankJSONContract(t *testing.T) {
	code, out, stderr := run(t, "", "bank", "--json")
	require.Equal(t, exitOK, code, stderr)
	var doc struct {
		Schema    string `json:"schema"`
		Questions []struct {
			ID      string   `json:"id"`
			Area    string   `json:"area"`
			Options []string `json:"options"`
			Refs    struct {
				ISO27001 []string `json:"iso27001"`
			} `json:"refs"`
		} `json:"questions"`
		Incidents []struct {
			ID   string            `json:"id"`
			Name map[string]string `json:"name"`
			Core []string          `json:"core"`
		} `json:"incidents"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, assessment.BankSchema, doc.Schema)
	require.NotEmpty(t, doc.Questions)
	for _, q := range doc.Questions {
		assert.NotEmpty(t, q.ID)
		assert.NotEmpty(t, q.Area)
		assert.Contains(t, q.Options, "yes")
		assert.NotEmpty(t, q.Refs.ISO27001, q.ID)
	}
	require.NotEmpty(t, doc.Incidents)
	for _, inc := range doc.Incidents {
		assert.NotEmpty(t, inc.Name["ja"], inc.ID)
		assert.NotEmpty(t, inc.Name["en"], inc.ID)
		assert.NotEmpty(t, inc.Core, inc.ID)
	}

	code, out, _ = run(t, "", "bank", "--lang", "ja")
	assert.Equal(t, exitOK, code)
	b, _ := assessment.DefaultBank()
	assert.Contains(t, out, b.Questions[0].Text.JA)
}

func TestBankLint(t *testing.T) {
	code, out, stderr := run(t, "", "bank", "--lint", miniBank)
	assert.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "ok: bank mini 0.1.0")

	data, err := os.ReadFile(miniBank)
	require.NoError(t, err)
	broken := strings.Replace(string(data), `"W_PASSWORD",
        "W_REALDATA"`, `"TD9"`, 1)
	require.NotEqual(t, string(data), broken, "the test breaks an incident's core")
	broken = strings.Replace(broken, `"id": "A_PATCH"`, `"id": "A_MFA"`, 1)
	file := writeFile(t, "bank.json", broken)
	code, out, stderr = run(t, "", "bank", "--lint", file)
	assert.Equal(t, exitFailure, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, `incidents[0].core[1]: unknown weakness "TD9"`)
	assert.Contains(t, stderr, `actions[3].id: duplicate action id "A_MFA"`, "every problem is listed")
	assert.Contains(t, stderr, `question "RA1" is closed by no action`)

	code, _, stderr = run(t, "", "bank", "--lint", filepath.Join(t.TempDir(), "nope.json"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "no such file")
}

func TestQuestionnaireListsEveryQuestion(t *testing.T) {
	code, out, stderr := run(t, "", "template", "--format", "md", "--lang", "en")
	require.Equal(t, exitOK, code, stderr)
	b, _ := assessment.DefaultBank()
	for _, q := range b.Questions {
		assert.Contains(t, out, report.Escape(q.Text.EN))
	}
	assert.Contains(t, out, "[ ] Don't know")
}

func TestUnknownCommand(t *testing.T) {
	code, _, stderr := run(t, "", "frobnicate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `unknown command "frobnicate"`)
	assert.Contains(t, stderr, "hiyari assess FILE")

	code, out, _ := run(t, "", "help")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "Usage:")

	// In the language of --lang, or of the environment.
	code, _, stderr = run(t, "", "frobnicate", "--lang", "ja")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, words.CLIUnknown.In(assessment.JA, "frobnicate"))
	t.Setenv("LANG", "ja_JP.UTF-8")
	var out2, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out2, Stderr: &errb}
	assert.Equal(t, exitUsage, m.Run(context.Background(), []string{"assess", "x.json", "--format", "pdf"}))
	assert.Contains(t, errb.String(), words.CLIBadFormat.In(assessment.JA, "pdf", "md, json, csv"))
}

// TestQuestionnaireEscapesBankText: a custom bank's text is printed as text
// in the Markdown questionnaire, never as markup (HTML, emphasis, links,
// table cells, headings).
func TestQuestionnaireEscapesBankText(t *testing.T) {
	data, err := os.ReadFile(miniBank)
	require.NoError(t, err)
	var doc map[string]any
	require.NoError(t, json.Unmarshal(data, &doc))
	q := doc["questions"].([]any)[0].(map[string]any)
	q["text"] = map[string]any{"ja": "<script>alert(1)</script> の *強調* | [リンク](http://x.example)", "en": "<script>alert(1)</script> *bold* | [link](http://x.example)\n# heading"}
	area := doc["areas"].([]any)[0].(map[string]any)
	area["name"] = map[string]any{"ja": "## 見出し_分野", "en": "## Heading_area"}
	custom, err := json.Marshal(doc)
	require.NoError(t, err)
	file := writeFile(t, "bank.json", string(custom))

	code, out, stderr := run(t, "", "template", "--format", "md", "--lang", "en", "--bank", file)
	require.Equal(t, exitOK, code, stderr)
	assert.NotContains(t, out, "<script>")
	assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\| \\[link\\](http&#58;//x.example) \\# heading")
	assert.Contains(t, out, "## \\#\\# Heading\\_area")
}

// The built-in bank fills in IPA's sheet: the report carries its score and
// SECURITY ACTION readiness, and the Markdown says them.
func TestAssessReportsIPASheet(t *testing.T) {
	_, tmpl, _ := run(t, "", "template")
	file := writeFile(t, "a.json", answerAll(t, tmpl, "yes"))
	code, out, stderr := run(t, "", "assess", "--format", "json", file)
	require.Equal(t, exitOK, code, stderr)
	var rep report.JSON
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.NotNil(t, rep.IPASelfCheck)
	assert.Equal(t, 25, rep.IPASelfCheck.Mapped)
	assert.Equal(t, 100, rep.IPASelfCheck.Points)
	assert.Equal(t, "full", rep.IPASelfCheck.Band)
	require.NotNil(t, rep.SecurityAction)
	assert.Equal(t, 2, rep.SecurityAction.Stars)

	_, md, _ := run(t, "", "assess", file, "--lang", "ja")
	assert.Contains(t, md, words.IPATitle.In(assessment.JA))
	assert.Contains(t, md, words.IPAPoints.In(assessment.JA, 100))
}

// The consultant's re-visit: last year's file against this year's, as
// Markdown to hand over and as hiyari.compare/v1 JSON to script around.
func TestCompareLastYearWithThisYear(t *testing.T) {
	_, tmpl, _ := run(t, "", "template", "--company", "Example KK")
	older := writeFile(t, "2025.json", answerAll(t, tmpl, "no"))
	a, err := assessment.ParseAnswers([]byte(answerAll(t, tmpl, "no")))
	require.NoError(t, err)
	a.Answers["exp-edge-patch"] = assessment.Yes
	a.Answers["bk-offline"] = assessment.Yes
	a.Answers["wifi"] = assessment.Unknown
	data, err := a.Marshal()
	require.NoError(t, err)
	newer := writeFile(t, "2026.json", string(data))

	code, out, stderr := run(t, "", "compare", older, newer, "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var c report.CompareJSON
	require.NoError(t, json.Unmarshal([]byte(out), &c))
	assert.Equal(t, report.CompareSchema, c.Schema)
	assert.Equal(t, "Example KK", c.Newer.Company)
	require.NotNil(t, c.Overall.Delta)
	assert.Greater(t, *c.Overall.Delta, 0.0)
	assert.ElementsMatch(t, []string{"exp-edge-patch", "bk-offline"}, c.CriticalClosed)
	got := map[string]string{}
	for _, ch := range c.Answers {
		got[ch.Question] = ch.Old + "→" + ch.New + " " + ch.Direction
	}
	assert.Equal(t, map[string]string{
		"exp-edge-patch": "no→yes improved", "bk-offline": "no→yes improved", "wifi": "no→unknown changed",
	}, got)

	// Last year's JSON report stands in for last year's answers file.
	code, rep, stderr := run(t, "", "assess", "--format", "json", older)
	require.Equal(t, exitOK, code, stderr)
	code, out2, stderr := run(t, "", "compare", writeFile(t, "2025-report.json", rep), newer, "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	assert.JSONEq(t, out, out2, "a report compares as the answers it was made from")

	for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
		code, out, stderr = run(t, "", "compare", "--lang", string(lang), older, newer)
		require.Equal(t, exitOK, code, stderr)
		assert.Contains(t, out, "# "+words.CompareTitle.In(lang))
		assert.Contains(t, out, words.CompareClosed.In(lang))
		assert.Contains(t, out, words.Direction(lang, assessment.Improved))
		assert.Contains(t, out, a.Bank.Version)
	}

	// One file, or a format it cannot write: a usage error that says so.
	code, _, stderr = run(t, "", "compare", older)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, words.CLITwoFiles.In(assessment.EN))
	code, _, _ = run(t, "", "compare", older, newer, "--format", "csv")
	assert.Equal(t, exitUsage, code)
}

// A template's company name is held to the answers file's limit, so that
// the template imports.
func TestTemplateCompanyWithinTheLimit(t *testing.T) {
	code, _, stderr := run(t, "", "template", "--company", strings.Repeat("ヤ", assessment.MaxCompany+1))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "at most")
	code, out, _ := run(t, "", "template", "--company", strings.Repeat("ヤ", assessment.MaxCompany))
	require.Equal(t, exitOK, code)
	_, err := assessment.ParseAnswers([]byte(out))
	assert.NoError(t, err)
}

// A protected answers file opens with --passphrase-file, and says why it
// does not without one or with a wrong one.
func TestProtectedAnswersFile(t *testing.T) {
	_, tmpl, _ := run(t, "", "template", "--company", "Client KK")
	sealed, err := assessment.Seal([]byte(answerAll(t, tmpl, "no")), "correct horse battery", rand.Reader)
	require.NoError(t, err)
	file := writeFile(t, "client.protected.hiyari.json", string(sealed))

	code, _, stderr := run(t, "", "assess", file)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--passphrase-file")

	code, _, stderr = run(t, "", "assess", "--passphrase-file", writeFile(t, "wrong.txt", "not it\n"), file)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "The passphrase is wrong")

	code, out, stderr := run(t, "", "assess", "--format", "json", "--passphrase-file", writeFile(t, "pass.txt", "correct horse battery\n"), file)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, `"company": "Client KK"`)
}
