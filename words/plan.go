package words

import "github.com/hiyari-app/hiyari/assessment"

// The remediation plan: the page, an action's facts, and the column names
// the CSV and Markdown files share with it.
var (
	PlanTitle    = Msg{ja: "対策計画", en: "Remediation plan"}
	PlanLead     = Msg{ja: "少ない手間で大きくリスクを減らせるものから順に並べています。実施する予定の対策にチェックを入れると、実施後のスコアを確認できます。", en: "Actions are ordered so that the ones removing most risk for least effort come first. Tick the actions you plan to do to see your score once they are done."}
	Projected    = Msg{ja: "計画した対策の実施後", en: "Once the planned actions are done"}
	Current      = Msg{ja: "現在", en: "Now"}
	PlannedCheck = Msg{ja: "実施する予定", en: "I plan to do this"}
	// PlannedCount counts planned actions of a total (the plural's count).
	PlannedCount = Plural{ja: "%d / %d 件の対策を予定しています", one: "%d of %d action planned", other: "%d of %d actions planned"}
	// Planned marks an action the user plans to do, in words: a bare tick
	// next to "This week" reads as "done".
	Planned = Msg{ja: "実施予定", en: "Planned"}

	Action = Msg{ja: "対策", en: "Action"}
	// The headings of an action's facts; words.Role, Cost and Effort
	// name the values.
	RoleHeading   = Msg{ja: "担当", en: "Who"}
	CostHeading   = Msg{ja: "費用", en: "Cost"}
	EffortHeading = Msg{ja: "工数", en: "Effort"}
	Steps         = Msg{ja: "手順", en: "Steps"}
	DoneWhen      = Msg{ja: "完了の目安", en: "Done when"}
	References    = Msg{ja: "参照規格", en: "References"}
	Fixes         = Msg{ja: "対処する弱点", en: "Weaknesses fixed"}

	NoPlan        = Msg{ja: "いまの回答では、対策が必要なリスクは見つかっていません。", en: "Your answers show no risk that needs an action."}
	NoPlanSoFar   = Msg{ja: "これまでの回答には、対策が必要な穴はありません。ただし、まだ回答していない質問があります。すべてに回答してから判断してください。", en: "The answers given so far show no gap that needs an action, but some questions are still unanswered: answer them before relying on this."}
	PlanNoAnswers = Msg{ja: "まだ回答がありません。質問に答えると、ここに対策の計画が表示されます。", en: "No answers yet. Answer the questions and your plan appears here."}

	OpenReport   = Msg{ja: "計画書を印刷する", en: "Print the plan"}
	Downloads    = Msg{ja: "ファイルで保存", en: "Save as a file"}
	DownloadMD   = Msg{ja: "Markdown", en: "Markdown", neutral: true}
	DownloadCSV  = Msg{ja: "CSV（表計算）", en: "CSV (spreadsheet)"}
	DownloadJSON = Msg{ja: "JSON", en: "JSON", neutral: true}
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
	TrackTitle      = Msg{ja: "進み具合", en: "Progress"}
	TrackStatus     = Msg{ja: "状況", en: "Status"}
	TrackNote       = Msg{ja: "メモ（「実施しない」ときはその理由）", en: "Note (for “won't do”, the reason)"}
	TrackNotStarted = Msg{ja: "未着手", en: "Not started"}
)

var statuses = map[string]Msg{
	"":                          TrackNotStarted,
	assessment.StatusNotStarted: TrackNotStarted,
	assessment.StatusInProgress: Msg{ja: "実施中", en: "In progress"},
	assessment.StatusDone:       ColDone,
	assessment.StatusWontDo:     Msg{ja: "実施しない", en: "Won't do"},
}

// Status names a tracked action's status.
func Status(lang assessment.Lang, s string) string { return lookup(statuses, lang, s) }
