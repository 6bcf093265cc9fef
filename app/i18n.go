package app

import (
	"fmt"

	"github.com/hiyari-app/hiyari/assessment"
)

// msg names a piece of interface wording. Every msg constant has a text in
// both catalogues below; i18n_test.go fails the build of a key that is
// missing or empty in either language. Bank content (questions, incidents,
// actions) is not here: it comes from the bank in both languages.
type msg string

// Layout and navigation.
const (
	mAppName       msg = "app.name"
	mAppTagline    msg = "app.tagline"
	mSkip          msg = "nav.skip"
	mNavLabel      msg = "nav.label"
	mNavHome       msg = "nav.home"
	mNavProfile    msg = "nav.profile"
	mNavQuestions  msg = "nav.questions"
	mNavResults    msg = "nav.results"
	mNavPlan       msg = "nav.plan"
	mNavReport     msg = "nav.report"
	mLangLabel     msg = "lang.label"
	mLangName      msg = "lang.name"
	mUpdateReady   msg = "update.ready"
	mUpdateReload  msg = "update.reload"
	mFooterPrivacy msg = "footer.privacy"
	mFooterNotice  msg = "footer.disclaimer"
	mSaveFailed    msg = "store.save_failed"
	mStoredBroken  msg = "store.stored_unreadable"
	mNoStorage     msg = "store.refused"
)

// Landing page and the answers file.
const (
	mLandingTitle      msg = "landing.title"
	mLandingWhat       msg = "landing.what"
	mLandingPrivacy    msg = "landing.privacy"
	mLandingTime       msg = "landing.time"
	mStart             msg = "landing.start"
	mResume            msg = "landing.resume"
	mResumeProgress    msg = "landing.resume_progress"
	mDataTitle         msg = "data.title"
	mDataLead          msg = "data.lead"
	mExport            msg = "data.export"
	mImportLabel       msg = "data.import_label"
	mImportHint        msg = "data.import_hint"
	mImportDone        msg = "data.import_done"
	mImportWarnings    msg = "data.import_warnings"
	mImportConfirm     msg = "data.import_confirm"
	mImportReplace     msg = "data.import_replace"
	mCancel            msg = "data.cancel"
	mStartOver         msg = "data.start_over"
	mStartOverAsk      msg = "data.start_over_ask"
	mStartOverYes      msg = "data.start_over_yes"
	mStartOverDone     msg = "data.start_over_done"
	mErrTooLarge       msg = "err.too_large"
	mErrSyntax         msg = "err.syntax"
	mErrSchema         msg = "err.schema"
	mErrInvalid        msg = "err.invalid"
	mErrMismatch       msg = "err.mismatch"
	mErrRead           msg = "err.read"
	mErrUnknown        msg = "err.unknown"
	mImportNothingLost msg = "err.nothing_lost"
)

// Profile and questionnaire.
const (
	mProfileTitle   msg = "profile.title"
	mProfileLead    msg = "profile.lead"
	mCompanyLabel   msg = "profile.company"
	mCompanyHint    msg = "profile.company_hint"
	mToQuestions    msg = "profile.to_questions"
	mQuestionsTitle msg = "questions.title"
	mProgress       msg = "questions.progress"
	mAreaProgress   msg = "questions.area_progress"
	mAreaAnswered   msg = "questions.area_answered"
	mAreaStep       msg = "questions.area_step"
	mAreasLabel     msg = "questions.areas"
	mHelp           msg = "questions.help"
	mWhy            msg = "questions.why"
	mWhyWeakness    msg = "questions.why_weakness"
	mWhyIncidents   msg = "questions.why_incidents"
	mWhyNoIncident  msg = "questions.why_no_incident"
	mNotes          msg = "questions.notes"
	mPrevArea       msg = "questions.prev"
	mNextArea       msg = "questions.next"
	mToResults      msg = "questions.to_results"
	mLiveScore      msg = "questions.live_score"
	mLiveMatches    msg = "questions.live_matches"
	mNoAreas        msg = "questions.no_areas"
	mAnswerYes      msg = "answer.yes"
	mAnswerPartly   msg = "answer.partly"
	mAnswerNo       msg = "answer.no"
	mAnswerUnknown  msg = "answer.unknown"
	mAnswerNA       msg = "answer.na"
	mUnanswered     msg = "answer.none"
)

