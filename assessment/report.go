package assessment

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

// ReportSchema is the schema version of the JSON report that
// `hiyari assess --format json` prints. Consultants script around it:
// fields are only added within a version, never renamed or removed.
const ReportSchema = "hiyari.report/v1"

// Report is the JSON document of a result and its plan. Texts carry both
// languages so a script does not depend on the language chosen.
type Report struct {
	Schema     string           `json:"schema"`
	Bank       BankRef          `json:"bank"`
	Company    string           `json:"company"`
	Lang       Lang             `json:"lang"`
	Progress   Progress         `json:"progress"`
	Scores     ReportScores     `json:"scores"`
	Projected  ReportScores     `json:"projected"`
	Incidents  []ReportIncident `json:"incidents"`
	Weaknesses []ReportWeakness `json:"weaknesses"`
	FindOut    []ReportFindOut  `json:"find_out"`
	Plan       ReportPlan       `json:"plan"`
}

// ReportScores holds scores 0..100; a score is null while nothing behind it
// is answered.
type ReportScores struct {
	Overall *float64          `json:"overall"`
	Areas   []ReportAreaScore `json:"areas"`
}

// ReportAreaScore is one area's score.
type ReportAreaScore struct {
	ID       string   `json:"id"`
	Name     Text     `json:"name"`
	Score    *float64 `json:"score"`
	Answered int      `json:"answered"`
	Total    int      `json:"total"`
}

// ReportIncident is an incident pattern and how closely the answers match it.
type ReportIncident struct {
	ID         string    `json:"id"`
	Name       Text      `json:"name"`
	Date       string    `json:"date"`
	Complete   bool      `json:"complete"`
	Coverage   float64   `json:"coverage"`
	Present    []string  `json:"present"`
	Missing    []string  `json:"missing"`
	Amplifying []string  `json:"amplifying"`
	Because    []Because `json:"because"`
}

// ReportWeakness is the risk one weakness carries.
type ReportWeakness struct {
	ID         string    `json:"id"`
	Name       Text      `json:"name"`
	Risk       float64   `json:"risk"`
	Present    bool      `json:"present"`
	Answered   bool      `json:"answered"`
	Likelihood int       `json:"likelihood"`
	Impact     int       `json:"impact"`
	Evidence   float64   `json:"evidence"`
	Because    []Because `json:"because"`
}

// ReportFindOut is a question answered "don't know".
type ReportFindOut struct {
	Question string `json:"question"`
	Area     string `json:"area"`
	Text     Text   `json:"text"`
}

// ReportPlan is the ordered plan.
type ReportPlan struct {
	Actions []ReportAction `json:"actions"`
}

// ReportAction is one plan entry, in plan order.
type ReportAction struct {
	Rank        int      `json:"rank"`
	ID          string   `json:"id"`
	Title       Text     `json:"title"`
	Horizon     Horizon  `json:"horizon"`
	RiskRemoved float64  `json:"risk_removed"`
	Effort      Effort   `json:"effort"`
	Cost        string   `json:"cost"`
	Role        string   `json:"role"`
	Fixes       []string `json:"fixes"`
	Prevents    []string `json:"prevents"`
	Refs        Refs     `json:"refs"`
	Steps       []Text   `json:"steps"`
	DoneWhen    Text     `json:"done_when"`
	Planned     bool     `json:"planned"`
	// Sources are addresses backing facts the steps state.
	Sources []string `json:"sources"`
}

// NewReport assembles the JSON report.
func NewReport(b *Bank, r *Result, p *Plan, lang Lang) *Report {
	rep := &Report{
		Schema:     ReportSchema,
		Bank:       r.Bank,
		Company:    r.Company,
		Lang:       lang,
		Progress:   r.Progress,
		Scores:     reportScores(b, r.Scores),
		Projected:  reportScores(b, r.Projected),
		Incidents:  []ReportIncident{},
		Weaknesses: []ReportWeakness{},
		FindOut:    []ReportFindOut{},
		Plan:       ReportPlan{Actions: []ReportAction{}},
	}
	for _, m := range r.Incidents {
		inc := b.Incident(m.Incident)
		rep.Incidents = append(rep.Incidents, ReportIncident{
			ID: m.Incident, Name: inc.Name, Date: inc.Date, Complete: m.Complete, Coverage: m.Coverage,
			Present: m.Present, Missing: m.Missing, Amplifying: m.Amplifying, Because: m.Because,
		})
	}
	for _, w := range r.Weaknesses {
		rep.Weaknesses = append(rep.Weaknesses, ReportWeakness{
			ID: w.Weakness, Name: b.Weakness(w.Weakness).Name, Risk: w.Risk, Present: w.Present, Answered: w.Answered,
			Likelihood: w.Likelihood, Impact: w.Impact, Evidence: w.Evidence, Because: w.Because,
		})
	}
	for _, f := range r.FindOut {
		rep.FindOut = append(rep.FindOut, ReportFindOut{Question: f.Question, Area: f.Area, Text: b.Question(f.Question).Text})
	}
	for i, it := range p.Actions {
		a := b.Action(it.Action)
		rep.Plan.Actions = append(rep.Plan.Actions, ReportAction{
			Rank: i + 1, ID: a.ID, Title: a.Title, Horizon: it.Horizon, RiskRemoved: it.RiskRemoved,
			Effort: a.Effort, Cost: a.Cost, Role: a.Role, Fixes: it.Fixes, Prevents: it.Prevents,
			Refs: normRefs(a.Refs), Steps: a.Steps, DoneWhen: a.DoneWhen, Planned: it.Planned, Sources: sourceURLs(b, a.Sources),
		})
	}
	return rep
}

