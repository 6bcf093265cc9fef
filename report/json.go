package report

import (
	"encoding/json"
	"io"

	"github.com/hiyari-app/hiyari/assessment"
)

// Schema is the schema version of the JSON report that
// `hiyari assess --format json` prints. Consultants script around it:
// fields are only added within a version, never renamed or removed. The
// types below are the contract; the domain's types carry no JSON tags of
// their own for it.
const Schema = "hiyari.report/v1"

// JSON is the hiyari.report/v1 document of a result and its plan. Texts
// carry both languages so a script does not depend on the language chosen.
type JSON struct {
	Schema     string             `json:"schema"`
	Bank       assessment.BankRef `json:"bank"`
	Company    string             `json:"company"`
	Lang       assessment.Lang    `json:"lang"`
	Progress   Progress           `json:"progress"`
	Scores     Scores             `json:"scores"`
	Projected  Scores             `json:"projected"`
	Incidents  []Incident         `json:"incidents"`
	Weaknesses []Weakness         `json:"weaknesses"`
	FindOut    []FindOut          `json:"find_out"`
	Plan       Plan               `json:"plan"`
}

// Progress counts the applicable control questions and those answered.
type Progress struct {
	Answered int `json:"answered"`
	Total    int `json:"total"`
}

// Scores holds scores 0..100; a score is null while nothing behind it is
// answered.
type Scores struct {
	Overall *float64    `json:"overall"`
	Areas   []AreaScore `json:"areas"`
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

// Incident is an incident pattern and how closely the answers match it.
type Incident struct {
	ID         string          `json:"id"`
	Name       assessment.Text `json:"name"`
	Date       string          `json:"date"`
	Complete   bool            `json:"complete"`
	Coverage   float64         `json:"coverage"`
	Present    []string        `json:"present"`
	Missing    []string        `json:"missing"`
	Amplifying []string        `json:"amplifying"`
	Because    []Because       `json:"because"`
}

// Weakness is the risk one weakness carries.
type Weakness struct {
	ID         string          `json:"id"`
	Name       assessment.Text `json:"name"`
	Risk       float64         `json:"risk"`
	Present    bool            `json:"present"`
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
}

// Plan is the ordered plan.
type Plan struct {
	Actions []Action `json:"actions"`
}

// Action is one plan entry, in plan order.
type Action struct {
	Rank        int                `json:"rank"`
	ID          string             `json:"id"`
	Title       assessment.Text    `json:"title"`
	Horizon     assessment.Horizon `json:"horizon"`
	RiskRemoved float64            `json:"risk_removed"`
	Effort      assessment.Effort  `json:"effort"`
	Cost        string             `json:"cost"`
	Role        string             `json:"role"`
	Fixes       []string           `json:"fixes"`
	Prevents    []string           `json:"prevents"`
	Refs        assessment.Refs    `json:"refs"`
	Steps       []assessment.Text  `json:"steps"`
	DoneWhen    assessment.Text    `json:"done_when"`
	Planned     bool               `json:"planned"`
	// Sources are addresses backing facts the steps state.
	Sources []string `json:"sources"`
}

// NewJSON assembles the JSON report of d.
func NewJSON(d Doc) *JSON {
	b, r, p := d.Bank, d.Result, d.Plan
	rep := &JSON{
		Schema:     Schema,
		Bank:       b.Ref(),
		Company:    d.Answers.Company,
		Lang:       d.Lang,
		Progress:   Progress{Answered: r.Progress.Answered, Total: r.Progress.Total},
		Scores:     scores(b, r.Scores),
		Projected:  scores(b, r.Projected),
		Incidents:  []Incident{},
		Weaknesses: []Weakness{},
		FindOut:    []FindOut{},
		Plan:       Plan{Actions: []Action{}},
	}
	for _, m := range r.Incidents {
		inc := b.Incident(m.Incident)
		rep.Incidents = append(rep.Incidents, Incident{
			ID: m.Incident, Name: inc.Name, Date: inc.Date, Complete: m.Complete, Coverage: m.Coverage,
			Present: m.Present, Missing: m.Missing, Amplifying: m.Amplifying, Because: because(m.Because),
		})
	}
	for _, w := range r.Weaknesses {
		rep.Weaknesses = append(rep.Weaknesses, Weakness{
			ID: w.Weakness, Name: b.Weakness(w.Weakness).Name, Risk: w.Risk, Present: w.Present, Answered: w.Answered,
			Likelihood: w.Likelihood, Impact: w.Impact, Evidence: w.Evidence, Because: because(w.Because),
		})
	}
	for _, f := range r.FindOut {
		rep.FindOut = append(rep.FindOut, FindOut{Question: f.Question, Area: f.Area, Text: b.Question(f.Question).Text})
	}
	for i, it := range p.Actions {
		a := b.Action(it.Action)
		rep.Plan.Actions = append(rep.Plan.Actions, Action{
			Rank: i + 1, ID: a.ID, Title: a.Title, Horizon: it.Horizon, RiskRemoved: it.RiskRemoved,
			Effort: a.Effort, Cost: a.Cost, Role: a.Role, Fixes: it.Fixes, Prevents: it.Prevents,
			Refs: normRefs(a.Refs), Steps: a.Steps, DoneWhen: a.DoneWhen, Planned: it.Planned, Sources: sourceURLs(b, a.Sources),
		})
	}
	return rep
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
	out := Scores{Overall: val(s.Overall), Areas: []AreaScore{}}
	for _, a := range s.Areas {
		out.Areas = append(out.Areas, AreaScore{ID: a.Area, Name: b.Area(a.Area).Name, Score: val(a.Score), Answered: a.Answered, Total: a.Total})
	}
	return out
}
