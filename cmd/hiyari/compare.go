package main

import (
	"context"
	"fmt"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
	"github.com/hiyari-app/hiyari/words"
)

// compare reads two answers files of one company, the earlier first, and
// prints what changed between them.
func (m *Main) compare(_ context.Context, args []string) int {
	f := m.newFlags("compare", "OLD NEW", words.AboutCompare)
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
	if len(pos) != 2 {
		f.fail(words.CLITwoFiles.In(m.lang))
		f.usage(m.Stderr)
		return exitUsage
	}
	write := map[string]func(*Main, report.CompareDoc) error{
		"md":   func(m *Main, d report.CompareDoc) error { return report.WriteCompareMarkdown(m.Stdout, d) },
		"json": func(m *Main, d report.CompareDoc) error { return report.WriteCompareJSON(m.Stdout, d) },
	}[*format]
	if write == nil {
		f.fail(words.CLIBadFormat.In(m.lang, *format, "md, json"))
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
	sides := make([]*assessment.Answers, 2)
	for i, file := range pos {
		a, ok := m.readAnswers(b, file)
		if !ok {
			return exitUsage
		}
		sides[i] = a
	}
	l, _ := m.docLang(*lang, sides[1].Lang)
	d := report.CompareDoc{Bank: b, Older: sides[0], Newer: sides[1], Comparison: assessment.Compare(b, sides[0], sides[1]), Lang: l}
	if err := write(m, d); err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return exitFailure
	}
	return exitOK
}
