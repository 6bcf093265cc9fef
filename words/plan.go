package words

import "github.com/hiyari-app/hiyari/assessment"

// The remediation plan: the page, an action's facts, and the column names
// the CSV and Markdown files share with it.
var (
	PlanTitle    = msg("対策計画", "Remediation plan")
	PlanLead     = msg("少ない手間で大きくリスクを減らせるものから順に並べています。実施する予定の対策にチェックを入れると、実施後のスコアを確認できます。", "Actions are ordered so that the ones removing most risk for least effort come first. Tick the actions you plan to do to see your score once they are done.")
	Projected    = msg("計画した対策の実施後", "Once the planned actions are done")
	Current      = msg("現在", "Now")
	PlannedCheck = msg("実施する予定", "I plan to do this")
	// PlannedCount counts planned actions of a total (the plural's count).
	PlannedCount = plural("%d / %d 件の対策を予定しています", "%d of %d action planned", "%d of %d actions planned")
	// Planned marks an action the user plans to do, in words: a bare tick
	// next to "This week" reads as "done".
	Planned = msg("実施予定", "Planned")

	Action = msg("対策", "Action")
	// The headings of an action's facts; words.Role, Cost and Effort
	// name the values.
	RoleHeading   = msg("担当", "Who")
	CostHeading   = msg("費用", "Cost")
	EffortHeading = msg("工数", "Effort")
	Steps         = msg("手順", "Steps")
	DoneWhen      = msg("完了の目安", "Done when")
	References    = msg("参照規格", "References")
	Fixes         = msg("対処する弱点", "Weaknesses fixed")

	NoPlan        = msg("いまの回答では、対策が必要なリスクは見つかっていません。", "Your answers show no risk that needs an action.")
	NoPlanSoFar   = msg("これまでの回答には、対策が必要な穴はありません。ただし、まだ回答していない質問があります。すべてに回答してから判断してください。", "The answers given so far show no gap that needs an action, but some questions are still unanswered: answer them before relying on this.")
	PlanNoAnswers = msg("まだ回答がありません。質問に答えると、ここに対策の計画が表示されます。", "No answers yet. Answer the questions and your plan appears here.")

	OpenReport   = msg("計画書を印刷する", "Print the plan")
	Downloads    = msg("ファイルで保存", "Save as a file")
	DownloadMD   = neutral("Markdown")
	DownloadCSV  = msg("CSV（表計算）", "CSV (spreadsheet)")
	DownloadJSON = neutral("JSON")
)

// EmptyPlan explains a plan without actions: nothing answered yet, or one
// answer of many, is not the same as nothing to do.
func EmptyPlan(p assessment.Progress) Msg {
	switch {
	case p.Answered == 0:
		return PlanNoAnswers
	case p.Answered < p.Total:
		return NoPlanSoFar
	}
	return NoPlan
}

// Following an action to done. The owner and the due date are the print's
// column names (ColOwner, ColDue); "done" is its ColDone.
var (
	TrackTitle      = msg("進み具合", "Progress")
	TrackStatus     = msg("状況", "Status")
	TrackNote       = msg("メモ（「実施しない」ときはその理由）", "Note (for “won't do”, the reason)")
	TrackNotStarted = msg("未着手", "Not started")
)

var statuses = map[string]Msg{
	"":                          TrackNotStarted,
	assessment.StatusNotStarted: TrackNotStarted,
	assessment.StatusInProgress: msg("実施中", "In progress"),
	assessment.StatusDone:       ColDone,
	assessment.StatusWontDo:     msg("実施しない", "Won't do"),
}

// Status names a tracked action's status.
func Status(lang assessment.Lang, s string) string { return lookup(statuses, lang, s) }
