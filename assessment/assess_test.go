package assessment

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// banks returns every bank the properties must hold for: the small test
// bank and the built-in one.
func banks(t *testing.T) map[string]*Bank {
	def, err := DefaultBank()
	require.NoError(t, err)
	return map[string]*Bank{"mini": miniBank(t), "default": def}
}

// randomAnswers answers each question at random, leaving some unanswered.
func randomAnswers(b *Bank, rng *rand.Rand) *Answers {
	a := NewAnswers(b)
	for _, p := range b.Profile {
		if n := rng.IntN(len(p.Options) + 1); n < len(p.Options) {
			a.Answers[p.ID] = p.Options[n].ID
		}
	}
	for _, q := range b.Questions {
		if n := rng.IntN(len(q.Options) + 1); n < len(q.Options) {
			a.Answers[q.ID] = q.Options[n]
		}
	}
	return a
}

func answersWith(b *Bank, control string) *Answers {
	a := NewAnswers(b)
	for _, q := range b.Questions {
		if contains(q.Options, control) {
			a.Answers[q.ID] = control
		}
	}
	return a
}

func clone(a *Answers) *Answers {
	c := *a
	c.Answers = make(map[string]string, len(a.Answers))
	for k, v := range a.Answers {
		c.Answers[k] = v
	}
	c.Planned = append([]string(nil), a.Planned...)
	return &c
}

// TestImprovingAnAnswerNeverRaisesRisk is the central property: moving any
// one control answer from don't know to no to partly to yes never raises
// any risk, never lowers any score or band and never brings the company
// closer to an incident.
func TestImprovingAnAnswerNeverRaisesRisk(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			for i := 0; i < 3000; i++ {
				base := randomAnswers(b, rng)
				q := b.Questions[rng.IntN(len(b.Questions))]
				var prev *Result
				for _, step := range []string{Unknown, No, Partly, Yes} {
					if !contains(q.Options, step) {
						continue
					}
					a := clone(base)
					a.Answers[q.ID] = step
					r := Assess(b, a)
					if prev != nil {
						assertNotWorse(t, b, prev, r, q.ID, step)
					}
					prev = r
				}
			}
		})
	}
}

// stateRank orders how close an incident is. "Don't know" and no are the
// same gap, so moving between them may turn unconfirmed into a match.
var stateRank = map[string]int{Match: 3, Unconfirmed: 3, Example: 3, Partial: 1, "": 0}

func assertNotWorse(t *testing.T, b *Bank, before, after *Result, q, step string) {
	t.Helper()
	for i, w := range after.Weaknesses {
		require.LessOrEqual(t, w.Risk, before.Weaknesses[i].Risk, "risk of %s rose when %s became %s", w.Weakness, q, step)
	}
	if before.Scores.Overall.Scored {
		require.GreaterOrEqual(t, after.Scores.Overall.Value, before.Scores.Overall.Value, "overall score fell when %s became %s", q, step)
	}
	if before.Scores.Band != "" && after.Scores.Band != "" {
		require.LessOrEqual(t, bandIndex(b, after.Scores.Band), bandIndex(b, before.Scores.Band), "band fell when %s became %s", q, step)
	}
	for i, a := range after.Scores.Areas {
		if before.Scores.Areas[i].Scored {
			require.GreaterOrEqual(t, a.Value, before.Scores.Areas[i].Value, "score of %s fell when %s became %s", a.Area, q, step)
		}
	}
	require.LessOrEqual(t, len(after.Critical), len(before.Critical), "a critical gap opened when %s became %s", q, step)
	was := map[string]IncidentMatch{}
	for _, m := range before.Incidents {
		was[m.Incident] = m
	}
	for _, m := range after.Incidents {
		require.LessOrEqual(t, m.Coverage, was[m.Incident].Coverage, "%s came closer when %s became %s", m.Incident, q, step)
		require.LessOrEqual(t, stateRank[m.State], stateRank[was[m.Incident].State], "%s: %s became %s when %s became %s", m.Incident, was[m.Incident].State, m.State, q, step)
	}
}

func bandIndex(b *Bank, band string) int {
	for i, x := range b.Scoring.Bands {
		if x.ID == band {
			return i
		}
	}
	return -1
}

func TestAssessIsDeterministic(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, 4))
			for i := 0; i < 500; i++ {
				a := randomAnswers(b, rng)
				r1, r2 := Assess(b, a), Assess(b, clone(a))
				require.Equal(t, r1.Scores, r2.Scores)
				require.Equal(t, r1.Incidents, r2.Incidents)
				require.Equal(t, NewPlan(b, r1), NewPlan(b, r2))
			}
		})
	}
}

