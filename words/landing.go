package words

// The start page and the answers file.
var (
	LandingTitle = msg("実際に起きた事故から学ぶ、セキュリティ自己診断", "A security check built on real incidents")
	LandingWhat  = msg("Hiyariは、いくつかの質問への回答を国内で実際に起きた情報漏えいや不正利用の経緯と照らし合わせ、自社が同じ道をたどっていないかを示し、優先順位をつけた対策計画を印刷できる形で作ります。",
		"Answer a short questionnaire and Hiyari compares your answers with how real data breaches and fraud cases in Japan happened, shows where your company is on the same path, and prints a prioritised plan to fix it.")
	LandingPrivacy = msg("回答はすべてこの端末のブラウザの中で処理・保存され、どこにも送信されません。",
		"Everything stays on this device: your answers are processed and saved in this browser and never sent anywhere.")
	LandingTime = msg("所要時間の目安は20分です。途中でやめても、次に開いたときに続きから再開できます。",
		"It takes about 20 minutes. You can stop at any time and carry on where you left off.")
	Start  = msg("診断を始める", "Start the assessment")
	Resume = msg("続きから再開する", "Carry on where you left off")
	// ResumeProgress counts answered questions of a total (the plural's count).
	ResumeProgress = plural("%d / %d 問 回答済み", "%d of %d question answered", "%d of %d questions answered")

	DataTitle   = msg("回答ファイル", "Your answers file")
	DataLead    = msg("回答をファイルに書き出して保管したり、別の端末で読み込んだりできます。", "Save your answers to a file to keep them, or open them on another device.")
	Export      = msg("回答ファイルを書き出す", "Export answers file")
	ImportLabel = msg("回答ファイルを読み込む", "Import an answers file")
	ImportHint  = msg("Hiyariで書き出したJSONファイルを選んでください。内容を確認してから使います。", "Choose a JSON file exported from Hiyari. It is checked before it is used.")
	ImportDone  = msg("回答ファイルを読み込みました。", "The answers file was imported.")
	// ImportWarnings counts the entries the bank does not know.
	ImportWarnings = plural("このバージョンの設問集にない項目が %d 件ありました。ファイルには残りますが、採点には使われません。",
		"%d entry is not in this version of the question bank. It stays in the file but does not count.",
		"%d entries are not in this version of the question bank. They stay in the file but do not count.")
	// ImportAskedAgain counts the answers an earlier bank offered and this
	// one does not ("not applicable" everywhere in bank 1.x).
	ImportAskedAgain = plural("%d 問は、このバージョンでは選べない回答（「該当しない」など）だったため、未回答に戻しました。もう一度回答してください。",
		"%d answer is no longer offered by this version (such as “not applicable”): its question is unanswered again.",
		"%d answers are no longer offered by this version (such as “not applicable”): their questions are unanswered again.")
	// ImportConfirm counts the questions answered now.
	ImportConfirm = plural("読み込んだファイルで、いまの回答（%d 問分）を置き換えますか？残したい場合は、先に回答ファイルを書き出してください。",
		"Replace your current answers (%d question) with the imported file? Export them first if you want to keep them.",
		"Replace your current answers (%d questions) with the imported file? Export them first if you want to keep them.")
	// ImportIncoming and ImportCurrent name the two sides of a
	// replacement: company, date, questions answered.
	ImportIncoming    = msg("読み込むファイル：%s（%s、%d 問回答済み）", "The file: %s (%s, %d answered)")
	ImportCurrent     = msg("いまの回答：%s（%s、%d 問回答済み）", "Now in this browser: %s (%s, %d answered)")
	NoDate            = msg("日付の記録なし", "no date recorded")
	ExportFirst       = msg("先にいまの回答を書き出す", "Export the current answers first")
	ImportReplace     = msg("置き換える", "Replace")
	ImportNothingLost = msg("いまの回答は変更していません。", "Your current answers have not been changed.")
	Cancel            = msg("キャンセル", "Cancel")
	StartOver         = msg("最初からやり直す", "Start over")
	StartOverAsk      = msg("この端末に保存されている回答・メモ・計画をすべて消して、最初からやり直しますか？この操作は元に戻せません。",
		"Delete every answer, note and planned action saved on this device and start again? This cannot be undone.")
	StartOverYes  = msg("すべて消してやり直す", "Delete everything and start over")
	StartOverDone = msg("回答を消去しました。", "Your answers were deleted.")
)
