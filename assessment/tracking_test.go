package assessment

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tracking travels in the answers file and is checked like everything in
// it; a file without it reads as before.
func TestTrackingRoundTripsAndIsChecked(t *testing.T) {
	b := defBank(t)
	a := NewAnswers(b)
	a.Created = "2026-12-03T09:00:00+09:00"
	a.Tracking = map[string]Track{"act-edge-patch": {Owner: "佐藤", Due: "2026-12-10", Status: StatusInProgress, Note: "業者に依頼済み"}}
	data, err := a.Marshal()
	require.NoError(t, err)
	back, err := ParseAnswers(data)
	require.NoError(t, err)
	assert.Equal(t, a.Tracking, back.Tracking)
	ws, err := back.Check(b)
	require.NoError(t, err)
	assert.Empty(t, ws)

	for name, tr := range map[string]Track{
		"status": {Status: "finished"},
		"due":    {Due: "10/12/2026"},
		"owner":  {Owner: string(make([]rune, MaxOwner+1))},
	} {
		bad := NewAnswers(b)
		bad.Tracking = map[string]Track{"act-edge-patch": tr}
		data, err := bad.Marshal()
		require.NoError(t, err)
		_, err = ParseAnswers(data)
		assert.Equal(t, KindInvalid, KindOf(err), name)
	}

	unknown := NewAnswers(b)
	unknown.Tracking = map[string]Track{"act-gone": {Status: StatusDone}}
	ws, err = unknown.Check(b)
	require.NoError(t, err)
	require.Len(t, ws, 1)
	assert.Contains(t, ws[0].String(), "act-gone")

	_, err = ParseAnswers([]byte(`{"schema": "hiyari.answers/v1", "bank": {"id": "hiyari-default", "version": "1.0.0"}, "company": "", "answers": {}}`))
	require.NoError(t, err, "older files have no tracking")
}

// An action's due date is the one set, else the end of its horizon counted
// from the day the assessment began.
func TestDueDate(t *testing.T) {
	a := &Answers{Created: "2026-12-03T09:00:00+09:00", Tracking: map[string]Track{"x": {Due: "2027-01-15"}}}
	now := time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, "2027-01-15", a.Due("x", Week, now).Format(DueLayout))
	assert.Equal(t, "2026-12-10", a.Due("y", Week, now).Format(DueLayout))
	assert.Equal(t, "2027-01-02", a.Due("y", Month, now).Format(DueLayout))
	assert.Equal(t, "2027-03-03", a.Due("y", Quarter, now).Format(DueLayout))
	assert.Equal(t, "2027-03-08", (&Answers{}).Due("y", Week, now).Format(DueLayout), "no start recorded: from today")
}