// TestVerdictsOverRandomAnswers holds the rules a consultant signs, over
// thousands of random answer sets: no match from "don't know" or "partly";
// don't know never scores better than no; a critical gap is listed, caps
// the band and is closed by the plan's first action; the plan holds no
// action whose closed questions are all yes or N/A; points add up to the
// projection; the week stays doable.
func TestVerdictsOverRandomAnswers(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(11, 12))
			for i := 0; i < 3000; i++ {
				a := randomAnswers(b, rng)
				r := Assess(b, a)
				for _, m := range r.Incidents {
					inc := b.Incident(m.Incident)
					require.True(t, NewScorerHolds(b, a, inc.AppliesWhen), "%s listed although the profile rules it out", m.Incident)
					if m.State != Match {
						continue
					}
					require.GreaterOrEqual(t, len(inc.Core), 2, "%s: a match needs two core weaknesses", m.Incident)
					for _, w := range inc.Core {
						shownByNo := false
						for _, q := range b.QuestionsOf(w) {
							shownByNo = shownByNo || (r.Asked(q.ID) && a.Answers[q.ID] == No)
						}
						require.True(t, shownByNo, "%s matched although %s is not shown by a no", m.Incident, w)
					}
				}
				critical := 0
				for _, q := range b.Questions {
					if q.Critical && r.Asked(q.ID) && (a.Answers[q.ID] == No || a.Answers[q.ID] == Unknown) {
						critical++
						require.True(t, r.IsCritical(q.ID), q.ID)
					}
				}
				require.Len(t, r.Critical, critical)
				if critical > 0 && r.Scores.Band != "" {
					require.GreaterOrEqual(t, bandIndex(b, r.Scores.Band), bandIndex(b, b.Scoring.CriticalCap), "a critical gap caps the band")
				}

				for _, p := range [][]string{nil, pickActions(b, rng)} {
					a.Planned = p
					checkPlan(t, b, a, Assess(b, a))
				}
			}
		})
	}
}

// NewScorerHolds says whether conditions hold for answers a.
func NewScorerHolds(b *Bank, a *Answers, conds []Condition) bool {
	return newScorer(b, a).holds(conds, map[string]bool{})
}

func pickActions(b *Bank, rng *rand.Rand) []string {
	var ids []string
	for _, act := range b.Actions {
		if rng.IntN(3) == 0 {
			ids = append(ids, act.ID)
		}
	}
	return ids
}

func checkPlan(t *testing.T, b *Bank, a *Answers, r *Result) {
	t.Helper()
	p := NewPlan(b, r)
	rank := map[Horizon]int{Week: 0, Month: 1, Quarter: 2, Later: 3}
	last, seen, closed, week := 0, map[string]bool{}, map[string]bool{}, 0
	points := 0.0
	criticalNo := 0
	for _, c := range r.Critical {
		if c.Answer == No {
			criticalNo++
		}
	}
	hours := map[string]float64{}
	for i, it := range p.Items {
		h := rank[it.Horizon]
		require.GreaterOrEqual(t, h, last, "horizons in order")
		last = h
		if it.Horizon == Week {
			week++
		}
		hours[it.Person+string(it.Horizon)] += it.Hours
		require.NotEmpty(t, it.Closes, "item %d closes nothing", i)
		for _, q := range it.Closes {
			ans := a.Answers[q]
			require.True(t, ans == No || ans == Partly || ans == Unknown, "%s closes %s answered %q", it.Action, q, ans)
			if it.Kind == KindAction {
				require.False(t, closed[q], "%s credited with %s, closed earlier", it.Action, q)
				closed[q] = true
			}
		}
		if it.Kind != KindAction {
			continue
		}
		require.False(t, seen[it.Action], "action listed twice")
		seen[it.Action] = true
		require.GreaterOrEqual(t, h, rank[HorizonOf(b.Action(it.Action))], "%s planned before its effort or lead time allows", it.Action)
		points += it.Points
	}
	require.LessOrEqual(t, week, WeekLimit)
	for k, v := range hours {
		for person, c := range capacity {
			for hz, max := range c {
				if k == person+string(hz) {
					require.LessOrEqual(t, v, max, "%s has %.1f h in %s", person, v, hz)
				}
			}
		}
	}
	// Every open gap is closed by some item; the first item closes a
	// critical gap answered no when there is one.
	for _, q := range r.Questions {
		if q.Gap > 0 && a.Answers[q.Question] != Unknown {
			require.True(t, closed[q.Question], "%s answered %s has no action", q.Question, q.Answer)
		}
	}
	if criticalNo > 0 {
		require.True(t, p.Items[0].Critical, "the first item closes a critical gap")
	}
	if r.Scores.Overall.Scored {
		require.InDelta(t, 100-r.Scores.Overall.Value, points, 0.1*float64(len(p.Items))+0.11, "points add up to the gap to 100")
	}
	if p.Projected == nil {
		for _, it := range p.Items {
			require.False(t, it.Planned)
		}
		return
	}
	gain := 0.0
	for _, it := range p.Planned() {
		gain += it.Points
	}
	require.GreaterOrEqual(t, p.Projected.Overall.Value, r.Scores.Overall.Value)
	require.LessOrEqual(t, p.Projected.Overall.Value, r.Scores.Overall.Value+gain+0.1*float64(len(p.Items))+0.11, "projection exceeds what the planned actions close")
}

