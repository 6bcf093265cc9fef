package assessment

import (
	"math"
	"slices"
	"sort"
)

// Horizon is when an action should be done.
type Horizon string

// Horizons, in order.
const (
	Week    Horizon = "week"    // this week: quick wins and critical fixes
	Month   Horizon = "month"   // within 30 days
	Quarter Horizon = "quarter" // within 90 days
	Later   Horizon = "later"   // once the first 90 days' work is done
)

// Horizons lists every horizon in order.
var Horizons = []Horizon{Week, Month, Quarter, Later}

// Kinds of plan item.
const (
	KindAction  = "action"   // an action of the bank
	KindFindOut = "find_out" // find out the answers given as "don't know"
)

// Plan is the prioritised remediation plan for a result, and the one holder
// of what the user has planned.
type Plan struct {
	Items []PlanItem
	// Projected are the scores once the planned items still in the plan
	// are done; nil when none is planned.
	Projected *Scores
}

// PlanItem is one step of the plan: an action of the bank, or the task of
// finding out the "don't know" answers.
type PlanItem struct {
	Kind string
	// Action is the bank action's id (KindAction only).
	Action  string
	Horizon Horizon
	// Person is who does it: owner, it, vendor or staff. Work of the IT
	// role goes to whoever the profile says looks after IT.
	Person string
	// Hours is the mean of the effort estimate.
	Hours float64
	// Points is how many points (of 100) the overall score gains when the
	// item is done, after the items before it: the points of a plan add up.
	Points float64
	// Closes lists the questions it settles that are not yet yes: for an
	// action the ones it makes yes, for the find-out task the "don't
	// know" answers.
	Closes []string
	// Fixes lists the weaknesses of those questions.
	Fixes []string
	// Addresses lists the incidents of the result that have one of those
	// weaknesses as a core cause, in the result's order.
	Addresses []string
	// Critical is true when it closes a critical gap.
	Critical bool
	Planned  bool
}

// Planned returns the items marked as planned.
func (p *Plan) Planned() []PlanItem {
	out := []PlanItem{}
	for _, it := range p.Items {
		if it.Planned {
			out = append(out, it)
		}
	}
	return out
}

// In returns the items of one horizon, in plan order.
func (p *Plan) In(h Horizon) []PlanItem {
	out := []PlanItem{}
	for _, it := range p.Items {
		if it.Horizon == h {
			out = append(out, it)
		}
	}
	return out
}

// costRank orders cost classes, cheapest first.
var costRank = map[string]int{CostFree: 0, CostLow: 1, CostMedium: 2, CostHigh: 3}

// effortClass buckets an effort estimate: 1 up to a day, 2 up to a week,
// 3 longer. Dividing by the class keeps a rough estimate from deciding the
// order on its own.
func effortClass(e Effort) float64 {
	switch mean := (e.MinHours + e.MaxHours) / 2; {
	case mean <= 8:
		return 1
	case mean <= 40:
		return 2
	}
	return 3
}

// HorizonOf says the earliest an action can be done: this week when it
// takes at most a day, costs little and needs nobody else; within 30 days
// when it takes at most a week, is not expensive and another party answers
// within a month; within 90 days when another party answers within a
// quarter; otherwise later.
func HorizonOf(a *Action) Horizon {
	switch {
	case a.LeadTimeDays > 90:
		return Later
	case a.Effort.MaxHours <= 8 && costRank[a.Cost] <= costRank[CostLow] && a.LeadTimeDays <= 5:
		return Week
	case a.Effort.MaxHours <= 40 && costRank[a.Cost] <= costRank[CostMedium] && a.LeadTimeDays <= 30:
		return Month
	}
	return Quarter
}

// Hours a person can give to the plan within each horizon (the horizons
// follow each other: "month" is the rest of the first 30 days). A small
// firm's owner runs the business too: a day in the first week, three in
// the rest of the month. When the profile says the owner looks after IT,
// the IT work fills the owner's time, not a second person's.
var capacity = map[string]map[Horizon]float64{
	RoleOwner:  {Week: 8, Month: 24, Quarter: 64},
	RoleIT:     {Week: 8, Month: 32, Quarter: 96},
	RoleVendor: {Week: 16, Month: 60, Quarter: 180},
	RoleStaff:  {Week: 4, Month: 8, Quarter: 16},
}

// WeekLimit is the most items the first week holds: more is not a plan a
// small firm follows.
const WeekLimit = 5

