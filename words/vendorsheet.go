package words

// The sheet of questions for whoever looks after the company's IT.
var (
	PageVendor  = msg("IT担当者への確認シート", "Questions for your IT vendor")
	VendorTitle = msg("情報セキュリティ対策の確認のお願い", "Request to confirm our security measures")
	VendorLead  = msg("次の質問について、現在の状況を教えてください。当てはまる回答に印をつけ、必要に応じて備考にご記入のうえ、ご返送ください。",
		"Please tell us where things stand on each question below: tick the answer that applies, add a note where useful, and return this sheet.")
	VendorFrom     = msg("依頼元", "From")
	VendorReplyBy  = msg("回答日", "Answered on")
	VendorColNo    = msg("番号", "No.")
	VendorColReply = msg("回答", "Answer")
	VendorColNote  = msg("備考", "Notes")
	VendorNone     = msg("いまは、確認が必要な質問はありません（「わからない」の回答も、IT担当者向けの未回答の質問もありません）。",
		"Nothing to ask for now: no answer is “don't know” and no question for the IT vendor is left unanswered.")
	VendorAfter     = msg("返ってきた回答は、各質問の画面で入力し直してください。", "When the sheet comes back, enter the answers on each question's page.")
	BackToResults   = msg("結果に戻る", "Back to the results")
	ToVendorSheet   = msg("IT担当者への確認シートを開く", "Open the sheet for your IT vendor")
	VendorSheetHint = msg("「わからない」の質問と、IT担当者に確かめる質問をまとめて印刷できます。", "Print the “don't know” questions and those for your IT vendor on one sheet.")
)
