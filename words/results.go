package words

// What the answers say: scores, incident matches, what to find out. The
// Markdown file says the same in the same words.
var (
	ResultsLead = msg("回答を変えると、結果はすぐに変わります。", "The results change as soon as you change an answer.")
	Overall     = msg("総合スコア", "Overall score")
	AreaScores  = msg("分野別スコア", "Scores by area")

	// IncidentLabel names an incident with its year.
	IncidentLabel = msg("%s（%s年）", "%s (%s)")
	MatchesTitle  = msg("実際の事故との一致", "Matches with real incidents")
	MatchHeadline = msg("回答内容は、%[1]s（%[2]s年）の発生時の状況と一致しています", "Your answers match how the %[1]s happened in %[2]s")
	Coverage      = msg("一致度：%d%%", "Match: %d%%")
	Because       = msg("一致の理由となった回答", "The answers behind this match")
	SharedGaps    = msg("この事故と共通する弱点", "Weaknesses you share with this incident")
	UnsureGaps    = msg("この事故の弱点のうち、「わからない」と回答したもの", "Weaknesses of this incident you answered “don't know” to")
	MissingGaps   = msg("この事故の弱点のうち、当てはまらないもの", "Weaknesses of this incident you do not have")
	Amplifying    = msg("被害を大きくした弱点も当てはまります", "Weaknesses that made it worse apply to you too")
	Records       = msg("影響：%s", "Impact: %s")
	NoMatches     = msg("いまの回答は、どの事故の経緯とも完全には一致していません。", "Your answers do not fully match how any documented incident happened.")
	PartialTitle  = msg("一部が一致している事故", "Partial matches")
	CloseTitle    = msg("確認が必要な事故・同じ弱点から起きた事故", "Incidents to rule out, and examples of your gaps")

	FindOutTitle = msg("確認が必要なこと", "Find out")
	FindOutLead  = msg("「わからない」と回答した質問です。担当者や委託先に確認してください。確認するまでは、対策がないものとして採点しています。",
		"You answered “don't know” to these. Ask the person or vendor who knows. Until then they count as gaps.")
	NoFindOut  = msg("「わからない」と回答した質問はありません。", "No question was answered “don't know”.")
	ToPlan     = msg("対策計画を見る", "See the plan")
	NothingYet = msg("まだ回答がありません。質問に答えると、ここに結果が表示されます。", "No answers yet. Answer the questions and the results appear here.")
)
