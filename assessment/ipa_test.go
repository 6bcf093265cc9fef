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

// The built-in bank answers every item of IPA's sheet, so a firm sees the
// number the sheet would give: 100 when all is done, 0 when nothing is,
// −25 when nothing is known, and a mixed sheet computed by hand.
func TestDefaultBankFillsInIPAsSheet(t *testing.T) {
	b := defBank(t)
	yes := Assess(b, answersWith(b, Yes))
	s := yes.IPA()
	assert.Equal(t, IPAItems, s.Mapped, "every item of the sheet is answered by a question")
	assert.Equal(t, 100, s.Points)
	assert.Equal(t, IPAFull, s.Band)
	assert.Equal(t, 2, yes.SecurityAction().Stars)

	no := Assess(b, answersWith(b, No))
	assert.Equal(t, 0, no.IPA().Points)
	assert.Equal(t, IPADanger, no.IPA().Band)
	assert.Equal(t, 0, no.SecurityAction().Stars)
	assert.Equal(t, []int{1, 2, 3, 4, 5}, no.SecurityAction().MissingOne)
	assert.Equal(t, -25, Assess(b, answersWith(b, Unknown)).IPA().Points)

	// By hand: item 7 not done (0), item 1 partly done (one of its two
	// questions no: 2), item 21 about telework the firm does not do
	// (counted as done, 4), the rest done: 100 − 4 − 2 = 94, "mostly".
	mixed := answersWith(b, Yes)
	mixed.Answers["mail-missend"] = No
	mixed.Answers["exp-edge-patch"] = No
	mixed.Answers["p-remote"] = "no"
	s = Assess(b, mixed).IPA()
	assert.Equal(t, No, ipaItem(s, 7).Answer)
	assert.Equal(t, Partly, ipaItem(s, 1).Answer)
	assert.Equal(t, NA, ipaItem(s, 21).Answer)
	assert.Equal(t, 94, s.Points)
	assert.Equal(t, IPAMostly, s.Band)
	sa := Assess(b, mixed).SecurityAction()
	assert.Equal(t, 0, sa.Stars, "item 1 of the five basics is only partly done")

	// The five basics in place, the policy not published: one star.
	mixed = answersWith(b, Yes)
	mixed.Answers["sec-policy"] = No
	sa = Assess(b, mixed).SecurityAction()
	assert.Equal(t, 1, sa.Stars)
	assert.True(t, sa.NoPolicy)
}