// Results.
const (
	mResultsTitle    msg = "results.title"
	mResultsLead     msg = "results.lead"
	mOverall         msg = "results.overall"
	mAreaScores      msg = "results.areas"
	mScoreText       msg = "results.score_text"
	mNotScored       msg = "results.not_scored"
	mAllNA           msg = "results.all_na"
	mMatchesTitle    msg = "results.matches"
	mMatchHeadline   msg = "results.match_headline"
	mPartialHeadline msg = "results.partial_headline"
	mCoverage        msg = "results.coverage"
	mBecause         msg = "results.because"
	mSharedGaps      msg = "results.shared_gaps"
	mMissingGaps     msg = "results.missing_gaps"
	mAmplifying      msg = "results.amplifying"
	mRecords         msg = "results.records"
	mNoMatches       msg = "results.no_matches"
	mPartialTitle    msg = "results.partial_title"
	mFindOutTitle    msg = "results.find_out"
	mFindOutLead     msg = "results.find_out_lead"
	mNoFindOut       msg = "results.no_find_out"
	mToPlan          msg = "results.to_plan"
	mNothingYet      msg = "results.nothing_yet"
)

// Plan and report.
const (
	mPlanTitle     msg = "plan.title"
	mPlanLead      msg = "plan.lead"
	mProjected     msg = "plan.projected"
	mCurrent       msg = "plan.current"
	mPlannedCheck  msg = "plan.planned"
	mPlannedCount  msg = "plan.planned_count"
	mHorizonWeek   msg = "horizon.week"
	mHorizonMonth  msg = "horizon.month"
	mHorizonQuart  msg = "horizon.quarter"
	mRole          msg = "plan.role"
	mRoleOwner     msg = "role.owner"
	mRoleIT        msg = "role.it"
	mRoleVendor    msg = "role.vendor"
	mRoleStaff     msg = "role.staff"
	mCost          msg = "plan.cost"
	mCostFree      msg = "cost.free"
	mCostLow       msg = "cost.low"
	mCostMedium    msg = "cost.medium"
	mCostHigh      msg = "cost.high"
	mEffort        msg = "plan.effort"
	mEffortHours   msg = "plan.effort_hours"
	mEffortDays    msg = "plan.effort_days"
	mSteps         msg = "plan.steps"
	mDoneWhen      msg = "plan.done_when"
	mReferences    msg = "plan.references"
	mFixes         msg = "plan.fixes"
	mPrevents      msg = "plan.prevents"
	mNoPlan        msg = "plan.none"
	mPlanNoAnswers msg = "plan.no_answers"
	mOpenReport    msg = "plan.open_report"
	mDownloads     msg = "plan.downloads"
	mDownloadMD    msg = "plan.download_md"
	mDownloadCSV   msg = "plan.download_csv"
	mDownloadJSON  msg = "plan.download_json"
	mReportTitle   msg = "report.title"
	mReportDate    msg = "report.date"
	mReportLang    msg = "report.lang"
	mReportAnswers msg = "report.answered"
	mScoreCol      msg = "report.col_score"
	mNoCompany     msg = "report.no_company"
	mReportSummary msg = "report.summary"
	mReportNoMatch msg = "report.no_answers"
	mReportActions msg = "report.actions"
	mColNo         msg = "report.col_no"
	mColAction     msg = "report.col_action"
	mColWhen       msg = "report.col_when"
	mColRole       msg = "report.col_role"
	mPlannedMark   msg = "report.planned_mark"
	mColOwner      msg = "report.col_owner"
	mColDue        msg = "report.col_due"
	mColDone       msg = "report.col_done"
	mColQuestion   msg = "report.col_question"
	mColArea       msg = "report.col_area"
	mAppendix      msg = "report.appendix"
	mSources       msg = "report.sources"
	mStandards     msg = "report.standards"
	mStdISO        msg = "report.std_iso"
	mStdCSF        msg = "report.std_csf"
	mStdCIS        msg = "report.std_cis"
	mStdIPA        msg = "report.std_ipa"
	mPrint         msg = "report.print"
	mBackToPlan    msg = "report.back"
	mPrintHint     msg = "report.print_hint"
	mDisclaimer    msg = "report.disclaimer"
)

