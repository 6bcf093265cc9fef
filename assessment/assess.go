package assessment

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

// FindOut is a question answered "don't know": a task to find out.
type FindOut struct {
	Question string
	Area     string
	Weakness string
}

// Asked reports whether a question (profile or control) applies to the
// company, given its profile answers.
func (r *Result) Asked(id string) bool { return r.asked[id] }

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
