package store

import (
	"encoding/json"
	"errors"
)

// Storage keys. Everything Hiyari keeps in the browser lives under
// hiyari/v1/ so it never collides with another app on the same origin (an
// intranet host serves many).
//
// Each assessment is one answers document under KeyAssessment+id, compact
// JSON; KeyIndex lists them and names the one open. KeyAnswers is where
// the single assessment of earlier versions lived: it is moved into the
// list at the first start and then removed.
const (
	KeyIndex      = "hiyari/v1/assessments"
	KeyAssessment = "hiyari/v1/assessment/"
	KeySettings   = "hiyari/v1/settings"
	KeyAnswers    = "hiyari/v1/answers"
	KeyUnreadable = "hiyari/v1/answers-unreadable"
)

// Storage is the part of the browser's localStorage the store uses, values
// stored as JSON; go-app's app.BrowserStorage satisfies it too.
type Storage interface {
	Set(k string, v any) error
	Get(k string, v any) error
	Del(k string)
	Contains(k string) bool
}

// Memory is a Storage in memory, JSON-encoded like localStorage: for tests,
// and for a store that must not persist anything.
type Memory struct {
	Data map[string]string
	// Fail makes Set fail, as a full or disabled localStorage does.
	Fail bool
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{Data: map[string]string{}} }

// Set stores v as JSON under k.
func (m *Memory) Set(k string, v any) error {
	if m.Fail {
		return errors.New("storage full")
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	m.Data[k] = string(b)
	return nil
}

// Get decodes the value under k into v; a missing key leaves v alone.
func (m *Memory) Get(k string, v any) error {
	d, ok := m.Data[k]
	if !ok {
		return nil
	}
	return json.Unmarshal([]byte(d), v)
}

// Del removes k.
func (m *Memory) Del(k string) { delete(m.Data, k) }

// Contains reports whether k holds a value.
func (m *Memory) Contains(k string) bool {
	_, ok := m.Data[k]
	return ok
}
