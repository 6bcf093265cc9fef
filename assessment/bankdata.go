package assessment

import (
	_ "embed"
	"fmt"
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
//
// Its index is built without Validate's checks: the tests run every check
// on the JSON and hold builtinBank equal to it, and the checks cost the
// browser 30 to 50 ms at every start (code run once, not yet optimised).
var DefaultBank = sync.OnceValues(func() (*Bank, error) {
	b := &builtinBank
	if b.Schema != BankSchema {
		return nil, &Error{Op: "load bank", Kind: KindSchema, Err: fmt.Errorf("built-in bank: schema %q is not %q", b.Schema, BankSchema)}
	}
	b.index = newBankIndex(b, new(problems))
	return b, nil
})
