package assessment

// IPA's 5分でできる！情報セキュリティ自社診断 (the five-minute self-check of
// IPA's SME security guideline) and SECURITY ACTION, computed from the same
// answers, so an owner who knows IPA's sheet sees the number it would give.
//
// The sheet has 25 items in three parts (basic measures 1–5, what staff do
// 6–18, what the organisation does 19–25). Each item scores 4 when done, 2
// when partly done, 0 when not done and −1 when the answer is "don't know";
// the maximum is 100. Control questions name the items they answer in
// refs.ipa_self_check.

// IPASelfCheckEdition is the edition of IPA's sheet whose item numbers the
// bank's refs.ipa_self_check use.
const IPASelfCheckEdition = "IPA「5分でできる！情報セキュリティ自社診断」（中小企業の情報セキュリティ対策ガイドライン第3版以降の付録）"

// IPAItems is the number of items on the sheet.
const IPAItems = 25

// Points IPA's sheet gives an item.
const (
	ipaDone    = 4
	ipaPartly  = 2
	ipaNotDone = 0
	ipaUnknown = -1
)

// IPA bands, by the sheet's own explanation of the total.
const (
	IPAFull    = "full"    // 100: the introductory level is reached
	IPAMostly  = "mostly"  // 70–99: some measures are not enough
	IPAPatchy  = "patchy"  // 50–69: many measures are missing
	IPADanger  = "danger"  // 49 or less: an incident could happen any time
	IPAPending = "pending" // some items not answered yet: no total
)

// IPAItem is one item of the sheet as the answers fill it in.
type IPAItem struct {
	N int
	// Answer is the sheet's answer: yes, partly, no, unknown; na when
	// none of its questions applies to the company (IPA's sheet counts
	// what a firm does not use as done); "" while unanswered.
	Answer string
	Points int
	// Questions are the control questions that answer the item.
	Questions []string
}

// IPAScore is the sheet's total and band.
type IPAScore struct {
	// Points is the total, −25..100, counting only answered items.
	Points int
	// Band is one of the IPA bands; IPAPending until every item is
	// answered.
	Band string
	// Answered counts the items answered; Mapped those the bank maps.
	Answered, Mapped int
	Items            []IPAItem
}

// IPA fills in IPA's self-check sheet from the answers. An item is "don't
// know" when any of its questions is; done when every question that applies
// says yes, not done when every one says no, and partly done otherwise.
func (r *Result) IPA() IPAScore {
	s := r.scorer
	out := IPAScore{Items: []IPAItem{}}
	for n := 1; n <= IPAItems; n++ {
		it := IPAItem{N: n, Questions: []string{}}
		var asked, answered, na int
		count := map[string]int{}
		for i := range s.b.Questions {
			q := &s.b.Questions[i]
			if !containsInt(q.Refs.IPASelfCheck, n) {
				continue
			}
			it.Questions = append(it.Questions, q.ID)
			if !s.asked[q.ID] {
				continue
			}
			asked++
			if ans := s.answer(q.ID); ans != "" && contains(q.Options, ans) {
				answered++
				count[ans]++
			}
		}
		na = count[NA]
		if len(it.Questions) == 0 {
			out.Items = append(out.Items, it)
			continue
		}
		out.Mapped++
		known := answered - na
		switch {
		case asked == 0 || (answered == asked && known == 0):
			it.Answer, it.Points = NA, ipaDone
		case answered < asked:
			it.Answer = ""
		case count[Unknown] > 0:
			it.Answer, it.Points = Unknown, ipaUnknown
		case count[Yes] == known:
			it.Answer, it.Points = Yes, ipaDone
		case count[No] == known:
			it.Answer, it.Points = No, ipaNotDone
		default: // partly, or done for some questions and not others
			it.Answer, it.Points = Partly, ipaPartly
		}
		if it.Answer != "" {
			out.Answered++
			out.Points += it.Points
		}
		out.Items = append(out.Items, it)
	}
	switch {
	case out.Answered < IPAItems:
		out.Band = IPAPending
	case out.Points == 100:
		out.Band = IPAFull
	case out.Points >= 70:
		out.Band = IPAMostly
	case out.Points >= 50:
		out.Band = IPAPatchy
	default:
		out.Band = IPADanger
	}
	return out
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

// SecurityAction says how far the answers are from IPA's SECURITY ACTION
// self-declaration: ★ (一つ星) when the five basics of 情報セキュリティ5か条
// (the sheet's items 1–5) are in place; ★★ (二つ星) when, in addition, the
// whole sheet is answered without "don't know" and a written basic security
// policy is published. It is a self-declaration, not a certification.
type SecurityAction struct {
	// Stars is 0, 1 or 2: the level the answers are ready to declare.
	Stars int
	// MissingOne lists the items 1–5 not yet done (★).
	MissingOne []int
	// MissingTwo lists the items not answered or answered "don't know";
	// NoPolicy is true while the written policy is not published (★★).
	MissingTwo []int
	NoPolicy   bool
}

// SecurityAction reports SECURITY ACTION readiness from the self-check.
func (r *Result) SecurityAction() SecurityAction {
	ipa := r.IPA()
	sa := SecurityAction{MissingOne: []int{}, MissingTwo: []int{}}
	for _, it := range ipa.Items {
		if it.N <= 5 && it.Answer != Yes && it.Answer != NA {
			sa.MissingOne = append(sa.MissingOne, it.N)
		}
		if it.Answer == "" || it.Answer == Unknown {
			sa.MissingTwo = append(sa.MissingTwo, it.N)
		}
	}
	pq := r.scorer.b.Scoring.PolicyQuestion
	sa.NoPolicy = pq == "" || r.scorer.answer(pq) != Yes
	if len(sa.MissingOne) == 0 {
		sa.Stars = 1
		if len(sa.MissingTwo) == 0 && !sa.NoPolicy {
			sa.Stars = 2
		}
	}
	return sa
}
