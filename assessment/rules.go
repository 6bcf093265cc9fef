package assessment

import (
	"fmt"
	"strings"
)

// The bank's rules: what makes a bank usable beyond the shape of each field.
// Ids are unique, every reference resolves, every weakness can be asked
// about and fixed, the scoring numbers make sense and applicability
// conditions form no cycle. The field rules (lengths, id syntax, standard
// references) are the linter's: see package banklint and fields.go.

// MaxBankSize caps a bank file. The default bank is a few hundred
// kilobytes; a custom bank ten times larger is still accepted.
const MaxBankSize = 4 << 20

// LoadBank reads a bank document and checks the bank's rules. The bank is
// usable only if the error is nil; otherwise the error is an *Error listing
// every problem.
//
// LoadBank does not check the field rules a bank author must keep (id
// syntax, lengths, standard references): the built-in bank is checked by the
// tests and a custom bank by banklint.Load, so the browser never carries the
// validator that checks them.
func LoadBank(data []byte) (*Bank, error) {
	b, err := DecodeBank(data)
	if err != nil {
		return nil, err
	}
	if err := b.Validate(); err != nil {
		return nil, err
	}
	return b, nil
}

// DecodeBank reads a bank document strictly (schema, size, shape) and checks
// nothing else: the bank is not usable until Validate accepts it.
func DecodeBank(data []byte) (*Bank, error) {
	b := new(Bank)
	if err := decodeDocument("load bank", data, MaxBankSize, BankSchema, b); err != nil {
		return nil, err
	}
	return b, nil
}

// Validate checks the bank's rules: ids are unique, every reference
// resolves, every weakness can be asked about and fixed, and applicability
// conditions form no cycle. It builds the lookup index the scorer uses, so a
// Bank must pass Validate before Assess.
func (b *Bank) Validate() error {
	const op = "validate bank"
	b.index = nil
	if b.Schema != BankSchema {
		return &Error{Op: op, Kind: KindSchema, Err: fmt.Errorf("schema %q is not %q", b.Schema, BankSchema)}
	}
	var ps problems
	b.checkUnique(&ps)
	// The index keeps the first of duplicate ids; checkUnique has said
	// which, so the index's own account of them is not needed.
	ix := newBankIndex(b, new(problems))
	b.checkScoring(&ps)
	b.checkReferences(ix, &ps)
	b.checkCycles(ix, &ps)
	if len(ps) > 0 {
		return &Error{Op: op, Kind: KindInvalid, Problems: ps}
	}
	b.index = ix
	return nil
}

// checkUnique refuses an id used twice within its kind. Profile and control
// questions share one namespace: answers map both.
func (b *Bank) checkUnique(ps *problems) {
	type item struct{ id, path string }
	kinds := []struct {
		kind  string
		items []item
	}{{kind: "area"}, {kind: "question"}, {kind: "weakness"}, {kind: "incident"}, {kind: "action"}, {kind: "source"}}
	add := func(k int, list string, i int, id string) {
		kinds[k].items = append(kinds[k].items, item{id, fmt.Sprintf("%s[%d]", list, i)})
	}
	for i, a := range b.Areas {
		add(0, "areas", i, a.ID)
	}
	for i, p := range b.Profile {
		add(1, "profile", i, p.ID)
	}
	for i, q := range b.Questions {
		add(1, "questions", i, q.ID)
	}
	for i, w := range b.Weaknesses {
		add(2, "weaknesses", i, w.ID)
	}
	for i, inc := range b.Incidents {
		add(3, "incidents", i, inc.ID)
	}
	for i, a := range b.Actions {
		add(4, "actions", i, a.ID)
	}
	for i, s := range b.Sources {
		add(5, "sources", i, s.ID)
	}
	for _, k := range kinds {
		first := map[string]string{}
		for _, it := range k.items {
			if at, dup := first[it.id]; dup {
				ps.add(it.path+".id", "duplicate %s id %q (first at %s)", k.kind, it.id, at)
				continue
			}
			first[it.id] = it.path
		}
	}
}

