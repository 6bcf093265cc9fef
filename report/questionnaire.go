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
		helpLine(mw, p.Help.In(lang))
	}
	for _, a := range b.Areas {
		mw.printf("## %s\n\n", Escape(a.Name.In(lang)))
		for _, c := range a.When {
			var labels []string
			if pq := b.ProfileQuestion(c.Question); pq != nil {
				for _, o := range pq.Options {
					if contains(c.AnyOf, o.ID) {
						labels = append(labels, o.Label.In(lang))
					}
				}
				mw.printf("*%s*\n\n", Escape(words.AskedWhen.In(lang, c.Question, strings.Join(labels, " / "))))
			}
		}
		for _, q := range b.Questions {
			if q.Area != a.ID {
				continue
			}
			var opts []string
			for _, o := range q.Options {
				opts = append(opts, words.Answer(lang, o))
			}
			mw.printf("**%s** %s\n\n%s\n\n", Escape(q.ID), Escape(q.Text.In(lang)), boxes(opts))
			if q.Vendor {
				mw.printf("*%s*\n\n", Escape(words.AskIT.In(lang)))
			}
			helpLine(mw, q.Help.In(lang))
		}
	}
	return mw.err
}

// helpLine prints a question's help under it, so that whoever fills the
// paper in answers against the same bar as the app ("yes looks like").
func helpLine(mw *mdWriter, help string) {
	if strings.TrimSpace(help) != "" {
		mw.printf("> %s\n\n", Escape(help))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