// Finding out one "don't know" answer (asking the vendor, looking at a
// setting) takes about six minutes; the task takes at least half an hour.
const findOutHoursEach, findOutMinHours = 0.1, 0.5

// NewPlan orders what removes the gaps found in r. Actions that close a
// critical gap answered no come first, then the task of finding out the
// "don't know" answers, then the causes of incidents the answers match,
// then the rest. Within each group it picks, again
// and again, the action that gains the most points per unit of effort
// (ties: cheaper, then shorter, then bank order); an action is credited
// only with the questions it closes that no earlier item closed, and an
// action that closes nothing still open is left out. Each item then goes
// to the earliest horizon its effort, cost and lead time allow in which
// its person still has time, and the first week holds at most WeekLimit
// items.
func NewPlan(b *Bank, r *Result) *Plan {
	s := r.scorer
	ix := b.index
	// The greedy choice below weighs every action again at every pick:
	// questions are counted by their position in the bank, not looked up
	// by id (this ran at every answer in the browser).
	remaining := make([]float64, len(b.Questions)) // points still open
	critical := make([]bool, len(b.Questions))
	nCritical := 0
	for _, q := range r.Questions {
		if q.Gap > 0 {
			remaining[ix.position[q.Question]] = s.points(ix.question[q.Question], q.Gap)
		}
	}
	for _, c := range r.Critical {
		if i, ok := ix.position[c.Question]; ok && c.Answer == No && !critical[i] {
			critical[i] = true
			nCritical++
		}
	}
	planned := map[string]bool{}
	if r.answers != nil {
		for _, id := range r.answers.Planned {
			planned[id] = true
		}
	}
	itPerson := s.itPerson()
	person := func(a *Action) string {
		if a.Role == RoleIT {
			return itPerson
		}
		return a.Role
	}

	type cand struct {
		a      *Action
		closes []int // positions of the questions it closes
		order  int
	}
	pool := make([]cand, len(b.Actions))
	for i := range b.Actions {
		pool[i] = cand{a: &b.Actions[i], closes: ix.closes[i], order: i}
	}
	value := func(c cand, only []bool) float64 {
		v := 0.0
		for _, q := range c.closes {
			if only == nil || only[q] {
				v += remaining[q]
			}
		}
		return v
	}
	better := func(x, y *Action, vx, vy float64, ox, oy int) bool {
		px, py := vx/effortClass(x.Effort), vy/effortClass(y.Effort)
		if px != py {
			return px > py
		}
		if costRank[x.Cost] != costRank[y.Cost] {
			return costRank[x.Cost] < costRank[y.Cost]
		}
		ex, ey := x.Effort.MinHours+x.Effort.MaxHours, y.Effort.MinHours+y.Effort.MaxHours
		if ex != ey {
			return ex < ey
		}
		return ox < oy
	}
	var order []PlanItem
	take := func(c cand) {
		it := PlanItem{Kind: KindAction, Action: c.a.ID, Person: person(c.a), Planned: planned[c.a.ID],
			Hours: (c.a.Effort.MinHours + c.a.Effort.MaxHours) / 2, Closes: []string{}}
		pts := 0.0
		for _, q := range c.closes {
			if remaining[q] > 0 {
				id := b.Questions[q].ID
				it.Closes = append(it.Closes, id)
				pts += remaining[q]
				it.Critical = it.Critical || r.IsCritical(id)
				remaining[q] = 0
				if critical[q] {
					critical[q] = false
					nCritical--
				}
			}
		}
		it.Points = round1(pts)
		order = append(order, it)
	}
	// pick takes the best action by the value it adds within only (nil:
	// every open question); false when no action adds anything.
	pick := func(only []bool) bool {
		best, bestV := -1, 0.0
		for i, c := range pool {
			v := value(c, only)
			if v <= 0 {
				continue
			}
			if best < 0 || better(c.a, pool[best].a, v, bestV, c.order, pool[best].order) {
				best, bestV = i, v
			}
		}
		if best < 0 {
			return false
		}
		c := pool[best]
		// The pool's order does not matter (ties end on bank order).
		pool[best] = pool[len(pool)-1]
		pool = pool[:len(pool)-1]
		take(c)
		return true
	}
	for nCritical > 0 && pick(critical) {
	}
	if len(r.FindOut) > 0 {
		it := PlanItem{Kind: KindFindOut, Person: itPerson, Closes: []string{}}
		for _, f := range r.FindOut {
			it.Closes = append(it.Closes, f.Question)
			it.Critical = it.Critical || r.IsCritical(f.Question)
		}
		it.Hours = math.Max(findOutMinHours, math.Ceil(findOutHoursEach*float64(len(r.FindOut))/0.5)*0.5)
		order = append(order, it)
	}
	// Your answers match how an incident happened: its causes come next.
	matched := make([]bool, len(b.Questions))
	nMatched := 0
	for _, m := range r.Incidents {
		if m.State != Match && m.State != Example {
			continue
		}
		for _, w := range ix.incident[m.Incident].Core {
			for _, q := range ix.questionsOf[w] {
				if i := ix.position[q.ID]; remaining[i] > 0 && r.answers.Answers[q.ID] == No && !matched[i] {
					matched[i] = true
					nMatched++
				}
			}
		}
	}
	for nMatched > 0 && pick(matched) {
		for i, on := range matched {
			if on && remaining[i] == 0 {
				matched[i] = false
				nMatched--
			}
		}
	}
	for pick(nil) {
	}

	// weakness -> the results' incidents (by position) it is a core cause of
	coreOf := map[string][]int{}
	for i, m := range r.Incidents {
		for _, w := range ix.incident[m.Incident].Core {
			coreOf[w] = append(coreOf[w], i)
		}
	}
	used := map[string]float64{} // person + horizon -> hours
	inWeek := 0
	for i := range order {
		it := &order[i]
		h := Week
		if it.Kind == KindAction {
			h = HorizonOf(b.index.action[it.Action])
		}
		for h != Later {
			fits := used[it.Person+string(h)]+it.Hours <= capacity[it.Person][h]
			if h == Week {
				fits = fits && inWeek < WeekLimit
			}
			if fits {
				break
			}
			h = nextHorizon(h)
		}
		used[it.Person+string(h)] += it.Hours
		if h == Week {
			inWeek++
		}
		it.Horizon = h
		it.Fixes = []string{}
		for _, q := range it.Closes {
			if w := b.index.question[q].Weakness; !contains(it.Fixes, w) {
				it.Fixes = append(it.Fixes, w)
			}
		}
		it.Addresses = addresses(r, coreOf, it.Fixes)
	}
	sort.SliceStable(order, func(i, j int) bool { return horizonRank(order[i].Horizon) < horizonRank(order[j].Horizon) })
	p := &Plan{Items: append([]PlanItem{}, order...)}
	p.Projected = p.project(r)
	return p
}

