package store

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/assessment/assessmenttest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newTestStore returns a store on bank b, attached to fresh storage, in
// lang, with a fixed clock.
func newTestStore(t *testing.T, b *assessment.Bank, lang assessment.Lang) (*Store, *Memory) {
	t.Helper()
	st := NewMemory()
	s := New(b)
	s.now = func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }
	s.Attach(st, string(lang))
	return s, st
}

// reproduceJCoin answers the mini bank the way the J-Coin Pay breach
// happened.
func reproduceJCoin(s *Store) {
	for q, a := range assessmenttest.JCoin {
		s.SetAnswer(q, a)
	}
}

func TestStoreResumesExactlyAfterReload(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	reproduceJCoin(s)
	s.SetNote("TD1", "Vendor says it is open")
	s.SetCompany("Acme")
	s.SetPlanned("A_MFA", true)
	s.SetLang(assessment.JA)
	s.SetPage("/questions/remote")

	// Every key is ours.
	for k := range st.Data {
		assert.True(t, strings.HasPrefix(k, "hiyari/v1/"), k)
	}

	// A new page load: a new store on the same storage. The browser's
	// language does not override the saved choice.
	again := New(b)
	again.Attach(st, "en-US")
	assert.Equal(t, s.Answers().Answers, again.Answers().Answers)
	assert.Equal(t, "Vendor says it is open", again.Note("TD1"))
	assert.Equal(t, "Acme", again.Company())
	assert.True(t, again.Planned("A_MFA"))
	assert.Equal(t, assessment.JA, again.Lang())
	assert.Equal(t, "/questions/remote", again.Page())
	assert.Equal(t, s.Result().Scores, again.Result().Scores)
	assert.False(t, again.StoredBroken())
}

func TestStoreLanguageFromBrowserFirstTime(t *testing.T) {
	for browser, want := range map[string]assessment.Lang{"ja-JP": assessment.JA, "en-GB": assessment.EN, "fr-FR": assessment.EN, "ja": assessment.JA} {
		s := New(assessmenttest.Mini(t))
		s.Attach(NewMemory(), browser)
		assert.Equal(t, want, s.Lang(), browser)
	}
}

func TestStoreIgnoresWhatTheBankDoesNotOffer(t *testing.T) {
	s, st := newTestStore(t, assessmenttest.Mini(t), assessment.EN)
	s.SetAnswer("TD1", "maybe")
	s.SetAnswer("NOPE", "yes")
	s.SetAnswer("P_TEST", "partly") // not an option of the profile question
	s.SetPlanned("A_NOPE", true)
	s.SetNote("NOPE", "x")
	assert.Empty(t, s.Answers().Answers)
	assert.Empty(t, s.Answers().Planned)
	assert.Empty(t, s.Answers().Notes)
	assert.Empty(t, savedDoc(st), "nothing was saved")
}

func TestStoreCapsNotesAndCompanyToTheSchema(t *testing.T) {
	s, st := newTestStore(t, assessmenttest.Mini(t), assessment.EN)
	s.SetNote("TD1", strings.Repeat("ヒ", 6000))
	s.SetCompany(strings.Repeat("ヤ", 300))
	assert.Len(t, []rune(s.Note("TD1")), assessment.MaxNote)
	assert.Len(t, []rune(s.Company()), assessment.MaxCompany)
	// What was saved can be read back as a valid answers file.
	again := New(s.Bank())
	again.Attach(st, "en")
	assert.False(t, again.StoredBroken())
	assert.Equal(t, s.Note("TD1"), again.Note("TD1"))
}

func TestStoreSetsAsideUnreadableSavedAnswers(t *testing.T) {
	st := NewMemory()
	require.NoError(t, st.Set(KeyAnswers, `{"schema":"hiyari.answers/v1","bank":{"id":"other","version":"1"},"answers":{}}`))
	s := New(assessmenttest.Mini(t))
	s.Attach(st, "en")
	assert.True(t, s.StoredBroken())
	assert.False(t, s.Started())
	var kept string
	require.NoError(t, st.Get(KeyUnreadable, &kept))
	assert.Contains(t, kept, `"id":"other"`, "the unreadable data is kept")
}

func TestStoreReportsSaveFailure(t *testing.T) {
	s, st := newTestStore(t, assessmenttest.Mini(t), assessment.EN)
	st.Fail = true
	s.SetAnswer("TD1", "yes")
	assert.True(t, s.SaveFailed())
	assert.Equal(t, "yes", s.Answer("TD1"), "the answer still counts in this session")
	st.Fail = false
	s.SetAnswer("TD1", "no")
	assert.False(t, s.SaveFailed())
}

func TestStartOverDeletesEverythingButLanguage(t *testing.T) {
	s, st := newTestStore(t, assessmenttest.Mini(t), assessment.JA)
	reproduceJCoin(s)
	s.SetCompany("Acme")
	s.SetPage("/plan")
	s.Reset()
	assert.False(t, s.Started())
	assert.Equal(t, 0, s.Result().Progress.Answered)
	for k := range st.Data {
		assert.NotContains(t, k, KeyAssessment, "nothing of the deleted assessment is left")
	}
	again := New(s.Bank())
	again.Attach(st, "en")
	assert.False(t, again.Started())
	assert.Equal(t, assessment.JA, again.Lang())
	assert.Empty(t, again.Page())
}

