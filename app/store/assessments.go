package store

import (
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
)

// A consultant keeps many clients in one browser: every assessment is its
// own answers document under KeyAssessment+id, and the index (KeyIndex)
// lists them and names the one open. Every page works on the open one; the
// others wait in memory (a few kilobytes each) and in storage.

// index is what KeyIndex holds.
type index struct {
	// Current is the assessment open; it is listed in IDs only once
	// something was entered in it, so opening "new" and leaving leaves no
	// empty entry behind.
	Current string   `json:"current"`
	IDs     []string `json:"ids"`
}

// Entry is one assessment of the list.
type Entry struct {
	ID      string
	Answers *assessment.Answers // nil when Unreadable; callers must not modify it
	Result  *assessment.Result  // nil when Unreadable
	Current bool                // the one every page works on
	// Unreadable: stored but not readable by this version (a newer Hiyari,
	// another bank, a repair by hand). Kept untouched until deleted.
	Unreadable bool
}

// load reads the list from storage; it reports false when there is none.
func (s *Store) load(st Storage) bool {
	var idx index
	if !st.Contains(KeyIndex) || st.Get(KeyIndex, &idx) != nil {
		return false
	}
	for _, id := range idx.IDs {
		if slices.Contains(s.ids, id) || !validID(id) {
			continue
		}
		s.ids = append(s.ids, id)
		var raw json.RawMessage
		a, err := (*assessment.Answers)(nil), st.Get(KeyAssessment+id, &raw)
		if err == nil {
			a, err = s.parse(raw)
		}
		if err != nil {
			s.unreadable[id] = true
			continue
		}
		s.docs[id] = a
	}
	switch {
	case s.docs[idx.Current] != nil:
		s.open(idx.Current)
	case s.unreadable[idx.Current]:
		// Its text stays under its own key and in the list; new work
		// starts beside it, never over it.
		s.broken = true
		s.startNew()
	case validID(idx.Current) && !slices.Contains(s.ids, idx.Current):
		// A new assessment, opened but still empty.
		s.dropUnsaved()
		s.current = idx.Current
		s.docs[s.current] = s.answers
	default:
		s.startNew()
	}
	return true
}

// migrate moves the single assessment of earlier versions into the list.
// The old key is removed only once the new copy is stored.
func (s *Store) migrate(st Storage) {
	var raw string
	if err := st.Get(KeyAnswers, &raw); err != nil || raw == "" {
		return
	}
	a, err := s.parse([]byte(raw))
	if err != nil {
		// Keep what we could not read: a newer version of Hiyari or a
		// repair by hand may still use it.
		s.broken = true
		st.Set(KeyUnreadable, raw)
		return
	}
	s.answers = a
	s.docs[s.current] = a
	s.saveAnswers()
	if !s.SaveFailed() {
		st.Del(KeyAnswers)
	}
}

// validID: ids become storage keys, so only the form newID makes is read.
func validID(id string) bool {
	if id == "" || len(id) > 32 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// newID returns an id no assessment has: the time in base 36, so ids sort
// by creation, with a suffix when two are made in the same millisecond.
func (s *Store) newID() string {
	base := "a" + strconv.FormatInt(s.now().UnixMilli(), 36)
	id := base
	for n := 2; s.docs[id] != nil || s.unreadable[id] || id == s.current; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// open makes a stored assessment the one every page works on.
func (s *Store) open(id string) {
	s.dropUnsaved()
	s.current = id
	s.answers = s.docs[id]
	s.recompute()
}

// startNew opens an empty assessment; it joins the list at its first entry.
func (s *Store) startNew() { s.adopt(assessment.NewAnswers(s.bank)) }

// adopt opens a as a new assessment with an id of its own.
func (s *Store) adopt(a *assessment.Answers) {
	s.dropUnsaved()
	s.current = s.newID()
	s.answers = a
	s.docs[s.current] = a
	s.recompute()
}

// dropUnsaved forgets the open assessment if nothing was ever saved of it.
func (s *Store) dropUnsaved() {
	if s.current != "" && !slices.Contains(s.ids, s.current) {
		delete(s.docs, s.current)
	}
}

// Assessments lists every assessment, the open one included: by company,
// then the newest first, so one client's years sit together.
func (s *Store) Assessments() []Entry {
	var out []Entry
	for _, id := range s.ids {
		if s.unreadable[id] {
			out = append(out, Entry{ID: id, Unreadable: true})
		} else if a := s.docs[id]; a != nil {
			out = append(out, Entry{ID: id, Answers: a, Result: assessment.Assess(s.bank, a), Current: id == s.current})
		}
	}
	if !slices.Contains(s.ids, s.current) {
		out = append(out, Entry{ID: s.current, Answers: s.answers, Result: s.result, Current: true})
	}
	// sort.SliceStable rather than a generic sort: a generic one adds a
	// copy of the sorting code for Entry to the wasm.
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Unreadable || y.Unreadable {
			return y.Unreadable && !x.Unreadable
		}
		if x.Answers.Company != y.Answers.Company {
			return x.Answers.Company < y.Answers.Company
		}
		return x.Answers.Created > y.Answers.Created
	})
	return out
}

