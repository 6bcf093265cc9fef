package main

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
	"github.com/hiyari-app/hiyari/words"
)

// template prints an answers file listing every question, unanswered, or a
// printable questionnaire for gathering answers before a visit.
func (m *Main) template(_ context.Context, args []string) int {
	f := m.newFlags("template", "", words.AboutTemplate)
	lang := f.String("lang", "", words.FlagLangTmpl.In(m.lang))
	format := f.String("format", "json", words.FlagTmplFmt.In(m.lang))
	bankPath := f.String("bank", "", words.FlagBankFile.In(m.lang))
	company := f.String("company", "", words.FlagCompany.In(m.lang))
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
	// The same limit as an answers file has: a template must import.
	if n := utf8.RuneCountInString(*company); n > assessment.MaxCompany {
		f.fail(words.CLICompanyTooLong.In(m.lang, n, assessment.MaxCompany))
		return exitUsage
	}
	if *format != "json" && *format != "md" {
		f.fail(words.CLIBadFormat.In(m.lang, *format, "json, md"))
		return exitUsage
	}
	b, ok := m.loadBank(*bankPath)
	if !ok {
		return exitUsage
	}
	if *format == "md" {
		if err := report.WriteQuestionnaire(m.Stdout, b, l); err != nil {
			fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
			return exitFailure
		}
		return exitOK
	}
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
	return exitOK
}
