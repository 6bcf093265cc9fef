package assessment

import (
	"encoding/json"
	"fmt"
	"sort"
)

// AnswersSchema is the schema version of an answers document.
const AnswersSchema = "hiyari.answers/v1"

// MaxAnswersSize caps an answers file: a real one is a few tens of
// kilobytes, so anything far larger is broken or hostile.
const MaxAnswersSize = 1 << 20

// Answers is what a company answered: the document that is stored in the
// browser, exported, imported and given to the CLI.
type Answers struct {
	Schema string  `json:"schema" validate:"required"`
	Bank   BankRef `json:"bank"`
	// Company is the name the user typed; it may be empty.
	Company string `json:"company" validate:"max=200"`
	// Created and Updated are RFC 3339 timestamps; empty when unknown.
	Created string `json:"created,omitempty" validate:"omitempty,datetime=2006-01-02T15:04:05Z07:00"`
	Updated string `json:"updated,omitempty" validate:"omitempty,datetime=2006-01-02T15:04:05Z07:00"`
	// Lang is the language the user last worked in.
	Lang Lang `json:"lang,omitempty" validate:"omitempty,oneof=ja en"`
	// Answers maps a question id (profile or control) to an option id; an
	// empty option means unanswered.
	Answers map[string]string `json:"answers" validate:"max=1000,dive,keys,hid,endkeys,omitempty,hid"`
	// Notes maps a question id to the user's note on it.
	Notes map[string]string `json:"notes,omitempty" validate:"max=1000,dive,keys,hid,endkeys,max=5000"`
	// Planned lists the actions the user marked as planned (what-if).
	Planned []string `json:"planned,omitempty" validate:"max=500,unique,dive,hid"`
}

// BankRef names the bank (and its version) a document was made with.
type BankRef struct {
	ID      string `json:"id" validate:"required,hid"`
	Version string `json:"version" validate:"required,max=32"`
}

// Lang is a user-interface and report language.
type Lang string

// Supported languages.
const (
	JA Lang = "ja"
	EN Lang = "en"
)

// ParseLang reads a language tag such as "ja", "ja-JP" or "en-GB", returning
// false for any other language.
func ParseLang(s string) (Lang, bool) {
	if len(s) >= 2 {
		switch s[:2] {
		case "ja", "JA", "Ja":
			return JA, true
		case "en", "EN", "En":
			return EN, true
		}
	}
	return "", false
}

// NewAnswers returns an empty answers document for bank b.
func NewAnswers(b *Bank) *Answers {
	return &Answers{Schema: AnswersSchema, Bank: b.Ref(), Answers: map[string]string{}}
}

// ParseAnswers reads an answers document, refusing anything that is not a
// well-formed hiyari.answers/v1 document within the size cap. It does not
// check the answers against a bank: see Check.
func ParseAnswers(data []byte) (*Answers, error) {
	const op = "read answers"
	a := new(Answers)
	if err := decodeDocument(op, data, MaxAnswersSize, AnswersSchema, a); err != nil {
		return nil, err
	}
	if ps := structProblems("Answers", validate().Struct(a)); len(ps) > 0 {
		return nil, &Error{Op: op, Kind: KindInvalid, Problems: ps}
	}
	// One canonical form, so that an export of an import is the same document.
	if a.Answers == nil {
		a.Answers = map[string]string{}
	}
	if len(a.Notes) == 0 {
		a.Notes = nil
	}
	if len(a.Planned) == 0 {
		a.Planned = nil
	}
	return a, nil
}

// Check compares a parsed document with bank b. It returns an error when the
// document was made for another bank or gives an answer that is not an
// option of its question. Answers, notes and planned actions for ids the bank
// does not know are returned as warnings: they are kept in the document (a
// newer bank version may know them) but do not count.
func (a *Answers) Check(b *Bank) (warnings []Problem, err error) {
	const op = "check answers"
	if a.Bank.ID != b.ID {
		return nil, &Error{Op: op, Kind: KindMismatch, Err: fmt.Errorf("made for bank %q, not %q", a.Bank.ID, b.ID)}
	}
	var ps, ws problems
	for _, id := range sortedKeys(a.Answers) {
		opts, ok := b.index.optionsOf(id)
		if !ok {
			ws.add("answers."+id, "unknown question %q", id)
			continue
		}
		if v := a.Answers[id]; v != "" && !contains(opts, v) {
			ps.add("answers."+id, "%q is not an option of question %q", v, id)
		}
	}
	for _, id := range sortedKeys(a.Notes) {
		if _, ok := b.index.optionsOf(id); !ok {
			ws.add("notes."+id, "unknown question %q", id)
		}
	}
	for i, id := range a.Planned {
		if b.index.action[id] == nil {
			ws.add(fmt.Sprintf("planned[%d]", i), "unknown action %q", id)
		}
	}
	if len(ps) > 0 {
		return ws, &Error{Op: op, Kind: KindInvalid, Problems: ps}
	}
	if a.Bank.Version != b.Version {
		ws.add("bank.version", "made with version %q of the bank; this is version %q", a.Bank.Version, b.Version)
	}
	return ws, nil
}

// Marshal returns the document as indented JSON, the form it is saved and
// exported in.
func (a *Answers) Marshal() ([]byte, error) {
	return json.MarshalIndent(a, "", "  ")
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
