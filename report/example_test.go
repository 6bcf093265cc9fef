package report_test

import (
	"fmt"
	"os"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
	"github.com/hiyari-app/hiyari/words"
)

// A company whose test system is reachable from the internet with a
// password alone: the report made of its answers, as a script reads the
// JSON.
func Example() {
	data, err := os.ReadFile("../assessment/testdata/mini.json")
	if err != nil {
		panic(err)
	}
	bank, err := assessment.LoadBank(data)
	if err != nil {
		panic(err)
	}
	answers := assessment.NewAnswers(bank)
	answers.Company = "Example KK"
	answers.Answers["P_TEST"] = "yes"
	answers.Answers["TD1"] = assessment.No
	answers.Answers["TD2"] = assessment.No
	result := assessment.Assess(bank, answers)
	d := report.Doc{Bank: bank, Answers: answers, Result: result, Plan: assessment.NewPlan(bank, result), Lang: assessment.EN}

	j := report.NewJSON(d)
	first := j.Plan.Items[0]
	fmt.Println(j.Schema, j.Company, "- provisional:", j.Scores.Provisional)
	fmt.Println(first.ID, "-", first.Title.EN, "-", words.Horizon(d.Lang, first.Horizon), "- critical:", first.Critical)
	// Output:
	// hiyari.report/v2 Example KK - provisional: true
	// A_ISOLATE - Close test systems to the internet - This week - critical: true
}
