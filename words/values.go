package words

import (
	"fmt"
	"strconv"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
)

// One name per domain value, used by the screens, the print, the files and
// the command line alike. A value the table does not know (a newer bank may
// add a role or a cost class) comes back as itself.

var (
	AnswerYes     = Msg{ja: "はい", en: "Yes"}
	AnswerPartly  = Msg{ja: "一部", en: "Partly"}
	AnswerNo      = Msg{ja: "いいえ", en: "No"}
	AnswerUnknown = Msg{ja: "わからない", en: "Don't know"}
	AnswerNA      = Msg{ja: "該当しない", en: "Not applicable"}
	Unanswered    = Msg{ja: "未回答", en: "Not answered"}

	RoleOwner  = Msg{ja: "経営者・責任者", en: "Owner or manager"}
	RoleIT     = Msg{ja: "IT担当者", en: "IT staff"}
	RoleVendor = Msg{ja: "委託先", en: "Vendor"}
	RoleStaff  = Msg{ja: "全従業員", en: "All staff"}

	CostFree   = Msg{ja: "無料（社内の作業のみ）", en: "Free (staff time only)"}
	CostLow    = Msg{ja: "低（年10万円未満）", en: "Low (under ¥100k a year)"}
	CostMedium = Msg{ja: "中（10万〜100万円）", en: "Medium (¥100k to ¥1M)"}
	CostHigh   = Msg{ja: "高（100万円超）", en: "High (over ¥1M)"}

	HorizonWeek    = Msg{ja: "今週中", en: "This week"}
	HorizonMonth   = Msg{ja: "30日以内", en: "Within 30 days"}
	HorizonQuarter = Msg{ja: "90日以内", en: "Within 90 days"}
	HorizonLater   = Msg{ja: "90日より後", en: "After the first 90 days"}

	effortRange = Msg{ja: "%s〜%s", en: "%s–%s"}
	effortHours = Plural{ja: "%s時間", one: "%s hour", other: "%s hours"}
	effortDays  = Plural{ja: "%s日", one: "%s day", other: "%s days"}

	// ScoreText is a score in a sentence; ScoreFigure in a table cell.
	ScoreText   = Msg{ja: "100点中%.0f点", en: "%.0f out of 100"}
	ScoreFigure = Msg{ja: "%.0f / 100", en: "%.0f / 100", neutral: true}
	NotScored   = Msg{ja: "まだ採点できません（未回答）", en: "not scored yet (no answers)"}
	AllNA       = Msg{ja: "採点の対象外（すべて「該当しない」と回答）", en: "not scored (every answer is “not applicable”)"}

	ErrTooLarge   = Msg{ja: "ファイルが大きすぎます（上限1MB）。Hiyariの回答ファイルではない可能性があります。", en: "The file is too large (the limit is 1 MB). It is probably not a Hiyari answers file."}
	ErrSyntax     = Msg{ja: "ファイルの形式が正しくありません（JSONとして読めないか、項目の形が違います）。", en: "The file is damaged: it is not JSON, or its fields have the wrong shape."}
	ErrSchema     = Msg{ja: "Hiyariの回答ファイルではないか、対応していないバージョンです。", en: "This is not a Hiyari answers file, or it comes from a version Hiyari cannot read."}
	ErrNewer      = Msg{ja: "このファイルは、新しいバージョンのHiyariで作られています。Hiyariを最新版にしてから（アプリならページを再読み込みして）もう一度開いてください。", en: "This file was made by a newer version of Hiyari. Update Hiyari (in the app, reload the page) and open it again."}
	ErrEncoding   = Msg{ja: "ファイルがUTF-16（メモ帳の「Unicode」）で保存されています。文字コードをUTF-8にして保存し直してから、もう一度開いてください。", en: "The file is saved as UTF-16 (Notepad's “Unicode”). Save it again as UTF-8 and open it again."}
	ErrPassphrase = Msg{ja: "パスフレーズが違うか、保護されたファイルが書き換えられています。", en: "The passphrase is wrong, or the protected file was changed."}
	ErrInvalid    = Msg{ja: "ファイルの中に、ルールに合わない値があります。", en: "The file holds values that break the rules of an answers file."}
	ErrMismatch   = Msg{ja: "別の設問集で作られた回答ファイルです。", en: "The file was made with a different question bank."}
	ErrRead       = Msg{ja: "ファイルを読み込めませんでした。", en: "The file could not be read."}
	ErrUnknown    = Msg{ja: "ファイルを使えませんでした。", en: "The file could not be used."}
)