// CurrentID returns the id of the open assessment.
func (s *Store) CurrentID() string { return s.current }

// Stored returns the assessment id, or nil.
func (s *Store) Stored(id string) *assessment.Answers {
	if s.unreadable[id] {
		return nil
	}
	return s.docs[id]
}

// NewAssessment opens a new, empty assessment; the others stay as they are.
func (s *Store) NewAssessment() {
	s.startNew()
	s.reopened()
}

// Open makes assessment id the one every page works on.
func (s *Store) Open(id string) {
	if s.Stored(id) == nil || id == s.current {
		return
	}
	s.open(id)
	s.reopened()
}

// Rename changes the company name of assessment id.
func (s *Store) Rename(id, company string) {
	a := s.Stored(id)
	if a == nil {
		return
	}
	company = cut(company, assessment.MaxCompany)
	if a.Company == company {
		return
	}
	a.Company = company
	s.touchDoc(a)
	s.saveDoc(id)
}

// Duplicate copies assessment id (answers, notes, planned actions and
// their tracking) as a new assessment dated today and opens it: the
// consultant's "re-assess this client a year later". The default due
// dates follow the new date; dates set by hand are kept.
func (s *Store) Duplicate(id string) {
	a := s.Stored(id)
	if a == nil {
		return
	}
	data, err := a.MarshalCompact()
	if err != nil {
		return
	}
	c, err := assessment.ParseAnswers(data)
	if err != nil {
		return
	}
	c.Created, c.Updated = "", ""
	s.touchDoc(c)
	s.adopt(c)
	s.saveDoc(s.current)
	s.reopened()
}

// Delete removes assessment id. When it is the open one, the most recently
// changed of the others opens, or a new one when none is left.
func (s *Store) Delete(id string) {
	if s.docs[id] == nil && !s.unreadable[id] {
		return
	}
	delete(s.docs, id)
	delete(s.unreadable, id)
	s.noteSave(id, nil) // nothing of it is left to save
	s.ids = slices.DeleteFunc(s.ids, func(x string) bool { return x == id })
	if s.storage != nil {
		s.storage.Del(KeyAssessment + id)
	}
	if id == s.current {
		s.current = ""
		var next string
		for _, x := range s.ids {
			if a := s.docs[x]; a != nil && (next == "" || a.Updated > s.docs[next].Updated) {
				next = x
			}
		}
		if next != "" {
			s.open(next)
		} else {
			s.startNew()
		}
		s.reopened()
		return
	}
	s.noteSave("", s.saveIndex())
}

func (s *Store) touchDoc(a *assessment.Answers) {
	ts := s.now().UTC().Format(time.RFC3339)
	if a.Created == "" {
		a.Created = ts
	}
	a.Updated = ts
}

// cut shortens v to at most n characters.
func cut(v string, n int) string {
	if r := []rune(v); len(r) > n {
		return string(r[:n])
	}
	return v
}
