// Package assessment is Hiyari's domain: the question bank, the answers a
// company gives, scoring against documented incident patterns, the
// remediation plan and the reports made from it.
//
// It is plain Go with no user-interface or browser dependency, so the
// browser app (compiled to WebAssembly) and the hiyari command share it and
// it is tested natively. Data flows one way:
//
//	bank JSON --LoadBank--> Bank --+
//	                               +--> Assess(bank, answers) --> Result --> NewPlan(bank, result) --> reports
//	answers JSON --ParseAnswers----+
package assessment
