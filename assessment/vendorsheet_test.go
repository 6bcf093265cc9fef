package assessment

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVendorSheetAsksWhatTheOwnerCannotAnswer(t *testing.T) {
	b := defBank(t)
	a := defAnswers(b, map[string]string{
		"p-website":      "no",      // the website module is off: its vendor questions are not asked
		"acc-passwords":  "unknown", // not a vendor question, but nobody knows
		"default-pw":     "no",      // a vendor question the owner answered: kept
		"exp-edge-patch": "yes",
	})
	sheet := Assess(b, a).VendorSheet(b)
	assert.Contains(t, sheet, "acc-passwords", "every don't know")
	assert.Contains(t, sheet, "rm-no-open-rdp", "vendor questions still unanswered")
	assert.NotContains(t, sheet, "default-pw", "answered by the owner")
	assert.NotContains(t, sheet, "exp-edge-patch")
	assert.NotContains(t, sheet, "web-updates", "not asked")
	assert.NotContains(t, sheet, "sw-supported", "the owner can answer it: not a vendor question")
}
