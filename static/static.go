// Package static holds the files the browser loads besides the app itself:
// stylesheets and icons. They are embedded in the hiyari binary, which serves
// them under /web/ and copies them into static builds; the wasm never
// imports this package.
package static

import "embed"

// Files is the static tree: *.css at the top, icons/ below.
//
//go:embed *.css icons/*.png icons/*.svg
var Files embed.FS
