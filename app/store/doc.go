// Package store holds the user's work in the browser: the answers document,
// the settings (language, last page), and the result and plan computed from
// them. Every change goes through a Store method that saves it at once and
// recomputes what depends on it, so the pages only read.
//
// It knows nothing of go-app or the DOM: the browser's localStorage is one
// Storage (package app adapts it), Memory is another (tests, the server's
// prerender), so the store is tested natively.
package store
