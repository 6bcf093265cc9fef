package words

// The first page of the printed plan: what a manager reads in two minutes.
var (
	SummaryTopRisks     = Msg{ja: "主なリスク（実際の事故との一致）", en: "Top risks (matches with real incidents)"}
	SummaryNoRisk       = Msg{ja: "実際の事故のパターンと一致する回答はありません。", en: "No answer pattern matches a documented incident."}
	SummaryFirstActions = Msg{ja: "最初に取り組む対策", en: "First actions"}
	SummaryMore         = Msg{ja: "ほか%d件は「対策一覧」を参照してください。", en: "%d more in the action list."}
	SignOffTitle        = Msg{ja: "承認欄", en: "Sign-off"}
	SignApprover        = Msg{ja: "承認者", en: "Approved by"}
	SignDate            = Msg{ja: "承認日", en: "Date"}
	SignSeal            = Msg{ja: "署名・印", en: "Signature"}
	NextReview          = Msg{ja: "次回見直し日（目安）", en: "Next review (suggested)"}
	ScoresTitle         = Msg{ja: "分野別の状況", en: "Scores in detail"}
)