func sourceURLs(b *Bank, ids []string) []string {
	urls := []string{}
	for _, id := range ids {
		urls = append(urls, b.Source(id).URL)
	}
	return urls
}

// normRefs gives every reference list a value so the JSON holds [] rather
// than null or a missing key.
func normRefs(r Refs) Refs {
	for _, l := range []*[]string{&r.ISO27001, &r.CSF, &r.CIS, &r.IPA} {
		if *l == nil {
			*l = []string{}
		}
	}
	return r
}

func reportScores(b *Bank, s Scores) ReportScores {
	val := func(sc Score) *float64 {
		if !sc.Scored {
			return nil
		}
		v := sc.Value
		return &v
	}
	out := ReportScores{Overall: val(s.Overall), Areas: []ReportAreaScore{}}
	for _, a := range s.Areas {
		out.Areas = append(out.Areas, ReportAreaScore{ID: a.Area, Name: b.Area(a.Area).Name, Score: val(a.Score), Answered: a.Answered, Total: a.Total})
	}
	return out
}

// WriteJSON writes the JSON report.
func WriteJSON(w io.Writer, b *Bank, r *Result, p *Plan, lang Lang) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(NewReport(b, r, p, lang))
}

// WriteCSV writes the plan as CSV, one row per action in plan order, with
// headers in lang. A byte-order mark lets spreadsheet programs read the
// Japanese text as UTF-8.
func WriteCSV(w io.Writer, b *Bank, r *Result, p *Plan, lang Lang) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	l := func(k string) string { return Label(k, lang) }
	header := []string{l("rank"), l("horizon"), "id", l("action"), l("role"), l("effort"), "min_hours", "max_hours",
		l("cost"), l("risk_removed"), l("fixes"), l("prevents"), "ISO/IEC 27001:2022", "NIST CSF 2.0", "CIS v8", "IPA", l("done_when"), l("planned")}
	if err := cw.Write(header); err != nil {
		return err
	}
	for i, it := range p.Actions {
		a := b.Action(it.Action)
		var prevents []string
		for _, id := range it.Prevents {
			prevents = append(prevents, b.Incident(id).Name.In(lang))
		}
		planned := ""
		if it.Planned {
			planned = l("planned")
		}
		row := []string{fmt.Sprint(i + 1), HorizonLabel(it.Horizon, lang), a.ID, a.Title.In(lang), RoleLabel(a.Role, lang),
			FormatEffort(a.Effort, lang), fmt.Sprint(a.Effort.MinHours), fmt.Sprint(a.Effort.MaxHours),
			CostLabel(a.Cost, lang), fmt.Sprint(it.RiskRemoved), strings.Join(it.Fixes, " "), strings.Join(prevents, "; "),
			strings.Join(a.Refs.ISO27001, " "), strings.Join(a.Refs.CSF, " "), strings.Join(a.Refs.CIS, " "), strings.Join(a.Refs.IPA, "; "),
			a.DoneWhen.In(lang), planned}
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
// custom bank or a company name could start with one.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		if _, err := fmt.Sscanf(s, "%g", new(float64)); err == nil {
			return s // a plain negative number
		}
		return "'" + s
	}
	return s
}

