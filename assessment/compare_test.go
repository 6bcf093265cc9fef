package assessment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A year later the careless firm patched its VPN device, completed its
// offline backup and turned on automatic updates: the
// comparison says so question by question, with the critical gaps closed,
// the scores up and the incidents it no longer reproduces.
func TestCompareAYearLater(t *testing.T) {
	b := defBank(t)
	older := loadScenario(t, "careless-10-person").a
	newer := clone(older)
	newer.Answers["exp-edge-patch"] = Yes   // was no, critical
	newer.Answers["bk-offline"] = Yes       // was partly
	newer.Answers["exp-pc-updates"] = Yes   // was don't know, critical
	newer.Answers["acc-passwords"] = No     // was don't know: found out, still a gap
	newer.Answers["mail-training"] = Partly // was don't know
	newer.Answers["data-encrypt"] = No      // was partly: worse
	require.Equal(t, Unknown, older.Answers["acc-passwords"])
	require.Equal(t, Partly, older.Answers["data-encrypt"])

	// Last year's plan: one action done already, one done during the year.
	done := func(a *Answers, id string) {
		if a.Tracking == nil {
			a.Tracking = map[string]Track{}
		}
		a.Tracking[id] = Track{Status: StatusDone}
	}
	done(older, b.Actions[0].ID)
	done(newer, b.Actions[0].ID)
	done(newer, b.Actions[1].ID)

	c := Compare(b, older, newer)
	assert.Equal(t, []string{b.Actions[1].ID}, c.ActionsDone, "done since: not the one done before")
	assert.True(t, c.Overall.Both())
	assert.Greater(t, c.Overall.Delta, 0.0)
	assert.InDelta(t, c.New.Scores.Overall.Value-c.Old.Scores.Overall.Value, c.Overall.Delta, 0.11)
	assert.Contains(t, c.CriticalClosed, "exp-edge-patch")
	assert.Contains(t, c.CriticalClosed, "exp-pc-updates")
	assert.Empty(t, c.CriticalOpened)

	dir := map[string]string{}
	for _, a := range c.Answers {
		dir[a.Question] = a.Direction
	}
	assert.Equal(t, map[string]string{
		"exp-edge-patch": Improved, "bk-offline": Improved, "exp-pc-updates": Improved, "acc-passwords": Changed,
		"mail-training": Improved, "data-encrypt": Worsened,
	}, dir, "exactly the answers that changed, each judged by its gap")

	var exposure *AreaChange
	for i := range c.Areas {
		if c.Areas[i].Area == "exposure" {
			exposure = &c.Areas[i]
		}
	}
	require.NotNil(t, exposure)
	assert.Greater(t, exposure.Delta, 0.0, "patching raised the exposure area")

	// The VPN-and-hospital pattern needed the unpatched device.
	assert.Contains(t, c.IncidentsCleared, "vpn-handa-2021")

	// The same assessment twice: nothing changed.
	same := Compare(b, older, older)
	assert.Empty(t, same.Answers)
	assert.Zero(t, same.Overall.Delta)
	assert.Empty(t, same.IncidentsCleared)
	assert.Empty(t, same.IncidentsNew)
}

// An earlier file that left questions unanswered: answering them later is
// "answered", not an improvement or a decline.
func TestCompareNewlyAnswered(t *testing.T) {
	b := defBank(t)
	older := defAnswers(b, map[string]string{"acc-admin-2step": "yes"})
	newer := defAnswers(b, map[string]string{"acc-admin-2step": "yes", "wifi": "no"})
	c := Compare(b, older, newer)
	require.Len(t, c.Answers, 1)
	assert.Equal(t, AnswerChange{Question: "wifi", Area: "office", Old: "", New: No, Direction: Answered}, c.Answers[0])
	assert.True(t, c.New.Scores.Provisional, "a handful of answers gives only a provisional score")
}
