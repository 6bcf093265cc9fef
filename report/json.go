package report

import (
	"encoding/json"
	"io"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// Schema is the schema version of the JSON report that
// `hiyari assess --format json` prints. Consultants script around it:
// fields are only added within a version, never renamed or removed. The
// types below are the contract; the domain's types carry no JSON tags of
// their own for it. v2 (scoring v2) replaced v1: incidents carry a match
// state instead of "complete", weaknesses a state instead of "present",
// scores a band, and the plan holds items (actions and the find-out task).
const Schema = "hiyari.report/v2"

// JSON is the hiyari.report/v2 document of a result and its plan. Texts
// carry both languages so a script does not depend on the language chosen.
type JSON struct {
	Schema   string             `json:"schema"`
	Bank     assessment.BankRef `json:"bank"`
	Company  string             `json:"company"`
	Lang     assessment.Lang    `json:"lang"`
	Progress Progress           `json:"progress"`
	Scores   Scores             `json:"scores"`
	// Projected are the scores once the planned items are done; null when
	// nothing in the plan is planned.
	Projected  *Scores    `json:"projected"`
	Critical   []Critical `json:"critical"`
	Incidents  []Incident `json:"incidents"`
	Weaknesses []Weakness `json:"weaknesses"`
	FindOut    []FindOut  `json:"find_out"`
	// IPASelfCheck and SecurityAction are null when the bank maps no item
	// of IPA's self-check sheet.
	IPASelfCheck   *IPASelfCheck   `json:"ipa_self_check"`
	SecurityAction *SecurityAction `json:"security_action"`
	Plan           Plan            `json:"plan"`
	// Answers is the answers document the report was made from
	// (hiyari.answers/v1), so that the report can be imported again.
	Answers *assessment.Answers `json:"answers"`
}

// Progress counts the applicable control questions, those answered, and
// the answers "not applicable" and "don't know" among them.
type Progress struct {
	Answered int `json:"answered"`
	Total    int `json:"total"`
	NA       int `json:"na"`
	Unknown  int `json:"unknown"`
}

// Scores holds scores 0..100; a score is null while nothing behind it is
// answered. Band (good, fair, weak, poor) is null while the score is
// provisional; Capped says a critical gap kept it below the score's own
// band; KnownShare (0..1) is the share of the scored weight answered other
// than "don't know".
type Scores struct {
	Overall     *float64    `json:"overall"`
	Band        *string     `json:"band"`
	Capped      bool        `json:"capped"`
	Provisional bool        `json:"provisional"`
	KnownShare  float64     `json:"known_share"`
	Areas       []AreaScore `json:"areas"`
}

// AreaScore is one area's score.
type AreaScore struct {
	ID       string          `json:"id"`
	Name     assessment.Text `json:"name"`
	Score    *float64        `json:"score"`
	Answered int             `json:"answered"`
	Total    int             `json:"total"`
}

// Because is one answer behind a figure.
type Because struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// Critical is a critical question answered no or "don't know".
type Critical struct {
	Question string          `json:"question"`
	Answer   string          `json:"answer"`
	Text     assessment.Text `json:"text"`
}

// Incident is an incident pattern and how closely the answers follow it.
// State is match, unconfirmed, example or partial.
type Incident struct {
	ID         string          `json:"id"`
	Name       assessment.Text `json:"name"`
	Date       string          `json:"date"`
	State      string          `json:"state"`
	Coverage   float64         `json:"coverage"`
	Present    []string        `json:"present"`
	Unsure     []string        `json:"unsure"`
	Missing    []string        `json:"missing"`
	Amplifying []string        `json:"amplifying"`
	Because    []Because       `json:"because"`
}

// Weakness is the risk one weakness carries. State is shown (a no),
// unsure ("don't know"), some (partly) or null.
type Weakness struct {
	ID         string          `json:"id"`
	Name       assessment.Text `json:"name"`
	Risk       float64         `json:"risk"`
	State      *string         `json:"state"`
	Answered   bool            `json:"answered"`
	Likelihood int             `json:"likelihood"`
	Impact     int             `json:"impact"`
	Evidence   float64         `json:"evidence"`
	Because    []Because       `json:"because"`
}

// FindOut is a question answered "don't know".
type FindOut struct {
	Question string          `json:"question"`
	Area     string          `json:"area"`
	Text     assessment.Text `json:"text"`
	Critical bool            `json:"critical"`
}

// IPASelfCheck is IPA's 5-minute self-check sheet as the answers fill it
// in: points −25..100, band full, mostly, patchy, danger or pending (some
// item unanswered).
type IPASelfCheck struct {
	Points   int       `json:"points"`
	Band     string    `json:"band"`
	Answered int       `json:"answered"`
	Mapped   int       `json:"mapped"`
	Items    []IPAItem `json:"items"`
}

// IPAItem is one of the sheet's 25 items; answer is null while unanswered.
type IPAItem struct {
	N         int      `json:"n"`
	Answer    *string  `json:"answer"`
	Points    int      `json:"points"`
	Questions []string `json:"questions"`
}

// SecurityAction is the SECURITY ACTION level the answers are ready to
// declare (0, 1 or 2 stars) and what is missing for each.
type SecurityAction struct {
	Stars      int   `json:"stars"`
	MissingOne []int `json:"missing_one_star"`
	MissingTwo []int `json:"missing_two_stars"`
	NoPolicy   bool  `json:"no_policy"`
}

// Plan is the ordered plan.
type Plan struct {
	Items []Item `json:"items"`
}

// Item is one plan entry, in plan order: an action of the bank (kind
// "action") or the task of finding out the "don't know" answers (kind
// "find_out", whose id is empty and which has no bank fields).
type Item struct {
	Rank    int                `json:"rank"`
	Kind    string             `json:"kind"`
	ID      string             `json:"id"`
	Title   assessment.Text    `json:"title"`
	Horizon assessment.Horizon `json:"horizon"`
	// Person is who does it (owner, it, vendor, staff); Hours the mean of
	// the effort estimate; Points what the overall score gains, after the
	// items before it.
	Person    string   `json:"person"`
	Hours     float64  `json:"hours"`
	Points    float64  `json:"points"`
	Closes    []string `json:"closes"`
	Fixes     []string `json:"fixes"`
	Addresses []string `json:"addresses"`
	Critical  bool     `json:"critical"`
	Planned   bool     `json:"planned"`
	// The bank's own fields of the action (null or empty for find_out).
	Effort       *assessment.Effort `json:"effort"`
	Cost         string             `json:"cost"`
	Role         string             `json:"role"`
	LeadTimeDays int                `json:"lead_time_days"`
	Stopgap      *assessment.Text   `json:"stopgap"`
	Refs         *assessment.Refs   `json:"refs"`
	Steps        []assessment.Text  `json:"steps"`
	DoneWhen     *assessment.Text   `json:"done_when"`
	// Sources are addresses backing facts the steps state.
	Sources []string `json:"sources"`
	// Tracking (null for find_out): who does it, the due date (the one
	// set, else the end of its horizon from the assessment's start),
	// status (not_started, in_progress, done, wont_do) and a note.
	Owner  *string `json:"owner"`
	Due    *string `json:"due"`
	Status *string `json:"status"`
	Note   *string `json:"note"`
}

// NewJSON assembles the JSON report of d.
func NewJSON(d Doc) *JSON {
	b, r, p := d.Bank, d.Result, d.Plan
	rep := &JSON{
		Schema:     Schema,
		Bank:       b.Ref(),
		Company:    d.Answers.Company,
		Lang:       d.Lang,
		Progress:   Progress{Answered: r.Progress.Answered, Total: r.Progress.Total, NA: r.Progress.NA, Unknown: r.Progress.Unknown},
		Scores:     scores(b, r.Scores),
		Critical:   []Critical{},
		Incidents:  []Incident{},
		Weaknesses: []Weakness{},
		FindOut:    []FindOut{},
		Plan:       Plan{Items: []Item{}},
		Answers:    d.Answers,
	}
	if p.Projected != nil {
		s := scores(b, *p.Projected)
		rep.Projected = &s
	}
	for _, c := range r.Critical {
		rep.Critical = append(rep.Critical, Critical{Question: c.Question, Answer: c.Answer, Text: b.Question(c.Question).Text})
	}
	for _, m := range r.Incidents {
		inc := b.Incident(m.Incident)
		rep.Incidents = append(rep.Incidents, Incident{
			ID: m.Incident, Name: inc.Name, Date: inc.Date, State: m.State, Coverage: m.Coverage,
			Present: list(m.Present), Unsure: list(m.Unsure), Missing: list(m.Missing), Amplifying: list(m.Amplifying),
			Because: because(m.Because),
		})
	}
	for _, w := range r.Weaknesses {
		rep.Weaknesses = append(rep.Weaknesses, Weakness{
			ID: w.Weakness, Name: b.Weakness(w.Weakness).Name, Risk: w.Risk, State: optional(w.State), Answered: w.Answered,
			Likelihood: w.Likelihood, Impact: w.Impact, Evidence: w.Evidence, Because: because(w.Because),
		})
	}
	for _, f := range r.FindOut {
		rep.FindOut = append(rep.FindOut, FindOut{Question: f.Question, Area: f.Area, Text: b.Question(f.Question).Text,
			Critical: r.IsCritical(f.Question)})
	}
	if ipa := r.IPA(); ipa.Mapped > 0 {
		rep.IPASelfCheck = &IPASelfCheck{Points: ipa.Points, Band: ipa.Band, Answered: ipa.Answered, Mapped: ipa.Mapped, Items: []IPAItem{}}
		for _, it := range ipa.Items {
			rep.IPASelfCheck.Items = append(rep.IPASelfCheck.Items, IPAItem{N: it.N, Answer: optional(it.Answer), Points: it.Points, Questions: list(it.Questions)})
		}
		sa := r.SecurityAction()
		rep.SecurityAction = &SecurityAction{Stars: sa.Stars, MissingOne: ints(sa.MissingOne), MissingTwo: ints(sa.MissingTwo), NoPolicy: sa.NoPolicy}
	}
	now := time.Now()
	for i, it := range p.Items {
		item := Item{
			Rank: i + 1, Kind: it.Kind, Horizon: it.Horizon, Person: it.Person, Hours: it.Hours, Points: it.Points,
			Closes: list(it.Closes), Fixes: list(it.Fixes), Addresses: list(it.Addresses), Critical: it.Critical, Planned: it.Planned,
			Steps: []assessment.Text{}, Sources: []string{},
		}
		if it.Kind == assessment.KindFindOut {
			item.Title = words.FindOutTask.Text()
		} else {
			a := b.Action(it.Action)
			refs := normRefs(a.Refs)
			item.ID, item.Title, item.Effort, item.Cost, item.Role = a.ID, a.Title, &a.Effort, a.Cost, a.Role
			item.LeadTimeDays, item.Stopgap, item.Refs, item.Steps = a.LeadTimeDays, a.Stopgap, &refs, a.Steps
			item.DoneWhen, item.Sources = &a.DoneWhen, sourceURLs(b, a.Sources)
			tr := d.Answers.TrackOf(a.ID)
			status := tr.Status
			if status == "" {
				status = assessment.StatusNotStarted
			}
			due := d.Answers.Due(a.ID, it.Horizon, now).Format(assessment.DueLayout)
			item.Owner, item.Due, item.Status, item.Note = &tr.Owner, &due, &status, &tr.Note
		}
		rep.Plan.Items = append(rep.Plan.Items, item)
	}
	return rep
}

// optional is null for an empty string.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// list and ints give a nil list a value, so the JSON holds [] not null.
func list(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

func ints(l []int) []int {
	if l == nil {
		return []int{}
	}
	return l
}

// WriteJSON writes the JSON report of d.
func WriteJSON(w io.Writer, d Doc) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewJSON(d))
}

