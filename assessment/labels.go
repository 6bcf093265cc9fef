package assessment

import (
	"fmt"
	"strconv"
)

// labels holds the wording reports use around bank content. The UI has its
// own catalogue; these are shared so that the printed plan, the CLI and the
// files say the same thing.
var labels = map[string]Text{
	"title":          {JA: "Hiyari セキュリティ自己診断", EN: "Hiyari security self-assessment"},
	"company":        {JA: "会社名", EN: "Company"},
	"unnamed":        {JA: "(会社名未入力)", EN: "(no company name)"},
	"bank":           {JA: "設問集", EN: "Question bank"},
	"progress":       {JA: "回答済み", EN: "Answered"},
	"overall":        {JA: "総合スコア", EN: "Overall score"},
	"projected":      {JA: "計画した対策の実施後", EN: "Once planned actions are done"},
	"not_scored":     {JA: "未回答", EN: "not answered yet"},
	"areas":          {JA: "分野別スコア", EN: "Scores by area"},
	"area":           {JA: "分野", EN: "Area"},
	"score":          {JA: "スコア", EN: "Score"},
	"answered":       {JA: "回答数", EN: "Answered"},
	"incidents":      {JA: "回答が一致した事故のパターン", EN: "Incident patterns your answers match"},
	"no_incidents":   {JA: "回答が完全に一致した事故のパターンはありません。", EN: "Your answers fully match no documented incident pattern."},
	"complete_match": {JA: "あなたの回答は、この事故が起きたときの状況と一致します。", EN: "Your answers match how this incident happened."},
	"partial_match":  {JA: "部分的に一致", EN: "Partial match"},
	"coverage":       {JA: "一致度", EN: "Match"},
	"because":        {JA: "該当する回答", EN: "Answers behind this"},
	"find_out":       {JA: "確認が必要な事項(「わからない」と回答)", EN: "Find out (answered “don't know”)"},
	"no_find_out":    {JA: "「わからない」と回答した質問はありません。", EN: "No question was answered “don't know”."},
	"plan":           {JA: "対策計画", EN: "Remediation plan"},
	"no_plan":        {JA: "対策が必要なリスクは見つかりませんでした。", EN: "No risk found that needs an action."},
	"rank":           {JA: "順位", EN: "#"},
	"action":         {JA: "対策", EN: "Action"},
	"role":           {JA: "担当", EN: "Who"},
	"effort":         {JA: "工数", EN: "Effort"},
	"cost":           {JA: "費用", EN: "Cost"},
	"prevents":       {JA: "防げた事故", EN: "Would have prevented"},
	"references":     {JA: "参照規格", EN: "References"},
	"done_when":      {JA: "完了の目安", EN: "Done when"},
	"steps":          {JA: "手順", EN: "Steps"},
	"planned":        {JA: "計画済み", EN: "Planned"},
	"horizon":        {JA: "期限", EN: "When"},
	"risk_removed":   {JA: "低減するリスク", EN: "Risk removed"},
	"fixes":          {JA: "対処する弱点", EN: "Weaknesses fixed"},
	"sources":        {JA: "出典", EN: "Sources"},
	"question":       {JA: "質問", EN: "Question"},
	"answer":         {JA: "回答", EN: "Answer"},
	"notes":          {JA: "メモ", EN: "Notes"},
	"records":        {JA: "影響件数", EN: "Records affected"},
	"unverified":     {JA: "未確認の事項", EN: "Not verified"},
	"disclaimer": {JA: "この結果は回答に基づく自己診断であり、監査や法的助言ではありません。",
		EN: "This is a self-assessment based on your answers, not an audit or legal advice."},

	"horizon.week":    {JA: "今週中", EN: "This week"},
	"horizon.month":   {JA: "30日以内", EN: "Within 30 days"},
	"horizon.quarter": {JA: "90日以内", EN: "Within 90 days"},

	"role.owner":  {JA: "経営者", EN: "Owner or manager"},
	"role.it":     {JA: "IT担当者", EN: "IT staff"},
	"role.vendor": {JA: "委託先", EN: "Vendor"},
	"role.staff":  {JA: "全従業員", EN: "All staff"},

	"cost.free":   {JA: "無料(社内の作業のみ)", EN: "Free (staff time only)"},
	"cost.low":    {JA: "低(年10万円未満)", EN: "Low (under ¥100k a year)"},
	"cost.medium": {JA: "中(10万〜100万円)", EN: "Medium (¥100k to ¥1M)"},
	"cost.high":   {JA: "高(100万円超)", EN: "High (over ¥1M)"},

	"answer.yes":     {JA: "はい", EN: "Yes"},
	"answer.partly":  {JA: "一部", EN: "Partly"},
	"answer.no":      {JA: "いいえ", EN: "No"},
	"answer.unknown": {JA: "わからない", EN: "Don't know"},
	"answer.na":      {JA: "該当しない", EN: "Not applicable"},
	"answer.":        {JA: "未回答", EN: "Not answered"},
}

// Label returns the report wording for key in lang; an unknown key comes
// back as itself so a missing label shows instead of vanishing.
func Label(key string, lang Lang) string {
	if t, ok := labels[key]; ok {
		return t.In(lang)
	}
	return key
}

// AnswerLabel names a control answer ("yes", "no", ...) in lang.
func AnswerLabel(answer string, lang Lang) string { return Label("answer."+answer, lang) }

// RoleLabel names an action's role in lang.
func RoleLabel(role string, lang Lang) string { return Label("role."+role, lang) }

// CostLabel names a cost class in lang.
func CostLabel(cost string, lang Lang) string { return Label("cost."+cost, lang) }

// HorizonLabel names a plan horizon in lang.
func HorizonLabel(h Horizon, lang Lang) string { return Label("horizon."+string(h), lang) }

// FormatEffort writes an effort range for people: hours up to two working
// days, working days (8 hours) beyond.
func FormatEffort(e Effort, lang Lang) string {
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	rng := func(lo, hi float64) string {
		if lo == hi {
			return num(lo)
		}
		if lang == JA {
			return num(lo) + "〜" + num(hi)
		}
		return num(lo) + "–" + num(hi)
	}
	if e.MaxHours <= 16 {
		if lang == JA {
			return rng(e.MinHours, e.MaxHours) + "時間"
		}
		return rng(e.MinHours, e.MaxHours) + " h"
	}
	day := func(h float64) float64 { return float64(int(h/8*2+0.5)) / 2 }
	lo, hi := max(day(e.MinHours), 0.5), day(e.MaxHours)
	if lang == JA {
		return rng(lo, hi) + "日"
	}
	return rng(lo, hi) + " days"
}

// FormatScore writes a score for people, or the "not answered" label.
func FormatScore(s Score, lang Lang) string {
	if !s.Scored {
		return Label("not_scored", lang)
	}
	return fmt.Sprintf("%.0f / 100", s.Value)
}
