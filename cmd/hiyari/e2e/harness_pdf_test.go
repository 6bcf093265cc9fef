package e2e

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// PDFText prints the current page to an A4 PDF as the browser's print
// function would (print stylesheet applied) and returns the text pdftotext
// extracts from it, in layout order.
func (b *Browser) PDFText() string {
	b.t.Helper()
	return b.pdfText("-layout")
}

// pdfText prints the current page to PDF and extracts its text with
// pdftotext and the given mode flags.
func (b *Browser) pdfText(mode ...string) string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, actionTimeout)
	defer cancel()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize()))
	b.fail(err, "printing to PDF")
	f := filepath.Join(b.t.TempDir(), "print.pdf")
	require.NoError(b.t, os.WriteFile(f, pdf, 0o644))
	out, err := exec.Command("pdftotext", append(mode, "-enc", "UTF-8", f, "-")...).Output()
	b.fail(err, "pdftotext (make test installs poppler-utils)")
	return string(out)
}

// PDFPages prints the current page as PDFText does and returns the text
// of each printed page in reading order (a table cell's lines together).
func (b *Browser) PDFPages() []string {
	b.t.Helper()
	pages := strings.Split(b.pdfText(), "\f")
	if n := len(pages); n > 1 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1] // pdftotext ends the last page with a form feed too
	}
	return pages
}
