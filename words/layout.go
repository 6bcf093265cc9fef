package words

// The frame of every page: name, menu, language switch, notices, footer.
var (
	AppName    = msg("Hiyari（ヒヤリ）", "Hiyari")
	AppTagline = msg("セキュリティ自己診断", "Security self-assessment")
	Skip       = msg("本文へ移動", "Skip to content")
	NavLabel   = msg("メインメニュー", "Main menu")

	// The pages, as the menu and the document title name them.
	PageHome      = msg("はじめに", "Start")
	PageProfile   = msg("会社について", "Your company")
	PageQuestions = msg("質問", "Questions")
	PageResults   = msg("結果", "Results")
	PagePlan      = msg("対策計画", "Plan")
	PageReport    = msg("印刷用", "Print")

	LangLabel = msg("表示言語", "Language")
	// LangName is the language's name in itself.
	LangName = msg("日本語", "English")

	UpdateReady   = msg("新しいバージョンを利用できます。回答は保存されています。", "A new version of Hiyari is ready. Your answers are saved.")
	UpdateReload  = msg("再読み込みして更新", "Reload to update")
	FooterPrivacy = msg("回答はこのブラウザの中だけに保存され、外部には送信されません。", "Your answers are kept in this browser only and are never sent anywhere.")
	Disclaimer    = msg("この診断は回答にもとづく自己評価であり、監査や法的助言ではありません。", "This is a self-assessment based on your answers, not an audit or legal advice.")
	SaveFailed    = msg("このブラウザに回答を保存できませんでした（保存容量の不足やプライベートモードの可能性があります）。回答ファイルを書き出して保管してください。",
		"Your answers could not be saved in this browser (it may be full or in private mode). Export your answers file to keep them.")
	NoStorage = msg("このブラウザはサイトのデータ保存を許可していないため、Hiyariはここに何も保存できません。回答はこのページを閉じるか再読み込みすると失われます。残すには回答ファイルを書き出してください。",
		"This browser does not let Hiyari keep anything (site data is blocked), so your answers are lost when you close or reload this page. Export your answers file to keep them.")
	StoredBroken = msg("以前に保存された回答を読み込めませんでした。元のデータは消さずに別の場所へ保管し、新しく始めています。",
		"Answers saved earlier could not be read. They were set aside, not deleted, and you are starting afresh.")
)
