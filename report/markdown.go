package report

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
	"unicode"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// WriteMarkdown writes the result and plan as a Markdown document in d.Lang:
// the score and its rating, the critical gaps, the incidents the answers
// come close to, find-out tasks, the plan by horizon and the sources.
func WriteMarkdown(w io.Writer, d Doc) error {
	mw := &mdWriter{w: w}
	b, r, p, l := d.Bank, d.Result, d.Plan, d.Lang
	company := d.Answers.Company
	if company == "" {
		company = words.NoCompany.In(l)
	}
	mw.printf("# %s\n\n", words.DocTitle.In(l))
	mw.printf("- %s%s\n", words.Label(l, words.Company.In(l)), Escape(company))
	mw.printf("- %s%s %s\n", words.Label(l, words.Bank.In(l)), Escape(b.Title.In(l)), Escape(b.Version))
	mw.printf("- %s%d / %d", words.Label(l, words.ReportAnswers.In(l)), r.Progress.Answered, r.Progress.Total)
	if r.Progress.NA > 0 {
		mw.printf(" (%s)", words.NACount.In(l, r.Progress.NA, r.Progress.NA))
	}
	mw.printf("\n- %s**%s**\n", words.Label(l, words.Overall.In(l)), words.ScoreCell(l, r.Scores.Overall, r.Progress.Answered))
	writeRating(mw, l, r.Scores, r.Progress.Answered, b.Scoring.MinAnswered)
	if p.Projected != nil {
		mw.printf("- %s%s\n", words.Label(l, words.Projected.In(l)), words.ScoreCell(l, p.Projected.Overall, r.Progress.Answered))
	}
	mw.printf("\n> %s\n\n", words.Disclaimer.In(l))

	if len(r.Critical) > 0 {
		mw.printf("## %s\n\n%s\n\n", words.CriticalTitle.In(l), words.CriticalLead.In(l, len(r.Critical), len(r.Critical)))
		for _, c := range r.Critical {
			answer := words.Answer(l, c.Answer)
			if c.Answer == assessment.Unknown {
				answer = words.CriticalUnknown.In(l)
			}
			mw.printf("- %s — **%s**\n", Escape(b.Question(c.Question).Text.In(l)), answer)
		}
		mw.printf("\n")
	}

	mw.printf("## %s\n\n| %s | %s | %s |\n|---|---:|---:|\n", words.AreaScores.In(l), words.ColArea.In(l), words.ColScore.In(l), words.ReportAnswers.In(l))
	for _, a := range r.Scores.Areas {
		mw.printf("| %s | %s | %d / %d |\n", Escape(b.Area(a.Area).Name.In(l)), words.ScoreCell(l, a.Score, a.Answered), a.Answered, a.Total)
	}

	writeIPA(mw, l, r)

	mw.printf("\n## %s\n\n", words.MatchesTitle.In(l))
	if len(r.Incidents) == 0 {
		mw.printf("%s\n\n", words.NoMatches.In(l))
	}
	for _, m := range r.Incidents {
		inc := b.Incident(m.Incident)
		status := words.State(l, m.State)
		if m.State == assessment.Partial {
			status = fmt.Sprintf("%s (%s)", status, words.Coverage.In(l, int(math.Round(m.Coverage*100))))
		}
		mw.printf("### %s (%s)\n\n**%s**\n\n%s\n\n", Escape(inc.Name.In(l)), Escape(inc.Date), status, Escape(inc.Summary.In(l)))
		if len(m.Because) > 0 {
			mw.printf("%s\n\n", strings.TrimSpace(words.Label(l, words.Because.In(l))))
			for _, bc := range m.Because {
				mw.printf("- %s — %s\n", Escape(b.Question(bc.Question).Text.In(l)), words.Answer(l, bc.Answer))
			}
			mw.printf("\n")
		}
		if len(inc.Caveats) > 0 {
			mw.printf("%s\n\n", strings.TrimSpace(words.Label(l, words.Caveats.In(l))))
			for _, c := range inc.Caveats {
				mw.printf("- %s\n", Escape(c.In(l)))
			}
			mw.printf("\n")
		}
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
	if len(p.Items) == 0 {
		mw.printf("%s\n\n", words.EmptyPlan(r.Progress).In(l))
	}
	rank := 0
	for _, h := range assessment.Horizons {
		items := p.In(h)
		if len(items) == 0 {
			continue
		}
		mw.printf("### %s\n\n", words.Horizon(l, h))
		for _, it := range items {
			rank++
			writeItem(mw, d, rank, it)
		}
	}

	var cited []string
	seen := map[string]bool{}
	for _, m := range r.Incidents {
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
			mw.printf("- %s<%s>\n", words.Label(l, sourceTitle(l, s)), s.URL)
		}
	}
	return mw.err
}

