// Package words holds every sentence Hiyari says to people, in Japanese and
// English side by side: the screens, the printed plan, the Markdown and CSV
// files and the command line all take their wording from here, so they say
// the same thing in the same words.
//
// A message is a Msg (or a Plural, for English counts) declared in the file
// of the page or area that uses it: layout.go (the frame of every page),
// landing.go, questionnaire.go, results.go, plan.go, report.go (the printed
// plan and the documents), cli.go (the hiyari command). values.go names the
// domain's values (answers, roles, cost classes, horizons, effort, error
// kinds, scores, dates) with one function each. Every message is registered, so the tests
// check all of them: both languages present, the same formatting verbs, the
// Japanese written in Japanese.
//
// Bank content (questions, incidents, actions) is not here: it comes from
// the bank in both languages.
package words
