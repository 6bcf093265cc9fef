package assessment

import "sort"

// Horizon is when an action should be done.
type Horizon string

// Horizons, in order.
const (
	Week    Horizon = "week"    // this week: quick wins
	Month   Horizon = "month"   // within 30 days
	Quarter Horizon = "quarter" // within 90 days
)

// Horizons lists every horizon in order.
var Horizons = []Horizon{Week, Month, Quarter}

// Plan is the prioritised remediation plan for a result.
type Plan struct {
	Actions []PlanItem `json:"actions"`
}

// PlanItem is one action in the plan.
type PlanItem struct {
	Action  string  `json:"action"`
	Horizon Horizon `json:"horizon"`
	// RiskRemoved is the weakness risk (summed, 0..100 each) this action
	// removes that no action earlier in the plan already removes.
	RiskRemoved float64 `json:"risk_removed"`
	// Fixes lists the weaknesses with risk that the action fixes.
	Fixes []string `json:"fixes"`
	// Prevents lists the incidents that had one of those weaknesses as a
	// core cause, matched ones first.
	Prevents []string `json:"prevents"`
	Planned  bool     `json:"planned"`
}

// costRank orders cost classes, cheapest first.
var costRank = map[string]int{CostFree: 0, CostLow: 1, CostMedium: 2, CostHigh: 3}

// effortClass buckets an effort estimate: 1 up to a day, 2 up to a week,
// 3 longer. Dividing risk by the class keeps a rough estimate from deciding
// the order on its own.
func effortClass(e Effort) float64 {
	mean := (e.MinHours + e.MaxHours) / 2
	switch {
	case mean <= 8:
		return 1
	case mean <= 40:
		return 2
	}
	return 3
}

// HorizonOf says the earliest an action can be done: this week when it takes at most a
// day and costs little, within 30 days when it takes at most a week and is
// not expensive, otherwise within 90 days.
func HorizonOf(a *Action) Horizon {
	switch {
	case a.Effort.MaxHours <= 8 && costRank[a.Cost] <= costRank[CostLow]:
		return Week
	case a.Effort.MaxHours <= 40 && costRank[a.Cost] <= costRank[CostMedium]:
		return Month
	}
	return Quarter
}

// Working hours each role (owner, IT staff, vendor, all staff) can give to
// the plan before a horizon is full: two days in the first week, two weeks
// within 30 days. The roles work in parallel. An action that does not fit
// moves to the next horizon, so "this week" stays doable.
const (
	weekCapacity  = 16.0
	monthCapacity = 80.0
)

// NewPlan orders the actions that remove risk found in r. It picks, again
// and again, the action that removes the most remaining risk per unit of
// effort (ties: cheaper, then shorter, then bank order), so two actions
// fixing the same weakness are not both counted. Each action then goes to
// the earliest horizon its effort and cost allow (HorizonOf) in which its
// role still has time, and the plan is grouped by horizon, keeping that order within each.
func NewPlan(b *Bank, r *Result) *Plan {
	remaining := map[string]float64{}
	for _, w := range r.Weaknesses {
		if w.Risk > 0 {
			remaining[w.Weakness] = w.Risk
		}
	}
	type cand struct {
		a     *Action
		order int
		first float64 // risk it removes on its own
	}
	var pool []cand
	for i := range b.Actions {
		a := &b.Actions[i]
		var sum float64
		for _, w := range a.Fixes {
			sum += remaining[w]
		}
		if sum > 0 {
			pool = append(pool, cand{a: a, order: i, first: sum})
		}
	}
	planned := map[string]bool{}
	for _, id := range r.Planned {
		planned[id] = true
	}
	matched := map[string]bool{}
	for _, m := range r.Incidents {
		if m.Complete {
			matched[m.Incident] = true
		}
	}
	better := func(x, y cand, vx, vy float64) bool {
		px, py := vx/effortClass(x.a.Effort), vy/effortClass(y.a.Effort)
		if px != py {
			return px > py
		}
		if px == 0 && x.first != y.first {
			return x.first > y.first
		}
		if costRank[x.a.Cost] != costRank[y.a.Cost] {
			return costRank[x.a.Cost] < costRank[y.a.Cost]
		}
		ex, ey := x.a.Effort.MinHours+x.a.Effort.MaxHours, y.a.Effort.MinHours+y.a.Effort.MaxHours
		if ex != ey {
			return ex < ey
		}
		return x.order < y.order
	}
	used := map[string]float64{} // role + horizon -> hours
	capacity := map[Horizon]float64{Week: weekCapacity, Month: monthCapacity}
	var items []PlanItem
	for len(pool) > 0 {
		best, bestV := 0, -1.0
		for i, c := range pool {
			v := 0.0
			for _, w := range c.a.Fixes {
				v += remaining[w]
			}
			if bestV < 0 || better(c, pool[best], v, bestV) {
				best, bestV = i, v
			}
		}
		c := pool[best]
		pool = append(pool[:best], pool[best+1:]...)

		h := HorizonOf(c.a)
		hours := (c.a.Effort.MinHours + c.a.Effort.MaxHours) / 2
		for h != Quarter && used[c.a.Role+string(h)]+hours > capacity[h] {
			h = nextHorizon(h)
		}
		used[c.a.Role+string(h)] += hours

		item := PlanItem{Action: c.a.ID, Horizon: h, RiskRemoved: round1(bestV), Fixes: []string{}, Prevents: []string{}, Planned: planned[c.a.ID]}
		for _, w := range c.a.Fixes {
			if wr := r.Weakness(w); wr != nil && wr.Risk > 0 {
				item.Fixes = append(item.Fixes, w)
			}
			remaining[w] = 0
		}
		item.Prevents = prevents(b, item.Fixes, matched)
		items = append(items, item)
	}
	rank := map[Horizon]int{Week: 0, Month: 1, Quarter: 2}
	sort.SliceStable(items, func(i, j int) bool { return rank[items[i].Horizon] < rank[items[j].Horizon] })
	return &Plan{Actions: append([]PlanItem{}, items...)}
}

func nextHorizon(h Horizon) Horizon {
	if h == Week {
		return Month
	}
	return Quarter
}

// prevents lists the incidents with any of the weaknesses as a core cause:
// the ones the answers match completely first, then in bank order.
func prevents(b *Bank, weaknesses []string, matched map[string]bool) []string {
	out := []string{}
	for _, inc := range b.Incidents {
		for _, w := range weaknesses {
			if contains(inc.Core, w) {
				out = append(out, inc.ID)
				break
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return matched[out[i]] && !matched[out[j]] })
	return out
}
