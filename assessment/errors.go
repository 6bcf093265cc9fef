package assessment

import (
	"errors"
	"fmt"
	"strings"
)

// Kind classifies an error so that callers (the UI, the CLI) can explain it
// in the user's language without parsing messages.
type Kind string

// Error kinds.
const (
	KindTooLarge Kind = "too_large" // input over the size cap
	KindSyntax   Kind = "syntax"    // not JSON, or JSON of the wrong shape
	KindSchema   Kind = "schema"    // a different document type or schema version
	KindNewer    Kind = "newer"     // the same document type, from a newer Hiyari
	KindInvalid  Kind = "invalid"   // well-formed but breaks the rules (see Problems)
	KindMismatch Kind = "mismatch"  // made for another bank
	KindEncoding Kind = "encoding"  // text in UTF-16 rather than UTF-8
	// KindPassphrase: a protected file with a wrong passphrase (or changed
	// since it was sealed), or a passphrase too short to seal with.
	KindPassphrase Kind = "passphrase"
)

// Problem is one rule a document breaks, located by its JSON path, e.g.
// `incidents[3].core[1]: unknown weakness "TD9"`.
type Problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

func (p Problem) String() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// Error is the error returned for a document that cannot be used. Op says
// what was being done, Kind why it failed, Problems where.
type Error struct {
	Op       string
	Kind     Kind
	Problems []Problem
	Err      error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Op)
	b.WriteString(": ")
	switch {
	case len(e.Problems) > 0:
		fmt.Fprintf(&b, "%d problem(s)", len(e.Problems))
		for _, p := range e.Problems {
			b.WriteString("\n  ")
			b.WriteString(p.String())
		}
	case e.Err != nil:
		b.WriteString(e.Err.Error())
	default:
		b.WriteString(string(e.Kind))
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the Kind of err, or "" when err is not an *Error.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

// ProblemsOf returns the problems carried by err, if any.
func ProblemsOf(err error) []Problem {
	var e *Error
	if errors.As(err, &e) {
		return e.Problems
	}
	return nil
}

// FirstProblem names, for a person, the first thing wrong in a document:
// its first located problem, else the cause; "" when there is none.
func FirstProblem(err error) string {
	var e *Error
	if !errors.As(err, &e) {
		return ""
	}
	switch {
	case len(e.Problems) > 0:
		return e.Problems[0].String()
	case e.Err != nil:
		return e.Err.Error()
	}
	return ""
}

// problems collects Problems while a document is checked.
type problems []Problem

func (ps *problems) add(path, format string, args ...any) {
	*ps = append(*ps, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}
