package report

import (
	"encoding/json"
	"errors"

	"github.com/hiyari-app/hiyari/assessment"
)

// ReadAnswers reads an answers file (hiyari.answers/v1) or a JSON report
// (hiyari.report/v2), which carries the answers it was made from: a
// consultant who kept only the report can still import it, re-assess it
// or compare with it. Everything else is refused as ParseAnswers refuses it.
func ReadAnswers(data []byte) (*assessment.Answers, error) {
	a, err := assessment.ParseAnswers(data)
	if err == nil || assessment.KindOf(err) != assessment.KindSchema {
		return a, err
	}
	var rep struct {
		Schema  string          `json:"schema"`
		Answers json.RawMessage `json:"answers"`
	}
	if json.Unmarshal(data, &rep) != nil || rep.Schema != Schema {
		return nil, err
	}
	if len(rep.Answers) == 0 || string(rep.Answers) == "null" {
		// A report from before reports carried their answers.
		return nil, &assessment.Error{Op: "read answers", Kind: assessment.KindSchema,
			Err: errors.New("this report does not carry its answers (made before Hiyari added them)")}
	}
	return assessment.ParseAnswers(rep.Answers)
}
