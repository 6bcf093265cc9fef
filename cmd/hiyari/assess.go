package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
	"github.com/hiyari-app/hiyari/words"
)

// assess reads an answers file and prints the result and plan.
func (m *Main) assess(_ context.Context, args []string) int {
	f := m.newFlags("assess", "FILE", words.AboutAssess)
	format := f.String("format", "md", words.FlagFormat.In(m.lang))
	lang := f.String("lang", "", words.FlagLangDoc.In(m.lang))
	bankPath := f.String("bank", "", words.FlagBankFile.In(m.lang))
	passFile := f.String("passphrase-file", "", words.FlagPassphrase.In(m.lang))
	pos, code, ok := f.parse(args)
	if !ok {
		return code
	}
	if !m.readPassphrase(*passFile) {
		return exitUsage
	}
	if len(pos) != 1 {
		f.fail(words.CLIOneFile.In(m.lang))
		f.usage(m.Stderr)
		return exitUsage
	}
	file := pos[0]
	write := map[string]func(*Main, report.Doc) error{
		"md":   func(m *Main, d report.Doc) error { return report.WriteMarkdown(m.Stdout, d) },
		"json": func(m *Main, d report.Doc) error { return report.WriteJSON(m.Stdout, d) },
		"csv":  func(m *Main, d report.Doc) error { return report.WriteCSV(m.Stdout, d) },
	}[*format]
	if write == nil {
		f.fail(words.CLIBadFormat.In(m.lang, *format, "md, json, csv"))
		return exitUsage
	}
	if *lang != "" {
		if _, err := m.docLang(*lang, ""); err != nil {
			f.fail(err.Error())
			return exitUsage
		}
	}
	b, ok := m.loadBank(*bankPath)
	if !ok {
		return exitUsage
	}
	answers, ok := m.readAnswers(b, file)
	if !ok {
		return exitUsage
	}
	l, _ := m.docLang(*lang, answers.Lang)
	result := assessment.Assess(b, answers)
	d := report.Doc{Bank: b, Answers: answers, Result: result, Plan: assessment.NewPlan(b, result), Lang: l}
	if err := write(m, d); err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// readPassphrase reads --passphrase-file (its first line) when given.
func (m *Main) readPassphrase(path string) bool {
	if path == "" {
		return true
	}
	data, err := readLimited(path, 4096)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return false
	}
	line, _, _ := strings.Cut(string(data), "\n")
	m.passphrase = strings.TrimSuffix(line, "\r")
	return true
}

// readAnswers reads and checks one answers file against b, printing
// warnings and, on failure, why the file cannot be used.
func (m *Main) readAnswers(b *assessment.Bank, file string) (*assessment.Answers, bool) {
	// A protected file is larger than what it holds (base64).
	data, err := m.readInput(file, 2*assessment.MaxAnswersSize)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return nil, false
	}
	if assessment.IsSealed(data) {
		if m.passphrase == "" {
			fmt.Fprintf(m.Stderr, "hiyari: %s: %s\n", file, words.CLINeedPassphrase.In(m.lang))
			return nil, false
		}
		if data, err = assessment.Unseal(data, m.passphrase); err != nil {
			m.explain(file, err)
			return nil, false
		}
	}
	answers, err := report.ReadAnswers(data)
	if err != nil {
		m.explain(file, err)
		return nil, false
	}
	warnings, err := answers.Check(b)
	for _, w := range warnings {
		fmt.Fprintf(m.Stderr, "hiyari: %s: %s: %s\n", file, words.CLIWarning.In(m.lang), w)
	}
	if err != nil {
		m.explain(file, err)
		return nil, false
	}
	return answers, true
}

// explain prints why a file could not be used, in words a consultant can
// act on, followed by every located problem.
func (m *Main) explain(file string, err error) {
	fmt.Fprintf(m.Stderr, "hiyari: %s: %s\n", file, words.ErrorKind(assessment.KindOf(err)).In(m.lang))
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
