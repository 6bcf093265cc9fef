package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/banklint"
)

// newFlags returns a flag set that reports errors on stderr, not by exiting.
func (m *Main) newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	return fs
}

// parseInterspersed parses flags that may come before or after positional
// arguments (`assess a.json --lang ja` as well as `assess --lang ja a.json`).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// loadBank returns the built-in bank, or the custom bank in path.
func (m *Main) loadBank(path string) (*assessment.Bank, bool) {
	if path == "" {
		b, err := assessment.DefaultBank()
		if err != nil {
			fmt.Fprintf(m.Stderr, "hiyari: the built-in bank is broken: %v\n", err)
			return nil, false
		}
		return b, true
	}
	data, err := readLimited(path, assessment.MaxBankSize)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return nil, false
	}
	b, err := banklint.Load(data)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %s: %v\n", path, err)
		return nil, false
	}
	return b, true
}

// readLimited reads a file ("-" for standard input is handled by callers)
// without reading more than limit+1 bytes of it.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// langFlag resolves --lang: the flag, else the document's language, else
// the environment's, else English.
func langFlag(flagVal string, doc assessment.Lang) (assessment.Lang, error) {
	if flagVal != "" {
		l, ok := assessment.ParseLang(flagVal)
		if !ok {
			return "", fmt.Errorf("--lang %q: use ja or en", flagVal)
		}
		return l, nil
	}
	if doc != "" {
		return doc, nil
	}
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l, ok := assessment.ParseLang(os.Getenv(env)); ok {
			return l, nil
		}
	}
	return assessment.EN, nil
}

// bank prints the built-in bank, or lints a custom one.
func (m *Main) bank(args []string) int {
	fs := m.newFlags("bank")
	asJSON := fs.Bool("json", false, "print the bank document as JSON")
	lint := fs.String("lint", "", "check a custom bank `FILE` and list every problem")
	lang := fs.String("lang", "", "language of the listing: ja or en")
	if _, err := parseInterspersed(fs, args); err != nil {
		return exitUsage
	}
	if *lint != "" {
		data, err := readLimited(*lint, assessment.MaxBankSize)
		if err != nil {
			fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
			return exitUsage
		}
		b, err := banklint.Load(data)
		if err != nil {
			fmt.Fprintf(m.Stderr, "%s: %v\n", *lint, err)
			return exitFailure
		}
		fmt.Fprintf(m.Stdout, "%s: ok: bank %s %s, %d areas, %d profile questions, %d questions, %d weaknesses, %d incidents, %d actions\n",
			*lint, b.ID, b.Version, len(b.Areas), len(b.Profile), len(b.Questions), len(b.Weaknesses), len(b.Incidents), len(b.Actions))
		return exitOK
	}
	b, ok := m.loadBank("")
	if !ok {
		return exitFailure
	}
	if *asJSON {
		m.Stdout.Write(assessment.DefaultBankJSON())
		return exitOK
	}
	l, err := langFlag(*lang, "")
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(m.Stdout, "%s %s (%s)\n", b.Title.In(l), b.Version, b.ID)
	for _, p := range b.Profile {
		fmt.Fprintf(m.Stdout, "  %-10s %s\n", p.ID, p.Text.In(l))
	}
	for _, a := range b.Areas {
		fmt.Fprintf(m.Stdout, "\n%s [%s]\n", a.Name.In(l), a.ID)
		for _, q := range b.Questions {
			if q.Area == a.ID {
				fmt.Fprintf(m.Stdout, "  %-10s %s\n", q.ID, q.Text.In(l))
			}
		}
	}
	return exitOK
}