// writeIPA writes IPA's self-check score and SECURITY ACTION readiness,
// when the bank maps the sheet.
func writeIPA(mw *mdWriter, l assessment.Lang, r *assessment.Result) {
	s := r.IPA()
	if s.Mapped == 0 || r.Progress.Answered == 0 {
		return
	}
	sa := r.SecurityAction()
	mw.printf("\n## %s\n\n**%s** — %s\n\n%s\n\n", words.IPATitle.In(l), words.IPAScore(l, s), words.IPABand(l, s.Band), words.IPALead.In(l))
	mw.printf("### %s\n\n**%s**\n\n", words.SATitle.In(l), words.Stars(l, sa.Stars))
	if len(sa.MissingOne) > 0 {
		mw.printf("- %s\n", words.SAMissingOne.In(l, words.Items(l, sa.MissingOne)))
	}
	if len(sa.MissingTwo) > 0 {
		mw.printf("- %s\n", words.SAMissingTwo.In(l, words.Items(l, sa.MissingTwo)))
	}
	if sa.NoPolicy {
		mw.printf("- %s\n", words.SANoPolicy.In(l))
	}
	mw.printf("\n%s\n", words.SAHowTo.In(l))
}

// writeRating writes the band (or why there is none), the critical cap and
// the share of known answers below the score.
func writeRating(mw *mdWriter, l assessment.Lang, s assessment.Scores, answered int, minAnswered float64) {
	switch {
	case answered == 0:
	case s.Provisional:
		mw.printf("- %s%s — %s\n", words.Label(l, words.RatingHeading.In(l)), words.Provisional.In(l),
			words.ProvisionalLead.In(l, int(math.Round(minAnswered*100))))
	default:
		mw.printf("- %s**%s** — %s\n", words.Label(l, words.RatingHeading.In(l)), words.Band(l, s.Band), words.BandMeaning(l, s.Band))
		if s.Capped {
			mw.printf("- %s\n", words.Capped.In(l, words.Band(l, s.Band)))
		}
	}
	if answered > 0 && s.KnownShare < 1 {
		mw.printf("- %s%d%%\n", words.Label(l, words.KnownShare.In(l)), int(math.Round(s.KnownShare*100)))
	}
}