func because(bs []assessment.Because) []Because {
	out := make([]Because, len(bs))
	for i, bc := range bs {
		out[i] = Because{Question: bc.Question, Answer: bc.Answer}
	}
	return out
}

func sourceURLs(b *assessment.Bank, ids []string) []string {
	urls := []string{}
	for _, id := range ids {
		urls = append(urls, b.Source(id).URL)
	}
	return urls
}

// normRefs gives every reference list a value so the JSON holds [] rather
// than null or a missing key.
func normRefs(r assessment.Refs) assessment.Refs {
	for _, l := range []*[]string{&r.ISO27001, &r.CSF, &r.CIS, &r.IPA} {
		if *l == nil {
			*l = []string{}
		}
	}
	return r
}

func scores(b *assessment.Bank, s assessment.Scores) Scores {
	val := func(sc assessment.Score) *float64 {
		if !sc.Scored {
			return nil
		}
		v := sc.Value
		return &v
	}
	out := Scores{Overall: val(s.Overall), Band: optional(s.Band), Capped: s.Capped, Provisional: s.Provisional,
		KnownShare: s.KnownShare, Areas: []AreaScore{}}
	for _, a := range s.Areas {
		out.Areas = append(out.Areas, AreaScore{ID: a.Area, Name: b.Area(a.Area).Name, Score: val(a.Score), Answered: a.Answered, Total: a.Total})
	}
	return out
}
