package store

import (
	"maps"
	"slices"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
)

// Importing a file the user chose: read and checked without changing
// anything, then added to the list as a new assessment, or, after the user
// said yes, put in the place of the kept assessment it is a copy of.

// ImportSummary says what an import will not use as it stands: entries
// the bank does not know (kept in the document, not scored) and answers
// the bank no longer offers (removed: their questions are asked again).
// For a file made with another version of the bank it also lists the
// questions the file answers that this version no longer has (Gone) and
// the questions this version asks that the file does not answer (New: new
// in this version, or left unanswered).
type ImportSummary struct {
	Unknown, AskedAgain int
	Version             string // the file's bank version when it is not this one
	Gone, New           []string
}

// ParseImport reads an answers file (or a JSON report) the user chose. It
// changes nothing: the caller adds it or, after asking, replaces one.
func (s *Store) ParseImport(data []byte) (*assessment.Answers, ImportSummary, error) {
	a, err := report.ReadAnswers(data)
	if err != nil {
		return nil, ImportSummary{}, err
	}
	before := len(a.Answers)
	ws, err := a.Check(s.bank)
	if err != nil {
		return nil, ImportSummary{}, err
	}
	sum := ImportSummary{AskedAgain: before - len(a.Answers)}
	for _, w := range ws {
		if w.Path != "bank.version" {
			sum.Unknown++
		}
	}
	sum.Unknown -= sum.AskedAgain
	if a.Bank.Version == s.bank.Version {
		return a, sum, nil
	}
	sum.Version = a.Bank.Version
	for _, id := range slices.Sorted(maps.Keys(a.Answers)) {
		if s.bank.Question(id) == nil && s.bank.ProfileQuestion(id) == nil {
			sum.Gone = append(sum.Gone, id)
		}
	}
	r := assessment.Assess(s.bank, a)
	for _, q := range s.bank.Questions {
		if r.Asked(q.ID) && a.Answers[q.ID] == "" {
			sum.New = append(sum.New, q.ID)
		}
	}
	return a, sum, nil
}

// Add stores a (from ParseImport) as a new assessment and opens it: an
// import never overwrites anything.
func (s *Store) Add(a *assessment.Answers) {
	s.prepare(a)
	s.adopt(a)
	s.saveDoc(s.current)
	s.reopened()
}

// SameAs returns the stored assessment an imported one is a copy of (the
// same company, started at the same moment), or "" for none.
func (s *Store) SameAs(a *assessment.Answers) string {
	if a.Created == "" {
		return ""
	}
	for _, id := range s.ids {
		if d := s.docs[id]; d != nil && d.Created == a.Created && d.Company == a.Company {
			return id
		}
	}
	return ""
}

// ReplaceStored puts a (from ParseImport) in the place of assessment id,
// after the user said yes, and opens it.
func (s *Store) ReplaceStored(id string, a *assessment.Answers) {
	if s.Stored(id) == nil {
		return
	}
	s.prepare(a)
	s.docs[id] = a
	s.open(id)
	s.saveDoc(id)
	s.noteSave("", s.saveIndex())
}

// prepare makes an imported document one of this bank's.
func (s *Store) prepare(a *assessment.Answers) {
	if a.Answers == nil {
		a.Answers = map[string]string{}
	}
	a.Bank = s.bank.Ref()
}
