package assessment

import (
	"slices"
	"strconv"
)

// bankIndex holds the lookups a validated bank needs. It is built once by
// Validate and never changed afterwards, so a Bank is safe for concurrent
// use.
type bankIndex struct {
	area     map[string]*Area
	profile  map[string]*ProfileQuestion
	question map[string]*Question
	weakness map[string]*Weakness
	incident map[string]*Incident
	action   map[string]*Action
	source   map[string]*Source

	questionsOf map[string][]*Question // weakness id -> questions revealing it
	actionsOf   map[string][]*Action   // weakness id -> actions closing one of its questions
	closersOf   map[string][]*Action   // question id -> actions closing it
	incidentsOf map[string][]*Incident // weakness id -> incidents it caused (core or amplifying)

	pathOf map[string]string // question or profile id -> its JSON path, for messages
	order  []string          // profile then control question ids, in bank order

	position map[string]int // control question id -> its position in Questions
	closes   [][]int        // per action (bank order): positions of the questions it closes
}

func newBankIndex(b *Bank, ps *problems) *bankIndex {
	ix := &bankIndex{
		area:        map[string]*Area{},
		profile:     map[string]*ProfileQuestion{},
		question:    map[string]*Question{},
		weakness:    map[string]*Weakness{},
		incident:    map[string]*Incident{},
		action:      map[string]*Action{},
		source:      map[string]*Source{},
		questionsOf: map[string][]*Question{},
		actionsOf:   map[string][]*Action{},
		closersOf:   map[string][]*Action{},
		incidentsOf: map[string][]*Incident{},
		pathOf:      map[string]string{},
		position:    map[string]int{},
		closes:      make([][]int, len(b.Actions)),
	}
	// Paths are written only for messages: the index of the built-in bank
	// is built at every start-up, where fmt is slow.
	unique := func(kind, path, id string, seen map[string]string) bool {
		if first, dup := seen[id]; dup {
			ps.add(path+".id", "duplicate %s id %q (first at %s)", kind, id, first)
			return false
		}
		seen[id] = path
		return true
	}
	seen := map[string]string{}
	for i := range b.Areas {
		if p := jsonPath("areas", i); unique("area", p, b.Areas[i].ID, seen) {
			ix.area[b.Areas[i].ID] = &b.Areas[i]
		}
	}
	// Profile and control questions share one namespace: answers map both.
	seen = map[string]string{}
	for i := range b.Profile {
		p := jsonPath("profile", i)
		if unique("question", p, b.Profile[i].ID, seen) {
			ix.profile[b.Profile[i].ID] = &b.Profile[i]
			ix.pathOf[b.Profile[i].ID] = p
			ix.order = append(ix.order, b.Profile[i].ID)
		}
	}
	for i := range b.Questions {
		q := &b.Questions[i]
		p := jsonPath("questions", i)
		if unique("question", p, q.ID, seen) {
			ix.question[q.ID] = q
			ix.position[q.ID] = i
			ix.pathOf[q.ID] = p
			ix.order = append(ix.order, q.ID)
			ix.questionsOf[q.Weakness] = append(ix.questionsOf[q.Weakness], q)
		}
	}
	seen = map[string]string{}
	for i := range b.Weaknesses {
		if p := jsonPath("weaknesses", i); unique("weakness", p, b.Weaknesses[i].ID, seen) {
			ix.weakness[b.Weaknesses[i].ID] = &b.Weaknesses[i]
		}
	}
	seen = map[string]string{}
	for i := range b.Incidents {
		inc := &b.Incidents[i]
		if p := jsonPath("incidents", i); unique("incident", p, inc.ID, seen) {
			ix.incident[inc.ID] = inc
			for _, w := range inc.Core {
				ix.incidentsOf[w] = append(ix.incidentsOf[w], inc)
			}
			for _, w := range inc.Amplifying {
				ix.incidentsOf[w] = append(ix.incidentsOf[w], inc)
			}
		}
	}
	seen = map[string]string{}
	for i := range b.Actions {
		a := &b.Actions[i]
		if p := jsonPath("actions", i); unique("action", p, a.ID, seen) {
			ix.action[a.ID] = a
			fixes := map[string]bool{}
			for _, qid := range a.Closes {
				if p, ok := ix.position[qid]; ok && !slices.Contains(ix.closes[i], p) {
					ix.closes[i] = append(ix.closes[i], p)
				}
				ix.closersOf[qid] = append(ix.closersOf[qid], a)
				if q := ix.question[qid]; q != nil && !fixes[q.Weakness] {
					fixes[q.Weakness] = true
					ix.actionsOf[q.Weakness] = append(ix.actionsOf[q.Weakness], a)
				}
			}
		}
	}
	seen = map[string]string{}
	for i := range b.Sources {
		if p := jsonPath("sources", i); unique("source", p, b.Sources[i].ID, seen) {
			ix.source[b.Sources[i].ID] = &b.Sources[i]
		}
	}
	return ix
}

