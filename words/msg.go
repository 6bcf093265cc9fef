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

// Messages are declared as literals (Msg{...}, Plural{...}), not through a
// constructor: a literal is static data, where each of the hundreds of
// calls was code run at start-up (a fifth of what Hiyari added to the
// wasm). The tests find every declaration in the source.

// List joins names the way each language lists them: "a, b" or "a、b".
func List(lang assessment.Lang, names []string) string {
	return strings.Join(names, listSep.In(lang))
}

var listSep = Msg{ja: "、", en: ", "}

// labelSep ends a heading before its value: full width in Japanese.
var labelSep = Msg{ja: "：", en: ": "}

// Label writes a heading before its value: "完了の目安：", "Done when: ".
func Label(lang assessment.Lang, heading string) string { return heading + labelSep.In(lang) }

// Text returns the wording in both languages, for files that carry both.
func (m Msg) Text() assessment.Text { return assessment.Text{JA: m.ja, EN: m.en} }