// TestNotApplicableLeavesTheDenominator: an N/A answer counts neither as a
// gap nor as a control in place.
func TestNotApplicableLeavesTheDenominator(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			for _, q := range b.Questions {
				if !contains(q.Options, NA) {
					continue
				}
				others := 0
				for _, o := range b.Questions {
					if o.Area == q.Area && o.ID != q.ID {
						others++
					}
				}
				area := func(r *Result) Score {
					for _, a := range r.Scores.Areas {
						if a.Area == q.Area {
							return a.Score
						}
					}
					t.Fatalf("area %s not scored", q.Area)
					return Score{}
				}
				good := answersWith(b, Yes)
				good.Answers[q.ID] = No
				require.Less(t, area(Assess(b, good)).Value, 100.0, q.ID)
				good.Answers[q.ID] = NA
				if others == 0 {
					assert.False(t, area(Assess(b, good)).Scored, "%s: an area answered only N/A has no score", q.ID)
					continue
				}
				assert.Equal(t, 100.0, area(Assess(b, good)).Value, "%s as N/A must not pull a perfect area down", q.ID)

				bad := answersWith(b, No)
				bad.Answers[q.ID] = NA
				assert.Equal(t, 0.0, area(Assess(b, bad)).Value, "%s as N/A must not lift a failing area", q.ID)
			}
		})
	}
}

func TestEveryIncidentCanBeMatchedAndAllYesMatchesNone(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			allNo := Assess(b, answersWith(b, No))
			state := map[string]string{}
			for _, m := range allNo.Incidents {
				state[m.Incident] = m.State
			}
			for _, inc := range b.Incidents {
				want := Match
				if len(inc.Core) < 2 {
					want = Example
				}
				assert.Equal(t, want, state[inc.ID], "%s with every answer no", inc.ID)
			}
			allYes := Assess(b, answersWith(b, Yes))
			assert.Empty(t, allYes.Incidents)
			assert.Empty(t, allYes.Critical)
			for _, w := range allYes.Weaknesses {
				assert.Zero(t, w.Risk, w.Weakness)
			}
			assert.Equal(t, 100.0, allYes.Scores.Overall.Value)
			assert.Equal(t, b.Scoring.Bands[0].ID, allYes.Scores.Band)
			assert.Equal(t, 0.0, allNo.Scores.Overall.Value)
			assert.Empty(t, NewPlan(b, allYes).Items, "nothing to do when every control is in place")
		})
	}
}

// TestDontKnowIsNoBetterThanNo: "don't know" scores like no, lowers the
// known share, is never a match, and becomes a find-out task.
func TestDontKnowIsNoBetterThanNo(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			no, unknown := Assess(b, answersWith(b, No)), Assess(b, answersWith(b, Unknown))
			assert.LessOrEqual(t, unknown.Scores.Overall.Value, no.Scores.Overall.Value)
			assert.Equal(t, 1.0, no.Scores.KnownShare)
			assert.Equal(t, 0.0, unknown.Scores.KnownShare)
			for _, m := range unknown.Incidents {
				assert.NotEqual(t, Match, m.State, m.Incident)
			}
			for _, m := range Assess(b, answersWith(b, Partly)).Incidents {
				assert.Equal(t, Partial, m.State, "partly never makes a match: %s", m.Incident)
			}
			p := NewPlan(b, unknown)
			require.NotEmpty(t, p.Items)
			assert.Equal(t, KindFindOut, p.Items[0].Kind, "with nothing known, finding out comes first")
			assert.Equal(t, Week, p.Items[0].Horizon)
		})
	}
}

