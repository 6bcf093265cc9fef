// Package e2e holds Hiyari's end-to-end tests: they build the real hiyari
// binary and the wasm, start "hiyari serve", and drive headless Chromium
// against it with chromedp. harness_test.go documents the helpers; run them
// with "make test" (it installs Chromium, poppler-utils and axe-core first).
package e2e