// optionsOf returns the option ids of a profile or control question.
func (ix *bankIndex) optionsOf(id string) ([]string, bool) {
	if p, ok := ix.profile[id]; ok {
		ids := make([]string, len(p.Options))
		for i, o := range p.Options {
			ids[i] = o.ID
		}
		return ids, true
	}
	if q, ok := ix.question[id]; ok {
		return q.Options, true
	}
	return nil, false
}

// conditionsOf returns every condition deciding whether question id is
// asked: its own and, for a control question, its area's.
func (ix *bankIndex) conditionsOf(id string) []Condition {
	if p, ok := ix.profile[id]; ok {
		return p.When
	}
	q, ok := ix.question[id]
	if !ok {
		return nil
	}
	conds := q.When
	if a, ok := ix.area[q.Area]; ok && len(a.When) > 0 {
		conds = append(append([]Condition{}, a.When...), q.When...)
	}
	return conds
}

func (ix *bankIndex) dependsOn(id string) []string {
	conds := ix.conditionsOf(id)
	deps := make([]string, len(conds))
	for i, c := range conds {
		deps[i] = c.Question
	}
	return deps
}

// Lookups for callers outside the package (UI, reports). They return nil
// for an unknown id.

// Area returns the area with the given id.
func (b *Bank) Area(id string) *Area { return b.index.area[id] }

// Question returns the control question with the given id.
func (b *Bank) Question(id string) *Question { return b.index.question[id] }

// ProfileQuestion returns the profile question with the given id.
func (b *Bank) ProfileQuestion(id string) *ProfileQuestion { return b.index.profile[id] }

// Weakness returns the weakness with the given id.
func (b *Bank) Weakness(id string) *Weakness { return b.index.weakness[id] }

// Incident returns the incident with the given id.
func (b *Bank) Incident(id string) *Incident { return b.index.incident[id] }

// Action returns the action with the given id.
func (b *Bank) Action(id string) *Action { return b.index.action[id] }

// Source returns the source with the given id.
func (b *Bank) Source(id string) *Source { return b.index.source[id] }

// IncidentsOf returns the incidents a weakness caused or made worse, in bank
// order.
func (b *Bank) IncidentsOf(weakness string) []*Incident { return b.index.incidentsOf[weakness] }

// ClosersOf returns the actions that close a control question, in bank
// order.
func (b *Bank) ClosersOf(question string) []*Action { return b.index.closersOf[question] }

// Fixes returns the weaknesses an action's closed questions reveal, in the
// order of its closes, each once.
func (b *Bank) Fixes(a *Action) []string {
	out := []string{}
	for _, qid := range a.Closes {
		if q := b.index.question[qid]; q != nil && !contains(out, q.Weakness) {
			out = append(out, q.Weakness)
		}
	}
	return out
}

// ActionsFor returns the actions that close a question revealing a
// weakness, in bank order.
func (b *Bank) ActionsFor(weakness string) []*Action { return b.index.actionsOf[weakness] }

// QuestionsOf returns the control questions that reveal a weakness.
func (b *Bank) QuestionsOf(weakness string) []*Question { return b.index.questionsOf[weakness] }

// Ref returns the bank's id and version, as recorded in answers documents.
func (b *Bank) Ref() BankRef { return BankRef{ID: b.ID, Version: b.Version} }

// jsonPath is the path of the i-th element of a bank's list, as messages
// name it: "questions[3]".
func jsonPath(list string, i int) string {
	return list + "[" + strconv.Itoa(i) + "]"
}