// project scores the answers as if every planned action still in the plan
// were done; nil when none is planned.
func (p *Plan) project(r *Result) *Scores {
	closed := map[string]bool{}
	for _, it := range p.Items {
		if it.Planned {
			for _, q := range it.Closes {
				closed[q] = true
			}
		}
	}
	if len(closed) == 0 {
		return nil
	}
	critical := false
	for _, c := range r.Critical {
		critical = critical || !closed[c.Question]
	}
	sc := r.scorer.scores(closed, critical)
	if r.Scores.Provisional {
		sc.Provisional, sc.Band, sc.Capped = true, "", false
	}
	return &sc
}

// itPerson is who does the IT role's work: the ITBy of the chosen profile
// option, or the owner when the profile does not say (a small firm's usual
// case, and the one with the least time).
func (s *scorer) itPerson() string {
	for _, p := range s.b.Profile {
		if !s.asked[p.ID] {
			continue
		}
		for _, o := range p.Options {
			if o.ID == s.answer(p.ID) && o.ITBy != "" {
				return o.ITBy
			}
		}
	}
	return RoleOwner
}

func nextHorizon(h Horizon) Horizon {
	switch h {
	case Week:
		return Month
	case Month:
		return Quarter
	}
	return Later
}

// addresses lists the incidents of the result with any of the weaknesses
// as a core cause, in the result's order: only incidents that can apply.
func addresses(r *Result, coreOf map[string][]int, weaknesses []string) []string {
	var at []int
	for _, w := range weaknesses {
		for _, i := range coreOf[w] {
			if !slices.Contains(at, i) {
				at = append(at, i)
			}
		}
	}
	slices.Sort(at)
	out := make([]string, len(at))
	for k, i := range at {
		out[k] = r.Incidents[i].Incident
	}
	return out
}

// horizonRank orders the horizons, nearest first.
func horizonRank(h Horizon) int {
	switch h {
	case Week:
		return 0
	case Month:
		return 1
	case Quarter:
		return 2
	}
	return 3
}