// ja is the Japanese catalogue.
var ja = map[msg]string{
	mAppName:       "Hiyari(ヒヤリ)",
	mAppTagline:    "セキュリティ自己診断",
	mSkip:          "本文へ移動",
	mNavLabel:      "メインメニュー",
	mNavHome:       "はじめに",
	mNavProfile:    "会社について",
	mNavQuestions:  "質問",
	mNavResults:    "結果",
	mNavPlan:       "対策計画",
	mNavReport:     "印刷用",
	mLangLabel:     "表示言語",
	mLangName:      "日本語",
	mUpdateReady:   "新しいバージョンを利用できます。回答は保存されています。",
	mUpdateReload:  "再読み込みして更新",
	mFooterPrivacy: "回答はこのブラウザの中だけに保存され、外部には送信されません。",
	mFooterNotice:  "この診断は回答にもとづく自己評価であり、監査や法的助言ではありません。",
	mSaveFailed:    "このブラウザに回答を保存できませんでした(保存容量の不足やプライベートモードの可能性があります)。回答ファイルを書き出して保管してください。",
	mStoredBroken:  "以前に保存された回答を読み込めませんでした。元のデータは消さずに別の場所へ保管し、新しく始めています。",
	mNoStorage:     "このブラウザはサイトのデータ保存を許可していないため、Hiyariはここに何も保存できません。回答はこのページを閉じるか再読み込みすると失われます。残すには回答ファイルを書き出してください。",

	mLandingTitle:      "実際に起きた事故から学ぶ、セキュリティ自己診断",
	mLandingWhat:       "Hiyariは、いくつかの質問への回答を国内で実際に起きた情報漏えいや不正利用の経緯と照らし合わせ、自社が同じ道をたどっていないかを示し、優先順位をつけた対策計画を印刷できる形で作ります。",
	mLandingPrivacy:    "回答はすべてこの端末のブラウザの中で処理・保存され、どこにも送信されません。",
	mLandingTime:       "所要時間の目安は15分です。途中でやめても、次に開いたときに続きから再開できます。",
	mStart:             "診断を始める",
	mResume:            "続きから再開する",
	mResumeProgress:    "%d / %d 問 回答済み",
	mDataTitle:         "回答ファイル",
	mDataLead:          "回答をファイルに書き出して保管したり、別の端末で読み込んだりできます。",
	mExport:            "回答ファイルを書き出す",
	mImportLabel:       "回答ファイルを読み込む",
	mImportHint:        "Hiyariで書き出したJSONファイルを選んでください。内容を確認してから使います。",
	mImportDone:        "回答ファイルを読み込みました。",
	mImportWarnings:    "このバージョンの設問集にない項目が %d 件ありました。ファイルには残りますが、採点には使われません。",
	mImportConfirm:     "読み込んだファイルで、いまの回答(%d 問分)を置き換えますか?残したい場合は、先に回答ファイルを書き出してください。",
	mImportReplace:     "置き換える",
	mCancel:            "キャンセル",
	mStartOver:         "最初からやり直す",
	mStartOverAsk:      "この端末に保存されている回答・メモ・計画をすべて消して、最初からやり直しますか?この操作は元に戻せません。",
	mStartOverYes:      "すべて消してやり直す",
	mStartOverDone:     "回答を消去しました。",
	mErrTooLarge:       "ファイルが大きすぎます(上限1MB)。Hiyariの回答ファイルではない可能性があります。",
	mErrSyntax:         "ファイルの形式が正しくありません(JSONとして読めないか、項目の形が違います)。",
	mErrSchema:         "Hiyariの回答ファイルではないか、対応していないバージョンです。",
	mErrInvalid:        "ファイルの中に、ルールに合わない値があります。",
	mErrMismatch:       "別の設問集で作られた回答ファイルです。",
	mErrRead:           "ファイルを読み込めませんでした。",
	mErrUnknown:        "ファイルを使えませんでした。",
	mImportNothingLost: "いまの回答は変更していません。",

	mProfileTitle:   "会社について",
	mProfileLead:    "会社の状況を教えてください。回答に合わせて、関係のある質問だけを表示します。",
	mCompanyLabel:   "会社名(任意)",
	mCompanyHint:    "印刷する計画書の表紙に載ります。この端末の外には送られません。",
	mToQuestions:    "質問へ進む",
	mQuestionsTitle: "質問",
	mProgress:       "全体: %d / %d 問 回答済み",
	mAreaProgress:   "%d / %d",
	mAreaAnswered:   "この分野: %d / %d 問 回答済み",
	mAreaStep:       "分野 %d / %d",
	mAreasLabel:     "分野",
	mHelp:           "説明を見る",
	mWhy:            "なぜ重要か",
	mWhyWeakness:    "この対策がないと「%s」という弱点になります。",
	mWhyIncidents:   "この弱点は、次の事故の原因の一つでした:",
	mWhyNoIncident:  "この対策は、各種のガイドラインが求める基本的な対策の一つです。",
	mNotes:          "メモ",
	mPrevArea:       "前の分野",
	mNextArea:       "次の分野",
	mToResults:      "結果を見る",
	mLiveScore:      "現在のスコア",
	mLiveMatches:    "一致した事故のパターン: %d 件",
	mNoAreas:        "この会社の状況では、質問する分野がありません。",
	mAnswerYes:      "はい",
	mAnswerPartly:   "一部",
	mAnswerNo:       "いいえ",
	mAnswerUnknown:  "わからない",
	mAnswerNA:       "該当しない",
	mUnanswered:     "未回答",

	mResultsTitle:    "結果",
	mResultsLead:     "回答を変えると、結果はすぐに変わります。",
	mOverall:         "総合スコア",
	mAreaScores:      "分野別スコア",
	mScoreText:       "100点中%.0f点",
	mNotScored:       "まだ採点できません(未回答)",
	mAllNA:           "採点の対象外(すべて「該当しない」と回答)",
	mMatchesTitle:    "実際の事故との一致",
	mMatchHeadline:   "あなたの回答は、%[1]s(%[2]s年)が起きたときの状況と一致します",
	mPartialHeadline: "あなたの回答は、%[1]s(%[2]s年)が起きたときの状況と一部が一致します",
	mCoverage:        "一致度: %d%%",
	mBecause:         "一致の理由となった回答",
	mSharedGaps:      "この事故と共通する弱点",
	mMissingGaps:     "この事故の弱点のうち、当てはまらないもの",
	mAmplifying:      "被害を大きくした弱点も当てはまります",
	mRecords:         "影響: %s",
	mNoMatches:       "いまの回答は、どの事故の経緯とも完全には一致していません。",
	mPartialTitle:    "一部が一致している事故",
	mFindOutTitle:    "確認が必要なこと",
	mFindOutLead:     "「わからない」と回答した質問です。担当者や委託先に確認してください。確認するまでは、対策がないものとして採点しています。",
	mNoFindOut:       "「わからない」と回答した質問はありません。",
	mToPlan:          "対策計画を見る",
	mNothingYet:      "まだ回答がありません。質問に答えると、ここに結果が表示されます。",

	mPlanTitle:     "対策計画",
	mPlanLead:      "少ない手間で大きくリスクを減らせるものから順に並べています。実施する予定の対策にチェックを入れると、実施後のスコアを確認できます。",
	mProjected:     "計画した対策の実施後",
	mCurrent:       "現在",
	mPlannedCheck:  "実施する予定",
	mPlannedCount:  "%d / %d 件の対策を予定しています",
	mHorizonWeek:   "今週中に",
	mHorizonMonth:  "30日以内に",
	mHorizonQuart:  "90日以内に",
	mRole:          "担当",
	mRoleOwner:     "経営者・責任者",
	mRoleIT:        "IT担当者",
	mRoleVendor:    "委託先",
	mRoleStaff:     "全従業員",
	mCost:          "費用",
	mCostFree:      "無料(社内の作業のみ)",
	mCostLow:       "低",
	mCostMedium:    "中",
	mCostHigh:      "高",
	mEffort:        "工数",
	mEffortHours:   "%s 時間",
	mEffortDays:    "%s 日",
	mSteps:         "手順",
	mDoneWhen:      "完了の目安",
	mReferences:    "参照規格",
	mFixes:         "対処する弱点",
	mPrevents:      "防げた事故",
	mNoPlan:        "いまの回答では、対策が必要なリスクは見つかっていません。",
	mPlanNoAnswers: "まだ回答がありません。質問に答えると、ここに対策の計画が表示されます。",
	mOpenReport:    "計画書を印刷する",
	mDownloads:     "ファイルで保存",
	mDownloadMD:    "Markdown",
	mDownloadCSV:   "CSV(表計算)",
	mDownloadJSON:  "JSON",
	mReportTitle:   "セキュリティ対策計画書",
	mReportDate:    "作成日",
	mReportLang:    "言語",
	mReportAnswers: "回答済みの質問",
	mScoreCol:      "スコア",
	mNoCompany:     "(会社名未入力)",
	mReportSummary: "実際の事故との一致(概要)",
	mReportNoMatch: "まだ質問に回答していないため、実際の事故との照合はできていません。",
	mReportActions: "対策一覧",
	mColNo:         "No.",
	mColAction:     "対策",
	mColWhen:       "期限の目安",
	mColRole:       "担当の目安",
	mPlannedMark:   "実施予定",
	mColOwner:      "担当者",
	mColDue:        "期日",
	mColDone:       "完了",
	mColQuestion:   "質問",
	mColArea:       "分野",
	mAppendix:      "付録: 事故の詳細と出典",
	mSources:       "出典",
	mStandards:     "対策一覧で参照している規格・ガイドライン",
	mStdISO:        "情報セキュリティマネジメントシステムの国際規格。「A.」で始まる番号は附属書Aの管理策です。",
	mStdCSF:        "米国国立標準技術研究所(NIST)のサイバーセキュリティフレームワーク 2.0。番号はサブカテゴリです。",
	mStdCIS:        "米国の非営利団体CIS(Center for Internet Security)がまとめた重要なセキュリティ対策(CIS Controls)第8版。番号はセーフガードです。",
	mStdIPA:        "独立行政法人情報処理推進機構(IPA)の中小企業向けのガイドラインと資料。項目の名前で示しています。",
	mPrint:         "印刷する",
	mBackToPlan:    "対策計画に戻る",
	mPrintHint:     "A4で印刷できます。担当者・期日・完了の欄は手書きで記入してください。",
	mDisclaimer:    "この計画書は回答にもとづく自己診断の結果であり、監査や法的助言ではありません。",
}