func (b *Bank) checkScoring(ps *problems) {
	prev := -1.0
	for _, o := range []string{Yes, Partly, No} {
		g, ok := b.Scoring.Gap[o]
		switch {
		case !ok:
			ps.add("scoring.gap."+o, "is required")
		case g < 0 || g > 1:
			ps.add("scoring.gap."+o, "%v must be between 0 and 1", g)
		case g < prev:
			ps.add("scoring.gap."+o, "%v must not be smaller than the gap of a better answer", g)
		}
		prev = g
	}
	if g, ok := b.Scoring.Gap[Unknown]; ok && g < b.Scoring.Gap[No] {
		ps.add("scoring.gap.unknown", "%v must not be smaller than the gap of no: not knowing is no better than not doing", g)
	}
	b.checkBands(ps)
	if b.Scoring.Gap[Yes] != 0 {
		ps.add("scoring.gap.yes", "must be 0: yes means the control is in place")
	}
	if g, ok := b.Scoring.Gap[Unknown]; !ok {
		ps.add("scoring.gap.unknown", "is required")
	} else if g <= 0 || g > 1 {
		ps.add("scoring.gap.unknown", "%v must be above 0 and at most 1: not knowing is a gap", g)
	}
	if b.Scoring.MinAnswered <= 0 || b.Scoring.MinAnswered > 1 {
		ps.add("scoring.min_answered", "%v must be above 0 and at most 1", b.Scoring.MinAnswered)
	}
	if b.Scoring.MinScored <= 0 || b.Scoring.MinScored > b.Scoring.MinAnswered {
		ps.add("scoring.min_scored", "%v must be above 0 and at most min_answered", b.Scoring.MinScored)
	}
	for k := range b.Scoring.Gap {
		if k != Yes && k != Partly && k != No && k != Unknown {
			ps.add("scoring.gap."+k, "is not a control answer with a gap (yes, partly, no, unknown)")
		}
	}
}

// checkBands wants bands best first with falling minimums, the last from 0,
// and a critical cap that names one of them.
func (b *Bank) checkBands(ps *problems) {
	bands := b.Scoring.Bands
	known := map[string]bool{}
	for i, band := range bands {
		path := fmt.Sprintf("scoring.bands[%d]", i)
		if known[band.ID] {
			ps.add(path+".id", "duplicate band %q", band.ID)
		}
		known[band.ID] = true
		if i > 0 && band.Min >= bands[i-1].Min {
			ps.add(path+".min", "%v must be below the better band's minimum %v", band.Min, bands[i-1].Min)
		}
	}
	if len(bands) < 2 {
		ps.add("scoring.bands", "must name at least two bands")
	} else if last := bands[len(bands)-1]; last.Min != 0 {
		ps.add(fmt.Sprintf("scoring.bands[%d].min", len(bands)-1), "%v must be 0: the last band holds every lower score", last.Min)
	}
	if !known[b.Scoring.CriticalCap] {
		ps.add("scoring.critical_cap", "%q is not one of the bands", b.Scoring.CriticalCap)
	} else if b.Scoring.CriticalCap == bands[0].ID {
		ps.add("scoring.critical_cap", "%q is the best band: a critical gap must cap the band below it", b.Scoring.CriticalCap)
	}
}

