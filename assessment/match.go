package assessment

import (
	"math"
	"sort"
)

// How the answers show each weakness, and how closely they follow the way
// each incident happened: the match states the results, the plan and the
// files tell.

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

// weaknesses gives every weakness that applies its risk and state, from
// the worst answer among the questions that reveal it.
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
