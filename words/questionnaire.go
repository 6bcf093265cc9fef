package words

// The company profile and the questionnaire.
var (
	ProfileLead  = Msg{ja: "会社の状況を教えてください。回答に合わせて、関係のある質問だけを表示します。", en: "Tell us about your company. Hiyari then asks only the questions that apply to you."}
	CompanyLabel = Msg{ja: "会社名（任意）", en: "Company name (optional)"}
	CompanyHint  = Msg{ja: "印刷する計画書の表紙に載ります。この端末の外には送られません。", en: "Printed on the cover of the plan. It never leaves this device."}
	ToQuestions  = Msg{ja: "質問へ進む", en: "Go to the questions"}

	Progress     = Msg{ja: "全体：%d / %d 問 回答済み", en: "Overall: %d of %d answered"}
	AreaProgress = Msg{ja: "%d / %d 問", en: "%d of %d"}
	AreaAnswered = Msg{ja: "この分野：%d / %d 問 回答済み", en: "This area: %d of %d answered"}
	AreaStep     = Msg{ja: "分野 %d / %d", en: "Area %d of %d"}
	AreasLabel   = Msg{ja: "分野", en: "Areas"}
	Help         = Msg{ja: "説明を見る", en: "What this means"}
	// AskedWhen says, on the printed questionnaire, when a module's
	// questions apply: the profile question and the answers that switch it on.
	AskedWhen = Msg{ja: "この分野は、%sが「%s」の場合に回答します。", en: "Answer this area only if %s is “%s”."}
	// AskIT marks a question the bank tags for the IT vendor.
	AskIT         = Msg{ja: "分からなければ、ITの担当者や保守業者に確かめてください。", en: "If you are not sure, ask whoever looks after your IT."}
	Why           = Msg{ja: "なぜ重要か", en: "Why this matters"}
	WhyWeakness   = Msg{ja: "この対策がないと「%s」という弱点になります。", en: "Without this, you have a known weakness: %s."}
	WhyIncidents  = Msg{ja: "この弱点は、次の事故の原因の一つでした：", en: "This weakness was part of how these incidents happened:"}
	WhyNoIncident = Msg{ja: "この対策は、各種のガイドラインが求める基本的な対策の一つです。", en: "This is one of the basic controls the security guidelines ask for."}
	Notes         = Msg{ja: "メモ", en: "Notes"}
	PrevArea      = Msg{ja: "前の分野", en: "Previous area"}
	NextArea      = Msg{ja: "次の分野", en: "Next area"}
	ToResults     = Msg{ja: "結果を見る", en: "See the results"}
	LiveScore     = Msg{ja: "現在のスコア", en: "Score so far"}
	LiveMatches   = Msg{ja: "一致した事故のパターン：%d 件", en: "Incident patterns matched: %d"}
	NoAreas       = Msg{ja: "この会社の状況では、質問する分野がありません。", en: "Given your company profile, there are no areas to ask about."}
	// AreaUnknown and AreaNotAsked say why the area shown is not the one
	// the address names (that area's id or name, then the one shown).
	AreaUnknown = Msg{ja: "「%s」という分野はありません。かわりに「%s」を表示しています。",
		en: "There is no area “%s”: “%s” is shown instead."}
	AreaNotAsked = Msg{ja: "「%s」の分野は、会社についての回答から、この会社には当てはまらないため質問しません。かわりに「%s」を表示しています。",
		en: "The area “%s” is not asked: your answers about the company say it does not apply. “%s” is shown instead."}
)