func TestImportRefusesBrokenFilesAndKeepsAnswers(t *testing.T) {
	b := assessmenttest.Mini(t)
	s, st := newTestStore(t, b, assessment.EN)
	reproduceJCoin(s)
	saved := savedDoc(st)

	valid, err := s.Export()
	require.NoError(t, err)
	cases := map[string]struct {
		data []byte
		want assessment.Kind
	}{
		"not json":       {[]byte("<script>alert(1)</script>"), assessment.KindSyntax},
		"other document": {[]byte(`{"schema":"hiyari.bank/v1"}`), assessment.KindSchema},
		"too large":      {bytes.Repeat([]byte(" "), assessment.MaxAnswersSize+1), assessment.KindTooLarge},
		"other bank":     {bytes.Replace(valid, []byte(`"id": "mini"`), []byte(`"id": "elsewhere"`), 1), assessment.KindMismatch},
		"bad option":     {bytes.Replace(valid, []byte(`"TD1": "no"`), []byte(`"TD1": "always"`), 1), assessment.KindInvalid},
		"bad id":         {bytes.Replace(valid, []byte(`"TD1": "no"`), []byte(`"<img src=x>": "no"`), 1), assessment.KindInvalid},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, _, err := s.ParseImport(c.data)
			require.Error(t, err)
			assert.Equal(t, c.want, assessment.KindOf(err))
			assert.Equal(t, saved, savedDoc(st), "stored answers untouched")
			assert.Equal(t, "no", s.Answer("TD1"))
		})
	}
}

func TestImportReplacesAfterValidation(t *testing.T) {
	b := assessmenttest.Mini(t)
	src, _ := newTestStore(t, b, assessment.EN)
	reproduceJCoin(src)
	src.SetNote("TD2", "check with vendor")
	file, err := src.Export()
	require.NoError(t, err)
	// An entry for a question a newer bank might have: kept, counted.
	file = bytes.Replace(file, []byte(`"answers": {`), []byte(`"answers": {"ZZ9": "yes",`), 1)

	dst, st := newTestStore(t, b, assessment.EN)
	a, sum, err := dst.ParseImport(file)
	require.NoError(t, err)
	assert.Equal(t, ImportSummary{Unknown: 1}, sum)
	assert.False(t, dst.Started(), "parsing alone changes nothing")
	dst.Add(a)
	assert.Equal(t, "check with vendor", dst.Note("TD2"))
	assert.Equal(t, src.Result().Scores, dst.Result().Scores)
	assert.Contains(t, savedDoc(st), "check with vendor")
}

// An answer an earlier bank offered and this one does not is not called
// "kept in the file": it is removed and its question asked again.
func TestImportCountsAnswersAskedAgainApart(t *testing.T) {
	b := assessmenttest.Mini(t)
	require.NotContains(t, b.Question("TD1").Options, assessment.NA)
	old := assessment.NewAnswers(b)
	old.Answers["TD1"] = assessment.NA
	old.Answers["ZZ9"] = assessment.Yes
	data, err := old.Marshal()
	require.NoError(t, err)
	s, _ := newTestStore(t, b, assessment.EN)
	a, sum, err := s.ParseImport(data)
	require.NoError(t, err)
	assert.Equal(t, ImportSummary{Unknown: 1, AskedAgain: 1}, sum)
	assert.NotContains(t, a.Answers, "TD1")
}

// TestLanguageIsHeldOnce: the store's setting is the language; the saved
// settings and the saved answers document both record it.
func TestLanguageIsHeldOnce(t *testing.T) {
	s, st := newTestStore(t, assessmenttest.Mini(t), assessment.EN)
	s.SetAnswer("TD1", "no")
	s.SetLang(assessment.JA)
	saved, err := assessment.ParseAnswers([]byte(savedDoc(st)))
	require.NoError(t, err)
	assert.Equal(t, assessment.JA, saved.Lang)
	assert.Contains(t, st.Data[KeySettings], `"lang":"ja"`)
	assert.Equal(t, assessment.JA, s.Answers().Lang)
	assert.Equal(t, assessment.JA, s.Lang())
}

// savedDoc returns the open assessment as stored, "" when it is not.
func savedDoc(st *Memory) string {
	var idx index
	if st.Get(KeyIndex, &idx) != nil {
		return ""
	}
	return st.Data[KeyAssessment+idx.Current]
}

// A browser that refuses storage (site data blocked): the store keeps work
// in memory, scores it, reports the refusal instead of a failed save, and
// has it ready to export.
func TestStoreWithStorageRefusedKeepsWorkInMemory(t *testing.T) {
	b := assessmenttest.Mini(t)
	s := New(b)
	s.Attach(nil, "en-GB")
	assert.True(t, s.StorageRefused())
	assert.Equal(t, assessment.EN, s.Lang(), "the browser's language still applies")
	assert.False(t, s.Returning())

	before := s.Result().Scores.Overall
	s.SetAnswer("TD1", "no")
	s.SetNote("TD1", "ask the vendor")
	s.SetLang(assessment.JA)
	s.SetPage("/questions/testdev")
	assert.Equal(t, "no", s.Answer("TD1"))
	assert.NotEqual(t, before, s.Result().Scores.Overall, "answers still score")
	assert.False(t, s.SaveFailed(), "nothing was tried, so no failed save is reported")

	data, err := s.Export()
	require.NoError(t, err)
	a, err := assessment.ParseAnswers(data)
	require.NoError(t, err)
	_, err = a.Check(b)
	require.NoError(t, err)
	assert.Equal(t, "no", a.Answers["TD1"])
	assert.Equal(t, "ask the vendor", a.Notes["TD1"])

	// Another page attaching later changes nothing.
	st := NewMemory()
	s.Attach(st, "en")
	assert.True(t, s.StorageRefused())
	assert.Equal(t, assessment.JA, s.Lang())
	s.SetAnswer("TD1", "yes")
	assert.Empty(t, st.Data)
}
