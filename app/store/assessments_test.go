package store

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/assessment/assessmenttest"
	"github.com/hiyari-app/hiyari/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// clock returns a clock that moves one day at every reading, so that
// every change has its own time.
func clock(start time.Time) func() time.Time {
	t := start
	return func() time.Time { t = t.Add(24 * time.Hour); return t }
}

// reload is a new page load on the same storage.
func reload(t *testing.T, b *assessment.Bank, st Storage) *Store {
	t.Helper()
	s := New(b)
	s.now = clock(time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC))
	s.Attach(st, "en")
	return s
}

func companies(es []Entry) []string {
	var out []string
	for _, e := range es {
		if e.Answers != nil {
			out = append(out, e.Answers.Company)
		}
	}
	return out
}

func TestThreeClientsSurviveAReloadEachWithItsOwnAnswers(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	s.now = clock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	for i, c := range []struct{ name, answer string }{{"Chiba Foods", "no"}, {"Aoba Clinic", "yes"}, {"Beppu Tours", "unknown"}} {
		if i > 0 {
			s.NewAssessment()
			assert.False(t, s.Started(), "a new assessment starts empty")
		}
		s.SetCompany(c.name)
		s.SetAnswer("TD1", c.answer)
	}

	again := reload(t, b, st)
	es := again.Assessments()
	assert.Equal(t, []string{"Aoba Clinic", "Beppu Tours", "Chiba Foods"}, companies(es), "listed by company")
	assert.Equal(t, "Beppu Tours", again.Company(), "the one open stays open")
	for _, e := range es {
		assert.Equal(t, e.ID == again.CurrentID(), e.Current)
		require.NotNil(t, e.Result)
		assert.Equal(t, 1, e.Result.Progress.Answered, e.Answers.Company)
	}
	again.Open(es[0].ID)
	assert.Equal(t, "Aoba Clinic", again.Company())
	assert.Equal(t, "yes", again.Answer("TD1"))
	again.SetAnswer("TD2", "no")

	third := reload(t, b, st)
	assert.Equal(t, "Aoba Clinic", third.Company(), "the choice of the open one is kept")
	assert.Equal(t, "no", third.Answer("TD2"))
	third.Open(es[2].ID)
	assert.Equal(t, "no", third.Answer("TD1"))
	assert.Empty(t, third.Answer("TD2"), "answers never cross between clients")
}

func TestANewAssessmentLeftEmptyLeavesNoEntry(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	s.SetCompany("Aoba Clinic")
	first := s.CurrentID()
	s.NewAssessment()
	assert.Len(t, s.Assessments(), 2, "the new one is listed while open")
	s.Open(first)
	assert.Len(t, s.Assessments(), 1)
	s.NewAssessment()
	again := reload(t, b, st)
	assert.False(t, again.Started(), "the new one is still open after a reload")
	again.Open(first)
	assert.Len(t, again.Assessments(), 1, "and leaves nothing once another is opened")
}

func TestDuplicateForNextYearKeepsAnswersNotesAndTracking(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	reproduceJCoin(s)
	s.SetCompany("Aoba Clinic")
	s.SetNote("TD1", "vendor to confirm")
	s.SetPlanned("A_MFA", true)
	s.SetTrack("A_MFA", func(tr *assessment.Track) {
		tr.Owner, tr.Status, tr.Due = "Sato", assessment.StatusInProgress, "2026-12-24"
	})
	last := s.CurrentID()
	lastYear := *s.Answers()

	s.now = func() time.Time { return time.Date(2027, 11, 20, 9, 0, 0, 0, time.UTC) }
	s.Duplicate(last)
	require.NotEqual(t, last, s.CurrentID(), "the copy is a new assessment and is open")
	assert.Equal(t, "2027-11-20T09:00:00Z", s.Answers().Created, "dated today")
	assert.Equal(t, lastYear.Answers, s.Answers().Answers)
	assert.Equal(t, "vendor to confirm", s.Note("TD1"))
	assert.True(t, s.Planned("A_MFA"))
	assert.Equal(t, assessment.Track{Owner: "Sato", Status: assessment.StatusInProgress, Due: "2026-12-24"}, s.Track("A_MFA"))

	// Changing the copy leaves last year's as it was.
	s.SetAnswer("TD1", "yes")
	again := reload(t, b, st)
	require.Len(t, again.Assessments(), 2)
	assert.Equal(t, "yes", again.Answer("TD1"))
	assert.Equal(t, lastYear.Answers["TD1"], again.Stored(last).Answers["TD1"])
	assert.Equal(t, lastYear.Created, again.Stored(last).Created)
}

