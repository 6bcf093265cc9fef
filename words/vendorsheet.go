package words

// The sheet of questions for whoever looks after the company's IT.
var (
	PageVendor      = Msg{ja: "IT担当者への確認シート", en: "Questions for your IT vendor"}
	VendorTitle     = Msg{ja: "情報セキュリティ対策の確認のお願い", en: "Request to confirm our security measures"}
	VendorLead      = Msg{ja: "次の質問について、現在の状況を教えてください。当てはまる回答に印をつけ、必要に応じて備考にご記入のうえ、ご返送ください。", en: "Please tell us where things stand on each question below: tick the answer that applies, add a note where useful, and return this sheet."}
	VendorFrom      = Msg{ja: "依頼元", en: "From"}
	VendorReplyBy   = Msg{ja: "回答日", en: "Answered on"}
	VendorColNo     = Msg{ja: "番号", en: "No."}
	VendorColReply  = Msg{ja: "回答", en: "Answer"}
	VendorColNote   = Msg{ja: "備考", en: "Notes"}
	VendorNone      = Msg{ja: "いまは、確認が必要な質問はありません（「わからない」の回答も、IT担当者向けの未回答の質問もありません）。", en: "Nothing to ask for now: no answer is “don't know” and no question for the IT vendor is left unanswered."}
	VendorAfter     = Msg{ja: "返ってきた回答は、各質問の画面で入力し直してください。", en: "When the sheet comes back, enter the answers on each question's page."}
	BackToResults   = Msg{ja: "結果に戻る", en: "Back to the results"}
	ToVendorSheet   = Msg{ja: "IT担当者への確認シートを開く", en: "Open the sheet for your IT vendor"}
	VendorSheetHint = Msg{ja: "「わからない」の質問と、IT担当者に確かめる質問をまとめて印刷できます。", en: "Print the “don't know” questions and those for your IT vendor on one sheet."}
)
