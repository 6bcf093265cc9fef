package words

import "github.com/hiyari-app/hiyari/assessment"

// Comparing an earlier assessment with a later one (hiyari compare, the
// progress page).
var (
	CompareTitle    = Msg{ja: "前回からの変化", en: "Progress since the last assessment"}
	CompareEarlier  = Msg{ja: "前回", en: "Earlier"}
	CompareLater    = Msg{ja: "今回", en: "Now"}
	CompareChange   = Msg{ja: "増減", en: "Change"}
	CompareDelta    = Msg{ja: "%+.1f", en: "%+.1f", neutral: true}
	CompareNoDelta  = Msg{ja: "–", en: "–", neutral: true}
	CompareSame     = Msg{ja: "±0", en: "±0", neutral: true}
	CompareAnswered = Msg{ja: "回答数", en: "Answered"}
	CompareClosed   = Msg{ja: "解消した重大な穴", en: "Critical gaps closed"}
	CompareOpened   = Msg{ja: "新たな重大な穴", en: "New critical gaps"}
	CompareDone     = Msg{ja: "この間に完了した対策", en: "Actions done since"}
	CompareCleared  = Msg{ja: "再現しなくなった事故のパターン", en: "Incident patterns no longer reproduced"}
	CompareNew      = Msg{ja: "新たに再現する事故のパターン", en: "Incident patterns now reproduced"}
	CompareAnswers  = Msg{ja: "回答が変わった質問", en: "Answers that changed"}
	CompareNoChange = Msg{ja: "回答の変化はありません。", en: "No answer has changed."}
	CompareNone     = Msg{ja: "なし", en: "None"}
	CompareIPA      = Msg{ja: "IPA自社診断互換の点数", en: "IPA self-check (compatible score)"}
	ColDirection    = Msg{ja: "評価", en: "Verdict"}
)

var directions = map[string]Msg{
	assessment.Improved: Msg{ja: "改善", en: "better"},
	assessment.Worsened: Msg{ja: "悪化", en: "worse"},
	assessment.Changed:  Msg{ja: "変更", en: "changed"},
	assessment.Answered: Msg{ja: "新たに回答", en: "newly answered"},
}

// Direction says how an answer moved.
func Direction(lang assessment.Lang, d string) string { return lookup(directions, lang, d) }

// The comparison page of the app.
var (
	PageCompare    = Msg{ja: "前回との比較", en: "Compare with an earlier assessment"}
	CompareLead    = Msg{ja: "前回（たとえば1年前）の診断を、この端末に保存されている一覧か、書き出した回答ファイルから選ぶと、作業中の診断と比べて、何が良くなり何が残っているかを示します。ファイルはこの端末の中で読むだけで、保存も送信もしません。", en: "Choose last time's assessment (a year ago, say), from those kept in this browser or from an exported answers file, to see what has improved since in the one open now and what remains. A file is only read on this device: it is neither stored nor sent."}
	CompareKept    = Msg{ja: "この端末に保存されている診断", en: "An assessment kept in this browser"}
	CompareChoose  = Msg{ja: "（選んでください）", en: "(choose one)"}
	CompareMeasure = Msg{ja: "指標", en: "Measure"}
	CompareFile    = Msg{ja: "前回の回答ファイル", en: "Earlier answers file"}
	CompareWrongCo = Msg{ja: "注意：前回のファイルの会社名（%s）が、いまの会社名（%s）と違います。", en: "Note: the earlier file's company (%s) is not the current one (%s)."}
	ToCompare      = Msg{ja: "前回の診断と比べる", en: "Compare with an earlier assessment"}
)
