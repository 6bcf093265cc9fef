package words

// The first page of the printed plan: what a manager reads in two minutes.
var (
	SummaryTopRisks     = msg("主なリスク（実際の事故との一致）", "Top risks (matches with real incidents)")
	SummaryNoRisk       = msg("実際の事故のパターンと一致する回答はありません。", "No answer pattern matches a documented incident.")
	SummaryFirstActions = msg("最初に取り組む対策", "First actions")
	SummaryMore         = msg("ほか%d件は「対策一覧」を参照してください。", "%d more in the action list.")
	SignOffTitle        = msg("承認欄", "Sign-off")
	SignApprover        = msg("承認者", "Approved by")
	SignDate            = msg("承認日", "Date")
	SignSeal            = msg("署名・印", "Signature")
	NextReview          = msg("次回見直し日（目安）", "Next review (suggested)")
	ScoresTitle         = msg("分野別の状況", "Scores in detail")
)
