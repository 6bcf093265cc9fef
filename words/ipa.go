package words

import (
	"fmt"

	"github.com/hiyari-app/hiyari/assessment"
)

// IPA's five-minute self-check and SECURITY ACTION, as computed from the
// same answers (assessment/ipa.go). The screen, the print and the files
// word them alike.
var (
	IPATitle   = Msg{ja: "IPA「5分でできる！情報セキュリティ自社診断」互換の点数", en: "IPA five-minute self-check (compatible score)"}
	IPALead    = Msg{ja: "IPAの診断シートと同じ採点（実施している4点・一部実施2点・実施していない0点・わからない−1点、100点満点）を、この回答から計算しています。Hiyariのスコアはこれとは別に、事故につながりやすさで重み付けしています。", en: "The same scoring as IPA's sheet (done 4, partly 2, not done 0, don't know −1; 100 at most), computed from these answers. Hiyari's own score is separate: it weights each gap by how often it leads to incidents."}
	IPAPoints  = Msg{ja: "%d点（100点満点）", en: "%d out of 100"}
	IPAPartial = Msg{ja: "%d / 25項目に回答済み（暫定%d点）", en: "%d of 25 items answered (%d so far)"}

	IPAFull    = Msg{ja: "入門レベルの対策はすべて実施済みです。", en: "Every introductory measure is in place."}
	IPAMostly  = Msg{ja: "おおむね実施できていますが、不十分な項目があります。", en: "Mostly in place; some items fall short."}
	IPAPatchy  = Msg{ja: "対策が行き届いていない項目が目立ちます。", en: "Many items are not yet in place."}
	IPADanger  = Msg{ja: "いつ情報漏えいなどの事故が起きてもおかしくない状態です。", en: "An incident such as a data leak could happen at any time."}
	IPAPending = Msg{ja: "未回答の項目があるため、合計点はまだ出ません。", en: "Some items are not answered yet, so there is no total."}

	SATitle = Msg{ja: "SECURITY ACTION（自己宣言）への準備", en: "SECURITY ACTION (self-declaration) readiness"}
	SAStars = Msg{ja: "宣言できる段階：%s", en: "Ready to declare: %s"}
	SANone  = Msg{ja: "まだ宣言の条件を満たしていません", en: "not yet"}
	SAOne   = Msg{ja: "★", en: "★", neutral: true}
	SATwo   = Msg{ja: "★★", en: "★★", neutral: true}
	// SAMissingOne lists the items of 情報セキュリティ5か条 not yet done.
	SAMissingOne = Msg{ja: "一つ星（★）には、情報セキュリティ5か条（自社診断の項目%s）の実施が必要です。", en: "One star (★) needs the five basics in place (self-check items %s)."}
	SAMissingTwo = Msg{ja: "二つ星（★★）には、自社診断の全25項目に「わからない」なしで回答すること（未了：項目%s）が必要です。", en: "Two stars (★★) need all 25 self-check items answered without “don't know” (still open: items %s)."}
	SANoPolicy   = Msg{ja: "二つ星（★★）には、情報セキュリティ基本方針を文書にして社外に公開することも必要です。", en: "Two stars (★★) also need a written basic security policy, published outside the firm."}
	SAHowTo      = Msg{ja: "宣言はIPAのSECURITY ACTIONのサイトから自社で行います。新しい宣言の仕組みではGビズIDでログインします。SECURITY ACTIONは自己宣言であり、認証ではありません。", en: "You declare it yourself on IPA's SECURITY ACTION site; the new declaration system signs in with a gBizID account. SECURITY ACTION is a self-declaration, not a certification."}
)

var ipaBands = map[string]Msg{
	assessment.IPAFull: IPAFull, assessment.IPAMostly: IPAMostly, assessment.IPAPatchy: IPAPatchy,
	assessment.IPADanger: IPADanger, assessment.IPAPending: IPAPending,
}

// IPABand says what IPA's sheet says of a total.
func IPABand(lang assessment.Lang, band string) string { return lookup(ipaBands, lang, band) }

// IPAScore writes the total, or how far the sheet is answered.
func IPAScore(lang assessment.Lang, s assessment.IPAScore) string {
	if s.Band == assessment.IPAPending {
		return IPAPartial.In(lang, s.Answered, s.Points)
	}
	return IPAPoints.In(lang, s.Points)
}

// Stars writes a SECURITY ACTION level.
func Stars(lang assessment.Lang, stars int) string {
	switch stars {
	case 1:
		return SAStars.In(lang, SAOne.In(lang))
	case 2:
		return SAStars.In(lang, SATwo.In(lang))
	}
	return SAStars.In(lang, SANone.In(lang))
}

// Items writes item numbers as a list: "1, 3, 5" / "1、3、5".
func Items(lang assessment.Lang, ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = fmt.Sprint(n)
	}
	return List(lang, parts)
}
