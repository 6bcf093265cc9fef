package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// WriteCSV writes the plan as CSV, one row per item in plan order (kind
// "action", or "find_out" for the task of finding out the "don't know"
// answers, which has no bank fields), with
// headers in d.Lang, and four tracking columns named the same in every
// language for task trackers to map: owner, due (yyyy-mm-dd, the one set
// or the end of the item's horizon), status (not_started, in_progress,
// done, wont_do) and note. A byte-order mark lets spreadsheet programs read the
// Japanese text as UTF-8.
func WriteCSV(w io.Writer, d Doc) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	b, l := d.Bank, d.Lang
	cw := csv.NewWriter(w)
	header := []string{words.ColNo.In(l), words.ColWhen.In(l), "kind", "id", words.Action.In(l), words.RoleHeading.In(l),
		words.EffortHeading.In(l), "min_hours", "max_hours", "hours", words.CostHeading.In(l), "lead_time_days",
		words.PointsHeading.In(l), words.CriticalFix.In(l), words.Closes.In(l), words.Fixes.In(l), words.Addresses.In(l),
		words.Stopgap.In(l), "ISO/IEC 27001:2022", "NIST CSF 2.0", "CIS v8", "IPA", words.DoneWhen.In(l), words.Planned.In(l),
		"owner", "due", "status", "note"}
	now := time.Now()
	if err := cw.Write(header); err != nil {
		return err
	}
	for i, it := range d.Plan.Items {
		var addresses []string
		for _, id := range it.Addresses {
			addresses = append(addresses, b.Incident(id).Name.In(l))
		}
		yes := func(v bool, m words.Msg) string {
			if v {
				return m.In(l)
			}
			return ""
		}
		row := []string{fmt.Sprint(i + 1), words.Horizon(l, it.Horizon), it.Kind, it.Action}
		if it.Kind == assessment.KindFindOut {
			row = append(row, words.FindOutTask.In(l), words.Role(l, it.Person), "", "", "", fmt.Sprint(it.Hours), "", "")
		} else {
			a := b.Action(it.Action)
			row = append(row, a.Title.In(l), words.Role(l, it.Person), words.Effort(l, a.Effort), fmt.Sprint(a.Effort.MinHours),
				fmt.Sprint(a.Effort.MaxHours), fmt.Sprint(it.Hours), words.Cost(l, a.Cost), fmt.Sprint(a.LeadTimeDays))
		}
		row = append(row, fmt.Sprint(it.Points), yes(it.Critical, words.CriticalFix), strings.Join(it.Closes, " "),
			strings.Join(it.Fixes, " "), strings.Join(addresses, "; "))
		if it.Kind == assessment.KindFindOut {
			row = append(row, "", "", "", "", "", "", yes(it.Planned, words.Planned))
		} else {
			a := b.Action(it.Action)
			stopgap := ""
			if a.Stopgap != nil {
				stopgap = a.Stopgap.In(l)
			}
			row = append(row, stopgap, strings.Join(a.Refs.ISO27001, " "), strings.Join(a.Refs.CSF, " "), strings.Join(a.Refs.CIS, " "),
				strings.Join(a.Refs.IPA, "; "), a.DoneWhen.In(l), yes(it.Planned, words.Planned))
		}
		if it.Kind == assessment.KindFindOut {
			row = append(row, "", "", "", "")
		} else {
			tr := d.Answers.TrackOf(it.Action)
			status := tr.Status
			if status == "" {
				status = assessment.StatusNotStarted
			}
			row = append(row, tr.Owner, d.Answers.Due(it.Action, it.Horizon, now).Format(assessment.DueLayout), status, tr.Note)
		}
		for j := range row {
			row[j] = csvSafe(row[j])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe stops a spreadsheet from running a cell as a formula: text from a
// custom bank or a company name could start with one. A cell starting with
// = + - @ (or their full-width forms, which spreadsheets read the same way),
// a tab or a carriage return is prefixed with an apostrophe, unless the
// whole cell is a decimal number: "-2+3+cmd|..." starts like one and is not.
func csvSafe(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("=+-@\t\r＝＋－＠", r) || s == "" {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil && strings.Trim(s, "0123456789+-.eE") == "" {
		return s // a plain signed number (not Inf, NaN or hexadecimal)
	}
	return "'" + s
}
