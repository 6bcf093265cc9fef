package report

import (
	"io"
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// WriteQuestionnaire writes every question of bank b with its options as
// boxes to tick, as Markdown in lang: a questionnaire to print and fill in
// before a visit (`hiyari template --format md`). Bank text is escaped: a
// custom bank is hostile until checked, and the text must print as written.
func WriteQuestionnaire(w io.Writer, b *assessment.Bank, lang assessment.Lang) error {
	mw := &mdWriter{w: w}
	boxes := func(labels []string) string {
		for i, l := range labels {
			labels[i] = "[ ] " + Escape(l)
		}
		return strings.Join(labels, "  ")
	}
	mw.printf("# %s — %s %s\n\n", words.DocTitle.In(lang), Escape(b.Title.In(lang)), Escape(b.Version))
	for _, p := range b.Profile {
		var opts []string
		for _, o := range p.Options {
			opts = append(opts, o.Label.In(lang))
		}
		mw.printf("**%s** %s\n\n%s\n\n", Escape(p.ID), Escape(p.Text.In(lang)), boxes(opts))
	}
	for _, a := range b.Areas {
		mw.printf("## %s\n\n", Escape(a.Name.In(lang)))
		for _, q := range b.Questions {
			if q.Area != a.ID {
				continue
			}
			var opts []string
			for _, o := range q.Options {
				opts = append(opts, words.Answer(lang, o))
			}
			mw.printf("**%s** %s\n\n%s\n\n", Escape(q.ID), Escape(q.Text.In(lang)), boxes(opts))
		}
	}
	return mw.err
}
