package assessment

import "testing"

// BenchmarkAssessPlan scores the built-in bank with the worst answers
// (every control missing, every module on) and builds the plan: the work
// done on every answer change in the browser.
func BenchmarkAssessPlan(b *testing.B) {
	bank, err := DefaultBank()
	if err != nil {
		b.Fatal(err)
	}
	a := answersWith(bank, No)
	for _, act := range bank.Actions[:len(bank.Actions)/2] {
		a.Planned = append(a.Planned, act.ID)
	}
	b.ReportAllocs()
	for b.Loop() {
		NewPlan(bank, Assess(bank, a))
	}
}

// BenchmarkLoadBank parses and validates the built-in bank: the start-up
// cost of the app and the CLI.
func BenchmarkLoadBank(b *testing.B) {
	data := DefaultBankJSON()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadBank(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuiltinBank readies the built-in bank as the app does at
// start-up: already Go data (checked by the tests), indexed.
func BenchmarkBuiltinBank(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		bank := builtinBank
		bank.index = newBankIndex(&bank, new(problems))
	}
}
