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

//go:generate go test -run ^TestBuiltinBankIsTheJSON$ -update .

// DefaultBank returns the built-in bank, validated once. The returned bank
// must not be modified. It is builtinBank, the same document written as Go
// data by go generate (TestBuiltinBankIsTheJSON keeps the two the same):
// the browser then starts without decoding 260 kB of JSON.
var DefaultBank = sync.OnceValues(func() (*Bank, error) {
	b := &builtinBank
	if err := b.Validate(); err != nil {
		return nil, err
	}
	return b, nil
})