// WriteMarkdown writes the result and plan as a Markdown document in lang:
// scores, matched incidents, find-out tasks, the plan by horizon and the
// sources.
func WriteMarkdown(w io.Writer, b *Bank, r *Result, p *Plan, lang Lang) error {
	mw := &mdWriter{w: w}
	l := func(k string) string { return Label(k, lang) }
	company := r.Company
	if company == "" {
		company = l("unnamed")
	}
	mw.printf("# %s\n\n", l("title"))
	mw.printf("- %s: %s\n", l("company"), mdText(company))
	mw.printf("- %s: %s %s\n", l("bank"), mdText(b.Title.In(lang)), r.Bank.Version)
	mw.printf("- %s: %d / %d\n", l("progress"), r.Progress.Answered, r.Progress.Total)
	mw.printf("- %s: **%s**\n", l("overall"), FormatScore(r.Scores.Overall, lang))
	if len(r.Planned) > 0 {
		mw.printf("- %s: %s\n", l("projected"), FormatScore(r.Projected.Overall, lang))
	}
	mw.printf("\n> %s\n\n", l("disclaimer"))

	mw.printf("## %s\n\n| %s | %s | %s |\n|---|---:|---:|\n", l("areas"), l("area"), l("score"), l("answered"))
	for _, a := range r.Scores.Areas {
		mw.printf("| %s | %s | %d / %d |\n", mdText(b.Area(a.Area).Name.In(lang)), FormatScore(a.Score, lang), a.Answered, a.Total)
	}

	mw.printf("\n## %s\n\n", l("incidents"))
	shown := 0
	for _, m := range r.Incidents {
		if !m.Complete && m.Coverage == 0 {
			continue
		}
		shown++
		inc := b.Incident(m.Incident)
		status := l("complete_match")
		if !m.Complete {
			status = fmt.Sprintf("%s (%s %.0f%%)", l("partial_match"), l("coverage"), math.Round(m.Coverage*100))
		}
		mw.printf("### %s (%s)\n\n%s\n\n%s\n\n", mdText(inc.Name.In(lang)), inc.Date, status, mdText(inc.Summary.In(lang)))
		if len(m.Because) > 0 {
			mw.printf("%s:\n\n", l("because"))
			for _, bc := range m.Because {
				mw.printf("- %s — %s\n", mdText(b.Question(bc.Question).Text.In(lang)), AnswerLabel(bc.Answer, lang))
			}
			mw.printf("\n")
		}
	}
	if shown == 0 {
		mw.printf("%s\n\n", l("no_incidents"))
	}

	mw.printf("## %s\n\n", l("find_out"))
	if len(r.FindOut) == 0 {
		mw.printf("%s\n\n", l("no_find_out"))
	}
	for _, f := range r.FindOut {
		mw.printf("- [ ] %s\n", mdText(b.Question(f.Question).Text.In(lang)))
	}
	if len(r.FindOut) > 0 {
		mw.printf("\n")
	}

	mw.printf("## %s\n\n", l("plan"))
	if len(p.Actions) == 0 {
		mw.printf("%s\n\n", l("no_plan"))
	}
	rank := 0
	for _, h := range Horizons {
		var items []PlanItem
		for _, it := range p.Actions {
			if it.Horizon == h {
				items = append(items, it)
			}
		}
		if len(items) == 0 {
			continue
		}
		mw.printf("### %s\n\n", HorizonLabel(h, lang))
		for _, it := range items {
			rank++
			a := b.Action(it.Action)
			planned := ""
			if it.Planned {
				planned = " (" + l("planned") + ")"
			}
			mw.printf("#### %d. %s%s\n\n", rank, mdText(a.Title.In(lang)), planned)
			mw.printf("- %s: %s · %s: %s · %s: %s\n", l("role"), RoleLabel(a.Role, lang), l("effort"), FormatEffort(a.Effort, lang), l("cost"), CostLabel(a.Cost, lang))
			if len(it.Prevents) > 0 {
				var names []string
				for _, id := range it.Prevents {
					names = append(names, mdText(b.Incident(id).Name.In(lang)))
				}
				mw.printf("- %s: %s\n", l("prevents"), strings.Join(names, "; "))
			}
			mw.printf("- %s: %s\n", l("references"), refsText(a.Refs))
			mw.printf("- %s: %s\n", l("done_when"), mdText(a.DoneWhen.In(lang)))
			for _, id := range a.Sources {
				mw.printf("- %s: %s <%s>\n", l("sources"), mdText(b.Source(id).Title), b.Source(id).URL)
			}
			mw.printf("\n")
			for i, s := range a.Steps {
				mw.printf("%d. %s\n", i+1, mdText(s.In(lang)))
			}
			mw.printf("\n")
		}
	}

	var cited []string
	seen := map[string]bool{}
	for _, m := range r.Incidents {
		if !m.Complete && m.Coverage == 0 {
			continue
		}
		for _, s := range b.Incident(m.Incident).Sources {
			if !seen[s] {
				seen[s] = true
				cited = append(cited, s)
			}
		}
	}
	if len(cited) > 0 {
		mw.printf("## %s\n\n", l("sources"))
		for _, id := range cited {
			s := b.Source(id)
			mw.printf("- %s: <%s>\n", mdText(s.Title), s.URL)
		}
	}
	return mw.err
}

// refsText lists references for a Markdown document.
func refsText(r Refs) string { return mdText(RefsText(r)) }

// RefsText lists references for people, e.g.
// "ISO/IEC 27001:2022 A.8.5; NIST CSF 2.0 PR.AA-03".
func RefsText(r Refs) string {
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

// mdText escapes characters that would turn text from a bank or a user into
// Markdown or HTML markup.
var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`)

func mdText(s string) string {
	return mdReplacer.Replace(strings.Join(strings.Fields(s), " "))
}

type mdWriter struct {
	w   io.Writer
	err error
}

func (m *mdWriter) printf(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, args...)
	}
}
