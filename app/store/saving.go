package store

import (
	"encoding/json"
	"slices"
	"time"
)

// Saving to the browser's storage, and remembering what could not be saved
// so that the user is told until it is.

// saveAnswers stores the open assessment.
func (s *Store) saveAnswers() { s.saveDoc(s.current) }

func (s *Store) saveSettings() {
	if s.storage == nil {
		return
	}
	// The page and language are small and can be set again: a failure
	// here is not the alert about answers.
	s.storage.Set(KeySettings, s.settings)
}

// SaveFailed reports whether the last save to the browser failed.
func (s *Store) SaveFailed() bool { return len(s.unsaved) > 0 }

// UnsavedSince is when saving last started to fail; zero when all is saved.
func (s *Store) UnsavedSince() time.Time { return s.unsavedSince }

// noteSave records how saving assessment id ("" for the list) went.
func (s *Store) noteSave(id string, err error) {
	if err == nil {
		delete(s.unsaved, id)
	} else {
		if s.unsaved == nil {
			s.unsaved = map[string]bool{}
		}
		if len(s.unsaved) == 0 {
			s.unsavedSince = s.now()
		}
		s.unsaved[id] = true
	}
	if len(s.unsaved) == 0 {
		s.unsavedSince = time.Time{}
	}
}

// saveDoc stores one assessment and, the first time, lists it.
func (s *Store) saveDoc(id string) {
	a := s.docs[id]
	if a == nil {
		return
	}
	if id == s.current {
		a.Lang = s.settings.Lang
	}
	listed := slices.Contains(s.ids, id)
	if !listed {
		s.ids = append(s.ids, id)
	}
	if s.storage == nil {
		return
	}
	data, err := a.MarshalCompact()
	if err == nil {
		err = s.storage.Set(KeyAssessment+id, json.RawMessage(data))
	}
	if err == nil && !listed {
		s.noteSave("", s.saveIndex())
	}
	s.noteSave(id, err)
}

// WarmUp encodes the open assessment as saving does, and throws the result
// away: encoding/json builds its encoders the first time, which the app
// does in idle time rather than at the first answer.
func (s *Store) WarmUp() {
	if s.answers == nil {
		return
	}
	if data, err := s.answers.MarshalCompact(); err == nil {
		json.Marshal(json.RawMessage(data))
	}
	json.Marshal(index{Current: s.current, IDs: s.ids})
}

func (s *Store) saveIndex() error {
	if s.storage == nil {
		return nil
	}
	return s.storage.Set(KeyIndex, index{Current: s.current, IDs: s.ids})
}

// reopened saves what changes when another assessment is open: the list
// names it, and the page to resume on starts afresh.
func (s *Store) reopened() {
	s.settings.Page = ""
	s.saveSettings()
	s.noteSave("", s.saveIndex())
}
