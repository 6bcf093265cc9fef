// Package app is Hiyari's user interface, built with go-app: one routed
// component per page (landing, profile, questions, results, plan, report),
// the widgets they share (question fields, score bars, incident cards), the
// Store holding the user's answers and its persistence in localStorage, the
// interface wording in Japanese and English (i18n.go), and a few browser
// helpers (print, download, file upload) in interop.go.
//
// Render methods only read: every change goes through a Store method that
// saves it and recomputes the result, so a reload resumes exactly where the
// user was.
package app
