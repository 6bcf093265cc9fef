package assessment

import (
	"math"
	"sort"
)

// Result is what the answers say about a company: scores, weakness risks,
// incident matches and what to find out. Every figure carries the answers
// that produced it, so it can be explained.
type Result struct {
	Bank    BankRef `json:"bank"`
	Company string  `json:"company"`
	// Progress counts the control questions asked and answered.
	Progress Progress `json:"progress"`
	// Scores are 0..100: 100 when every answered control is in place.
	Scores Scores `json:"scores"`
	// Projected are the scores once the planned actions are done.
	Projected Scores `json:"projected"`
	// Weaknesses lists every weakness that applies, in bank order.
	Weaknesses []WeaknessRisk `json:"weaknesses"`
	// Incidents lists the incidents whose weaknesses all apply: complete
	// matches first, then by coverage.
	Incidents []IncidentMatch `json:"incidents"`
	// FindOut lists the questions answered "don't know".
	FindOut []FindOut `json:"find_out"`
	// Planned is the set of actions marked as planned (what-if).
	Planned []string `json:"planned"`

	asked map[string]bool
}

// Progress counts applicable control questions.
type Progress struct {
	Answered int `json:"answered"`
	Total    int `json:"total"`
}

// Scores holds the overall score and one per area that applies.
type Scores struct {
	Overall Score       `json:"overall"`
	Areas   []AreaScore `json:"areas"`
}

// Score is a 0..100 score. Scored is false while no question behind it has
// an answer other than N/A; Value is then 0 and means nothing.
type Score struct {
	Value  float64 `json:"value"`
	Scored bool    `json:"scored"`
}

// AreaScore is the score of one area (module).
type AreaScore struct {
	Area string `json:"area"`
	Score
	Answered int `json:"answered"`
	Total    int `json:"total"`
}

// Because is one answer that contributed to a figure.
type Because struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// WeaknessRisk is the risk (0..100) one weakness carries, from the worst
// answer among the questions that reveal it.
type WeaknessRisk struct {
	Weakness   string  `json:"weakness"`
	Risk       float64 `json:"risk"`
	Gap        float64 `json:"gap"`
	Likelihood int     `json:"likelihood"`
	Impact     int     `json:"impact"`
	Evidence   float64 `json:"evidence"`
	// Present is true when the gap reaches the bank's threshold: the
	// weakness counts towards incident matches.
	Present bool `json:"present"`
	// Answered is false while none of its questions has an answer
	// (other than N/A); the risk is then 0 and unknown.
	Answered bool      `json:"answered"`
	Because  []Because `json:"because"`
}

// IncidentMatch says how closely the answers follow the way an incident
// happened.
type IncidentMatch struct {
	Incident string `json:"incident"`
	// Complete is true when every core weakness of the incident is present.
	Complete bool `json:"complete"`
	// Coverage (0..1) is the impact-weighted share of the core weaknesses'
	// gaps: 1 when every core control is absent.
	Coverage float64 `json:"coverage"`
	// Present and Missing split the core weaknesses; Amplifying lists
	// the amplifying weaknesses that are present too.
	Present    []string  `json:"present"`
	Missing    []string  `json:"missing"`
	Amplifying []string  `json:"amplifying"`
	Because    []Because `json:"because"`
}

// FindOut is a question answered "don't know": a task to find out.
type FindOut struct {
	Question string `json:"question"`
	Area     string `json:"area"`
	Weakness string `json:"weakness"`
}

// Asked reports whether a question (profile or control) applies to the
// company, given its profile answers.
func (r *Result) Asked(id string) bool { return r.asked[id] }

// Weakness returns the risk of a weakness, or nil if it does not apply.
func (r *Result) Weakness(id string) *WeaknessRisk {
	for i := range r.Weaknesses {
		if r.Weaknesses[i].Weakness == id {
			return &r.Weaknesses[i]
		}
	}
	return nil
}