// en is the English catalogue.
var en = map[msg]string{
	mAppName:       "Hiyari",
	mAppTagline:    "Security self-assessment",
	mSkip:          "Skip to content",
	mNavLabel:      "Main menu",
	mNavHome:       "Start",
	mNavProfile:    "Your company",
	mNavQuestions:  "Questions",
	mNavResults:    "Results",
	mNavPlan:       "Plan",
	mNavReport:     "Print",
	mLangLabel:     "Language",
	mLangName:      "English",
	mUpdateReady:   "A new version of Hiyari is ready. Your answers are saved.",
	mUpdateReload:  "Reload to update",
	mFooterPrivacy: "Your answers are kept in this browser only and are never sent anywhere.",
	mFooterNotice:  "This is a self-assessment based on your answers, not an audit or legal advice.",
	mSaveFailed:    "Your answers could not be saved in this browser (it may be full or in private mode). Export your answers file to keep them.",
	mStoredBroken:  "Answers saved earlier could not be read. They were set aside, not deleted, and you are starting afresh.",
	mNoStorage:     "This browser does not let Hiyari keep anything (site data is blocked), so your answers are lost when you close or reload this page. Export your answers file to keep them.",

	mLandingTitle:      "A security check built on real incidents",
	mLandingWhat:       "Answer a short questionnaire and Hiyari compares your answers with how real data breaches and fraud cases in Japan happened, shows where your company is on the same path, and prints a prioritised plan to fix it.",
	mLandingPrivacy:    "Everything stays on this device: your answers are processed and saved in this browser and never sent anywhere.",
	mLandingTime:       "It takes about 15 minutes. You can stop at any time and carry on where you left off.",
	mStart:             "Start the assessment",
	mResume:            "Carry on where you left off",
	mResumeProgress:    "%d of %d questions answered",
	mDataTitle:         "Your answers file",
	mDataLead:          "Save your answers to a file to keep them, or open them on another device.",
	mExport:            "Export answers file",
	mImportLabel:       "Import an answers file",
	mImportHint:        "Choose a JSON file exported from Hiyari. It is checked before it is used.",
	mImportDone:        "The answers file was imported.",
	mImportWarnings:    "%d entries are not in this version of the question bank. They stay in the file but do not count.",
	mImportConfirm:     "Replace your current answers (%d questions) with the imported file? Export them first if you want to keep them.",
	mImportReplace:     "Replace",
	mCancel:            "Cancel",
	mStartOver:         "Start over",
	mStartOverAsk:      "Delete every answer, note and planned action saved on this device and start again? This cannot be undone.",
	mStartOverYes:      "Delete everything and start over",
	mStartOverDone:     "Your answers were deleted.",
	mErrTooLarge:       "The file is too large (the limit is 1 MB). It is probably not a Hiyari answers file.",
	mErrSyntax:         "The file is damaged: it is not JSON, or its fields have the wrong shape.",
	mErrSchema:         "This is not a Hiyari answers file, or it comes from a version Hiyari cannot read.",
	mErrInvalid:        "The file holds values that break the rules of an answers file.",
	mErrMismatch:       "The file was made with a different question bank.",
	mErrRead:           "The file could not be read.",
	mErrUnknown:        "The file could not be used.",
	mImportNothingLost: "Your current answers have not been changed.",

	mProfileTitle:   "Your company",
	mProfileLead:    "Tell us about your company. Hiyari then asks only the questions that apply to you.",
	mCompanyLabel:   "Company name (optional)",
	mCompanyHint:    "Printed on the cover of the plan. It never leaves this device.",
	mToQuestions:    "Go to the questions",
	mQuestionsTitle: "Questions",
	mProgress:       "Overall: %d of %d answered",
	mAreaProgress:   "%d of %d",
	mAreaAnswered:   "This area: %d of %d answered",
	mAreaStep:       "Area %d of %d",
	mAreasLabel:     "Areas",
	mHelp:           "What this means",
	mWhy:            "Why this matters",
	mWhyWeakness:    "Without this, you have a known weakness: %s.",
	mWhyIncidents:   "This weakness was part of how these incidents happened:",
	mWhyNoIncident:  "This is one of the basic controls the security guidelines ask for.",
	mNotes:          "Notes",
	mPrevArea:       "Previous area",
	mNextArea:       "Next area",
	mToResults:      "See the results",
	mLiveScore:      "Score so far",
	mLiveMatches:    "Incident patterns matched: %d",
	mNoAreas:        "Given your company profile, there are no areas to ask about.",
	mAnswerYes:      "Yes",
	mAnswerPartly:   "Partly",
	mAnswerNo:       "No",
	mAnswerUnknown:  "Don't know",
	mAnswerNA:       "Not applicable",
	mUnanswered:     "Not answered",

	mResultsTitle:    "Results",
	mResultsLead:     "The results change as soon as you change an answer.",
	mOverall:         "Overall score",
	mAreaScores:      "Scores by area",
	mScoreText:       "%.0f out of 100",
	mNotScored:       "not scored yet (no answers)",
	mAllNA:           "not scored (every answer is “not applicable”)",
	mMatchesTitle:    "Matches with real incidents",
	mMatchHeadline:   "Your answers match how the %[1]s happened in %[2]s",
	mPartialHeadline: "Your answers partly match how the %[1]s happened in %[2]s",
	mCoverage:        "Match: %d%%",
	mBecause:         "The answers behind this match",
	mSharedGaps:      "Weaknesses you share with this incident",
	mMissingGaps:     "Weaknesses of this incident you do not have",
	mAmplifying:      "Weaknesses that made it worse apply to you too",
	mRecords:         "Impact: %s",
	mNoMatches:       "Your answers do not fully match how any documented incident happened.",
	mPartialTitle:    "Partial matches",
	mFindOutTitle:    "Find out",
	mFindOutLead:     "You answered “don't know” to these. Ask the person or vendor who knows. Until then they count as gaps.",
	mNoFindOut:       "No question was answered “don't know”.",
	mToPlan:          "See the plan",
	mNothingYet:      "No answers yet. Answer the questions and the results appear here.",

	mPlanTitle:     "Plan",
	mPlanLead:      "Actions are ordered so that the ones removing most risk for least effort come first. Tick the actions you plan to do to see your score once they are done.",
	mProjected:     "Once the planned actions are done",
	mCurrent:       "Now",
	mPlannedCheck:  "I plan to do this",
	mPlannedCount:  "%d of %d actions planned",
	mHorizonWeek:   "This week",
	mHorizonMonth:  "Within 30 days",
	mHorizonQuart:  "Within 90 days",
	mRole:          "Who",
	mRoleOwner:     "Owner or manager",
	mRoleIT:        "IT staff",
	mRoleVendor:    "Vendor",
	mRoleStaff:     "All staff",
	mCost:          "Cost",
	mCostFree:      "Free (staff time only)",
	mCostLow:       "Low",
	mCostMedium:    "Medium",
	mCostHigh:      "High",
	mEffort:        "Effort",
	mEffortHours:   "%s hours",
	mEffortDays:    "%s days",
	mSteps:         "Steps",
	mDoneWhen:      "Done when",
	mReferences:    "Standards",
	mFixes:         "Weaknesses fixed",
	mPrevents:      "Would have prevented",
	mNoPlan:        "Your answers show no risk that needs an action.",
	mPlanNoAnswers: "No answers yet. Answer the questions and your plan appears here.",
	mOpenReport:    "Print the plan",
	mDownloads:     "Save as a file",
	mDownloadMD:    "Markdown",
	mDownloadCSV:   "CSV (spreadsheet)",
	mDownloadJSON:  "JSON",
	mReportTitle:   "Security action plan",
	mReportDate:    "Date",
	mReportLang:    "Language",
	mReportAnswers: "Questions answered",
	mScoreCol:      "Score",
	mNoCompany:     "(no company name)",
	mReportSummary: "Matches with real incidents (summary)",
	mReportNoMatch: "No question has been answered yet, so nothing has been compared with the incidents.",
	mReportActions: "Actions",
	mColNo:         "No.",
	mColAction:     "Action",
	mColWhen:       "When",
	mColRole:       "Suggested role",
	mPlannedMark:   "planned",
	mColOwner:      "Owner",
	mColDue:        "Due",
	mColDone:       "Done",
	mColQuestion:   "Question",
	mColArea:       "Area",
	mAppendix:      "Appendix: the incidents and their sources",
	mSources:       "Sources",
	mStandards:     "The standards and guidelines the actions refer to",
	mStdISO:        "The international standard for information security management systems. Numbers starting with “A.” are its Annex A controls.",
	mStdCSF:        "The Cybersecurity Framework 2.0 of the US National Institute of Standards and Technology (NIST). The ids are its subcategories.",
	mStdCIS:        "The Critical Security Controls, version 8, of the Center for Internet Security (CIS), a US non-profit. The numbers are its safeguards.",
	mStdIPA:        "Guidelines and materials for small and medium-sized businesses from Japan's Information-technology Promotion Agency (IPA), cited by item name.",
	mPrint:         "Print",
	mBackToPlan:    "Back to the plan",
	mPrintHint:     "Prints on A4. Fill in the owner, due and done columns by hand.",
	mDisclaimer:    "This plan is the result of a self-assessment based on your answers, not an audit or legal advice.",
}

