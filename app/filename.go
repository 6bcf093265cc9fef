package app

import (
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/report"
)

// fileName names a download after the company and the assessment's date
// (the day it was started; today for a new one), so that a consultant's
// folder of client files sorts by client, then by year.
func fileName(a *assessment.Answers, suffix string) string {
	day := time.Now()
	if a == nil {
		return report.FileName("", day, suffix)
	}
	if t, err := time.Parse(time.RFC3339, a.Created); err == nil {
		day = t.Local()
	}
	return report.FileName(a.Company, day, suffix)
}