func (b *Bank) checkReferences(ix *bankIndex, ps *problems) {
	for i, q := range b.Profile {
		seen := map[string]bool{}
		for j, o := range q.Options {
			if seen[o.ID] {
				ps.add(fmt.Sprintf("profile[%d].options[%d].id", i, j), "duplicate option %q", o.ID)
			}
			seen[o.ID] = true
		}
		b.checkConditions(ix, ps, fmt.Sprintf("profile[%d].when", i), q.When)
	}
	for i, a := range b.Areas {
		b.checkConditions(ix, ps, fmt.Sprintf("areas[%d].when", i), a.When)
	}
	for i, q := range b.Questions {
		path := fmt.Sprintf("questions[%d]", i)
		if _, ok := ix.area[q.Area]; !ok {
			ps.add(path+".area", "unknown area %q", q.Area)
		}
		if _, ok := ix.weakness[q.Weakness]; !ok {
			ps.add(path+".weakness", "unknown weakness %q", q.Weakness)
		}
		if !contains(q.Options, Yes) || !contains(q.Options, No) || !contains(q.Options, Unknown) {
			ps.add(path+".options", "must offer at least yes, no and unknown")
		}
		if len(ix.closersOf[q.ID]) == 0 {
			ps.add(path, "question %q is closed by no action", q.ID)
		}
		b.checkConditions(ix, ps, path+".when", q.When)
		checkSources(ix, ps, path, q.Sources)
	}
	for i, inc := range b.Incidents {
		path := fmt.Sprintf("incidents[%d]", i)
		for j, w := range inc.Core {
			if _, ok := ix.weakness[w]; !ok {
				ps.add(fmt.Sprintf("%s.core[%d]", path, j), "unknown weakness %q", w)
			}
		}
		for j, w := range inc.Amplifying {
			if _, ok := ix.weakness[w]; !ok {
				ps.add(fmt.Sprintf("%s.amplifying[%d]", path, j), "unknown weakness %q", w)
			}
			if contains(inc.Core, w) {
				ps.add(fmt.Sprintf("%s.amplifying[%d]", path, j), "weakness %q is already core", w)
			}
		}
		checkSources(ix, ps, path, inc.Sources)
		b.checkConditions(ix, ps, path+".applies_when", inc.AppliesWhen)
		for j, c := range inc.AppliesWhen {
			if ix.profile[c.Question] == nil && ix.question[c.Question] != nil {
				ps.add(fmt.Sprintf("%s.applies_when[%d].question", path, j), "%q is a control question: an incident applies by the company's profile only", c.Question)
			}
		}
	}
	for i, a := range b.Actions {
		for j, q := range a.Closes {
			if _, ok := ix.question[q]; !ok {
				ps.add(fmt.Sprintf("actions[%d].closes[%d]", i, j), "unknown control question %q", q)
			}
		}
		if len(a.Refs.IPASelfCheck) > 0 {
			ps.add(fmt.Sprintf("actions[%d].refs.ipa_self_check", i), "belongs on the control questions that answer the item, not on an action")
		}
		if a.Role == RoleVendor && a.Cost == CostFree {
			ps.add(fmt.Sprintf("actions[%d].cost", i), "vendor work is never free: say low, medium or high")
		}
		checkSources(ix, ps, fmt.Sprintf("actions[%d]", i), a.Sources)
	}
	if pq := b.Scoring.PolicyQuestion; pq != "" && ix.question[pq] == nil {
		ps.add("scoring.policy_question", "unknown control question %q", pq)
	}
	for i, w := range b.Weaknesses {
		if len(ix.questionsOf[w.ID]) == 0 {
			ps.add(fmt.Sprintf("weaknesses[%d]", i), "weakness %q is revealed by no question", w.ID)
		}
	}
}

func checkSources(ix *bankIndex, ps *problems, path string, ids []string) {
	for j, s := range ids {
		if _, ok := ix.source[s]; !ok {
			ps.add(fmt.Sprintf("%s.sources[%d]", path, j), "unknown source %q", s)
		}
	}
}

func (b *Bank) checkConditions(ix *bankIndex, ps *problems, list string, conds []Condition) {
	for i, c := range conds {
		cpath := fmt.Sprintf("%s[%d]", list, i)
		opts, ok := ix.optionsOf(c.Question)
		if !ok {
			ps.add(cpath+".question", "unknown question %q", c.Question)
			continue
		}
		for j, o := range c.AnyOf {
			if !contains(opts, o) {
				ps.add(fmt.Sprintf("%s.any_of[%d]", cpath, j), "%q is not an option of question %q", o, c.Question)
			}
		}
	}
}

// checkCycles refuses applicability rules that depend on themselves: a
// question whose asking depends, through any chain of conditions, on its
// own answer could never be settled.
func (b *Bank) checkCycles(ix *bankIndex, ps *problems) {
	const (
		unvisited = iota
		active
		done
	)
	state := map[string]int{}
	var stack []string
	var visit func(id string) bool
	visit = func(id string) bool {
		switch state[id] {
		case active:
			start := 0
			for i, s := range stack {
				if s == id {
					start = i
				}
			}
			cycle := append(append([]string{}, stack[start:]...), id)
			ps.add(b.conditionPath(ix, id, cycle[1]), "applicability rules form a cycle: %s", strings.Join(cycle, " -> "))
			return false
		case done:
			return true
		}
		state[id] = active
		stack = append(stack, id)
		for _, dep := range ix.dependsOn(id) {
			if _, known := ix.pathOf[dep]; known && !visit(dep) {
				return false
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = done
		return true
	}
	for _, id := range ix.order {
		if state[id] == unvisited && !visit(id) {
			return // one cycle reported is enough to fix; others follow
		}
	}
}

// conditionPath is where the condition of id on question dep is written:
// the question's own "when", or its area's (a question has none of its
// own when the area's applies).
func (b *Bank) conditionPath(ix *bankIndex, id, dep string) string {
	has := func(cs []Condition) bool {
		for _, c := range cs {
			if c.Question == dep {
				return true
			}
		}
		return false
	}
	if q, ok := ix.question[id]; ok && !has(q.When) {
		for i := range b.Areas {
			if b.Areas[i].ID == q.Area && has(b.Areas[i].When) {
				return fmt.Sprintf("areas[%d].when", i)
			}
		}
	}
	return ix.pathOf[id] + ".when"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
