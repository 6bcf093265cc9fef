package words

// The printed plan (the report page) and the documents made from a result:
// the Markdown file and the questionnaire to print.
var (
	ReportTitle      = Msg{ja: "セキュリティ対策計画書", en: "Security action plan"}
	ReportDate       = Msg{ja: "作成日", en: "Date"}
	ReportLang       = Msg{ja: "言語", en: "Language"}
	ReportAnswers    = Msg{ja: "回答済みの質問", en: "Questions answered"}
	NoCompany        = Msg{ja: "（会社名未入力）", en: "(no company name)"}
	ReportSummary    = Msg{ja: "実際の事故との一致（概要）", en: "Matches with real incidents (summary)"}
	ReportNoMatch    = Msg{ja: "まだ質問に回答していないため、実際の事故との照合はできていません。", en: "No question has been answered yet, so nothing has been compared with the incidents."}
	ReportActions    = Msg{ja: "対策一覧", en: "Actions"}
	ReportDisclaimer = Msg{ja: "この計画書は回答にもとづく自己診断の結果であり、監査や法的助言ではありません。", en: "This plan is the result of a self-assessment based on your answers, not an audit or legal advice."}

	ColNo       = Msg{ja: "No.", en: "No.", neutral: true}
	ColScore    = Msg{ja: "スコア", en: "Score"}
	ColWhen     = Msg{ja: "期限の目安", en: "When"}
	ColRole     = Msg{ja: "担当の目安", en: "Suggested role"}
	ColOwner    = Msg{ja: "担当者", en: "Owner"}
	ColDue      = Msg{ja: "期日", en: "Due"}
	ColDone     = Msg{ja: "完了", en: "Done"}
	ColQuestion = Msg{ja: "質問", en: "Question"}
	ColArea     = Msg{ja: "分野", en: "Area"}

	AnswersAppendix = Msg{ja: "付録：回答の一覧", en: "Appendix: every answer"}
	Appendix        = Msg{ja: "付録：事故の詳細と出典", en: "Appendix: the incidents and their sources"}
	Sources         = Msg{ja: "出典", en: "Sources"}
	// Caveats heads the facts of an incident no primary source confirms;
	// Secondary marks a source that reports on another.
	Caveats   = Msg{ja: "一次情報で確認できていない点", en: "Not confirmed by a primary source"}
	Secondary = Msg{ja: "%s（二次情報）", en: "%s (secondary report)"}
	Standards = Msg{ja: "対策一覧で参照している規格・ガイドライン", en: "The standards and guidelines the actions refer to"}
	StdISO    = Msg{ja: "情報セキュリティマネジメントシステムの国際規格。「A.」で始まる番号は附属書Aの管理策です。", en: "The international standard for information security management systems. Numbers starting with “A.” are its Annex A controls."}
	StdCSF    = Msg{ja: "米国国立標準技術研究所（NIST）のサイバーセキュリティフレームワーク 2.0。番号はサブカテゴリです。", en: "The Cybersecurity Framework 2.0 of the US National Institute of Standards and Technology (NIST). The ids are its subcategories."}
	StdCIS    = Msg{ja: "米国の非営利団体CIS（Center for Internet Security）がまとめた重要なセキュリティ対策（CIS Controls）第8版。番号はセーフガードです。", en: "The Critical Security Controls, version 8, of the Center for Internet Security (CIS), a US non-profit. The numbers are its safeguards."}
	StdIPA    = Msg{ja: "独立行政法人情報処理推進機構（IPA）の中小企業向けのガイドラインと資料。項目の名前で示しています。", en: "Guidelines and materials for small and medium-sized businesses from Japan's Information-technology Promotion Agency (IPA), cited by item name."}

	Print      = Msg{ja: "印刷する", en: "Print"}
	BackToPlan = Msg{ja: "対策計画に戻る", en: "Back to the plan"}
	PrintHint  = Msg{ja: "A4で印刷できます。担当者・期日・完了の欄は手書きで記入してください。", en: "Prints on A4. Fill in the owner, due and done columns by hand."}

	// The head of the files: the Markdown plan and the questionnaire.
	DocTitle = Msg{ja: "Hiyari セキュリティ自己診断", en: "Hiyari security self-assessment"}
	Company  = Msg{ja: "会社名", en: "Company"}
	Bank     = Msg{ja: "設問集", en: "Question bank"}
)