func TestProvisionalUntilEnoughIsAnswered(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			a := NewAnswers(b)
			a.Answers[b.Questions[0].ID] = Yes
			r := Assess(b, a)
			assert.True(t, r.Scores.Provisional, "one answer")
			assert.Empty(t, r.Scores.Band)
			assert.Equal(t, 100.0, r.Scores.Overall.Value)

			na := answersWith(b, NA)
			for _, q := range b.Questions {
				if na.Answers[q.ID] == "" {
					na.Answers[q.ID] = Yes
					break
				}
			}
			assert.True(t, Assess(b, na).Scores.Provisional || Assess(b, na).Progress.NA*2 < Assess(b, na).Progress.Total, "N/A everywhere gives no rating")
			assert.False(t, Assess(b, answersWith(b, Yes)).Scores.Provisional)
		})
	}
}

func TestUnansweredProfileHidesNothing(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			r := Assess(b, NewAnswers(b))
			for _, q := range b.Questions {
				assert.True(t, r.Asked(q.ID), q.ID)
			}
			assert.Equal(t, len(b.Questions), r.Progress.Total)
			assert.Zero(t, r.Progress.Answered)
			assert.False(t, r.Scores.Overall.Scored)
			assert.True(t, r.Scores.Provisional)
		})
	}
}

func TestProfileSwitchesModulesIncidentsAndImpact(t *testing.T) {
	b := miniBank(t)
	a := answersWith(b, No)
	a.Answers["P_TEST"] = "no"
	r := Assess(b, a)
	assert.False(t, r.Asked("TD1"), "no test systems: test questions are not asked")
	assert.True(t, r.Asked("RA1"))
	assert.Equal(t, 5, r.Progress.Total)
	for _, s := range r.Scores.Areas {
		assert.NotEqual(t, "testdev", s.Area)
	}
	assert.Nil(t, r.Incident("JCOIN"), "an incident the profile rules out is not listed")
	assert.Nil(t, r.Weakness("W_REALDATA"))

	small, large := clone(a), clone(a)
	small.Answers["P_PEOPLE"] = "small"
	large.Answers["P_PEOPLE"] = "large"
	rs, rl := Assess(b, small).Weakness("W_UNPATCHED"), Assess(b, large).Weakness("W_UNPATCHED")
	assert.Equal(t, 3, rs.Impact)
	assert.Equal(t, 5, rl.Impact)
	assert.Greater(t, rl.Risk, rs.Risk, "holding more people's data raises the risk")
}

func TestResultExplainsItself(t *testing.T) {
	b := miniBank(t)
	a := answersWith(b, Yes)
	a.Answers["TD1"] = No
	a.Answers["TD2"] = Partly
	a.Answers["RA2"] = No
	a.Answers["TD3"] = Unknown
	r := Assess(b, a)

	w := r.Weakness("W_PASSWORD")
	require.NotNil(t, w)
	assert.Equal(t, []Because{{"TD2", Partly}, {"RA2", No}}, w.Because)
	assert.Equal(t, 1.0, w.Gap, "the worst answer counts")
	assert.Equal(t, Shown, w.State)

	m := r.Incident("JCOIN")
	require.NotNil(t, m)
	assert.Equal(t, Unconfirmed, m.State, "a core weakness resting on don't know: %+v", m)
	assert.Equal(t, []string{"W_REALDATA"}, m.Unsure)
	assert.Contains(t, m.Because, Because{"TD1", No})
	assert.Contains(t, m.Because, Because{"TD3", Unknown})
	assert.Equal(t, []Because{{"TD1", No}}, r.Critical)
	assert.Equal(t, []FindOut{{Question: "TD3", Area: "testdev", Weakness: "W_REALDATA"}}, r.FindOut)
}

func TestPartialMatchCoverage(t *testing.T) {
	b := miniBank(t)
	a := answersWith(b, Yes)
	a.Answers["TD1"] = No
	m := Assess(b, a).Incident("JCOIN")
	require.NotNil(t, m)
	assert.Equal(t, Partial, m.State)
	// Impacts (profile unanswered): W_EXPOSED 4, W_PASSWORD 4, W_REALDATA 5.
	assert.InDelta(t, 4.0/13.0, m.Coverage, 0.001)
	assert.Equal(t, []string{"W_EXPOSED"}, m.Present)
	assert.Equal(t, []string{"W_PASSWORD", "W_REALDATA"}, m.Missing)
}

