package words

// The start page and the answers file.
var (
	LandingTitle   = Msg{ja: "実際に起きた事故から学ぶ、セキュリティ自己診断", en: "A security check built on real incidents"}
	LandingWhat    = Msg{ja: "Hiyariは、いくつかの質問への回答を国内で実際に起きた情報漏えいや不正利用の経緯と照らし合わせ、自社が同じ道をたどっていないかを示し、優先順位をつけた対策計画を印刷できる形で作ります。", en: "Answer a short questionnaire and Hiyari compares your answers with how real data breaches and fraud cases in Japan happened, shows where your company is on the same path, and prints a prioritised plan to fix it."}
	LandingPrivacy = Msg{ja: "回答はすべてこの端末のブラウザの中で処理・保存され、どこにも送信されません。", en: "Everything stays on this device: your answers are processed and saved in this browser and never sent anywhere."}
	LandingTime    = Msg{ja: "所要時間の目安は20分です。途中でやめても、次に開いたときに続きから再開できます。", en: "It takes about 20 minutes. You can stop at any time and carry on where you left off."}
	Start          = Msg{ja: "診断を始める", en: "Start the assessment"}
	Resume         = Msg{ja: "続きから再開する", en: "Carry on where you left off"}
	// ResumeProgress counts answered questions of a total (the plural's count).
	ResumeProgress = Plural{ja: "%d / %d 問 回答済み", one: "%d of %d question answered", other: "%d of %d questions answered"}

	DataTitle   = Msg{ja: "回答ファイル", en: "Your answers file"}
	DataLead    = Msg{ja: "回答をファイルに書き出して保管したり、別の端末で読み込んだりできます。", en: "Save your answers to a file to keep them, or open them on another device."}
	Export      = Msg{ja: "回答ファイルを書き出す", en: "Export answers file"}
	ImportLabel = Msg{ja: "回答ファイルを読み込む", en: "Import an answers file"}
	ImportHint  = Msg{ja: "Hiyariで書き出したJSONファイルを選んでください。内容を確認してから診断一覧に追加して開きます。保存されている診断は、確認なしに置き換えられることはありません。", en: "Choose a JSON file exported from Hiyari. It is checked, then added to your list of assessments and opened; nothing kept is replaced without asking."}
	// ImportWarnings counts the entries the bank does not know.
	ImportWarnings = Plural{ja: "このバージョンの設問集にない項目が %d 件ありました。ファイルには残りますが、採点には使われません。", one: "%d entry is not in this version of the question bank. It stays in the file but does not count.", other: "%d entries are not in this version of the question bank. They stay in the file but do not count."}
	// ImportAskedAgain counts the answers an earlier bank offered and this
	// one does not ("not applicable" everywhere in bank 1.x).
	ImportAskedAgain = Plural{ja: "%d 問は、このバージョンでは選べない回答（「該当しない」など）だったため、未回答に戻しました。もう一度回答してください。", one: "%d answer is no longer offered by this version (such as “not applicable”): its question is unanswered again.", other: "%d answers are no longer offered by this version (such as “not applicable”): their questions are unanswered again."}
	// ImportAdded names the assessment an import added: company, date.
	ImportAdded    = Msg{ja: "読み込んだ診断を一覧に追加して開きました：%s（%s）。それまで開いていた診断も一覧に残っています。", en: "The imported assessment was added to the list and opened: %s (%s). The one open before stays in the list."}
	ImportReplaced = Msg{ja: "保存されていた診断を、読み込んだファイルの内容で置き換えました：%s（%s）。", en: "The kept assessment was replaced with the file: %s (%s)."}
	// ImportVersion names the bank version of the file, then this one.
	ImportVersion = Msg{ja: "このファイルは設問集の版 %s で作られています（いまは版 %s）。違いは次のとおりです。", en: "This file was made with version %s of the question bank (this is version %s). The differences:"}
	ImportGone    = Msg{ja: "この版にない質問（回答はファイルに残りますが、採点には使われません）", en: "Questions this version no longer has (their answers stay in the file but do not count)"}
	ImportNew     = Msg{ja: "ファイルで答えていない質問（この版で加わったか、未回答のもの）", en: "Questions the file does not answer (new in this version, or left unanswered)"}
	ImportNotKept = Msg{ja: "ただし、このブラウザの保存容量に収まらないため保存できていません。いま開いている間に、回答ファイルを書き出してください。",
		en: "But it is too large to keep in this browser (its storage is full), so it is not saved: export the answers file while it is open."}
	// ImportWhere shows the first problem as the file and the CLI name it.
	ImportWhere     = Msg{ja: "最初の問題（技術的な詳細）：%s", en: "First problem (technical detail): %s"}
	ProtectTitle    = Msg{ja: "パスフレーズで保護して、または名前を除いて書き出す", en: "Export protected with a passphrase, or without names"}
	ProtectLabel    = Msg{ja: "パスフレーズ（%d 文字以上）", en: "Passphrase (at least %d characters)"}
	ProtectHint     = Msg{ja: "パスフレーズはどこにも保存されず、ヒントも残りません。忘れるとファイルは開けません。", en: "The passphrase is kept nowhere and there is no hint: without it the file cannot be opened."}
	ProtectExport   = Msg{ja: "保護したファイルを書き出す", en: "Export the protected file"}
	ProtectDone     = Msg{ja: "保護した回答ファイルを書き出しました。パスフレーズはファイルとは別の方法で伝えてください。", en: "The protected answers file was written. Pass the passphrase on separately from the file."}
	ExportAnonymous = Msg{ja: "会社名・メモ・担当者を除いて書き出す", en: "Export without the company's name, notes and owners"}
	AnonymousDone   = Msg{ja: "会社名・メモ・担当者を除いた回答ファイルを書き出しました。事例として共有できます。", en: "The answers file was written without the company's name, notes and owners: it can be shared as an example."}
	UnsealAsk       = Msg{ja: "このファイルはパスフレーズで保護されています。", en: "This file is protected with a passphrase."}
	UnsealLabel     = Msg{ja: "パスフレーズ", en: "Passphrase"}
	ImportSameAsk   = Msg{ja: "このファイルは、この端末に保存されている診断の写しです。保存されている方をファイルの内容で置き換えますか？両方残すこともできます。", en: "This file is a copy of an assessment kept in this browser. Replace the kept one with the file, or keep both?"}
	// ImportIncoming and ImportKept name the two sides of a replacement:
	// company, date, questions answered.
	ImportIncoming    = Msg{ja: "読み込むファイル：%s（%s、%d 問回答済み）", en: "The file: %s (%s, %d answered)"}
	ImportKept        = Msg{ja: "保存されている診断：%s（%s、%d 問回答済み）", en: "Kept in this browser: %s (%s, %d answered)"}
	NoDate            = Msg{ja: "日付の記録なし", en: "no date recorded"}
	ExportFirst       = Msg{ja: "先に保存されている方を書き出す", en: "Export the kept one first"}
	ImportReplace     = Msg{ja: "置き換える", en: "Replace"}
	ImportKeepBoth    = Msg{ja: "両方残す", en: "Keep both"}
	ImportNothingLost = Msg{ja: "いまの回答は変更していません。", en: "Your current answers have not been changed."}
	Cancel            = Msg{ja: "キャンセル", en: "Cancel"}
	StartOver         = Msg{ja: "最初からやり直す", en: "Start over"}
	StartOverAsk      = Msg{ja: "この診断の回答・メモ・計画をすべて消して、最初からやり直しますか？一覧にあるほかの診断は残ります。この操作は元に戻せません。", en: "Delete every answer, note and planned action of this assessment and start again? The other assessments in the list stay. This cannot be undone."}
	StartOverYes      = Msg{ja: "この診断を消してやり直す", en: "Delete this assessment and start over"}
	StartOverDone     = Msg{ja: "回答を消去しました。", en: "Your answers were deleted."}
)
