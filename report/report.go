package report

import (
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
)

// Doc is what a report is made from. Result and Plan are computed from Bank
// and Answers (assessment.Assess, assessment.NewPlan); the company's name
// is the one in Answers.
type Doc struct {
	Bank    *assessment.Bank
	Answers *assessment.Answers
	Result  *assessment.Result
	Plan    *assessment.Plan
	Lang    assessment.Lang
}

// RefsText lists the standard references of a question or an action for
// people, e.g. "ISO/IEC 27001:2022 A.8.5; NIST CSF 2.0 PR.AA-03".
func RefsText(r assessment.Refs) string {
	var parts []string
	for _, p := range []struct {
		name, prefix string
		ids          []string
	}{{"ISO/IEC 27001:2022", "A.", r.ISO27001}, {"NIST CSF 2.0", "", r.CSF}, {"CIS v8", "", r.CIS}, {"IPA", "", r.IPA}} {
		if len(p.ids) == 0 {
			continue
		}
		ids := make([]string, len(p.ids))
		for i, id := range p.ids {
			ids[i] = p.prefix + id
		}
		parts = append(parts, p.name+" "+strings.Join(ids, ", "))
	}
	return strings.Join(parts, "; ")
}
