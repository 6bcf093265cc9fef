package assessment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// In the mini bank, items 1–5 of IPA's sheet are answered by RA1, RA4,
// RA2 and TD2 (item 3), TD1 (item 4, a test-system question) and RA3;
// item 22 by TD3 and item 25 by GOV1, the policy question.

func ipaItem(s IPAScore, n int) IPAItem { return s.Items[n-1] }

func TestIPAScoresItemsAsTheSheetDoes(t *testing.T) {
	b := miniBank(t)
	yes := Assess(b, answersWith(b, Yes)).IPA()
	require.Len(t, yes.Items, IPAItems)
	assert.Equal(t, 7, yes.Mapped)
	assert.Equal(t, 4*7, yes.Points, "done: 4 points an item")
	assert.Equal(t, IPAPending, yes.Band, "items the bank does not ask leave the total pending")

	assert.Equal(t, -7, Assess(b, answersWith(b, Unknown)).IPA().Points, "don't know: −1 an item")
	assert.Equal(t, 0, Assess(b, answersWith(b, No)).IPA().Points)
	assert.Equal(t, 2*7, Assess(b, answersWith(b, Partly)).IPA().Points)

	mixed := answersWith(b, Yes)
	mixed.Answers["TD2"] = Yes
	mixed.Answers["RA2"] = No
	s := Assess(b, mixed).IPA()
	assert.Equal(t, Partly, ipaItem(s, 3).Answer, "done for one question and not the other: partly")
	assert.Equal(t, 2, ipaItem(s, 3).Points)
	mixed.Answers["TD2"] = Unknown
	assert.Equal(t, Unknown, ipaItem(Assess(b, mixed).IPA(), 3).Answer, "don't know wins")

	noTest := answersWith(b, Yes)
	noTest.Answers["P_TEST"] = "no"
	s = Assess(b, noTest).IPA()
	assert.Equal(t, NA, ipaItem(s, 4).Answer, "an item about something the firm does not have counts as done")
	assert.Equal(t, 4, ipaItem(s, 4).Points)
	assert.Equal(t, []string{"RA2", "TD2"}, sortedCopy(ipaItem(s, 3).Questions))

	none := Assess(b, NewAnswers(b)).IPA()
	assert.Zero(t, none.Answered)
	assert.Equal(t, IPAPending, none.Band)
}

func TestSecurityActionReadiness(t *testing.T) {
	b := miniBank(t)
	a := answersWith(b, Yes)
	sa := Assess(b, a).SecurityAction()
	assert.Equal(t, 1, sa.Stars, "the five basics in place: ★")
	assert.Empty(t, sa.MissingOne)
	assert.NotEmpty(t, sa.MissingTwo, "items the bank does not ask keep ★★ out of reach")
	assert.False(t, sa.NoPolicy)

	a.Answers["RA4"] = Partly
	sa = Assess(b, a).SecurityAction()
	assert.Equal(t, 0, sa.Stars)
	assert.Equal(t, []int{2}, sa.MissingOne)

	a.Answers["RA4"] = Yes
	a.Answers["GOV1"] = No
	assert.True(t, Assess(b, a).SecurityAction().NoPolicy)
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}
