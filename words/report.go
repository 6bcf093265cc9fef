package words

// The printed plan (the report page) and the documents made from a result:
// the Markdown file and the questionnaire to print.
var (
	ReportTitle      = msg("セキュリティ対策計画書", "Security action plan")
	ReportDate       = msg("作成日", "Date")
	ReportLang       = msg("言語", "Language")
	ReportAnswers    = msg("回答済みの質問", "Questions answered")
	NoCompany        = msg("（会社名未入力）", "(no company name)")
	ReportSummary    = msg("実際の事故との一致（概要）", "Matches with real incidents (summary)")
	ReportNoMatch    = msg("まだ質問に回答していないため、実際の事故との照合はできていません。", "No question has been answered yet, so nothing has been compared with the incidents.")
	ReportActions    = msg("対策一覧", "Actions")
	ReportDisclaimer = msg("この計画書は回答にもとづく自己診断の結果であり、監査や法的助言ではありません。", "This plan is the result of a self-assessment based on your answers, not an audit or legal advice.")

	ColNo       = neutral("No.")
	ColScore    = msg("スコア", "Score")
	ColWhen     = msg("期限の目安", "When")
	ColRole     = msg("担当の目安", "Suggested role")
	ColOwner    = msg("担当者", "Owner")
	ColDue      = msg("期日", "Due")
	ColDone     = msg("完了", "Done")
	ColQuestion = msg("質問", "Question")
	ColArea     = msg("分野", "Area")

	AnswersAppendix = msg("付録：回答の一覧", "Appendix: every answer")
	Appendix        = msg("付録：事故の詳細と出典", "Appendix: the incidents and their sources")
	Sources         = msg("出典", "Sources")
	// Caveats heads the facts of an incident no primary source confirms;
	// Secondary marks a source that reports on another.
	Caveats   = msg("一次情報で確認できていない点", "Not confirmed by a primary source")
	Secondary = msg("%s（二次情報）", "%s (secondary report)")
	Standards = msg("対策一覧で参照している規格・ガイドライン", "The standards and guidelines the actions refer to")
	StdISO    = msg("情報セキュリティマネジメントシステムの国際規格。「A.」で始まる番号は附属書Aの管理策です。",
		"The international standard for information security management systems. Numbers starting with “A.” are its Annex A controls.")
	StdCSF = msg("米国国立標準技術研究所（NIST）のサイバーセキュリティフレームワーク 2.0。番号はサブカテゴリです。",
		"The Cybersecurity Framework 2.0 of the US National Institute of Standards and Technology (NIST). The ids are its subcategories.")
	StdCIS = msg("米国の非営利団体CIS（Center for Internet Security）がまとめた重要なセキュリティ対策（CIS Controls）第8版。番号はセーフガードです。",
		"The Critical Security Controls, version 8, of the Center for Internet Security (CIS), a US non-profit. The numbers are its safeguards.")
	StdIPA = msg("独立行政法人情報処理推進機構（IPA）の中小企業向けのガイドラインと資料。項目の名前で示しています。",
		"Guidelines and materials for small and medium-sized businesses from Japan's Information-technology Promotion Agency (IPA), cited by item name.")

	Print      = msg("印刷する", "Print")
	BackToPlan = msg("対策計画に戻る", "Back to the plan")
	PrintHint  = msg("A4で印刷できます。担当者・期日・完了の欄は手書きで記入してください。", "Prints on A4. Fill in the owner, due and done columns by hand.")

	// The head of the files: the Markdown plan and the questionnaire.
	DocTitle = msg("Hiyari セキュリティ自己診断", "Hiyari security self-assessment")
	Company  = msg("会社名", "Company")
	Bank     = msg("設問集", "Question bank")
)
