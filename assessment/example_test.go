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
	answers.Answers["TD3"] = assessment.No
	answers.Answers["RA1"] = assessment.Yes
	answers.Answers["RA2"] = assessment.Yes
	answers.Answers["RA3"] = assessment.Yes
	answers.Answers["RA4"] = assessment.Yes

	result := assessment.Assess(bank, answers)
	for _, m := range result.Incidents {
		if m.State == assessment.Match {
			fmt.Println("matches:", bank.Incident(m.Incident).Name.In(assessment.EN))
		}
	}
	fmt.Println("overall:", words.ScoreCell(assessment.EN, result.Scores.Overall, result.Progress.Answered),
		"-", words.Band(assessment.EN, result.Scores.Band))
	for _, c := range result.Critical {
		fmt.Println("critical:", c.Question, c.Answer)
	}
	plan := assessment.NewPlan(bank, result)
	first := plan.Items[0]
	fmt.Println("first:", first.Action, "-", words.Horizon(assessment.EN, first.Horizon))
	// Output:
	// matches: J-Coin Pay test system breach
	// overall: 53 / 100 - Weak
	// critical: TD1 no
	// first: A_ISOLATE - This week
}
