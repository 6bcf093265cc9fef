package assessment

import (
	"math"
	"sort"
)

// Result is what the answers say about a company: scores and their band,
// critical gaps, weakness risks, incident matches and what to find out.
// Every figure carries the answers that produced it, so it can be
// explained. The plan (NewPlan) is the one holder of what is planned.
type Result struct {
	Bank BankRef
	// Progress counts the control questions asked, answered and the kinds
	// of answer given.
	Progress Progress
	// Scores are 0..100: 100 when every answered control is in place.
	Scores Scores
	// Critical lists the critical questions answered no or "don't know",
	// in bank order.
	Critical []Because
	// Questions holds the risk each asked and answered control question
	// carries, in bank order.
	Questions []QuestionRisk
	// Weaknesses lists every weakness that applies, in bank order.
	Weaknesses []WeaknessRisk
	// Incidents lists the incidents that can apply to the company and
	// that its answers come close to: matches first, then unconfirmed,
	// examples and partial matches by coverage.
	Incidents []IncidentMatch
	// FindOut lists the questions answered "don't know".
	FindOut []FindOut

	asked   map[string]bool
	answers *Answers
	scorer  *scorer
}

// Progress counts applicable control questions.
type Progress struct {
	Answered int
	Total    int
	// NA counts the answers "not applicable", Unknown the "don't know".
	NA      int
	Unknown int
}

// Scores holds the overall score, its rating, and one score per area that
// applies.
type Scores struct {
	Overall Score
	Areas   []AreaScore
	// Band is the named range the overall score falls in, capped by a
	// critical gap; empty while the score is provisional.
	Band string
	// Capped is true when a critical gap kept the band below the one the
	// score alone reaches.
	Capped bool
	// Provisional is true while too few applicable questions are answered
	// (or too many are N/A) for the score to mean much.
	Provisional bool
	// KnownShare (0..1) is how much of the scored weight rests on answers
	// the company knows (yes, partly, no) rather than "don't know".
	KnownShare float64
}

// Score is a 0..100 score. Scored is false while no question behind it has
// an answer other than N/A; Value is then 0 and means nothing.
type Score struct {
	Value  float64
	Scored bool
}

// AreaScore is the score of one area (module).
type AreaScore struct {
	Area string
	Score
	Answered int
	Total    int
}

// Because is one answer that contributed to a figure.
type Because struct {
	Question string
	Answer   string
}

// QuestionRisk is the share of the overall score one answered control
// question costs: Points is how many of the 100 points the score would
// gain if the control were in place.
type QuestionRisk struct {
	Question string
	Answer   string
	Gap      float64
	// Weight is likelihood × impact × evidence.
	Weight float64
	Points float64
}

// WeaknessRisk is the risk (0..100) one weakness carries, from the worst
// answer among the questions that reveal it.
type WeaknessRisk struct {
	Weakness   string
	Risk       float64
	Gap        float64
	Likelihood int
	Impact     int
	Evidence   float64
	// State is how the answers show the weakness: Shown (a no), Unsure
	// ("don't know"), Some (partly), or "" when no answer shows it.
	State string
	// Answered is false while none of its questions has an answer (other
	// than N/A); the risk is then 0 and unknown.
	Answered bool
	Because  []Because
}

// How the answers show a weakness.
const (
	Shown  = "shown"  // a question revealing it is answered no
	Unsure = "unsure" // answered "don't know", and no "no"
	Some   = "some"   // answered partly only
)

// Match states of an incident.
const (
	// Match: every core weakness is shown by a "no", and the incident
	// has at least two core weaknesses.
	Match = "match"
	// Unconfirmed: nothing rules it out, but at least one core weakness
	// rests on "don't know".
	Unconfirmed = "unconfirmed"
	// Example: an incident with a single core weakness that the answers
	// show (or cannot rule out): told as an example of what the gap
	// leads to, not as "your answers match".
	Example = "example"
	// Partial: some core weaknesses are shown, partly or wholly.
	Partial = "partial"
)

// IncidentMatch says how closely the answers follow the way an incident
// happened.
type IncidentMatch struct {
	Incident string
	State    string
	// Coverage (0..1) is the impact-weighted share of the core weaknesses'
	// gaps: 1 when every core control is absent.
	Coverage float64
	// Present, Unsure and Missing split the core weaknesses: shown by a
	// no, resting on "don't know", and not shown (partly or in place).
	Present []string
	Unsure  []string
	Missing []string
	// Amplifying lists the amplifying weaknesses shown too.
	Amplifying []string
	Because    []Because
}

