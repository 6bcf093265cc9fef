package assessment

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// AnswersSchema is the schema version of an answers document.
const AnswersSchema = "hiyari.answers/v1"

// MaxAnswersSize caps an answers file: a real one is a few tens of
// kilobytes, so anything far larger is broken or hostile.
const MaxAnswersSize = 1 << 20

// Limits of the fields of an answers document. The form fields of the app
// stop at the same lengths, so what a user types is always a valid file.
const (
	MaxCompany = 200  // characters of the company name
	MaxNote    = 5000 // characters of one note
	maxAnswers = 1000 // entries of answers, and of notes
	maxPlanned = 500  // planned actions
	maxVersion = 32   // characters of a bank version
)

// Answers is what a company answered: the document that is stored in the
// browser, exported, imported and given to the CLI.
type Answers struct {
	Schema string  `json:"schema"`
	Bank   BankRef `json:"bank"`
	// Company is the name the user typed; it may be empty.
	Company string `json:"company"`
	// Created and Updated are RFC 3339 timestamps; empty when unknown.
	Created string `json:"created,omitempty"`
	Updated string `json:"updated,omitempty"`
	// Lang is the language the user last worked in.
	Lang Lang `json:"lang,omitempty"`
	// Answers maps a question id (profile or control) to an option id; an
	// empty option means unanswered.
	Answers map[string]string `json:"answers"`
	// Notes maps a question id to the user's note on it.
	Notes map[string]string `json:"notes,omitempty"`
	// Planned lists the actions the user marked as planned (what-if).
	Planned []string `json:"planned,omitempty"`
	// Tracking maps an action id to who does it, by when, its status and
	// a note (tracking.go). Optional: files without it import as before.
	Tracking map[string]Track `json:"tracking,omitempty"`
}

// BankRef names the bank (and its version) a document was made with.
type BankRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
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
	if ps := a.fieldProblems(); len(ps) > 0 {
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

// fieldProblems checks every field on its own: the rules an imported file
// must keep before anything else looks at it.
func (a *Answers) fieldProblems() problems {
	var ps problems
	text := func(path, s string, limit int) {
		switch {
		case s == "":
			ps.rule(path, "required", s, "", true)
		case utf8.RuneCountInString(s) > limit:
			ps.rule(path, "max", s, strconv.Itoa(limit), true)
		}
	}
	id := func(path, s string) {
		if !ValidID(s) {
			ps.rule(path, "hid", s, "", true)
		}
	}
	timestamp := func(path, s string) {
		if _, err := time.Parse(time.RFC3339, s); s != "" && err != nil {
			ps.rule(path, "datetime", s, "", true)
		}
	}
	entries := func(path string, n, limit int) bool {
		if n > limit {
			ps.rule(path, "max", n, strconv.Itoa(limit), false)
			return false
		}
		return true
	}

	if a.Schema == "" {
		ps.rule("schema", "required", a.Schema, "", true)
	}
	if a.Bank.ID == "" {
		ps.rule("bank.id", "required", a.Bank.ID, "", true)
	} else {
		id("bank.id", a.Bank.ID)
	}
	text("bank.version", a.Bank.Version, maxVersion)
	if utf8.RuneCountInString(a.Company) > MaxCompany {
		ps.rule("company", "max", a.Company, strconv.Itoa(MaxCompany), true)
	}
	// A name is one line of text: a control character (a NUL, an escape)
	// has no place in it and could confuse what prints or reads it.
	if strings.ContainsFunc(a.Company, unicode.IsControl) {
		ps.rule("company", "printable", a.Company, "", true)
	}
	timestamp("created", a.Created)
	timestamp("updated", a.Updated)
	if a.Lang != "" && a.Lang != JA && a.Lang != EN {
		ps.rule("lang", "oneof", a.Lang, "ja en", true)
	}
	if entries("answers", len(a.Answers), maxAnswers) {
		for _, q := range sortedKeys(a.Answers) {
			id("answers["+shorten(q)+"]", q)
			if v := a.Answers[q]; v != "" {
				id("answers["+shorten(q)+"]", v)
			}
		}
	}
	if entries("notes", len(a.Notes), maxAnswers) {
		for _, q := range sortedKeys(a.Notes) {
			id("notes["+shorten(q)+"]", q)
			if utf8.RuneCountInString(a.Notes[q]) > MaxNote {
				ps.rule("notes["+shorten(q)+"]", "max", a.Notes[q], strconv.Itoa(MaxNote), true)
			}
		}
	}
	if entries("tracking", len(a.Tracking), maxPlanned) {
		for _, act := range sortedKeys(a.Tracking) {
			tr, path := a.Tracking[act], "tracking["+shorten(act)+"]"
			id(path, act)
			if utf8.RuneCountInString(tr.Owner) > MaxOwner {
				ps.rule(path+".owner", "max", tr.Owner, strconv.Itoa(MaxOwner), true)
			}
			if utf8.RuneCountInString(tr.Note) > MaxNote {
				ps.rule(path+".note", "max", tr.Note, strconv.Itoa(MaxNote), true)
			}
			if _, err := time.Parse(DueLayout, tr.Due); tr.Due != "" && err != nil {
				ps.rule(path+".due", "datetime", tr.Due, DueLayout, true)
			}
			if tr.Status != "" && !contains(Statuses, tr.Status) {
				ps.rule(path+".status", "oneof", tr.Status, strings.Join(Statuses, " "), true)
			}
		}
	}
	if entries("planned", len(a.Planned), maxPlanned) {
		if hasDuplicates(a.Planned) {
			ps.rule("planned", "unique", a.Planned, "", false)
		} else {
			for i, act := range a.Planned {
				id(fmt.Sprintf("planned[%d]", i), act)
			}
		}
	}
	return ps
}

func hasDuplicates(list []string) bool {
	seen := make(map[string]bool, len(list))
	for _, s := range list {
		if seen[s] {
			return true
		}
		seen[s] = true
	}
	return false
}

// Check compares a parsed document with bank b. It returns an error when the
// document was made for another bank or gives an answer that is not an
// option of its question. Answers, notes and planned actions for ids the bank
// does not know are returned as warnings: they are kept in the document (a
// newer bank version may know them) but do not count. A control answer the
// question no longer offers (an earlier bank offered "not applicable" on
// every question) is removed with a warning: the question is asked again,
// and the file still imports.
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
		v := a.Answers[id]
		switch {
		case v == "" || contains(opts, v):
		case b.index.question[id] != nil && contains(ControlOptions, v):
			ws.add("answers."+id, "%q is no longer offered for question %q: it is asked again", v, id)
			delete(a.Answers, id)
		default:
			ps.add("answers."+id, "%q is not an option of question %q", v, id)
		}
	}
	for _, id := range sortedKeys(a.Notes) {
		if _, ok := b.index.optionsOf(id); !ok {
			ws.add("notes."+id, "unknown question %q", id)
		}
	}
	for _, id := range sortedKeys(a.Tracking) {
		if b.index.action[id] == nil {
			ws.add("tracking."+id, "unknown action %q", id)
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

// MarshalCompact returns the document as compact JSON, the form the
// browser keeps it in: storage is small, and the indented form would
// cost a third more.
func (a *Answers) MarshalCompact() ([]byte, error) { return json.Marshal(a) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
