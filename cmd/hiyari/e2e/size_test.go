package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wasmBudget is the most the wasm may weigh, as sent, against a minimal
// go-app app (testdata/baseline) built in the same run (design.md §5: a
// ratio, because absolute sizes change with the toolchain). It was set from
// the figure measured once the validator left the wasm (1.234: 2.00 MB
// against 1.62 MB, brotli as served); lower it when the wasm shrinks, and
// raise it only with a reason in the commit that does. Scoring v2 raised
// it to 1.27 (1.262 measured: 2.04 MB against 1.62 MB): bands, critical
// gaps, match states, the plan's items and people, the IPA self-check and
// SECURITY ACTION, the report v2, the method page and about a hundred new
// messages in both languages. The speed issue is to win it back. Content
// v2 raised it to 1.28 (1.275 measured: 2.07 MB against 1.62 MB): the bank
// grew from 229 kB to 261 kB of JSON (about 10 kB more gzipped) with the
// basics, three incidents, their sources and the harm split, and the
// vendor hint; all of it is text a user reads. The consultant's first
// tools raised it to 1.29 (1.283 measured): the sheet for the IT vendor
// (its page, 63 kB of wasm before compression, most of it go-app's
// builder calls inlined into Render) and the client-named files. The
// manager's first page and actions tracked to done raised it to 1.31
// (1.300 measured: 170 kB more wasm before compression, a third of it
// data — type information and the new messages — and the rest the print
// cover's and the tracking form's Render code). The compare page raised it
// to 1.32 (1.315 measured: 24 kB as sent). The list of assessments (many
// clients in one browser) raised it to 1.335 (1.334 measured: 31 kB as
// sent; 227 kB before compression, 130 kB of it the list page's and the
// store's code and the rest the runtime's tables for that code). Declaring
// the interface's messages as literals instead of through a constructor
// took 86 kB of start-up code out (1.330 measured with the import of JSON
// reports, the list of bank-version differences and "actions done since").
// The intranet and trust work raised it to 1.345 (1.340 measured: 12 kB
// as sent for the organisation's bank and configuration loaded before
// start, the not-found page, the unknown-area notice, following other
// tabs, the storage-full alert, the exact-key check and the start-up
// guard on the prerendered page). The protected export raised it to 1.355
// (1.350 measured: 16 kB as sent, scrypt and the sealing code).
// The speed work raised it to 1.36 (1.357 measured, both wasm files now
// built with -ldflags="-s -w", which took 38 kB from Hiyari's and 27 kB
// from the baseline's): 11 kB as sent for the built-in bank as Go data
// (no faster to send than the JSON, but ready in under a millisecond
// instead of 57 ms), questions drawn as components of their own, the
// start-up marks and the positional plan. What the wasm carries and why
// the 1.15 goal is out of reach is in the README's performance section.
const wasmBudget = 1.36

// servedBrotli is the size of a file compressed as hiyari serve and hiyari
// build compress the wasm (brotli level 9, see cmd/hiyari/site.go).
func servedBrotli(tb testing.TB, path string) int {
	data, err := os.ReadFile(path)
	require.NoError(tb, err)
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, 9)
	_, err = w.Write(data)
	require.NoError(tb, err)
	require.NoError(tb, w.Close())
	return buf.Len()
}

// The wasm's transfer size stays within its budget.
func TestWasmTransferBudget(t *testing.T) {
	paths := []string{filepath.Join(webDir, "app.wasm"), filepath.Join(baselineWeb(t), "web", "app.wasm")}
	sizes := make([]int, len(paths))
	var wg sync.WaitGroup
	for i, p := range paths {
		wg.Go(func() { sizes[i] = servedBrotli(t, p) })
	}
	wg.Wait()
	ratio := float64(sizes[0]) / float64(sizes[1])
	t.Logf("wasm as sent (brotli): hiyari %d bytes, baseline %d bytes, ratio %.3f (budget %.3f)", sizes[0], sizes[1], ratio, wasmBudget)
	assert.LessOrEqual(t, ratio, wasmBudget, "the wasm grew past its budget: what did it gain?")
}