var (
	answers = map[string]Msg{
		assessment.Yes: AnswerYes, assessment.Partly: AnswerPartly, assessment.No: AnswerNo,
		assessment.Unknown: AnswerUnknown, assessment.NA: AnswerNA, "": Unanswered,
	}
	roles = map[string]Msg{
		assessment.RoleOwner: RoleOwner, assessment.RoleIT: RoleIT,
		assessment.RoleVendor: RoleVendor, assessment.RoleStaff: RoleStaff,
	}
	costs = map[string]Msg{
		assessment.CostFree: CostFree, assessment.CostLow: CostLow,
		assessment.CostMedium: CostMedium, assessment.CostHigh: CostHigh,
	}
	horizons = map[assessment.Horizon]Msg{
		assessment.Week: HorizonWeek, assessment.Month: HorizonMonth, assessment.Quarter: HorizonQuarter,
		assessment.Later: HorizonLater,
	}
	kinds = map[assessment.Kind]Msg{
		assessment.KindTooLarge: ErrTooLarge, assessment.KindSyntax: ErrSyntax,
		assessment.KindSchema: ErrSchema, assessment.KindInvalid: ErrInvalid,
		assessment.KindMismatch: ErrMismatch, assessment.KindNewer: ErrNewer,
		assessment.KindEncoding: ErrEncoding, assessment.KindPassphrase: ErrPassphrase,
	}
)

func lookup[K comparable](table map[K]Msg, lang assessment.Lang, k K) string {
	if m, ok := table[k]; ok {
		return m.In(lang)
	}
	return fmt.Sprint(k)
}

// Answer names a control answer ("yes", "no", ...; "" is unanswered).
func Answer(lang assessment.Lang, answer string) string { return lookup(answers, lang, answer) }

// Role names the role that carries out an action.
func Role(lang assessment.Lang, role string) string { return lookup(roles, lang, role) }

// Cost names a cost class with what it means in money.
func Cost(lang assessment.Lang, cost string) string { return lookup(costs, lang, cost) }

// Horizon names when a plan's action is due.
func Horizon(lang assessment.Lang, h assessment.Horizon) string { return lookup(horizons, lang, h) }

// ErrorKind says, for a person, why a file could not be used. It returns
// the message rather than its text because a page keeps the reason and
// shows it in whatever language is chosen later.
func ErrorKind(k assessment.Kind) Msg {
	if m, ok := kinds[k]; ok {
		return m
	}
	return ErrUnknown
}

// Effort writes an effort estimate: hours up to two working days, working
// days (of 8 hours) beyond, rounded to half days.
func Effort(lang assessment.Lang, e assessment.Effort) string {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	in := func(unit Plural, lo, hi float64) string {
		n := num(hi)
		if lo != hi {
			n = effortRange.In(lang, num(lo), num(hi))
		}
		one := 2
		if hi == 1 {
			one = 1
		}
		return unit.In(lang, one, n)
	}
	if e.MaxHours <= 16 {
		return in(effortHours, e.MinHours, e.MaxHours)
	}
	day := func(h float64) float64 { return float64(int(h/8*2+0.5)) / 2 }
	return in(effortDays, max(day(e.MinHours), 0.5), day(e.MaxHours))
}

// Hours writes a single estimate of hours (the find-out task's) the way
// Effort writes a range.
func Hours(lang assessment.Lang, h float64) string {
	return Effort(lang, assessment.Effort{MinHours: h, MaxHours: h})
}

// Score writes a 0..100 score in a sentence, or says why there is none:
// nothing behind it answered yet, or only "not applicable" (answered counts
// the answers behind it).
func Score(lang assessment.Lang, s assessment.Score, answered int) string {
	switch {
	case s.Scored:
		return ScoreText.In(lang, s.Value)
	case answered > 0:
		return AllNA.In(lang)
	}
	return NotScored.In(lang)
}

// ScoreCell writes a score for a table: "53 / 100", or why there is none.
func ScoreCell(lang assessment.Lang, s assessment.Score, answered int) string {
	switch {
	case s.Scored:
		return ScoreFigure.In(lang, s.Value)
	case answered > 0:
		return AllNA.In(lang)
	}
	return Unanswered.In(lang)
}

// ShortDate writes a day for a narrow table cell: 2027年1月3日, 3 Jan 2027.
func ShortDate(lang assessment.Lang, t time.Time) string {
	if lang == assessment.JA {
		return Date(lang, t)
	}
	return t.Format("2 Jan 2006")
}

// Date writes a day the way each language does: 2026年11月23日, 23 November
// 2026.
func Date(lang assessment.Lang, t time.Time) string {
	if lang == assessment.JA {
		return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
	}
	return t.Format("2 January 2006")
}
