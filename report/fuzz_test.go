package report

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/assessment/assessmenttest"
	"github.com/stretchr/testify/require"
)

// FuzzMarkdownText: whatever a user types as the company name or a note,
// the Markdown plan holds it as text: no HTML, no link, no heading, no
// table cell break, no line break, no bidi override.
func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{"Example KK", "<script>alert(1)</script>", "[x](javascript:alert(1))", "https://evil.example",
		"www.evil.example", "# heading", "a | b", "line\nbreak", "\u202eKK", "=cmd|' /C calc'!A0", "*bold* _it_ `code`", "\\*"} {
		f.Add(s)
	}
	b := assessmenttest.Mini(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Escape(s)
		for _, bad := range []string{"<", ">", "\n", "\r", "://", "www.", "\u202e", "\u2066"} {
			require.NotContains(t, got, bad, "%q", s)
		}
		// The entities that defuse addresses are the only unescaped #.
		plain := strings.NewReplacer("&#58;", "", "&#46;", "").Replace(got)
		for i, r := range plain {
			if strings.ContainsRune("*_`[]#|", r) {
				require.True(t, i > 0 && plain[i-1] == '\\', "%q: %q is not escaped in %q", s, r, got)
			}
		}
		a := assessment.NewAnswers(b)
		a.Company = s
		r := assessment.Assess(b, a)
		var buf bytes.Buffer
		require.NoError(t, WriteMarkdown(&buf, Doc{Bank: b, Answers: a, Result: r, Plan: assessment.NewPlan(b, r), Lang: assessment.EN}))
	})
}

// FuzzCSVCell: whatever a cell holds, the CSV parses back to it with
// encoding/csv, and no cell a spreadsheet reads starts a formula.
func FuzzCSVCell(f *testing.F) {
	for _, s := range []string{"Sato", "=1+1", "-1+HYPERLINK(\"x\")", "+1+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "＝1", "-2", "3.5", "a,b\"c\nd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		cell := csvSafe(s)
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		require.NoError(t, w.Write([]string{cell, "x"}))
		w.Flush()
		rows, err := csv.NewReader(&buf).ReadAll()
		require.NoError(t, err)
		// encoding/csv reads a quoted CR LF as LF, as spreadsheets do.
		require.Equal(t, [][]string{{strings.ReplaceAll(cell, "\r\n", "\n"), "x"}}, rows)
		if cell != "" && strings.ContainsRune("=+-@\t\r＝＋－＠", []rune(cell)[0]) {
			// Only a plain signed number may: a spreadsheet reads it as that
			// number and runs nothing.
			_, err := strconv.ParseFloat(cell, 64)
			require.True(t, err == nil && strings.Trim(cell, "0123456789+-.eE") == "", "%q starts a formula", s)
		}
	})
}
