package words

import "github.com/hiyari-app/hiyari/assessment"

// The rating of a result: its band, the critical gaps that cap it, whether
// it is provisional, and how incidents are said to match. The screens, the
// print and the files word them alike.
var (
	RatingHeading = Msg{ja: "評価", en: "Rating"}
	BandGood      = Msg{ja: "良好", en: "Good"}
	BandFair      = Msg{ja: "おおむね良好", en: "Fair"}
	BandWeak      = Msg{ja: "弱い", en: "Weak"}
	BandPoor      = Msg{ja: "危険", en: "Poor"}
	// BandMeaning says in a sentence what each band means for the company.
	BandGoodMeaning = Msg{ja: "重要な対策はおおむね整っています。残りの弱点を計画的に埋めましょう。", en: "The important controls are mostly in place. Close the remaining gaps as planned."}
	BandFairMeaning = Msg{ja: "基本はできていますが、事故につながる穴が残っています。", en: "The basics are there, but gaps that lead to incidents remain."}
	BandWeakMeaning = Msg{ja: "事故につながる穴が複数あります。今週の対策から始めてください。", en: "Several gaps that lead to incidents are open. Start with this week's actions."}
	BandPoorMeaning = Msg{ja: "多くの基本的な対策が欠けています。今週の対策にすぐ取りかかってください。", en: "Many basic controls are missing. Start this week's actions now."}

	// Capped says a critical gap kept the band down (the band's name).
	Capped = Msg{ja: "重大な穴があるため、平均点にかかわらず評価は「%s」以下になります。", en: "Because of a critical gap the rating cannot be better than “%s”, whatever the average."}

	CriticalTitle = Msg{ja: "重大な穴", en: "Critical gaps"}
	// CriticalLead introduces the critical gaps (their count is the plural's).
	CriticalLead    = Plural{ja: "次の%d件は、それだけで実際の事故の原因になった穴です。平均点では隠れません。計画の最初の対策で塞いでください。", one: "%d critical gap: on its own it has caused real incidents, and no average hides it. The plan's first action closes it.", other: "%d critical gaps: each on its own has caused real incidents, and no average hides them. The plan's first actions close them."}
	CriticalUnknown = Msg{ja: "わからない（確認が必要）", en: "Don't know (find out)"}

	Provisional     = Msg{ja: "暫定", en: "Provisional"}
	ProvisionalLead = Msg{ja: "回答が少ないため、スコアは暫定です（評価は出しません）。該当する質問の%d%%以上に回答すると評価が出ます。", en: "Too few answers for a rating: the score is provisional. Answer at least %d%% of the questions that apply to get a rating."}
	KnownShare      = Msg{ja: "確認率（「わからない」以外で答えた割合）", en: "Known share (answered other than “don't know”)"}
	NACount         = Plural{ja: "「該当しない」%d件", one: "%d answer “not applicable”", other: "%d answers “not applicable”"}
	NoBand          = Msg{ja: "評価なし", en: "No rating"}

	StateMatch       = Msg{ja: "回答が事故の経緯と一致", en: "Your answers match how it happened"}
	StateUnconfirmed = Msg{ja: "同じ状況でないと言い切れません — 確認してください", en: "We cannot rule out that you are in the same situation — find out"}
	StateExample     = Msg{ja: "同じ弱点から起きた事故の例", en: "An example of what this gap leads to"}
	StatePartial     = Msg{ja: "一部が一致", en: "Partly similar"}
	Addresses        = Msg{ja: "次の事故の原因に対処", en: "Addresses a cause of"}

	FindOutTask     = Msg{ja: "「わからない」と答えた点を確認する", en: "Find out the answers given as “don't know”"}
	FindOutTaskLead = Plural{ja: "IT担当者や委託先に次の%d点を尋ねて、回答を更新してください。", one: "Ask your IT person or vendor about %d question and update the answer.", other: "Ask your IT person or vendor about these %d questions and update the answers."}
	// Stopgap heads what to do today while the fix takes longer (the
	// bank's text says "today" itself).
	Stopgap         = Msg{ja: "それまでの応急処置", en: "In the meantime"}
	LeadTimeHeading = Msg{ja: "相手方の対応", en: "Waiting on others"}
	LeadTime        = Msg{ja: "相手方の対応に%d日ほどかかります", en: "Another party usually takes about %d days"}
	CriticalFix     = Msg{ja: "重大な穴を塞ぐ", en: "Closes a critical gap"}
	PointsHeading   = Msg{ja: "スコアの改善（点）", en: "Score gain (points)"}
	// PointsValue is the gain under PointsHeading.
	PointsValue = Msg{ja: "+%.1f点", en: "+%.1f"}
	Closes      = Msg{ja: "「はい」にする質問", en: "Questions it makes yes"}
)

var (
	bands        = map[string]Msg{"good": BandGood, "fair": BandFair, "weak": BandWeak, "poor": BandPoor, "": NoBand}
	bandMeanings = map[string]Msg{"good": BandGoodMeaning, "fair": BandFairMeaning, "weak": BandWeakMeaning,
		"poor": BandPoorMeaning, "": NoBand}
	states = map[string]Msg{assessment.Match: StateMatch, assessment.Unconfirmed: StateUnconfirmed,
		assessment.Example: StateExample, assessment.Partial: StatePartial}
)

// Band names a score band ("" is no band: a provisional score).
func Band(lang assessment.Lang, band string) string { return lookup(bands, lang, band) }

// BandMeaning says what a band means for the company.
func BandMeaning(lang assessment.Lang, band string) string { return lookup(bandMeanings, lang, band) }

// State says how an incident matches the answers.
func State(lang assessment.Lang, state string) string { return lookup(states, lang, state) }
