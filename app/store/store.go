package store

import (
	"slices"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
)

// settings is what the browser remembers besides the answers. Its Lang is
// the one place the language is held: the answers document records it when
// it is saved.
type settings struct {
	Lang assessment.Lang `json:"lang"`
	Page string          `json:"page"`
}

// Store holds the user's work: the answers document, the settings, and the
// result and plan computed from them. Every change goes through a method that
// saves at once and recomputes what depends on it (the plan when a page
// first asks for it), so Render only reads.
//
// In the browser one Store is shared by every page; on the server each
// prerendered page gets a fresh one without storage.
type Store struct {
	bank     *assessment.Bank
	answers  *assessment.Answers // the open assessment: docs[current]
	result   *assessment.Result
	plan     *assessment.Plan // nil until Plan is asked for after a change
	settings settings

	// The list of assessments (assessments.go).
	current    string
	docs       map[string]*assessment.Answers
	ids        []string // listed and stored, in the order they were made
	unreadable map[string]bool

	storage   Storage // nil until attached; then every change is saved
	attached  bool
	refused   bool // the browser refuses storage: work lives in memory only
	returning bool // storage held Hiyari's data before this page load
	// unsaved holds the assessments whose last save failed ("" for the
	// list itself); unsavedSince is when the first of them failed. The
	// alert stays until they are saved: a later small save that works
	// (the page the user is on) says nothing about the answers.
	unsaved      map[string]bool
	unsavedSince time.Time
	broken       bool // stored answers could not be read and were set aside
	now          func() time.Time
}

// New returns an empty store for bank b in Japanese.
func New(b *assessment.Bank) *Store {
	s := &Store{bank: b, settings: settings{Lang: assessment.JA}, now: time.Now,
		docs: map[string]*assessment.Answers{}, unreadable: map[string]bool{}}
	s.startNew()
	return s
}

// Attach loads saved work from st (once) and saves every later change to it.
// st is nil when the browser refuses storage (site data blocked): work is
// then kept in memory only, and StorageRefused says so.
// browserLang (navigator.language) picks the language the first time.
func (s *Store) Attach(st Storage, browserLang string) {
	if s.attached {
		return
	}
	s.attached = true
	var set settings
	var err error
	if st == nil {
		s.refused = true
	} else {
		s.storage = st
		s.returning = st.Contains(KeySettings) || st.Contains(KeyIndex) || st.Contains(KeyAnswers)
		err = st.Get(KeySettings, &set)
	}
	if err != nil || set.Lang == "" {
		if l, ok := assessment.ParseLang(browserLang); ok {
			set.Lang = l
		} else if browserLang != "" {
			set.Lang = assessment.EN
		}
	}
	if l, ok := assessment.ParseLang(string(set.Lang)); ok {
		s.settings.Lang = l
	}
	s.settings.Page = set.Page
	if st == nil {
		return
	}
	if !s.load(st) {
		s.migrate(st)
	}
}

// parse reads and checks an answers document against the store's bank.
func (s *Store) parse(data []byte) (*assessment.Answers, error) {
	a, err := assessment.ParseAnswers(data)
	if err != nil {
		return nil, err
	}
	if _, err := a.Check(s.bank); err != nil {
		return nil, err
	}
	return a, nil
}

// recompute scores the answers again. The plan is made when a page asks
// for it: the questionnaire, where answers change, never shows it.
func (s *Store) recompute() {
	s.result = assessment.Assess(s.bank, s.answers)
	s.plan = nil
}

func (s *Store) touch() { s.touchDoc(s.answers) }

// Bank returns the question bank.
func (s *Store) Bank() *assessment.Bank { return s.bank }

// Lang returns the interface language.
func (s *Store) Lang() assessment.Lang { return s.settings.Lang }

// Result returns the assessment of the current answers.
func (s *Store) Result() *assessment.Result { return s.result }

// Plan returns the plan for the current answers.
func (s *Store) Plan() *assessment.Plan {
	if s.plan == nil {
		s.plan = assessment.NewPlan(s.bank, s.result)
	}
	return s.plan
}

// Answers returns the answers document. Callers must not modify it.
func (s *Store) Answers() *assessment.Answers { return s.answers }

// Answer returns the answer to question id, "" when unanswered.
func (s *Store) Answer(id string) string { return s.answers.Answers[id] }

// Note returns the note on question id.
func (s *Store) Note(id string) string { return s.answers.Notes[id] }

// Company returns the company name.
func (s *Store) Company() string { return s.answers.Company }

// Page returns the path the user was last on.
func (s *Store) Page() string { return s.settings.Page }

// Returning reports whether this browser had used Hiyari before this page
// load.
func (s *Store) Returning() bool { return s.returning }

// StorageRefused reports whether the browser refuses to keep anything:
// work lasts only as long as the page, unless exported.
func (s *Store) StorageRefused() bool { return s.refused }

// StoredBroken reports whether saved answers were unreadable at start.
func (s *Store) StoredBroken() bool { return s.broken }

// Started reports whether the user has entered anything yet.
func (s *Store) Started() bool {
	return len(s.answers.Answers) > 0 || len(s.answers.Notes) > 0 || s.answers.Company != "" || len(s.answers.Planned) > 0
}

// Planned reports whether action id is marked as planned.
func (s *Store) Planned(id string) bool { return slices.Contains(s.answers.Planned, id) }

// SetLang switches the interface language, the one place it is held; the
// answers document records it when it is saved.
func (s *Store) SetLang(l assessment.Lang) {
	if l != assessment.JA && l != assessment.EN {
		return
	}
	s.settings.Lang = l
	s.saveSettings()
	if s.Started() {
		s.saveAnswers()
	}
}