var catalogues = map[assessment.Lang]map[msg]string{assessment.JA: ja, assessment.EN: en}

// tr returns the wording of m in lang, formatted with args when there are
// any. An unknown language falls back to English; a missing key shows as
// itself (the catalogue test keeps that from shipping).
func tr(lang assessment.Lang, m msg, args ...any) string {
	cat, ok := catalogues[lang]
	if !ok {
		cat = en
	}
	s, ok := cat[m]
	if !ok {
		s = string(m)
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// answerMsg, roleMsg, costMsg and horizonMsg name domain values.
var (
	answerMsg = map[string]msg{
		assessment.Yes: mAnswerYes, assessment.Partly: mAnswerPartly, assessment.No: mAnswerNo,
		assessment.Unknown: mAnswerUnknown, assessment.NA: mAnswerNA, "": mUnanswered,
	}
	roleMsg = map[string]msg{
		assessment.RoleOwner: mRoleOwner, assessment.RoleIT: mRoleIT,
		assessment.RoleVendor: mRoleVendor, assessment.RoleStaff: mRoleStaff,
	}
	costMsg = map[string]msg{
		assessment.CostFree: mCostFree, assessment.CostLow: mCostLow,
		assessment.CostMedium: mCostMedium, assessment.CostHigh: mCostHigh,
	}
	horizonMsg = map[assessment.Horizon]msg{
		assessment.Week: mHorizonWeek, assessment.Month: mHorizonMonth, assessment.Quarter: mHorizonQuart,
	}
	errMsg = map[assessment.Kind]msg{
		assessment.KindTooLarge: mErrTooLarge, assessment.KindSyntax: mErrSyntax,
		assessment.KindSchema: mErrSchema, assessment.KindInvalid: mErrInvalid,
		assessment.KindMismatch: mErrMismatch,
	}
)

// lookup returns the message for a domain value, or the value itself when
// the catalogue does not know it (a newer bank may add roles or costs).
func lookup[K comparable](lang assessment.Lang, table map[K]msg, k K) string {
	if m, ok := table[k]; ok {
		return tr(lang, m)
	}
	return fmt.Sprint(k)
}