// Assess scores answers against a validated bank. It is deterministic and
// has no side effects: the same bank and answers always give the same
// result. Answers to unknown questions and options are ignored here (Check
// reports them).
func Assess(b *Bank, a *Answers) *Result {
	s := newScorer(b, a)
	r := &Result{
		Bank:    b.Ref(),
		Company: a.Company,
		asked:   s.asked,
		Planned: s.plannedIDs(),
	}
	for _, q := range b.Questions {
		if !s.asked[q.ID] {
			continue
		}
		r.Progress.Total++
		ans := s.answer(q.ID)
		if ans != "" {
			r.Progress.Answered++
		}
		if ans == Unknown {
			r.FindOut = append(r.FindOut, FindOut{Question: q.ID, Area: q.Area, Weakness: q.Weakness})
		}
	}
	r.Scores = s.scores(nil)
	r.Projected = s.scores(s.fixedByPlan())
	r.Weaknesses = s.weaknesses()
	r.Incidents = s.incidents(r.Weaknesses)
	return r
}

// scorer evaluates one bank against one answers document.
type scorer struct {
	b       *Bank
	a       *Answers
	asked   map[string]bool
	delta   int // profile adjustment of impact
	evMax   float64
	planned map[string]bool
}

func newScorer(b *Bank, a *Answers) *scorer {
	s := &scorer{b: b, a: a, asked: map[string]bool{}, planned: map[string]bool{}}
	for _, id := range b.index.order {
		s.isAsked(id, map[string]bool{})
	}
	for _, p := range b.Profile {
		if !s.asked[p.ID] {
			continue
		}
		ans := s.answer(p.ID)
		for _, o := range p.Options {
			if o.ID == ans {
				s.delta += o.Impact
			}
		}
	}
	s.evMax = 1 + b.Scoring.EvidenceStep*float64(b.Scoring.EvidenceCap)
	for _, id := range a.Planned {
		if b.index.action[id] != nil {
			s.planned[id] = true
		}
	}
	return s
}

func (s *scorer) answer(id string) string {
	if s.a == nil || s.a.Answers == nil {
		return ""
	}
	return s.a.Answers[id]
}

// isAsked decides, once per question, whether it applies. Validate has
// ruled out cycles; visiting guards against them anyway.
func (s *scorer) isAsked(id string, visiting map[string]bool) bool {
	if v, ok := s.asked[id]; ok {
		return v
	}
	if visiting[id] {
		return false
	}
	visiting[id] = true
	ok := true
	for _, c := range s.b.index.conditionsOf(id) {
		if !s.isAsked(c.Question, visiting) {
			ok = false
			break
		}
		ans := s.answer(c.Question)
		if ans != "" && !contains(c.AnyOf, ans) {
			ok = false
			break
		}
	}
	s.asked[id] = ok
	return ok
}

func (s *scorer) plannedIDs() []string {
	ids := []string{}
	for _, a := range s.b.Actions {
		if s.planned[a.ID] {
			ids = append(ids, a.ID)
		}
	}
	return ids
}

func (s *scorer) fixedByPlan() map[string]bool {
	fixed := map[string]bool{}
	for id := range s.planned {
		for _, w := range s.b.index.action[id].Fixes {
			fixed[w] = true
		}
	}
	return fixed
}

// gap returns the answer's distance from the control being in place, and
// false when the answer does not count (unanswered, N/A, not an option).
func (s *scorer) gap(q *Question) (float64, bool) {
	ans := s.answer(q.ID)
	if ans == "" || ans == NA || !contains(q.Options, ans) {
		return 0, false
	}
	g, ok := s.b.Scoring.Gap[ans]
	return g, ok
}

func (s *scorer) impact(w *Weakness) int {
	return min(5, max(1, w.Impact+s.delta))
}

func (s *scorer) evidence(w string) float64 {
	n := min(len(s.b.index.incidentsOf[w]), s.b.Scoring.EvidenceCap)
	return 1 + s.b.Scoring.EvidenceStep*float64(n)
}

// weight is the most a question can contribute to risk: likelihood ×
// impact × evidence.
func (s *scorer) weight(q *Question) float64 {
	w := s.b.index.weakness[q.Weakness]
	return float64(q.Likelihood*s.impact(w)) * s.evidence(q.Weakness)
}

