package words

// The method page: how the score, its band, the critical gaps, the match
// states and the plan are made, in words a consultant can defend. Figures
// come from the bank in use, so the page stays true for a custom bank.
var (
	PageMethod = Msg{ja: "採点のしくみ", en: "How Hiyari rates"}
	MethodLink = Msg{ja: "この評価のしくみ", en: "How this is rated"}
	MethodLead = Msg{ja: "Hiyariの数字はすべて、回答内容から計算できます。ここでは、その計算方法を説明します。", en: "Every figure Hiyari shows can be worked out from your answers. This page says how."}

	MethodScoreTitle = Msg{ja: "スコア", en: "The score"}
	MethodScore      = Msg{ja: "回答した質問ごとに、起きやすさ（1〜5）×被害の大きさ（1〜5。情報の漏えいにつながる弱点は扱う個人情報の量と種類で、業務が止まる弱点はPCが使えなくなったときの影響で増減）×実際の事故の件数による重み（上限あり）、で重みを付けます。同じ弱点を複数の質問で尋ねている場合は、その重みを質問の数で分けます。「はい」は穴なし、「一部」は半分、「いいえ」と「わからない」は穴ありとして数え、100点から穴の分を引きます。「該当しない」は計算から外します。", en: "Each answered question is weighted by how likely its gap is to be used (1–5), how much harm it does (1–5: for gaps that leak data, moved by how much and how sensitive the personal data you hold is; for gaps that stop work, by whether you could work a week without computers) and how many documented incidents it caused (up to a limit); questions about the same weakness share its weight. “Yes” counts as no gap, “partly” as half a gap, “no” and “don't know” as a whole gap; the score is 100 minus the share of weight in gaps. “Not applicable” is left out."}
	MethodUnknown    = Msg{ja: "「わからない」を「いいえ」と同じに数えるのは、誰も確かめていない対策は守りにならないからです（IPAの自社診断も「わからない」を「実施していない」より低く採点します）。確認率は、スコアのうち「わからない」以外の回答にもとづく割合です。", en: "“Don't know” counts as much as “no” because a control nobody has checked protects nothing (IPA's self-check scores it below “not done”). The known share is how much of the score rests on answers other than “don't know”."}

	MethodBandsTitle = Msg{ja: "評価", en: "The rating"}
	MethodBands      = Msg{ja: "スコアは次の評価に分けます。", en: "The score falls into one of these ratings."}
	// MethodBandRange is one band: its name, its lowest score.
	MethodBandRange   = Msg{ja: "%[1]s：%[2].0f点以上", en: "%[1]s: %[2].0f and above"}
	MethodBandWhy     = Msg{ja: "区切りは、重みの2割までが穴なら「良好」、4割までなら「おおむね良好」、6割までなら「弱い」としています。重大な穴が1つでもあれば、平均が高くても評価は「%s」以下になります。", en: "The cut-offs say how much of the weighted controls is missing: up to a fifth is good, up to two fifths fair, up to three fifths weak. One critical gap keeps the rating at “%s” or below, however high the average."}
	MethodProvisional = Msg{ja: "該当する質問の%d%%以上に回答し、%d%%以上に「該当しない」以外で回答するまでは、スコアは暫定で、評価は出しません。1問だけ「はい」と答えて100点、ということは起きません。", en: "Until at least %d%% of the questions that apply are answered, and %d%% with something other than “not applicable”, the score is provisional and gets no rating: one “yes” cannot make 100."}

	MethodCritical = Msg{ja: "次の質問は、それだけで実際の事故の原因になった対策です。「いいえ」または「わからない」のときは、スコアの上に表示し、評価を抑え、計画の最初に対策を置きます。", en: "These questions ask about controls whose absence alone has caused real incidents. Answered “no” or “don't know”, they are listed above the score, hold the rating down and their fixes open the plan."}

	MethodMatch            = Msg{ja: "会社の状況に当てはまりうる事故だけを表示します（例：決済サービスがなければ決済の事故は出しません）。", en: "Only incidents that can apply to your company are shown (no payment service: no payment incidents)."}
	MethodStateMatch       = Msg{ja: "事故の原因となった弱点が2つ以上あり、そのすべてに「いいえ」と答えた場合。", en: "The incident had two or more causes and you answered “no” for each of them."}
	MethodStateUnconfirmed = Msg{ja: "「いいえ」以外は「わからない」で、同じ状況でないと言い切れない場合。確認すれば、一致か否かがわかります。", en: "Every cause is either a “no” or a “don't know”: finding out settles it."}
	MethodStateExample     = Msg{ja: "原因が1つだけの事故で、その弱点が当てはまる場合。「一致」とは言わず、その穴が何につながるかの例として示します。", en: "The incident had a single cause and your answers show it: told as an example of what the gap leads to, not as a match."}
	MethodStatePartial     = Msg{ja: "原因の一部が当てはまる場合（「一部」の回答を含む）。一致度は、被害の大きさで重み付けした割合です。", en: "Some of the causes apply, or apply in part (“partly”); the match figure is their share weighted by harm."}

	MethodPlanTitle = Msg{ja: "対策計画", en: "The plan"}
	MethodPlan      = Msg{ja: "最初に重大な穴（「いいえ」）を塞ぐ対策、次に「わからない」を確かめる作業、次に一致した事故の原因、そのあと手間あたりのスコアの改善が大きい順に並べます。対策は、まだ「はい」でない質問の分だけ評価されるので、すでにできている対策は出てきません。", en: "First the fixes of critical gaps answered “no”, then finding out the “don't know” answers, then the causes of matched incidents, then the rest by score gained per effort. An action counts only for the questions it closes that are not yet “yes”, so a control already in place is never proposed."}
	MethodCapacity  = Msg{ja: "各対策は、手間・費用・相手方の対応期間が許すいちばん早い時期に、担当する人の時間の範囲で入れます。経営者は最初の週に1日、その月に3日です。IT担当を経営者が兼ねる場合は、その時間に収めます。今週の対策は最大5件です。", en: "Each action goes to the earliest period its effort, cost and the other party's lead time allow, within the time of the person who does it: the owner has a day in the first week and three more that month; when the owner looks after IT, the IT work fits in that time. This week holds at most five items."}
)
