package assessment

// VendorSheet lists, in the bank's order, the questions to put to whoever
// looks after the company's IT: every applicable question answered "don't
// know", and every applicable question the bank tags for the IT vendor
// that is still unanswered (the owner can send the sheet before answering
// them). Questions already answered otherwise are the owner's to keep.
func (r *Result) VendorSheet(b *Bank) []string {
	out := []string{}
	for _, q := range b.Questions {
		if !r.Asked(q.ID) {
			continue
		}
		ans := ""
		if r.answers != nil {
			ans = r.answers.Answers[q.ID]
		}
		if ans == Unknown || (q.Vendor && ans == "") {
			out = append(out, q.ID)
		}
	}
	return out
}
