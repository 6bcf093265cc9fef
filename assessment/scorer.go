package assessment

import "math"

// scorer evaluates one bank against one answers document.
type scorer struct {
	b     *Bank
	a     *Answers
	asked map[string]bool
	// delta is the profile's adjustment of impact, by the kind of harm a
	// profile option affects ("" for every weakness).
	delta map[string]int
	evMax float64
	total float64 // weight of every scored question
	// share counts the asked questions of each weakness: a weakness weighs
	// the same whether the bank asks about it in one question or three.
	share map[string]int
	// weights holds weight() by question position, and areaOn the areas
	// with an asked question: both are fixed once the answers are, and the
	// plan scores its projections many times over.
	weights []float64
	areaOn  map[string]bool
}

func newScorer(b *Bank, a *Answers) *scorer {
	s := &scorer{b: b, a: a, asked: map[string]bool{}, delta: map[string]int{}}
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
				s.delta[o.Affects] += o.Impact
			}
		}
	}
	s.evMax = 1 + b.Scoring.EvidenceStep*float64(b.Scoring.EvidenceCap)
	s.share = map[string]int{}
	for i := range b.Questions {
		if q := &b.Questions[i]; s.asked[q.ID] {
			s.share[q.Weakness]++
		}
	}
	s.weights = make([]float64, len(b.Questions))
	s.areaOn = map[string]bool{}
	for i := range b.Questions {
		q := &b.Questions[i]
		s.weights[i] = s.weightOf(q)
		if !s.asked[q.ID] {
			continue
		}
		s.areaOn[q.Area] = true
		if _, ok := s.gap(q); ok {
			s.total += s.weights[i]
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
	d := s.delta[""]
	switch w.Harm {
	case "confidentiality", "availability":
		d += s.delta[w.Harm]
	default: // both kinds of harm: the worse of the two decides
		d += max(s.delta["confidentiality"], s.delta["availability"])
	}
	return min(5, max(1, w.Impact+d))
}

func (s *scorer) evidence(w string) float64 {
	n := min(len(s.b.index.incidentsOf[w]), s.b.Scoring.EvidenceCap)
	return 1 + s.b.Scoring.EvidenceStep*float64(n)
}

// weightOf is the most a question can contribute to risk: likelihood ×
// impact × evidence, shared among the asked questions of its weakness so
// that splitting a control into several questions adds no weight.
func (s *scorer) weightOf(q *Question) float64 {
	w := s.b.index.weakness[q.Weakness]
	return float64(q.Likelihood*s.impact(w)) * s.evidence(q.Weakness) / float64(max(1, s.share[q.Weakness]))
}

// weight is weightOf(q) as newScorer worked it out.
func (s *scorer) weight(q *Question) float64 {
	return s.weights[s.b.index.position[q.ID]]
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
		if s.areaOn[a.ID] {
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
		w := s.weights[i]
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

func round1(x float64) float64 { return math.Round(x*10) / 10 }
