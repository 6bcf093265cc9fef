package words

// What the answers say: scores, incident matches, what to find out. The
// Markdown file says the same in the same words.
var (
	ResultsLead = Msg{ja: "回答を変えると、結果はすぐに変わります。", en: "The results change as soon as you change an answer."}
	Overall     = Msg{ja: "総合スコア", en: "Overall score"}
	AreaScores  = Msg{ja: "分野別スコア", en: "Scores by area"}

	// IncidentLabel names an incident with its year.
	IncidentLabel = Msg{ja: "%s（%s年）", en: "%s (%s)"}
	MatchesTitle  = Msg{ja: "実際の事故との一致", en: "Matches with real incidents"}
	MatchHeadline = Msg{ja: "回答内容は、%[1]s（%[2]s年）の発生時の状況と一致しています", en: "Your answers match how the %[1]s happened in %[2]s"}
	Coverage      = Msg{ja: "一致度：%d%%", en: "Match: %d%%"}
	Because       = Msg{ja: "一致の理由となった回答", en: "The answers behind this match"}
	SharedGaps    = Msg{ja: "この事故と共通する弱点", en: "Weaknesses you share with this incident"}
	UnsureGaps    = Msg{ja: "この事故の弱点のうち、「わからない」と回答したもの", en: "Weaknesses of this incident you answered “don't know” to"}
	MissingGaps   = Msg{ja: "この事故の弱点のうち、当てはまらないもの", en: "Weaknesses of this incident you do not have"}
	Amplifying    = Msg{ja: "被害を大きくした弱点も当てはまります", en: "Weaknesses that made it worse apply to you too"}
	Records       = Msg{ja: "影響：%s", en: "Impact: %s"}
	NoMatches     = Msg{ja: "いまの回答は、どの事故の経緯とも完全には一致していません。", en: "Your answers do not fully match how any documented incident happened."}
	PartialTitle  = Msg{ja: "一部が一致している事故", en: "Partial matches"}
	CloseTitle    = Msg{ja: "確認が必要な事故・同じ弱点から起きた事故", en: "Incidents to rule out, and examples of your gaps"}

	FindOutTitle = Msg{ja: "確認が必要なこと", en: "Find out"}
	FindOutLead  = Msg{ja: "「わからない」と回答した質問です。担当者や委託先に確認してください。確認するまでは、対策がないものとして採点しています。", en: "You answered “don't know” to these. Ask the person or vendor who knows. Until then they count as gaps."}
	NoFindOut    = Msg{ja: "「わからない」と回答した質問はありません。", en: "No question was answered “don't know”."}
	ToPlan       = Msg{ja: "対策計画を見る", en: "See the plan"}
	NothingYet   = Msg{ja: "まだ回答がありません。質問に答えると、ここに結果が表示されます。", en: "No answers yet. Answer the questions and the results appear here."}
)
