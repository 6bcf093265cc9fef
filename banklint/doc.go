// Package banklint checks a question bank the way a bank author needs:
// every field rule written as a `validate` tag on the bank's types (id
// syntax, lengths, ISO/IEC 27001, NIST CSF and CIS references, dates, URLs)
// with go-playground/validator, then the bank's own rules (unique ids,
// references, cycles) from package assessment.
//
// It is native-only: the command line (`hiyari bank --lint`, `--bank FILE`)
// and the tests use it. The browser loads the built-in bank with
// assessment.LoadBank, which skips the field rules: the tests have checked
// them before the bank is built into the app, and the validator would
// otherwise be a quarter of the wasm.
package banklint