func TestDeleteRemovesOnlyThatOne(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	s.now = clock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	s.SetCompany("Aoba Clinic")
	aoba := s.CurrentID()
	s.NewAssessment()
	s.SetCompany("Beppu Tours")
	beppu := s.CurrentID()
	s.NewAssessment()
	s.SetCompany("Chiba Foods")

	s.Delete(beppu)
	assert.Equal(t, "Chiba Foods", s.Company(), "deleting another leaves the open one open")
	assert.NotContains(t, st.Data, KeyAssessment+beppu)
	assert.Equal(t, []string{"Aoba Clinic", "Chiba Foods"}, companies(reload(t, b, st).Assessments()))

	// Deleting the open one opens the most recently changed of the others.
	s.Open(aoba)
	s.SetAnswer("TD1", "yes")
	s.Open(s.Assessments()[1].ID)
	s.Delete(s.CurrentID())
	assert.Equal(t, "Aoba Clinic", s.Company())
	s.Delete(aoba)
	assert.False(t, s.Started(), "with none left, a new one opens")
	assert.Empty(t, reload(t, b, st).Assessments()[0].Answers.Company)
}

func TestTheSingleAssessmentOfEarlierVersionsMovesIntoTheList(t *testing.T) {
	b := assessmenttest.Mini(t)
	old := assessment.NewAnswers(b)
	old.Company = "Aoba Clinic"
	old.Answers["TD1"] = "no"
	old.Notes = map[string]string{"TD1": "ask the vendor"}
	data, err := old.Marshal()
	require.NoError(t, err)

	// A full storage: the old copy stays where it is until a new one is
	// kept.
	st := NewMemory()
	require.NoError(t, st.Set(KeyAnswers, string(data)))
	st.Fail = true
	s := reload(t, b, st)
	assert.Equal(t, "Aoba Clinic", s.Company())
	assert.True(t, s.SaveFailed())
	assert.Contains(t, st.Data, KeyAnswers)

	st.Fail = false
	s = reload(t, b, st)
	assert.False(t, s.SaveFailed())
	assert.NotContains(t, st.Data, KeyAnswers, "moved, not copied")
	again := reload(t, b, st)
	require.Len(t, again.Assessments(), 1)
	assert.Equal(t, "ask the vendor", again.Note("TD1"))
	assert.Equal(t, "no", again.Answer("TD1"))
	assert.True(t, again.Returning())
}

func TestAnUnreadableAssessmentIsListedAndKeptUntouched(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	s.SetCompany("Aoba Clinic")
	s.NewAssessment()
	s.SetCompany("Beppu Tours")
	bad := s.CurrentID()
	raw := `{"schema":"hiyari.answers/v9","company":"Beppu Tours"}`
	require.NoError(t, st.Set(KeyAssessment+bad, json.RawMessage(raw)))

	again := reload(t, b, st)
	assert.True(t, again.StoredBroken())
	assert.NotEqual(t, bad, again.CurrentID(), "new work starts beside it")
	again.SetAnswer("TD1", "yes")
	es := again.Assessments()
	require.Len(t, es, 3)
	assert.True(t, es[2].Unreadable)
	assert.Equal(t, raw, st.Data[KeyAssessment+bad], "never written over")
	again.Delete(bad)
	assert.NotContains(t, st.Data, KeyAssessment+bad)
}

func TestImportOfACopyReplacesOnlyWhenAsked(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	s.SetCompany("Aoba Clinic")
	s.SetAnswer("TD1", "no")
	kept := s.CurrentID()
	file, err := s.Export()
	require.NoError(t, err)
	s.SetAnswer("TD1", "yes")

	a, _, err := s.ParseImport(file)
	require.NoError(t, err)
	assert.Equal(t, kept, s.SameAs(a), "the file is a copy of the kept one")
	s.ReplaceStored(kept, a)
	assert.Equal(t, "no", s.Answer("TD1"))
	assert.Len(t, s.Assessments(), 1)

	other := assessment.NewAnswers(b)
	other.Company = "Beppu Tours"
	assert.Empty(t, s.SameAs(other))
	s.Add(other)
	assert.Equal(t, "Beppu Tours", s.Company())
	assert.Equal(t, []string{"Aoba Clinic", "Beppu Tours"}, companies(reload(t, b, st).Assessments()))
}

func TestRenameChangesOnlyThatCompany(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	s.SetCompany("Aoba Clinic")
	aoba := s.CurrentID()
	s.NewAssessment()
	s.SetCompany("Beppu Tours")
	s.Rename(aoba, "Aoba Dental Clinic")
	assert.Equal(t, "Beppu Tours", s.Company())
	assert.Equal(t, []string{"Aoba Dental Clinic", "Beppu Tours"}, companies(reload(t, b, st).Assessments()))
}

