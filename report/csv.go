package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hiyari-app/hiyari/words"
)

// WriteCSV writes the plan as CSV, one row per action in plan order, with
// headers in d.Lang. A byte-order mark lets spreadsheet programs read the
// Japanese text as UTF-8.
func WriteCSV(w io.Writer, d Doc) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	b, l := d.Bank, d.Lang
	cw := csv.NewWriter(w)
	header := []string{words.ColNo.In(l), words.ColWhen.In(l), "id", words.Action.In(l), words.RoleHeading.In(l),
		words.EffortHeading.In(l), "min_hours", "max_hours", words.CostHeading.In(l), words.RiskRemoved.In(l),
		words.Fixes.In(l), words.Prevents.In(l), "ISO/IEC 27001:2022", "NIST CSF 2.0", "CIS v8", "IPA",
		words.DoneWhen.In(l), words.Planned.In(l)}
	if err := cw.Write(header); err != nil {
		return err
	}
	for i, it := range d.Plan.Actions {
		a := b.Action(it.Action)
		var prevents []string
		for _, id := range it.Prevents {
			prevents = append(prevents, b.Incident(id).Name.In(l))
		}
		planned := ""
		if it.Planned {
			planned = words.Planned.In(l)
		}
		row := []string{fmt.Sprint(i + 1), words.Horizon(l, it.Horizon), a.ID, a.Title.In(l), words.Role(l, a.Role),
			words.Effort(l, a.Effort), fmt.Sprint(a.Effort.MinHours), fmt.Sprint(a.Effort.MaxHours),
			words.Cost(l, a.Cost), fmt.Sprint(it.RiskRemoved), strings.Join(it.Fixes, " "), strings.Join(prevents, "; "),
			strings.Join(a.Refs.ISO27001, " "), strings.Join(a.Refs.CSF, " "), strings.Join(a.Refs.CIS, " "), strings.Join(a.Refs.IPA, "; "),
			a.DoneWhen.In(l), planned}
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
