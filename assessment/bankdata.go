package assessment

import (
	_ "embed"
	"sync"
)

// defaultBankJSON is the built-in question bank. It is data: content
// changes happen in the JSON file, never in Go code.
//
//go:embed bankdata/default.json
var defaultBankJSON []byte

// DefaultBankJSON returns the built-in bank document exactly as shipped.
func DefaultBankJSON() []byte { return defaultBankJSON }

// DefaultBank returns the built-in bank, loaded and validated once. The
// returned bank must not be modified.
var DefaultBank = sync.OnceValues(func() (*Bank, error) {
	return LoadBank(defaultBankJSON)
})