// SetPage records the page the user is on, so a new visit can resume there.
func (s *Store) SetPage(path string) {
	if s.settings.Page == path {
		return
	}
	s.settings.Page = path
	s.saveSettings()
}

// SetAnswer records an answer. An id the bank does not know or an option
// the question does not offer is ignored: the DOM is not trusted.
func (s *Store) SetAnswer(id, option string) {
	if !s.validOption(id, option) {
		return
	}
	if s.answers.Answers == nil {
		s.answers.Answers = map[string]string{}
	}
	if s.answers.Answers[id] == option {
		return
	}
	s.answers.Answers[id] = option
	s.touch()
	s.saveAnswers()
	s.recompute()
}

func (s *Store) validOption(id, option string) bool {
	if q := s.bank.Question(id); q != nil {
		return slices.Contains(q.Options, option)
	}
	if p := s.bank.ProfileQuestion(id); p != nil {
		for _, o := range p.Options {
			if o.ID == option {
				return true
			}
		}
	}
	return false
}

// SetNote records the note on a question; an empty note is removed.
func (s *Store) SetNote(id, note string) {
	if s.bank.Question(id) == nil && s.bank.ProfileQuestion(id) == nil {
		return
	}
	note = cut(note, assessment.MaxNote)
	if s.answers.Notes[id] == note {
		return
	}
	if note == "" {
		delete(s.answers.Notes, id)
	} else {
		if s.answers.Notes == nil {
			s.answers.Notes = map[string]string{}
		}
		s.answers.Notes[id] = note
	}
	s.touch()
	s.saveAnswers()
}

// SetCompany records the company name.
func (s *Store) SetCompany(name string) {
	name = cut(name, assessment.MaxCompany)
	if s.answers.Company == name {
		return
	}
	s.answers.Company = name
	s.touch()
	s.saveAnswers()
}

// SetPlanned marks action id as planned or not and updates the projection.
func (s *Store) SetPlanned(id string, planned bool) {
	if s.bank.Action(id) == nil || s.Planned(id) == planned {
		return
	}
	if planned {
		s.answers.Planned = append(s.answers.Planned, id)
	} else {
		s.answers.Planned = slices.DeleteFunc(slices.Clone(s.answers.Planned), func(x string) bool { return x == id })
	}
	s.touch()
	s.saveAnswers()
	s.recompute()
}

// Track returns the tracking of an action.
func (s *Store) Track(action string) assessment.Track { return s.answers.TrackOf(action) }

// SetTrack changes the tracking of an action of the bank (who, by when,
// status, note) and saves it; values are cut to their limits and an
// invalid due date or status is ignored. Tracking never changes a score.
func (s *Store) SetTrack(action string, change func(*assessment.Track)) {
	if s.bank.Action(action) == nil {
		return
	}
	old := s.answers.TrackOf(action)
	tr := old
	change(&tr)
	tr.Owner = cut(tr.Owner, assessment.MaxOwner)
	tr.Note = cut(tr.Note, assessment.MaxNote)
	if _, err := time.Parse(assessment.DueLayout, tr.Due); tr.Due != "" && err != nil {
		tr.Due = old.Due
	}
	if tr.Status != "" && !slices.Contains(assessment.Statuses, tr.Status) {
		tr.Status = old.Status
	}
	if tr.Status == assessment.StatusNotStarted {
		tr.Status = "" // the default: files stay small
	}
	if tr == old {
		return
	}
	if tr == (assessment.Track{}) {
		delete(s.answers.Tracking, action)
	} else {
		if s.answers.Tracking == nil {
			s.answers.Tracking = map[string]assessment.Track{}
		}
		s.answers.Tracking[action] = tr
	}
	s.touch()
	s.saveAnswers()
}

// Export returns the answers file to download.
func (s *Store) Export() ([]byte, error) { return s.answers.Marshal() }

// Reset deletes the open assessment (its answers, notes and plan) and
// opens a new, empty one; the other assessments and the language stay.
func (s *Store) Reset() {
	id := s.current
	s.startNew()
	s.Delete(id)
	s.reopened()
}

// Areas returns the areas that apply given the profile answers, in bank
// order.
func (s *Store) Areas() []*assessment.Area {
	var out []*assessment.Area
	for _, as := range s.result.Scores.Areas {
		if a := s.bank.Area(as.Area); a != nil {
			out = append(out, a)
		}
	}
	return out
}

// AreaScore returns the score and progress of an area.
func (s *Store) AreaScore(id string) (assessment.AreaScore, bool) {
	for _, as := range s.result.Scores.Areas {
		if as.Area == id {
			return as, true
		}
	}
	return assessment.AreaScore{}, false
}

// QuestionsIn returns the questions of an area that apply.
func (s *Store) QuestionsIn(area string) []*assessment.Question {
	var out []*assessment.Question
	for i := range s.bank.Questions {
		q := &s.bank.Questions[i]
		if q.Area == area && s.result.Asked(q.ID) {
			out = append(out, q)
		}
	}
	return out
}

// ProfileQuestions returns the profile questions that apply.
func (s *Store) ProfileQuestions() []*assessment.ProfileQuestion {
	var out []*assessment.ProfileQuestion
	for i := range s.bank.Profile {
		if p := &s.bank.Profile[i]; s.result.Asked(p.ID) {
			out = append(out, p)
		}
	}
	return out
}

// MatchCount counts the incidents whose causes the answers show.
func (s *Store) MatchCount() int {
	n := 0
	for _, m := range s.result.Incidents {
		if m.State == assessment.Match || m.State == assessment.Example {
			n++
		}
	}
	return n
}
