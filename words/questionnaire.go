package words

// The company profile and the questionnaire.
var (
	ProfileLead  = msg("会社の状況を教えてください。回答に合わせて、関係のある質問だけを表示します。", "Tell us about your company. Hiyari then asks only the questions that apply to you.")
	CompanyLabel = msg("会社名（任意）", "Company name (optional)")
	CompanyHint  = msg("印刷する計画書の表紙に載ります。この端末の外には送られません。", "Printed on the cover of the plan. It never leaves this device.")
	ToQuestions  = msg("質問へ進む", "Go to the questions")

	Progress     = msg("全体：%d / %d 問 回答済み", "Overall: %d of %d answered")
	AreaProgress = msg("%d / %d 問", "%d of %d")
	AreaAnswered = msg("この分野：%d / %d 問 回答済み", "This area: %d of %d answered")
	AreaStep     = msg("分野 %d / %d", "Area %d of %d")
	AreasLabel   = msg("分野", "Areas")
	Help         = msg("説明を見る", "What this means")
	// AskedWhen says, on the printed questionnaire, when a module's
	// questions apply: the profile question and the answers that switch it on.
	AskedWhen = msg("この分野は、%sが「%s」の場合に回答します。", "Answer this area only if %s is “%s”.")
	// AskIT marks a question the bank tags for the IT vendor.
	AskIT         = msg("分からなければ、ITの担当者や保守業者に確かめてください。", "If you are not sure, ask whoever looks after your IT.")
	Why           = msg("なぜ重要か", "Why this matters")
	WhyWeakness   = msg("この対策がないと「%s」という弱点になります。", "Without this, you have a known weakness: %s.")
	WhyIncidents  = msg("この弱点は、次の事故の原因の一つでした：", "This weakness was part of how these incidents happened:")
	WhyNoIncident = msg("この対策は、各種のガイドラインが求める基本的な対策の一つです。", "This is one of the basic controls the security guidelines ask for.")
	Notes         = msg("メモ", "Notes")
	PrevArea      = msg("前の分野", "Previous area")
	NextArea      = msg("次の分野", "Next area")
	ToResults     = msg("結果を見る", "See the results")
	LiveScore     = msg("現在のスコア", "Score so far")
	LiveMatches   = msg("一致した事故のパターン：%d 件", "Incident patterns matched: %d")
	NoAreas       = msg("この会社の状況では、質問する分野がありません。", "Given your company profile, there are no areas to ask about.")
)
