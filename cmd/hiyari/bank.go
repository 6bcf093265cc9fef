package main

import (
	"context"
	"fmt"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/banklint"
	"github.com/hiyari-app/hiyari/words"
)

// bank prints the built-in bank, or lints a custom one.
func (m *Main) bank(_ context.Context, args []string) int {
	f := m.newFlags("bank", "", words.AboutBank)
	asJSON := f.Bool("json", false, words.FlagJSON.In(m.lang))
	lint := f.String("lint", "", words.FlagLint.In(m.lang))
	lang := f.String("lang", "", words.FlagLangList.In(m.lang))
	pos, code, ok := f.parse(args)
	if !ok {
		return code
	}
	if !f.noArgs(pos) {
		return exitUsage
	}
	l, err := m.docLang(*lang, "")
	if err != nil {
		f.fail(err.Error())
		return exitUsage
	}
	if *lint != "" {
		return m.lintBank(*lint)
	}
	b, ok := m.loadBank("")
	if !ok {
		return exitFailure
	}
	if *asJSON {
		m.Stdout.Write(assessment.DefaultBankJSON())
		return exitOK
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

// lintBank checks a custom bank with every rule and lists every problem.
func (m *Main) lintBank(path string) int {
	data, err := readLimited(path, assessment.MaxBankSize)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitUsage
	}
	b, err := banklint.Load(data)
	if err != nil {
		fmt.Fprintf(m.Stderr, "%s: %v\n", path, err)
		return exitFailure
	}
	l := m.lang
	counts := words.List(l, []string{
		words.CLIAreas.In(l, len(b.Areas), len(b.Areas)),
		words.CLIProfileQs.In(l, len(b.Profile), len(b.Profile)),
		words.CLIQuestions.In(l, len(b.Questions), len(b.Questions)),
		words.CLIWeaknesses.In(l, len(b.Weaknesses), len(b.Weaknesses)),
		words.CLIIncidents.In(l, len(b.Incidents), len(b.Incidents)),
		words.CLIActions.In(l, len(b.Actions), len(b.Actions)),
	})
	fmt.Fprintln(m.Stdout, words.CLILintOK.In(l, path, b.ID, b.Version, counts))
	return exitOK
}
