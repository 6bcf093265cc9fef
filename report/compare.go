package report

import (
	"encoding/json"
	"io"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// CompareSchema is the schema of the JSON `hiyari compare --format json`
// prints. Like the report, it is a contract: fields are only added within a
// version.
const CompareSchema = "hiyari.compare/v1"

// CompareDoc is what a comparison is written from: the bank both answer
// sets were scored with, the two answer sets (earlier first) and the
// language.
type CompareDoc struct {
	Bank         *assessment.Bank
	Older, Newer *assessment.Answers
	Comparison   *assessment.Comparison
	Lang         assessment.Lang
}

// CompareJSON is the hiyari.compare/v1 document.
type CompareJSON struct {
	Schema string             `json:"schema"`
	Bank   assessment.BankRef `json:"bank"`
	Lang   assessment.Lang    `json:"lang"`
	// Older and Newer describe the two assessments: company and dates as
	// recorded in their files.
	Older Side `json:"older"`
	Newer Side `json:"newer"`
	// Overall and Areas hold each score before and after; delta is null
	// unless both are scored.
	Overall ScorePair  `json:"overall"`
	Areas   []AreaPair `json:"areas"`
	// CriticalClosed and CriticalOpened are question ids.
	CriticalClosed []string `json:"critical_closed"`
	CriticalOpened []string `json:"critical_opened"`
	// IncidentsCleared and IncidentsNew are incident ids whose pattern
	// (match or example) the earlier answers reproduced and the later do
	// not, and the reverse.
	IncidentsCleared []string `json:"incidents_cleared"`
	IncidentsNew     []string `json:"incidents_new"`
	// ActionsDone are action ids marked done in the later assessment and
	// not in the earlier one.
	ActionsDone []string `json:"actions_done"`
	// Answers lists each control question answered differently; old and
	// new are "" when unanswered or not asked; direction is improved,
	// worsened, changed (same gap, or to or from not applicable) or
	// answered (unanswered before).
	Answers []AnswerPair `json:"answers"`
	// IPASelfCheck holds IPA's self-check points before and after (null
	// while a sheet is not fully answered).
	IPASelfCheck IPAPair `json:"ipa_self_check"`
}

// Side is one of the two assessments.
type Side struct {
	Company string  `json:"company"`
	Created string  `json:"created"`
	Updated string  `json:"updated"`
	Band    *string `json:"band"`
}

// ScorePair is a score before and after.
type ScorePair struct {
	Old   *float64 `json:"old"`
	New   *float64 `json:"new"`
	Delta *float64 `json:"delta"`
}

// AreaPair is one area's scores.
type AreaPair struct {
	ID   string          `json:"id"`
	Name assessment.Text `json:"name"`
	ScorePair
}

// AnswerPair is one changed answer.
type AnswerPair struct {
	Question  string          `json:"question"`
	Area      string          `json:"area"`
	Text      assessment.Text `json:"text"`
	Old       string          `json:"old"`
	New       string          `json:"new"`
	Direction string          `json:"direction"`
}

// IPAPair is IPA's self-check total before and after.
type IPAPair struct {
	Old *int `json:"old"`
	New *int `json:"new"`
}

// NewCompareJSON builds the hiyari.compare/v1 document.
func NewCompareJSON(d CompareDoc) *CompareJSON {
	c := d.Comparison
	out := &CompareJSON{
		Schema: CompareSchema, Bank: d.Bank.Ref(), Lang: d.Lang,
		Older:            side(d.Older, c.BandOld),
		Newer:            side(d.Newer, c.BandNew),
		Overall:          pair(c.Overall),
		Areas:            []AreaPair{},
		CriticalClosed:   list(c.CriticalClosed),
		CriticalOpened:   list(c.CriticalOpened),
		IncidentsCleared: list(c.IncidentsCleared),
		IncidentsNew:     list(c.IncidentsNew),
		ActionsDone:      list(c.ActionsDone),
		Answers:          []AnswerPair{},
		IPASelfCheck:     IPAPair{Old: ipaTotal(c.IPAOld), New: ipaTotal(c.IPANew)},
	}
	for _, a := range c.Areas {
		out.Areas = append(out.Areas, AreaPair{ID: a.Area, Name: d.Bank.Area(a.Area).Name, ScorePair: pair(a.ScoreChange)})
	}
	for _, a := range c.Answers {
		out.Answers = append(out.Answers, AnswerPair{Question: a.Question, Area: a.Area,
			Text: d.Bank.Question(a.Question).Text, Old: a.Old, New: a.New, Direction: a.Direction})
	}
	return out
}

// WriteCompareJSON writes the hiyari.compare/v1 document.
func WriteCompareJSON(w io.Writer, d CompareDoc) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewCompareJSON(d))
}

func side(a *assessment.Answers, band string) Side {
	return Side{Company: a.Company, Created: a.Created, Updated: a.Updated, Band: optional(band)}
}

func pair(c assessment.ScoreChange) ScorePair {
	var p ScorePair
	if c.Old.Scored {
		v := c.Old.Value
		p.Old = &v
	}
	if c.New.Scored {
		v := c.New.Value
		p.New = &v
	}
	if c.Both() {
		v := c.Delta
		p.Delta = &v
	}
	return p
}

