package words_test

import (
	"fmt"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// The same value named in both languages, as the screen, the print and the
// files name it.
func Example() {
	e := assessment.Effort{MinHours: 1, MaxHours: 4}
	for _, l := range []assessment.Lang{assessment.JA, assessment.EN} {
		fmt.Println(words.Role(l, assessment.RoleOwner), "·", words.Effort(l, e), "·", words.Cost(l, assessment.CostLow))
	}
	fmt.Println(words.ImportWarnings.In(assessment.EN, 1, 1))
	// Output:
	// 経営者・責任者 · 1〜4時間 · 低（年10万円未満）
	// Owner or manager · 1–4 hours · Low (under ¥100k a year)
	// 1 entry is not in this version of the question bank. It stays in the file but does not count.
}
