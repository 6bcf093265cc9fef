// Package app is Hiyari's user interface in the browser, built with go-app:
// one routed component per page (landing.go, profile.go, questionnaire.go,
// results.go, plan.go, printout.go), the frame they share (page.go,
// layout.go) and the widgets they draw, each a function of a view in a file
// named for it (questionfield.go, scorebar.go, incidentcard.go, findout.go,
// progressblock.go). routes.go registers the pages; both mains call it.
//
// The user's work lives in package app/store; localstorage.go adapts the
// browser's localStorage to it. formids.go owns the element ids and
// selectors that the widgets draw and formsync.go keeps in step with the
// store; subpath.go the links under a hosting prefix; interop.go the few
// browser calls go-app does not wrap (print, download, file upload). The
// wording is package words'.
//
// Render methods only read: every change goes through a store method that
// saves it and recomputes the result, so a reload resumes exactly where the
// user was.
package app
