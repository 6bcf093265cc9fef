// Package report writes what an assessment found as files: the Markdown
// plan, the CSV action list, the hiyari.report/v2 JSON document, and the
// questionnaire to print before a visit. It adapts the domain (package
// assessment) to those formats; the wording comes from package words, so a
// file says what the screen says.
//
// Every writer takes one Doc: the bank, the answers, the result and plan
// computed from them, and the language.
package report