// assess reads an answers file and prints the result and plan.
func (m *Main) assess(args []string) int {
	fs := m.newFlags("assess")
	format := fs.String("format", "md", "output format: md, json or csv")
	lang := fs.String("lang", "", "language: ja or en (default: the file's, then the environment's)")
	bankPath := fs.String("bank", "", "assess against a custom bank `FILE` instead of the built-in one")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) != 1 {
		fmt.Fprintln(m.Stderr, "usage: hiyari assess FILE [--format md|json|csv] [--lang ja|en] [--bank FILE]")
		return exitUsage
	}
	switch *format {
	case "md", "json", "csv":
	default:
		fmt.Fprintf(m.Stderr, "hiyari: --format %q: use md, json or csv\n", *format)
		return exitUsage
	}
	b, ok := m.loadBank(*bankPath)
	if !ok {
		return exitUsage
	}
	var data []byte
	if pos[0] == "-" {
		data, err = io.ReadAll(io.LimitReader(m.Stdin, assessment.MaxAnswersSize+1))
	} else {
		data, err = readLimited(pos[0], assessment.MaxAnswersSize)
	}
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitUsage
	}
	answers, err := assessment.ParseAnswers(data)
	if err != nil {
		m.explain(pos[0], err)
		return exitUsage
	}
	warnings, err := answers.Check(b)
	for _, w := range warnings {
		fmt.Fprintf(m.Stderr, "hiyari: %s: warning: %s\n", pos[0], w)
	}
	if err != nil {
		m.explain(pos[0], err)
		return exitUsage
	}
	l, err := langFlag(*lang, answers.Lang)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitUsage
	}
	result := assessment.Assess(b, answers)
	plan := assessment.NewPlan(b, result)
	switch *format {
	case "json":
		err = assessment.WriteJSON(m.Stdout, b, result, plan, l)
	case "csv":
		err = assessment.WriteCSV(m.Stdout, b, result, plan, l)
	default:
		err = assessment.WriteMarkdown(m.Stdout, b, result, plan, l)
	}
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// explain prints why a file could not be used, in words a consultant can
// act on, followed by every located problem.
func (m *Main) explain(file string, err error) {
	var why string
	switch assessment.KindOf(err) {
	case assessment.KindTooLarge:
		why = fmt.Sprintf("the file is larger than %d bytes; it is not a Hiyari answers file", assessment.MaxAnswersSize)
	case assessment.KindSyntax:
		why = "the file is not valid JSON of a Hiyari answers file"
	case assessment.KindSchema:
		why = fmt.Sprintf("the file is not a %s document", assessment.AnswersSchema)
	case assessment.KindMismatch:
		why = "the file was made for a different question bank"
	case assessment.KindInvalid:
		why = "the file breaks the rules of an answers file"
	default:
		why = "the file cannot be used"
	}
	fmt.Fprintf(m.Stderr, "hiyari: %s: %s\n", file, why)
	var e *assessment.Error
	if errors.As(err, &e) {
		if len(e.Problems) == 0 && e.Err != nil {
			fmt.Fprintf(m.Stderr, "  %v\n", e.Err)
		}
		for _, p := range e.Problems {
			fmt.Fprintf(m.Stderr, "  %s\n", p)
		}
	}
}

// template prints an answers file listing every question, unanswered, or a
// printable questionnaire for gathering answers before a visit.
func (m *Main) template(args []string) int {
	fs := m.newFlags("template")
	lang := fs.String("lang", "", "language recorded in the file (and of the questionnaire): ja or en")
	format := fs.String("format", "json", "json (an answers file) or md (a questionnaire to print)")
	bankPath := fs.String("bank", "", "use a custom bank `FILE` instead of the built-in one")
	company := fs.String("company", "", "company name to record")
	if _, err := parseInterspersed(fs, args); err != nil {
		return exitUsage
	}
	l, err := langFlag(*lang, "")
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitUsage
	}
	b, ok := m.loadBank(*bankPath)
	if !ok {
		return exitUsage
	}
	switch *format {
	case "json":
		a := assessment.NewAnswers(b)
		a.Lang = l
		a.Company = *company
		a.Created = time.Now().UTC().Format(time.RFC3339)
		for _, p := range b.Profile {
			a.Answers[p.ID] = ""
		}
		for _, q := range b.Questions {
			a.Answers[q.ID] = ""
		}
		data, err := a.Marshal()
		if err != nil {
			fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
			return exitFailure
		}
		m.Stdout.Write(append(data, '\n'))
	case "md":
		m.questionnaire(b, l)
	default:
		fmt.Fprintf(m.Stderr, "hiyari: --format %q: use json or md\n", *format)
		return exitUsage
	}
	return exitOK
}

// questionnaire prints every question with its options as check boxes.
func (m *Main) questionnaire(b *assessment.Bank, l assessment.Lang) {
	w := m.Stdout
	fmt.Fprintf(w, "# %s — %s %s\n\n", assessment.Label("title", l), b.Title.In(l), b.Version)
	for _, p := range b.Profile {
		fmt.Fprintf(w, "**%s** %s\n\n", p.ID, p.Text.In(l))
		var opts []string
		for _, o := range p.Options {
			opts = append(opts, "[ ] "+o.Label.In(l))
		}
		fmt.Fprintf(w, "%s\n\n", strings.Join(opts, "  "))
	}
	for _, a := range b.Areas {
		fmt.Fprintf(w, "## %s\n\n", a.Name.In(l))
		for _, q := range b.Questions {
			if q.Area != a.ID {
				continue
			}
			var opts []string
			for _, o := range q.Options {
				opts = append(opts, "[ ] "+assessment.AnswerLabel(o, l))
			}
			fmt.Fprintf(w, "**%s** %s\n\n%s\n\n", q.ID, q.Text.In(l), strings.Join(opts, "  "))
		}
	}
}