// TestCriticalGapCapsTheBand: one critical gap in an otherwise perfect
// company keeps it out of the best band, and its fix comes first.
func TestCriticalGapCapsTheBand(t *testing.T) {
	b := miniBank(t)
	a := answersWith(b, Yes)
	a.Answers["RA1"] = No
	r := Assess(b, a)
	assert.Greater(t, r.Scores.Overall.Value, 80.0)
	assert.Equal(t, b.Scoring.CriticalCap, r.Scores.Band)
	assert.True(t, r.Scores.Capped)
	p := NewPlan(b, r)
	require.NotEmpty(t, p.Items)
	assert.Equal(t, "A_PATCH", p.Items[0].Action)
	assert.True(t, p.Items[0].Critical)
	assert.Equal(t, Example, r.Incident("VPN").State, "one core weakness: an example, not a match")
}

// TestPlanCreditsOnlyWhatAnActionCloses is the macro/training pair: macros
// blocked (yes), no training. Blocking macros is not in the plan; training
// is, with every point of the gap.
func TestPlanCreditsOnlyWhatAnActionCloses(t *testing.T) {
	b := miniBank(t)
	a := answersWith(b, Yes)
	a.Answers["RA4"] = Yes
	a.Answers["RA3"] = No
	r := Assess(b, a)
	p := NewPlan(b, r)
	require.Len(t, p.Items, 1)
	assert.Equal(t, "A_TRAIN", p.Items[0].Action)
	assert.Equal(t, []string{"RA3"}, p.Items[0].Closes)
	assert.InDelta(t, 100-r.Scores.Overall.Value, p.Items[0].Points, 0.1)

	a.Planned = []string{"A_BLOCK"}
	assert.Nil(t, NewPlan(b, Assess(b, a)).Projected, "ticking an action that is not in the plan projects nothing")
	a.Planned = []string{"A_TRAIN"}
	pp := NewPlan(b, Assess(b, a))
	require.NotNil(t, pp.Projected)
	assert.Equal(t, 100.0, pp.Projected.Overall.Value)
}

// TestPlanFitsThePeopleAFirmHas: a careless firm where the owner looks
// after IT gets at most five items and a day of the owner's time in its
// first week; the vendor's lead time keeps its action out of week one.
func TestPlanFitsThePeopleAFirmHas(t *testing.T) {
	for name, b := range banks(t) {
		t.Run(name, func(t *testing.T) {
			a := answersWith(b, No)
			p := NewPlan(b, Assess(b, a))
			owner := 0.0
			for _, it := range p.In(Week) {
				if it.Person == RoleOwner {
					owner += it.Hours
				}
				if it.Kind == KindAction {
					assert.LessOrEqual(t, b.Action(it.Action).LeadTimeDays, 5, "%s needs another party: not this week", it.Action)
				}
			}
			assert.LessOrEqual(t, len(p.In(Week)), WeekLimit)
			assert.LessOrEqual(t, owner, capacity[RoleOwner][Week])
			assert.NotEmpty(t, p.In(Week))
		})
	}
	b := miniBank(t)
	a := answersWith(b, No)
	a.Answers["P_IT"] = "staff"
	for _, it := range NewPlan(b, Assess(b, a)).Items {
		if it.Kind == KindAction && b.Action(it.Action).Role == RoleIT {
			assert.Equal(t, RoleIT, it.Person, "a staff member looks after IT")
		}
	}
	a.Answers["P_IT"] = "owner"
	for _, it := range NewPlan(b, Assess(b, a)).Items {
		if it.Kind == KindAction && b.Action(it.Action).Role == RoleIT {
			assert.Equal(t, RoleOwner, it.Person, "the owner looks after IT")
		}
	}
}

func TestPlanAddressesOnlyListedIncidents(t *testing.T) {
	b := miniBank(t)
	a := answersWith(b, No)
	a.Answers["P_TEST"] = "no"
	for _, it := range NewPlan(b, Assess(b, a)).Items {
		assert.NotContains(t, it.Addresses, "JCOIN", "an incident the profile rules out is not addressed")
	}
	a.Answers["P_TEST"] = "yes"
	found := false
	for _, it := range NewPlan(b, Assess(b, a)).Items {
		found = found || contains(it.Addresses, "JCOIN")
	}
	assert.True(t, found)
}
