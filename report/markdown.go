package report

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// WriteMarkdown writes the result and plan as a Markdown document in d.Lang:
// scores, matched incidents, find-out tasks, the plan by horizon and the
// sources.
func WriteMarkdown(w io.Writer, d Doc) error {
	mw := &mdWriter{w: w}
	b, r, p, l := d.Bank, d.Result, d.Plan, d.Lang
	company := d.Answers.Company
	if company == "" {
		company = words.NoCompany.In(l)
	}
	mw.printf("# %s\n\n", words.DocTitle.In(l))
	mw.printf("- %s: %s\n", words.Company.In(l), Escape(company))
	mw.printf("- %s: %s %s\n", words.Bank.In(l), Escape(b.Title.In(l)), Escape(b.Version))
	mw.printf("- %s: %d / %d\n", words.ReportAnswers.In(l), r.Progress.Answered, r.Progress.Total)
	mw.printf("- %s: **%s**\n", words.Overall.In(l), words.ScoreCell(l, r.Scores.Overall, r.Progress.Answered))
	if len(r.Planned) > 0 {
		mw.printf("- %s: %s\n", words.Projected.In(l), words.ScoreCell(l, r.Projected.Overall, r.Progress.Answered))
	}
	mw.printf("\n> %s\n\n", words.Disclaimer.In(l))

	mw.printf("## %s\n\n| %s | %s | %s |\n|---|---:|---:|\n", words.AreaScores.In(l), words.ColArea.In(l), words.ColScore.In(l), words.ReportAnswers.In(l))
	for _, a := range r.Scores.Areas {
		mw.printf("| %s | %s | %d / %d |\n", Escape(b.Area(a.Area).Name.In(l)), words.ScoreCell(l, a.Score, a.Answered), a.Answered, a.Total)
	}

	mw.printf("\n## %s\n\n", words.MatchesTitle.In(l))
	shown := 0
	for _, m := range r.Incidents {
		if !m.Complete && m.Coverage == 0 {
			continue
		}
		shown++
		inc := b.Incident(m.Incident)
		status := words.CompleteMatch.In(l)
		if !m.Complete {
			status = fmt.Sprintf("%s (%s)", words.PartialMatch.In(l), words.Coverage.In(l, int(math.Round(m.Coverage*100))))
		}
		mw.printf("### %s (%s)\n\n%s\n\n%s\n\n", Escape(inc.Name.In(l)), Escape(inc.Date), status, Escape(inc.Summary.In(l)))
		if len(m.Because) > 0 {
			mw.printf("%s:\n\n", words.Because.In(l))
			for _, bc := range m.Because {
				mw.printf("- %s — %s\n", Escape(b.Question(bc.Question).Text.In(l)), words.Answer(l, bc.Answer))
			}
			mw.printf("\n")
		}
	}
	if shown == 0 {
		mw.printf("%s\n\n", words.NoMatches.In(l))
	}

	mw.printf("## %s\n\n", words.FindOutTitle.In(l))
	if len(r.FindOut) == 0 {
		mw.printf("%s\n\n", words.NoFindOut.In(l))
	} else {
		mw.printf("%s\n\n", words.FindOutLead.In(l))
		for _, f := range r.FindOut {
			mw.printf("- [ ] %s\n", Escape(b.Question(f.Question).Text.In(l)))
		}
		mw.printf("\n")
	}

	mw.printf("## %s\n\n", words.PlanTitle.In(l))
	if len(p.Actions) == 0 {
		mw.printf("%s\n\n", words.EmptyPlan(r.Progress).In(l))
	}
	rank := 0
	for _, h := range assessment.Horizons {
		var items []assessment.PlanItem
		for _, it := range p.Actions {
			if it.Horizon == h {
				items = append(items, it)
			}
		}
		if len(items) == 0 {
			continue
		}
		mw.printf("### %s\n\n", words.Horizon(l, h))
		for _, it := range items {
			rank++
			a := b.Action(it.Action)
			planned := ""
			if it.Planned {
				planned = " (" + words.Planned.In(l) + ")"
			}
			mw.printf("#### %d. %s%s\n\n", rank, Escape(a.Title.In(l)), planned)
			mw.printf("- %s: %s · %s: %s · %s: %s\n", words.RoleHeading.In(l), words.Role(l, a.Role),
				words.EffortHeading.In(l), words.Effort(l, a.Effort), words.CostHeading.In(l), words.Cost(l, a.Cost))
			if len(it.Prevents) > 0 {
				var names []string
				for _, id := range it.Prevents {
					names = append(names, Escape(b.Incident(id).Name.In(l)))
				}
				mw.printf("- %s: %s\n", words.Prevents.In(l), strings.Join(names, "; "))
			}
			mw.printf("- %s: %s\n", words.References.In(l), Escape(RefsText(a.Refs)))
			mw.printf("- %s: %s\n", words.DoneWhen.In(l), Escape(a.DoneWhen.In(l)))
			for _, id := range a.Sources {
				mw.printf("- %s: %s <%s>\n", words.Sources.In(l), Escape(b.Source(id).Title), b.Source(id).URL)
			}
			mw.printf("\n")
			for i, s := range a.Steps {
				mw.printf("%d. %s\n", i+1, Escape(s.In(l)))
			}
			mw.printf("\n")
		}
	}

	var cited []string
	seen := map[string]bool{}
	for _, m := range r.Incidents {
		if !m.Complete && m.Coverage == 0 {
			continue
		}
		for _, s := range b.Incident(m.Incident).Sources {
			if !seen[s] {
				seen[s] = true
				cited = append(cited, s)
			}
		}
	}
	if len(cited) > 0 {
		mw.printf("## %s\n\n", words.Sources.In(l))
		for _, id := range cited {
			s := b.Source(id)
			mw.printf("- %s: <%s>\n", Escape(s.Title), s.URL)
		}
	}
	return mw.err
}

// mdReplacer escapes the characters that would turn text from a bank or a
// user into Markdown or HTML markup.
var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`)

// Escape makes text from a bank or a user safe to put into Markdown: it
// stays text (no emphasis, links, headings, table cells or HTML) on one
// line.
func Escape(s string) string {
	return mdReplacer.Replace(strings.Join(strings.Fields(s), " "))
}

// mdWriter remembers the first write error, so the writers can print
// without checking each line.
type mdWriter struct {
	w   io.Writer
	err error
}

func (m *mdWriter) printf(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, args...)
	}
}