// writeItem writes one plan item: who, how long, what it gains, what it
// closes and, for an action, its stopgap, steps and references.
func writeItem(mw *mdWriter, d Doc, rank int, it assessment.PlanItem) {
	b, l := d.Bank, d.Lang
	planned := ""
	if it.Planned {
		planned = " (" + words.Planned.In(l) + ")"
	}
	if it.Kind == assessment.KindFindOut {
		mw.printf("#### %d. %s\n\n", rank, words.FindOutTask.In(l))
		mw.printf("- %s%s · %s%s\n", words.Label(l, words.RoleHeading.In(l)), words.Role(l, it.Person),
			words.Label(l, words.EffortHeading.In(l)), words.Hours(l, it.Hours))
		mw.printf("\n%s\n\n", words.FindOutTaskLead.In(l, len(it.Closes), len(it.Closes)))
		for _, q := range it.Closes {
			mw.printf("- [ ] %s\n", Escape(b.Question(q).Text.In(l)))
		}
		mw.printf("\n")
		return
	}
	a := b.Action(it.Action)
	mw.printf("#### %d. %s%s\n\n", rank, Escape(a.Title.In(l)), planned)
	if it.Critical {
		mw.printf("- **%s**\n", words.CriticalFix.In(l))
	}
	mw.printf("- %s%s · %s%s · %s%s\n", words.Label(l, words.RoleHeading.In(l)), words.Role(l, it.Person),
		words.Label(l, words.EffortHeading.In(l)), words.Effort(l, a.Effort), words.Label(l, words.CostHeading.In(l)), words.Cost(l, a.Cost))
	tr := d.Answers.TrackOf(a.ID)
	due := d.Answers.Due(a.ID, it.Horizon, time.Now())
	mw.printf("- %s%s · %s%s", words.Label(l, words.ColDue.In(l)), words.Date(l, due), words.Label(l, words.TrackStatus.In(l)), words.Status(l, tr.Status))
	if tr.Owner != "" {
		mw.printf(" · %s%s", words.Label(l, words.ColOwner.In(l)), Escape(tr.Owner))
	}
	mw.printf("\n")
	if tr.Note != "" {
		mw.printf("- %s%s\n", words.Label(l, words.Notes.In(l)), Escape(tr.Note))
	}
	if a.LeadTimeDays > 0 {
		mw.printf("- %s\n", words.LeadTime.In(l, a.LeadTimeDays))
	}
	if it.Points > 0 {
		mw.printf("- %s%s\n", words.Label(l, words.PointsHeading.In(l)), words.PointsValue.In(l, it.Points))
	}
	if len(it.Addresses) > 0 {
		var names []string
		for _, id := range it.Addresses {
			names = append(names, Escape(b.Incident(id).Name.In(l)))
		}
		mw.printf("- %s%s\n", words.Label(l, words.Addresses.In(l)), strings.Join(names, "; "))
	}
	if a.Stopgap != nil {
		mw.printf("- %s%s\n", words.Label(l, words.Stopgap.In(l)), Escape(a.Stopgap.In(l)))
	}
	mw.printf("- %s%s\n", words.Label(l, words.References.In(l)), Escape(RefsText(a.Refs)))
	mw.printf("- %s%s\n", words.Label(l, words.DoneWhen.In(l)), Escape(a.DoneWhen.In(l)))
	for _, id := range a.Sources {
		mw.printf("- %s%s <%s>\n", words.Label(l, words.Sources.In(l)), sourceTitle(l, b.Source(id)), b.Source(id).URL)
	}
	mw.printf("\n")
	for i, s := range a.Steps {
		mw.printf("%d. %s\n", i+1, Escape(s.In(l)))
	}
	mw.printf("\n")
}

// sourceTitle names a source for Markdown, marked when it reports on
// another.
func sourceTitle(l assessment.Lang, s *assessment.Source) string {
	if s.Secondary {
		return words.Secondary.In(l, Escape(s.Title))
	}
	return Escape(s.Title)
}

// mdReplacer escapes the characters that would turn text from a bank or a
// user into Markdown or HTML markup.
// "://" and "www." would make a bare address a link: their characters are
// written as entities, which show the same and link nowhere.
var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`,
	"://", "&#58;//", "www.", "www&#46;")

// Escape makes text from a bank or a user safe to put into Markdown: it
// stays text (no emphasis, links, headings, table cells or HTML) on one
// line.
func Escape(s string) string {
	return mdReplacer.Replace(strings.Join(strings.Fields(strings.Map(dropControl, s)), " "))
}

// dropControl removes control characters and the invisible marks that
// reorder text (right-to-left overrides and isolates): a company name
// could otherwise make a file read differently from what it says.
func dropControl(r rune) rune {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return ' '
	case unicode.IsControl(r), r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return -1
	}
	return r
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
