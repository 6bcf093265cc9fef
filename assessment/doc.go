// Package assessment is Hiyari's domain: the question bank, the answers a
// company gives, scoring against documented incident patterns and the
// remediation plan.
//
// It is plain Go with no user-interface, browser or file-format dependency,
// so the browser app (compiled to WebAssembly) and the hiyari command share
// it and it is tested natively and in wasm. Data flows one way:
//
//	bank JSON --LoadBank--> Bank --+
//	                               +--> Assess(bank, answers) --> Result --> NewPlan(bank, result)
//	answers JSON --ParseAnswers----+
//
// Documents are decoded strictly (decode.go). The bank's rules (unique ids,
// references, cycles) are in rules.go; the field rules of its `validate`
// tags are checked natively by package banklint. The answers document's
// field rules are checked here by hand (answers.go, fields.go), because an
// imported file is checked in the browser. What is made of a result lives
// elsewhere: package report writes the files, package words names things.
package assessment
