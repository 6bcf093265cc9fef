package store

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
)

// Follow takes in a change another tab of this browser made to the stored
// key k (the browser's "storage" event): the list, or one assessment.
// Each tab then works on what was saved last, so an edit here never
// writes over an answer, a note or a "start over" made there. It reports
// whether anything shown changed.
func (s *Store) Follow(k string) bool {
	if s.storage == nil {
		return false
	}
	switch {
	case k == KeyIndex:
		var idx index
		if s.storage.Get(KeyIndex, &idx) != nil {
			return false
		}
		var ids []string
		for _, id := range idx.IDs {
			if !validID(id) || slices.Contains(ids, id) {
				continue
			}
			ids = append(ids, id)
			if s.docs[id] == nil && !s.unreadable[id] {
				s.readDoc(id)
			}
		}
		for _, id := range s.ids {
			if !slices.Contains(ids, id) {
				delete(s.docs, id)
				delete(s.unreadable, id)
			}
		}
		wasSaved := slices.Contains(s.ids, s.current)
		s.ids = ids
		if wasSaved && !slices.Contains(ids, s.current) {
			// Deleted there (or started over): this tab does not bring it
			// back with its next answer.
			s.current = ""
			s.startNew()
		}
		return true
	case strings.HasPrefix(k, KeyAssessment):
		id := strings.TrimPrefix(k, KeyAssessment)
		if !slices.Contains(s.ids, id) {
			return false // listed, if at all, by the index change
		}
		s.readDoc(id)
		if id == s.current {
			if a := s.docs[id]; a != nil {
				s.answers = a
				s.recompute()
			}
		}
		return true
	}
	return false
}

// readDoc reads one stored assessment into the list.
func (s *Store) readDoc(id string) {
	var raw json.RawMessage
	err := s.storage.Get(KeyAssessment+id, &raw)
	var a *assessment.Answers
	if err == nil && len(raw) > 0 {
		a, err = s.parse(raw)
	}
	switch {
	case err != nil:
		s.unreadable[id] = true
		delete(s.docs, id)
	case a != nil:
		delete(s.unreadable, id)
		s.docs[id] = a
	}
}
