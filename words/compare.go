package words

import "github.com/hiyari-app/hiyari/assessment"

// Comparing an earlier assessment with a later one (hiyari compare, the
// progress page).
var (
	CompareTitle    = msg("前回からの変化", "Progress since the last assessment")
	CompareEarlier  = msg("前回", "Earlier")
	CompareLater    = msg("今回", "Now")
	CompareChange   = msg("増減", "Change")
	CompareDelta    = neutral("%+.1f")
	CompareNoDelta  = neutral("–")
	CompareSame     = neutral("±0")
	CompareAnswered = msg("回答数", "Answered")
	CompareClosed   = msg("解消した重大な穴", "Critical gaps closed")
	CompareOpened   = msg("新たな重大な穴", "New critical gaps")
	CompareDone     = msg("この間に完了した対策", "Actions done since")
	CompareCleared  = msg("再現しなくなった事故のパターン", "Incident patterns no longer reproduced")
	CompareNew      = msg("新たに再現する事故のパターン", "Incident patterns now reproduced")
	CompareAnswers  = msg("回答が変わった質問", "Answers that changed")
	CompareNoChange = msg("回答の変化はありません。", "No answer has changed.")
	CompareNone     = msg("なし", "None")
	CompareIPA      = msg("IPA自社診断互換の点数", "IPA self-check (compatible score)")
	ColDirection    = msg("評価", "Verdict")
)

var directions = map[string]Msg{
	assessment.Improved: msg("改善", "better"),
	assessment.Worsened: msg("悪化", "worse"),
	assessment.Changed:  msg("変更", "changed"),
	assessment.Answered: msg("新たに回答", "newly answered"),
}

// Direction says how an answer moved.
func Direction(lang assessment.Lang, d string) string { return lookup(directions, lang, d) }

// The comparison page of the app.
var (
	PageCompare = msg("前回との比較", "Compare with an earlier assessment")
	CompareLead = msg("前回（たとえば1年前）の診断を、この端末に保存されている一覧か、書き出した回答ファイルから選ぶと、作業中の診断と比べて、何が良くなり何が残っているかを示します。ファイルはこの端末の中で読むだけで、保存も送信もしません。",
		"Choose last time's assessment (a year ago, say), from those kept in this browser or from an exported answers file, to see what has improved since in the one open now and what remains. A file is only read on this device: it is neither stored nor sent.")
	CompareKept    = msg("この端末に保存されている診断", "An assessment kept in this browser")
	CompareChoose  = msg("（選んでください）", "(choose one)")
	CompareMeasure = msg("指標", "Measure")
	CompareFile    = msg("前回の回答ファイル", "Earlier answers file")
	CompareWrongCo = msg("注意：前回のファイルの会社名（%s）が、いまの会社名（%s）と違います。", "Note: the earlier file's company (%s) is not the current one (%s).")
	ToCompare      = msg("前回の診断と比べる", "Compare with an earlier assessment")
)
