package words

import (
	"fmt"
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
)

// Msg is a piece of wording in both languages. Its text may hold fmt verbs,
// filled by the arguments of In.
type Msg struct {
	ja, en string
	// neutral marks a text that is the same in both languages (a file
	// format's name, "No."): it need not be written in Japanese script.
	neutral bool
}

// In returns the wording in lang (English for any other language),
// formatted with args when there are any.
func (m Msg) In(lang assessment.Lang, args ...any) string {
	s := m.en
	if lang == assessment.JA {
		s = m.ja
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Plural is wording around a count: English has a form for one and a form
// for other counts ("1 entry", "2 entries"); Japanese has one form.
type Plural struct {
	ja, one, other string
}

// In returns the wording for count n in lang, formatted with args (which
// usually include n itself).
func (p Plural) In(lang assessment.Lang, n int, args ...any) string {
	m := Msg{ja: p.ja, en: p.other}
	if n == 1 {
		m.en = p.one
		// The form for one may name no count ("this gap"): then there is
		// nothing to format in English.
		if lang != assessment.JA && !strings.Contains(p.one, "%") {
			return p.one
		}
	}
	return m.In(lang, args...)
}

// registry holds every message declared in the package, for the tests.
var (
	registry []Msg
	plurals  []Plural
)

// msg, neutral and plural are never inlined: inlined, each of the
// hundreds of declarations expanded into its own copy of the registry's
// append in the package's init, a fifth of what Hiyari adds to the wasm.
//
//go:noinline
func msg(ja, en string) Msg {
	m := Msg{ja: ja, en: en}
	registry = append(registry, m)
	return m
}

// neutral declares wording that is the same in both languages.
//
//go:noinline
func neutral(s string) Msg {
	m := Msg{ja: s, en: s, neutral: true}
	registry = append(registry, m)
	return m
}

//go:noinline
func plural(ja, one, other string) Plural {
	p := Plural{ja: ja, one: one, other: other}
	plurals = append(plurals, p)
	return p
}

// List joins names the way each language lists them: "a, b" or "a、b".
func List(lang assessment.Lang, names []string) string {
	return strings.Join(names, listSep.In(lang))
}

var listSep = msg("、", ", ")

// labelSep ends a heading before its value: full width in Japanese.
var labelSep = Msg{ja: "：", en: ": "}

// Label writes a heading before its value: "完了の目安：", "Done when: ".
func Label(lang assessment.Lang, heading string) string { return heading + labelSep.In(lang) }

// Text returns the wording in both languages, for files that carry both.
func (m Msg) Text() assessment.Text { return assessment.Text{JA: m.ja, EN: m.en} }
