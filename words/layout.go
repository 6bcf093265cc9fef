package words

// The frame of every page: name, menu, language switch, notices, footer.
var (
	AppName    = Msg{ja: "Hiyari（ヒヤリ）", en: "Hiyari"}
	AppTagline = Msg{ja: "セキュリティ自己診断", en: "Security self-assessment"}
	Skip       = Msg{ja: "本文へ移動", en: "Skip to content"}
	NavLabel   = Msg{ja: "メインメニュー", en: "Main menu"}

	// The pages, as the menu and the document title name them.
	PageHome      = Msg{ja: "はじめに", en: "Start"}
	PageProfile   = Msg{ja: "会社について", en: "Your company"}
	PageQuestions = Msg{ja: "質問", en: "Questions"}
	PageResults   = Msg{ja: "結果", en: "Results"}
	PagePlan      = Msg{ja: "対策計画", en: "Plan"}
	PageReport    = Msg{ja: "印刷用", en: "Print"}

	PageNotFound = Msg{ja: "ページが見つかりません", en: "Page not found"}
	NotFoundLead = Msg{ja: "このアドレスに当たるHiyariのページはありません。アドレスが古いか、打ち間違いかもしれません。回答はそのまま保存されています。",
		en: "Hiyari has no page at this address: it may be out of date or mistyped. Your answers are saved as they were."}
	NotFoundHome = Msg{ja: "はじめのページへ", en: "Go to the start page"}

	LangLabel = Msg{ja: "表示言語", en: "Language"}
	// LangName is the language's name in itself.
	LangName = Msg{ja: "日本語", en: "English"}

	AppLoading    = Msg{ja: "読み込み中です。このページはすぐに読めますが、回答の入力は読み込みが終わってからできるようになります。", en: "Loading: you can read this page now; the answers can be filled in once loading has finished."}
	UpdateReady   = Msg{ja: "新しいバージョンを利用できます。回答は保存されています。", en: "A new version of Hiyari is ready. Your answers are saved."}
	UpdateReload  = Msg{ja: "再読み込みして更新", en: "Reload to update"}
	FooterPrivacy = Msg{ja: "回答はこのブラウザの中だけに保存され、外部には送信されません。", en: "Your answers are kept in this browser only and are never sent anywhere."}
	Disclaimer    = Msg{ja: "この診断は回答にもとづく自己評価であり、監査や法的助言ではありません。", en: "This is a self-assessment based on your answers, not an audit or legal advice."}
	SaveFailed    = Msg{ja: "このブラウザに回答を保存できませんでした（保存容量の不足やプライベートモードの可能性があります）。回答ファイルを書き出して保管してください。", en: "Your answers could not be saved in this browser (it may be full or in private mode). Export your answers file to keep them."}
	// UnsavedSince names the time since which nothing was saved.
	UnsavedSince   = Msg{ja: "%s 以降の変更は、この端末に保存されていません。", en: "Nothing changed since %s has been saved in this browser."}
	NoStorage      = Msg{ja: "このブラウザはサイトのデータ保存を許可していないため、Hiyariはここに何も保存できません。回答はこのページを閉じるか再読み込みすると失われます。残すには回答ファイルを書き出してください。", en: "This browser does not let Hiyari keep anything (site data is blocked), so your answers are lost when you close or reload this page. Export your answers file to keep them."}
	SiteBankFailed = Msg{ja: "この組織の設問集を読み込めなかったため、Hiyari標準の設問を表示しています。管理者に連絡してください。保存されている回答は消していません。",
		en: "Your organisation's question bank could not be loaded, so Hiyari's standard questions are shown. Please tell whoever runs this site. Nothing saved was deleted."}
	StoredBroken = Msg{ja: "以前に保存された回答を読み込めませんでした。元のデータは消さずに別の場所へ保管し、新しく始めています。", en: "Answers saved earlier could not be read. They were set aside, not deleted, and you are starting afresh."}
)