func ipaTotal(s assessment.IPAScore) *int {
	if s.Band == assessment.IPAPending || s.Mapped == 0 {
		return nil
	}
	v := s.Points
	return &v
}

// WriteCompareMarkdown writes the comparison as a one-page Markdown
// progress report in d.Lang.
func WriteCompareMarkdown(w io.Writer, d CompareDoc) error {
	mw := &mdWriter{w: w}
	b, c, l := d.Bank, d.Comparison, d.Lang
	company := d.Newer.Company
	if company == "" {
		company = d.Older.Company
	}
	if company == "" {
		company = words.NoCompany.In(l)
	}
	mw.printf("# %s\n\n", words.CompareTitle.In(l))
	mw.printf("- %s%s\n", words.Label(l, words.Company.In(l)), Escape(company))
	mw.printf("- %s%s %s\n", words.Label(l, words.Bank.In(l)), Escape(b.Title.In(l)), Escape(b.Version))
	mw.printf("- %s%s → %s\n\n", words.Label(l, words.ReportDate.In(l)), day(l, d.Older), day(l, d.Newer))

	mw.printf("| | %s | %s | %s |\n|---|---:|---:|---:|\n", words.CompareEarlier.In(l), words.CompareLater.In(l), words.CompareChange.In(l))
	mw.printf("| **%s** | %s | %s | %s |\n", words.Overall.In(l),
		words.ScoreCell(l, c.Overall.Old, c.Old.Progress.Answered), words.ScoreCell(l, c.Overall.New, c.New.Progress.Answered), delta(l, c.Overall))
	mw.printf("| %s | %s | %s | |\n", words.RatingHeading.In(l), bandCell(l, c.BandOld), bandCell(l, c.BandNew))
	mw.printf("| %s | %d / %d | %d / %d | |\n", words.CompareAnswered.In(l),
		c.Old.Progress.Answered, c.Old.Progress.Total, c.New.Progress.Answered, c.New.Progress.Total)
	if t := ipaTotal(c.IPAOld); t != nil || ipaTotal(c.IPANew) != nil {
		mw.printf("| %s | %s | %s | |\n", words.CompareIPA.In(l), words.IPAScore(l, c.IPAOld), words.IPAScore(l, c.IPANew))
	}
	for _, a := range c.Areas {
		mw.printf("| %s | %s | %s | %s |\n", Escape(b.Area(a.Area).Name.In(l)),
			scoreOrDash(l, a.Old), scoreOrDash(l, a.New), delta(l, a.ScoreChange))
	}
	mw.printf("\n")

	ids := func(title words.Msg, list []string, name func(string) string) {
		mw.printf("## %s\n\n", title.In(l))
		if len(list) == 0 {
			mw.printf("%s\n\n", words.CompareNone.In(l))
			return
		}
		for _, id := range list {
			mw.printf("- %s\n", Escape(name(id)))
		}
		mw.printf("\n")
	}
	question := func(id string) string { return b.Question(id).Text.In(l) }
	incident := func(id string) string {
		inc := b.Incident(id)
		return words.IncidentLabel.In(l, inc.Name.In(l), inc.Date[:4])
	}
	ids(words.CompareClosed, c.CriticalClosed, question)
	if len(c.CriticalOpened) > 0 {
		ids(words.CompareOpened, c.CriticalOpened, question)
	}
	ids(words.CompareCleared, c.IncidentsCleared, incident)
	if len(c.IncidentsNew) > 0 {
		ids(words.CompareNew, c.IncidentsNew, incident)
	}
	ids(words.CompareDone, c.ActionsDone, func(id string) string { return b.Action(id).Title.In(l) })

	mw.printf("## %s\n\n", words.CompareAnswers.In(l))
	if len(c.Answers) == 0 {
		mw.printf("%s\n", words.CompareNoChange.In(l))
		return mw.err
	}
	mw.printf("| %s | %s | %s | %s |\n|---|---|---|---|\n", words.ColQuestion.In(l), words.CompareEarlier.In(l), words.CompareLater.In(l), words.ColDirection.In(l))
	for _, a := range c.Answers {
		mw.printf("| %s | %s | %s | %s |\n", Escape(question(a.Question)), words.Answer(l, a.Old), words.Answer(l, a.New), words.Direction(l, a.Direction))
	}
	return mw.err
}

// day is the date an assessment was started (else last changed), or a
// dash when its file records neither.
func day(l assessment.Lang, a *assessment.Answers) string {
	for _, ts := range []string{a.Created, a.Updated} {
		if t, err := time.Parse(time.RFC3339, ts); err == nil {
			return words.Date(l, t)
		}
	}
	return words.CompareNoDelta.In(l)
}

func delta(l assessment.Lang, c assessment.ScoreChange) string {
	switch {
	case !c.Both():
		return words.CompareNoDelta.In(l)
	case c.Delta == 0:
		return words.CompareSame.In(l)
	}
	return words.CompareDelta.In(l, c.Delta)
}

func scoreOrDash(l assessment.Lang, s assessment.Score) string {
	if !s.Scored {
		return words.CompareNoDelta.In(l)
	}
	return words.ScoreFigure.In(l, s.Value)
}

func bandCell(l assessment.Lang, band string) string {
	if band == "" {
		return words.Provisional.In(l)
	}
	return words.Band(l, band)
}