// Where the browser keeps nothing, the list still works for the session.
func TestTheListWorksInMemoryWhenStorageIsRefused(t *testing.T) {
	s := New(assessmenttest.Mini(t))
	s.Attach(nil, "en")
	s.SetCompany("Aoba Clinic")
	s.NewAssessment()
	s.SetCompany("Beppu Tours")
	assert.Equal(t, []string{"Aoba Clinic", "Beppu Tours"}, companies(s.Assessments()))
	s.Open(s.Assessments()[0].ID)
	assert.Equal(t, "Aoba Clinic", s.Company())
}

// The app's own JSON report imports as the assessment it was made from.
func TestImportOfAJSONReport(t *testing.T) {
	b := assessmenttest.Mini(t)
	src, _ := newTestStore(t, b, assessment.EN)
	reproduceJCoin(src)
	src.SetCompany("Aoba Clinic")
	var buf bytes.Buffer
	require.NoError(t, report.WriteJSON(&buf, report.Doc{Bank: b, Answers: src.Answers(), Result: src.Result(), Plan: src.Plan(), Lang: assessment.EN}))

	s, _ := newTestStore(t, b, assessment.EN)
	a, sum, err := s.ParseImport(buf.Bytes())
	require.NoError(t, err)
	assert.Equal(t, ImportSummary{}, sum)
	s.Add(a)
	assert.Equal(t, "Aoba Clinic", s.Company())
	assert.Equal(t, src.Result().Scores, s.Result().Scores)
}

// A file made with another version of the bank says which questions it
// answers that this version no longer has, and which this version asks
// that it does not answer.
func TestImportFromAnotherBankVersionListsTheDifferences(t *testing.T) {
	b := assessmenttest.Mini(t)
	old := assessment.NewAnswers(b)
	old.Bank.Version = "0.9"
	old.Answers["TD1"] = "no"
	old.Answers["ZZ9"] = "yes"
	data, err := old.Marshal()
	require.NoError(t, err)
	s, _ := newTestStore(t, b, assessment.EN)
	_, sum, err := s.ParseImport(data)
	require.NoError(t, err)
	assert.Equal(t, "0.9", sum.Version)
	assert.Equal(t, []string{"ZZ9"}, sum.Gone)
	assert.NotContains(t, sum.New, "TD1", "answered in the file")
	assert.Contains(t, sum.New, "TD2")
	for _, id := range sum.New {
		assert.NotNil(t, b.Question(id), id)
	}

	// The same version: nothing to list.
	old.Bank.Version = b.Version
	data, err = old.Marshal()
	require.NoError(t, err)
	_, sum, err = s.ParseImport(data)
	require.NoError(t, err)
	assert.Empty(t, sum.Version)
	assert.Nil(t, sum.New)
}

// Two tabs on one storage: each follows the other's saves, so neither
// writes over the other's answers, and a "start over" there is not undone
// by an answer here.
func TestTwoTabsFollowEachOther(t *testing.T) {
	b := assessmenttest.Mini(t)
	a, st := newTestStore(t, b, assessment.EN)
	a.SetCompany("Aoba Clinic")
	a.SetAnswer("TD1", "no")
	tab2 := reload(t, b, st)
	require.Equal(t, "Aoba Clinic", tab2.Company())

	// An answer in tab 2, then one in tab 1: both are kept.
	tab2.SetAnswer("TD2", "yes")
	require.True(t, a.Follow(KeyAssessment+a.CurrentID()))
	a.SetAnswer("TD3", "no")
	tab2.Follow(KeyAssessment + a.CurrentID())
	for _, s := range []*Store{a, tab2, reload(t, b, st)} {
		assert.Equal(t, map[string]string{"TD1": "no", "TD2": "yes", "TD3": "no"}, s.Answers().Answers)
	}

	// Start over in tab 2: tab 1's next answer goes to a new assessment,
	// not back into the deleted one.
	gone := a.CurrentID()
	tab2.Reset()
	require.True(t, a.Follow(KeyIndex))
	assert.NotEqual(t, gone, a.CurrentID())
	assert.False(t, a.Started())
	a.SetAnswer("TD1", "yes")
	assert.NotContains(t, st.Data, KeyAssessment+gone)

	// A client added in tab 2 appears in tab 1's list.
	tab2.NewAssessment()
	tab2.SetCompany("Beppu Tours")
	a.Follow(KeyIndex)
	assert.Contains(t, companies(a.Assessments()), "Beppu Tours")
}