// FindOut is a question answered "don't know": a task to find out.
type FindOut struct {
	Question string
	Area     string
	Weakness string
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

// Incident returns the match of an incident, or nil if it is not listed.
func (r *Result) Incident(id string) *IncidentMatch {
	for i := range r.Incidents {
		if r.Incidents[i].Incident == id {
			return &r.Incidents[i]
		}
	}
	return nil
}

// Question returns the risk of an answered control question, or nil.
func (r *Result) Question(id string) *QuestionRisk {
	for i := range r.Questions {
		if r.Questions[i].Question == id {
			return &r.Questions[i]
		}
	}
	return nil
}

// IsCritical reports whether a question is among the critical gaps.
func (r *Result) IsCritical(question string) bool {
	for _, c := range r.Critical {
		if c.Question == question {
			return true
		}
	}
	return false
}

// Assess scores answers against a validated bank. It is deterministic and
// has no side effects: the same bank and answers always give the same
// result. Answers to unknown questions and options are ignored here (Check
// reports them).
func Assess(b *Bank, a *Answers) *Result {
	s := newScorer(b, a)
	r := &Result{Bank: b.Ref(), asked: s.asked, answers: a, scorer: s, Critical: []Because{}, Questions: []QuestionRisk{}}
	for i := range b.Questions {
		q := &b.Questions[i]
		if !s.asked[q.ID] {
			continue
		}
		r.Progress.Total++
		ans := s.answer(q.ID)
		if ans != "" && contains(q.Options, ans) {
			r.Progress.Answered++
		}
		switch ans {
		case NA:
			r.Progress.NA++
		case Unknown:
			r.Progress.Unknown++
			r.FindOut = append(r.FindOut, FindOut{Question: q.ID, Area: q.Area, Weakness: q.Weakness})
		}
		if q.Critical && (ans == No || ans == Unknown) {
			r.Critical = append(r.Critical, Because{Question: q.ID, Answer: ans})
		}
	}
	r.Scores = s.scores(nil, len(r.Critical) > 0)
	r.Scores.Provisional = s.provisional(r.Progress)
	if r.Scores.Provisional {
		r.Scores.Band, r.Scores.Capped = "", false
	}
	r.Questions = s.questionRisks()
	r.Weaknesses = s.weaknesses()
	r.Incidents = s.incidents(r.Weaknesses)
	return r
}

// scorer evaluates one bank against one answers document.
type scorer struct {
	b     *Bank
	a     *Answers
	asked map[string]bool
	delta int // profile adjustment of impact
	evMax float64
	total float64 // weight of every scored question
}

func newScorer(b *Bank, a *Answers) *scorer {
	s := &scorer{b: b, a: a, asked: map[string]bool{}}
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
	for i := range b.Questions {
		q := &b.Questions[i]
		if _, ok := s.gap(q); ok && s.asked[q.ID] {
			s.total += s.weight(q)
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
	ok := s.holds(s.b.index.conditionsOf(id), visiting)
	s.asked[id] = ok
	return ok
}

// holds reports whether every condition holds: the question it names is
// asked, and its answer is one of AnyOf or not given yet.
func (s *scorer) holds(conds []Condition, visiting map[string]bool) bool {
	for _, c := range conds {
		if !s.isAsked(c.Question, visiting) {
			return false
		}
		if ans := s.answer(c.Question); ans != "" && !contains(c.AnyOf, ans) {
			return false
		}
	}
	return true
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

// points is how many of the overall score's 100 points a gap costs.
func (s *scorer) points(q *Question, g float64) float64 {
	if s.total == 0 {
		return 0
	}
	return 100 * g * s.weight(q) / s.total
}

// provisional is true while fewer than MinAnswered of the applicable
// questions are answered, or fewer than MinScored are answered with
// something other than N/A: a score on a handful of answers says little.
func (s *scorer) provisional(p Progress) bool {
	if p.Total == 0 {
		return true
	}
	answered := float64(p.Answered) / float64(p.Total)
	scored := float64(p.Answered-p.NA) / float64(p.Total)
	return answered < s.b.Scoring.MinAnswered || scored < s.b.Scoring.MinScored
}

// band names the range a score falls in, and whether a critical gap capped
// it below that.
func (s *scorer) band(v float64, critical bool) (string, bool) {
	bands := s.b.Scoring.Bands
	at := len(bands) - 1
	for i, b := range bands {
		if v >= b.Min {
			at = i
			break
		}
	}
	if !critical {
		return bands[at].ID, false
	}
	for i, b := range bands {
		if b.ID == s.b.Scoring.CriticalCap && i > at {
			return b.ID, true
		}
	}
	return bands[at].ID, false
}

// scores computes every score, with the questions in closed counted as
// answered yes (what-if), and the band with or without a critical gap.
func (s *scorer) scores(closed map[string]bool, critical bool) Scores {
	type acc struct{ risk, max, known float64 }
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
		if ans := s.answer(q.ID); ans != "" && contains(q.Options, ans) {
			as.Answered++
		}
		g, ok := s.gap(q)
		if !ok {
			continue
		}
		known := s.answer(q.ID) != Unknown
		if closed[q.ID] {
			g, known = 0, true
		}
		w := s.weight(q)
		for _, x := range []*acc{areas[q.Area], &all} {
			x.risk += g * w
			x.max += w
			if known {
				x.known += w
			}
		}
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
	if all.max > 0 {
		out.KnownShare = math.Round(1000*all.known/all.max) / 1000
	}
	out.Band, out.Capped = s.band(out.Overall.Value, critical)
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

func (s *scorer) questionRisks() []QuestionRisk {
	out := []QuestionRisk{}
	for i := range s.b.Questions {
		q := &s.b.Questions[i]
		g, ok := s.gap(q)
		if !ok || !s.asked[q.ID] {
			continue
		}
		out = append(out, QuestionRisk{Question: q.ID, Answer: s.answer(q.ID), Gap: g,
			Weight: round1(s.weight(q)), Points: round1(s.points(q, g))})
	}
	return out
}

func (s *scorer) weaknesses() []WeaknessRisk {
	out := []WeaknessRisk{}
	maxRisk := 25 * s.evMax
	rank := map[string]int{"": 0, Some: 1, Unsure: 2, Shown: 3}
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
			ans := s.answer(q.ID)
			if ans != "" {
				wr.Because = append(wr.Because, Because{Question: q.ID, Answer: ans})
			}
			g, ok := s.gap(q)
			if !ok {
				continue
			}
			wr.Answered = true
			state := map[string]string{No: Shown, Unknown: Unsure, Partly: Some}[ans]
			if rank[state] > rank[wr.State] {
				wr.State = state
			}
			risk := g * s.weight(q)
			if risk > worst || (risk == worst && g > wr.Gap) {
				worst = risk
				wr.Gap = g
				wr.Likelihood = q.Likelihood
				wr.Risk = round1(100 * risk / maxRisk)
			}
		}
		if applies {
			out = append(out, wr)
		}
	}
	return out
}

// incidents lists the incidents that can apply (their profile conditions
// hold and every core weakness is asked about) and that at least one
// answer brings close.
func (s *scorer) incidents(ws []WeaknessRisk) []IncidentMatch {
	byID := make(map[string]*WeaknessRisk, len(ws))
	for i := range ws {
		byID[ws[i].Weakness] = &ws[i]
	}
	out := []IncidentMatch{}
	order := map[string]int{}
	for i, inc := range s.b.Incidents {
		order[inc.ID] = i
		if !s.holds(inc.AppliesWhen, map[string]bool{}) {
			continue
		}
		m := IncidentMatch{Incident: inc.ID, Present: []string{}, Unsure: []string{}, Missing: []string{}, Amplifying: []string{}, Because: []Because{}}
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
			switch wr.State {
			case Shown:
				m.Present = append(m.Present, w)
			case Unsure:
				m.Unsure = append(m.Unsure, w)
			default:
				m.Missing = append(m.Missing, w)
			}
			for _, bc := range wr.Because {
				if g, ok := s.b.Scoring.Gap[bc.Answer]; ok && g > 0 {
					m.Because = append(m.Because, bc)
				}
			}
		}
		if !applies || num == 0 {
			continue
		}
		for _, w := range inc.Amplifying {
			if wr := byID[w]; wr != nil && wr.State == Shown {
				m.Amplifying = append(m.Amplifying, w)
			}
		}
		m.Coverage = math.Round(1000*num/den) / 1000
		switch {
		case len(m.Missing) > 0:
			m.State = Partial
		case len(inc.Core) < 2:
			m.State = Example
		case len(m.Unsure) > 0:
			m.State = Unconfirmed
		default:
			m.State = Match
		}
		out = append(out, m)
	}
	rank := map[string]int{Match: 0, Unconfirmed: 1, Example: 2, Partial: 3}
	sort.SliceStable(out, func(i, j int) bool {
		if rank[out[i].State] != rank[out[j].State] {
			return rank[out[i].State] < rank[out[j].State]
		}
		if out[i].Coverage != out[j].Coverage {
			return out[i].Coverage > out[j].Coverage
		}
		return order[out[i].Incident] < order[out[j].Incident]
	})
	return out
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