func (s *scorer) scores(fixed map[string]bool) Scores {
	type acc struct{ risk, max float64 }
	areas := map[string]*acc{}
	var all acc
	out := Scores{Areas: []AreaScore{}}
	counts := map[string]*AreaScore{}
	for _, a := range s.b.Areas {
		if s.areaApplies(a.ID) {
			out.Areas = append(out.Areas, AreaScore{Area: a.ID})
		}
	}
	for i := range out.Areas {
		counts[out.Areas[i].Area] = &out.Areas[i]
		areas[out.Areas[i].Area] = &acc{}
	}
	for i := range s.b.Questions {
		q := &s.b.Questions[i]
		as := counts[q.Area]
		if !s.asked[q.ID] || as == nil {
			continue
		}
		as.Total++
		if s.answer(q.ID) != "" {
			as.Answered++
		}
		g, ok := s.gap(q)
		if !ok {
			continue
		}
		if fixed[q.Weakness] {
			g = 0
		}
		w := s.weight(q)
		areas[q.Area].risk += g * w
		areas[q.Area].max += w
		all.risk += g * w
		all.max += w
	}
	score := func(a acc) Score {
		if a.max == 0 {
			return Score{}
		}
		return Score{Value: round1(100 * (1 - a.risk/a.max)), Scored: true}
	}
	for i := range out.Areas {
		out.Areas[i].Score = score(*areas[out.Areas[i].Area])
	}
	out.Overall = score(all)
	return out
}

// areaApplies is true when at least one of the area's questions is asked.
func (s *scorer) areaApplies(area string) bool {
	for _, q := range s.b.Questions {
		if q.Area == area && s.asked[q.ID] {
			return true
		}
	}
	return false
}

func (s *scorer) weaknesses() []WeaknessRisk {
	out := []WeaknessRisk{}
	maxRisk := 25 * s.evMax
	for _, w := range s.b.Weaknesses {
		wr := WeaknessRisk{Weakness: w.ID, Impact: s.impact(&w), Evidence: s.evidence(w.ID), Because: []Because{}}
		applies := false
		worst := -1.0
		for _, q := range s.b.index.questionsOf[w.ID] {
			if !s.asked[q.ID] {
				continue
			}
			applies = true
			if wr.Likelihood == 0 {
				wr.Likelihood = q.Likelihood
			}
			if ans := s.answer(q.ID); ans != "" {
				wr.Because = append(wr.Because, Because{Question: q.ID, Answer: ans})
			}
			g, ok := s.gap(q)
			if !ok {
				continue
			}
			wr.Answered = true
			risk := g * s.weight(q)
			if risk > worst || (risk == worst && g > wr.Gap) {
				worst = risk
				wr.Gap = g
				wr.Likelihood = q.Likelihood
				wr.Risk = round1(100 * risk / maxRisk)
			}
		}
		if !applies {
			continue
		}
		wr.Present = wr.Answered && wr.Gap >= s.b.Scoring.Present
		out = append(out, wr)
	}
	return out
}

func (s *scorer) incidents(ws []WeaknessRisk) []IncidentMatch {
	byID := make(map[string]*WeaknessRisk, len(ws))
	for i := range ws {
		byID[ws[i].Weakness] = &ws[i]
	}
	out := []IncidentMatch{}
	order := map[string]int{}
	for i, inc := range s.b.Incidents {
		order[inc.ID] = i
		m := IncidentMatch{Incident: inc.ID, Present: []string{}, Missing: []string{}, Amplifying: []string{}, Because: []Because{}}
		applies := true
		var num, den float64
		for _, w := range inc.Core {
			wr := byID[w]
			if wr == nil {
				applies = false
				break
			}
			num += wr.Gap * float64(wr.Impact)
			den += float64(wr.Impact)
			if wr.Present {
				m.Present = append(m.Present, w)
			} else {
				m.Missing = append(m.Missing, w)
			}
			for _, bc := range wr.Because {
				if g, ok := s.b.Scoring.Gap[bc.Answer]; ok && g > 0 {
					m.Because = append(m.Because, bc)
				}
			}
		}
		if !applies {
			continue
		}
		for _, w := range inc.Amplifying {
			if wr := byID[w]; wr != nil && wr.Present {
				m.Amplifying = append(m.Amplifying, w)
			}
		}
		m.Complete = len(m.Missing) == 0
		if den > 0 {
			m.Coverage = math.Round(1000*num/den) / 1000
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Complete != out[j].Complete {
			return out[i].Complete
		}
		if out[i].Coverage != out[j].Coverage {
			return out[i].Coverage > out[j].Coverage
		}
		return order[out[i].Incident] < order[out[j].Incident]
	})
	return out
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
