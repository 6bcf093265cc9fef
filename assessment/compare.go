package assessment

// Comparing two assessments of one company — last year's and this year's —
// against the same bank: what a consultant shows a client at a re-visit.
// Both answer sets are scored with the bank at hand, so a question the
// older file answered but the bank no longer asks simply drops out (Check
// warns about it when the file is read).

// Directions an answer can move in, judged by its gap: a smaller gap is
// better. "Changed" is a move between answers of equal gap (don't know →
// no: found out, still a gap) or to or from not applicable.
const (
	Improved = "improved"
	Worsened = "worsened"
	Changed  = "changed"
	Answered = "answered" // unanswered (or not asked) before
)

// Comparison is the difference between an earlier and a later assessment.
type Comparison struct {
	Old, New *Result
	// Overall and Areas: the scores before and after (Delta only when both
	// are scored).
	Overall ScoreChange
	Areas   []AreaChange
	// BandOld and BandNew are the bands ("" while provisional).
	BandOld, BandNew string
	// CriticalClosed are critical gaps of the earlier assessment that are
	// closed now; CriticalOpened critical gaps that are new.
	CriticalClosed, CriticalOpened []string
	// IncidentsCleared are incidents whose pattern the earlier answers
	// reproduced (match or example) and the later ones do not;
	// IncidentsNew the reverse.
	IncidentsCleared, IncidentsNew []string
	// Answers lists every control question whose answer differs, in the
	// bank's order.
	Answers []AnswerChange
	// ActionsDone are the bank's actions marked done in the later
	// assessment's tracking and not in the earlier one's, in bank order.
	ActionsDone []string
	// IPAOld and IPANew are IPA's self-check scores.
	IPAOld, IPANew IPAScore
}

// ScoreChange is one score before and after.
type ScoreChange struct {
	Old, New Score
	// Delta is New − Old, rounded as scores are; meaningful only when
	// both are scored.
	Delta float64
}

// Both reports whether both scores exist, so that Delta means something.
func (c ScoreChange) Both() bool { return c.Old.Scored && c.New.Scored }

// AreaChange is one area's score before and after.
type AreaChange struct {
	Area string
	ScoreChange
}

// AnswerChange is one question answered differently.
type AnswerChange struct {
	Question  string
	Area      string
	Old, New  string
	Direction string
}

// Compare scores both answer sets against b and says what changed.
func Compare(b *Bank, older, newer *Answers) *Comparison {
	o, n := Assess(b, older), Assess(b, newer)
	c := &Comparison{Old: o, New: n, Answers: []AnswerChange{},
		CriticalClosed: []string{}, CriticalOpened: []string{},
		IncidentsCleared: []string{}, IncidentsNew: []string{}, ActionsDone: []string{}}
	c.Overall = change(o.Scores.Overall, n.Scores.Overall)
	c.BandOld, c.BandNew = o.Scores.Band, n.Scores.Band
	for _, a := range b.Areas {
		oa, na := areaScore(o, a.ID), areaScore(n, a.ID)
		if oa == nil && na == nil {
			continue
		}
		ch := AreaChange{Area: a.ID}
		if oa != nil {
			ch.Old = oa.Score
		}
		if na != nil {
			ch.New = na.Score
		}
		ch.ScoreChange = change(ch.Old, ch.New)
		c.Areas = append(c.Areas, ch)
	}
	for _, q := range b.Questions {
		if o.IsCritical(q.ID) && !n.IsCritical(q.ID) {
			c.CriticalClosed = append(c.CriticalClosed, q.ID)
		}
		if n.IsCritical(q.ID) && !o.IsCritical(q.ID) {
			c.CriticalOpened = append(c.CriticalOpened, q.ID)
		}
		before, after := answerIn(o, q), answerIn(n, q)
		if before == after {
			continue
		}
		c.Answers = append(c.Answers, AnswerChange{Question: q.ID, Area: q.Area, Old: before, New: after,
			Direction: direction(b, before, after)})
	}
	for _, inc := range b.Incidents {
		was, is := reproducedIn(o, inc.ID), reproducedIn(n, inc.ID)
		switch {
		case was && !is:
			c.IncidentsCleared = append(c.IncidentsCleared, inc.ID)
		case is && !was:
			c.IncidentsNew = append(c.IncidentsNew, inc.ID)
		}
	}
	for _, a := range b.Actions {
		if newer.TrackOf(a.ID).Status == StatusDone && older.TrackOf(a.ID).Status != StatusDone {
			c.ActionsDone = append(c.ActionsDone, a.ID)
		}
	}
	c.IPAOld, c.IPANew = o.IPA(), n.IPA()
	return c
}

func change(old, new Score) ScoreChange {
	c := ScoreChange{Old: old, New: new}
	if c.Both() {
		c.Delta = round1(new.Value - old.Value)
	}
	return c
}

func areaScore(r *Result, area string) *AreaScore {
	for i := range r.Scores.Areas {
		if r.Scores.Areas[i].Area == area {
			return &r.Scores.Areas[i]
		}
	}
	return nil
}

// answerIn is the answer a result counts for q: "" when q is not asked or
// not answered with one of its options.
func answerIn(r *Result, q Question) string {
	if !r.Asked(q.ID) || r.answers == nil {
		return ""
	}
	if a := r.answers.Answers[q.ID]; contains(q.Options, a) {
		return a
	}
	return ""
}

func reproducedIn(r *Result, incident string) bool {
	for _, m := range r.Incidents {
		if m.Incident == incident {
			return m.State == Match || m.State == Example
		}
	}
	return false
}

// direction judges a change of answer by the bank's gaps.
func direction(b *Bank, before, after string) string {
	g := b.Scoring.Gap
	gb, okb := g[before]
	ga, oka := g[after]
	switch {
	case before == "":
		return Answered
	case !okb || !oka:
		return Changed // to or from unanswered or not applicable
	case ga < gb:
		return Improved
	case ga > gb:
		return Worsened
	}
	return Changed
}
