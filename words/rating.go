package words

import "github.com/hiyari-app/hiyari/assessment"

// The rating of a result: its band, the critical gaps that cap it, whether
// it is provisional, and how incidents are said to match. The screens, the
// print and the files word them alike.
var (
	RatingHeading = msg("評価", "Rating")
	BandGood      = msg("良好", "Good")
	BandFair      = msg("おおむね良好", "Fair")
	BandWeak      = msg("弱い", "Weak")
	BandPoor      = msg("危険", "Poor")
	// BandMeaning says in a sentence what each band means for the company.
	BandGoodMeaning = msg("重要な対策はおおむね整っています。残りの弱点を計画的に埋めましょう。",
		"The important controls are mostly in place. Close the remaining gaps as planned.")
	BandFairMeaning = msg("基本はできていますが、事故につながる穴が残っています。",
		"The basics are there, but gaps that lead to incidents remain.")
	BandWeakMeaning = msg("事故につながる穴が複数あります。今週の対策から始めてください。",
		"Several gaps that lead to incidents are open. Start with this week's actions.")
	BandPoorMeaning = msg("多くの基本的な対策が欠けています。今週の対策にすぐ取りかかってください。",
		"Many basic controls are missing. Start this week's actions now.")

	// Capped says a critical gap kept the band down (the band's name).
	Capped = msg("重大な穴があるため、平均点にかかわらず評価は「%s」以下になります。",
		"Because of a critical gap the rating cannot be better than “%s”, whatever the average.")

	CriticalTitle = msg("重大な穴", "Critical gaps")
	// CriticalLead introduces the critical gaps (their count is the plural's).
	CriticalLead = plural("次の%d件は、それだけで実際の事故の原因になった穴です。平均点では隠れません。計画の最初の対策で塞いでください。",
		"%d critical gap: on its own it has caused real incidents, and no average hides it. The plan's first action closes it.",
		"%d critical gaps: each on its own has caused real incidents, and no average hides them. The plan's first actions close them.")
	CriticalUnknown = msg("わからない（確認が必要）", "Don't know (find out)")

	Provisional     = msg("暫定", "Provisional")
	ProvisionalLead = msg("回答が少ないため、スコアは暫定です（評価は出しません）。該当する質問の%d%%以上に回答すると評価が出ます。",
		"Too few answers for a rating: the score is provisional. Answer at least %d%% of the questions that apply to get a rating.")
	KnownShare = msg("確認率（「わからない」以外で答えた割合）", "Known share (answered other than “don't know”)")
	NACount    = plural("「該当しない」%d件", "%d answer “not applicable”", "%d answers “not applicable”")
	NoBand     = msg("評価なし", "No rating")

	StateMatch       = msg("回答が事故の経緯と一致", "Your answers match how it happened")
	StateUnconfirmed = msg("同じ状況でないと言い切れません — 確認してください", "We cannot rule out that you are in the same situation — find out")
	StateExample     = msg("同じ弱点から起きた事故の例", "An example of what this gap leads to")
	StatePartial     = msg("一部が一致", "Partly similar")
	Addresses        = msg("次の事故の原因に対処", "Addresses a cause of")

	FindOutTask     = msg("「わからない」と答えた点を確認する", "Find out the answers given as “don't know”")
	FindOutTaskLead = plural("IT担当者や委託先に次の%d点を尋ねて、回答を更新してください。", "Ask your IT person or vendor about %d question and update the answer.", "Ask your IT person or vendor about these %d questions and update the answers.")
	// Stopgap heads what to do today while the fix takes longer (the
	// bank's text says "today" itself).
	Stopgap         = msg("それまでの応急処置", "In the meantime")
	LeadTimeHeading = msg("相手方の対応", "Waiting on others")
	LeadTime        = msg("相手方の対応に%d日ほどかかります", "Another party usually takes about %d days")
	CriticalFix     = msg("重大な穴を塞ぐ", "Closes a critical gap")
	PointsHeading   = msg("スコアの改善（点）", "Score gain (points)")
	// PointsValue is the gain under PointsHeading.
	PointsValue = msg("+%.1f点", "+%.1f")
	Closes      = msg("「はい」にする質問", "Questions it makes yes")
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
