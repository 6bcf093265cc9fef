package words

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var verbPattern = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs lists the formatting verbs of s, in a canonical order: a verb
// missing in one language would print "%!d(MISSING)" or drop a number for
// that language only.
func verbs(s string) []string {
	var out []string
	for _, v := range verbPattern.FindAllString(s, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}

// japanese reports whether s is written in Japanese: kana, kanji or
// Japanese punctuation.
func japanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff01 && r <= 0xff60) {
			return true
		}
	}
	return false
}

func TestEveryMessageInBothLanguages(t *testing.T) {
	require.Greater(t, len(registry), 150, "the registry holds the messages")
	seen := map[[2]string]bool{}
	for _, m := range registry {
		assert.NotEmpty(t, strings.TrimSpace(m.ja), "%q has no Japanese", m.en)
		assert.NotEmpty(t, strings.TrimSpace(m.en), "%q has no English", m.ja)
		assert.Equal(t, verbs(m.en), verbs(m.ja), "formatting verbs differ: %q / %q", m.ja, m.en)
		if m.neutral {
			assert.Equal(t, m.ja, m.en)
		} else {
			assert.True(t, japanese(m.ja), "%q is not written in Japanese", m.ja)
			assert.Empty(t, halfWidthPunctuation(m.ja), "%q: Japanese text uses full-width ？（）：！", m.ja)
			assert.False(t, japanese(m.en), "%q has Japanese in its English", m.en)
		}
		key := [2]string{m.ja, m.en}
		assert.False(t, seen[key], "%q / %q is declared twice: one wording, one message", m.ja, m.en)
		seen[key] = true
	}
	require.NotEmpty(t, plurals)
	for _, p := range plurals {
		for _, s := range []string{p.ja, p.one, p.other} {
			assert.NotEmpty(t, strings.TrimSpace(s))
		}
		assert.True(t, japanese(p.ja), "%q is not written in Japanese", p.ja)
		assert.Equal(t, verbs(p.other), verbs(p.ja), "formatting verbs differ: %q / %q", p.ja, p.other)
		if v := verbs(p.one); v != nil {
			assert.Equal(t, verbs(p.other), v, "formatting verbs differ: %q / %q", p.one, p.other)
		}
		assert.NotEqual(t, p.one, p.other)
	}
}

func TestEveryDomainValueNamed(t *testing.T) {
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		for _, o := range append(slices.Clone(assessment.ControlOptions), "") {
			assert.Contains(t, answers, o)
		}
		for _, h := range assessment.Horizons {
			assert.Contains(t, horizons, h)
		}
		for _, r := range []string{assessment.RoleOwner, assessment.RoleIT, assessment.RoleVendor, assessment.RoleStaff} {
			assert.Contains(t, roles, r)
		}
		for _, c := range []string{assessment.CostFree, assessment.CostLow, assessment.CostMedium, assessment.CostHigh} {
			assert.Contains(t, costs, c)
		}
		for _, k := range []assessment.Kind{assessment.KindTooLarge, assessment.KindSyntax, assessment.KindSchema, assessment.KindInvalid, assessment.KindMismatch} {
			assert.NotEqual(t, ErrUnknown, ErrorKind(k), k)
		}
		assert.Equal(t, ErrUnknown, ErrorKind("something new"))
		assert.Equal(t, "sponsor", Role(l, "sponsor"), "a role a newer bank adds shows as itself")
	}
	assert.Equal(t, "Don't know", Answer(assessment.EN, assessment.Unknown))
	assert.Equal(t, "未回答", Answer(assessment.JA, ""))
}

func TestEffort(t *testing.T) {
	e := func(lo, hi float64) assessment.Effort { return assessment.Effort{MinHours: lo, MaxHours: hi} }
	assert.Equal(t, "1–4 hours", Effort(assessment.EN, e(1, 4)))
	assert.Equal(t, "1〜4時間", Effort(assessment.JA, e(1, 4)))
	assert.Equal(t, "2 hours", Effort(assessment.EN, e(2, 2)))
	assert.Equal(t, "1 hour", Effort(assessment.EN, e(1, 1)))
	assert.Equal(t, "0.5–1 hour", Effort(assessment.EN, e(0.5, 1)))
	assert.Equal(t, "1–3 days", Effort(assessment.EN, e(8, 24)))
	assert.Equal(t, "0.5〜5日", Effort(assessment.JA, e(2, 40)))
}

func TestPluralCountsInEnglishOnly(t *testing.T) {
	assert.Equal(t, "1 entry is not in this version of the question bank. It stays in the file but does not count.", ImportWarnings.In(assessment.EN, 1, 1))
	assert.Contains(t, ImportWarnings.In(assessment.EN, 2, 2), "2 entries are not")
	assert.Equal(t, "1 assessment", AssessmentsCount.In(assessment.EN, 1, 1))
	assert.Equal(t, "3 assessments", AssessmentsCount.In(assessment.EN, 3, 3))
	assert.Contains(t, ImportWarnings.In(assessment.JA, 1, 1), "1 件")
	assert.Equal(t, "0 of 1 question answered", ResumeProgress.In(assessment.EN, 1, 0, 1))
}

func TestScores(t *testing.T) {
	scored := assessment.Score{Value: 53.4, Scored: true}
	assert.Equal(t, "53 out of 100", Score(assessment.EN, scored, 3))
	assert.Equal(t, "100点中53点", Score(assessment.JA, scored, 3))
	assert.Equal(t, "53 / 100", ScoreCell(assessment.JA, scored, 3))
	assert.Equal(t, NotScored.In(assessment.EN), Score(assessment.EN, assessment.Score{}, 0))
	assert.Equal(t, AllNA.In(assessment.EN), Score(assessment.EN, assessment.Score{}, 2), "answered, all not applicable")
	assert.Equal(t, Unanswered.In(assessment.JA), ScoreCell(assessment.JA, assessment.Score{}, 0))
	assert.Equal(t, AllNA.In(assessment.JA), ScoreCell(assessment.JA, assessment.Score{}, 1))
}

func TestDate(t *testing.T) {
	d := time.Date(2026, 11, 3, 9, 0, 0, 0, time.UTC)
	assert.Equal(t, "2026年11月3日", Date(assessment.JA, d))
	assert.Equal(t, "3 November 2026", Date(assessment.EN, d))
}

func TestList(t *testing.T) {
	assert.Equal(t, "a, b", List(assessment.EN, []string{"a", "b"}))
	assert.Equal(t, "a、b", List(assessment.JA, []string{"a", "b"}))
}

// notPunctuation matches what may keep ASCII marks inside Japanese text:
// addresses, fmt verbs, times and ratios.
var notPunctuation = regexp.MustCompile(`https?://\S+|%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]|\d:\d`)

// halfWidthPunctuation returns the half-width ? ( ) : ! of Japanese text.
func halfWidthPunctuation(ja string) string {
	return regexp.MustCompile(`[^?():!]`).ReplaceAllString(notPunctuation.ReplaceAllString(ja, ""), "")
}
