package assessment_test

import (
	"fmt"
	"os"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// A company with test systems answers that they are reachable from the
// internet, protected by a password alone and filled with real data: the
// way the J-Coin Pay breach happened.
func Example() {
	data, err := os.ReadFile("testdata/mini.json")
	if err != nil {
		panic(err)
	}
	bank, err := assessment.LoadBank(data)
	if err != nil {
		panic(err)
	}
	answers := assessment.NewAnswers(bank)
	answers.Answers["P_TEST"] = "yes"
	answers.Answers["TD1"] = assessment.No
	answers.Answers["TD2"] = assessment.No
	answers.Answers["TD3"] = assessment.Partly
	answers.Answers["RA1"] = assessment.Yes
	answers.Answers["RA2"] = assessment.Yes

	result := assessment.Assess(bank, answers)
	for _, m := range result.Incidents {
		if m.Complete {
			fmt.Println("matches:", bank.Incident(m.Incident).Name.In(assessment.EN))
		}
	}
	fmt.Println("overall:", words.ScoreCell(assessment.EN, result.Scores.Overall, result.Progress.Answered))
	plan := assessment.NewPlan(bank, result)
	first := bank.Action(plan.Actions[0].Action)
	fmt.Println("first:", first.Title.In(assessment.EN), "-", words.Horizon(assessment.EN, plan.Actions[0].Horizon))
	// Output:
	// matches: J-Coin Pay test system breach
	// overall: 50 / 100
	// first: Turn on two-step sign-in - This week
}
