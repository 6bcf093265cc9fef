package e2e

// The one report of make bench: each benchmark sets its rows, and TestMain
// prints the table once every benchmark has run and writes it as JSON to
// bin/bench.json (schema hiyari.bench/v1) for scripts and for comparing
// runs. Every figure stands beside what it is measured against in the same
// run: the minimal go-app app, one frame at 60 Hz, or another row.

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// benchRow is one line of the report.
type benchRow struct {
	Key    string  `json:"key"`
	Figure string  `json:"figure"`
	Unit   string  `json:"unit"` // "MB" or "ms"
	Hiyari float64 `json:"hiyari"`
	// Against is the figure Hiyari is compared with, measured in the same
	// run (Reference names it); Ratio is Hiyari / Against.
	Against   float64 `json:"against,omitempty"`
	Reference string  `json:"reference,omitempty"`
	Ratio     float64 `json:"ratio,omitempty"`
	// Goal is the most the ratio (or, with no reference, the figure) may
	// be; 0 when the row has none. Met says whether this run met it.
	Goal float64 `json:"goal,omitempty"`
	Met  *bool   `json:"met,omitempty"`

	againstRow string // a row whose Hiyari figure is Against
}

// benchOrder is the order of the rows in the report.
var benchOrder = []string{
	"wasm-brotli", "wasm-raw",
	"cold-paint", "cold-ready", "cold-question",
	"slow4g-paint", "slow4g-question",
	"offline-question",
	"start-request", "start-download", "start-compile", "start-init", "start-bank", "start-render",
	"answer-score-median", "answer-score-p95",
	"answer-median", "answer-p95", "answer-floor", "answer-4x-median", "answer-4x-p95", "answer-4x-floor",
	"bank-wasm", "assess-native", "assess-wasm",
}

// composition is the wasm's make-up by package, printed after the table.
var composition struct {
	once sync.Once
	text string
}

var benchReport struct {
	mu   sync.Mutex
	rows map[string]benchRow
}

// reportRow sets a row of the report; a benchmark run again (go test runs
// each once with b.N = 1 first) replaces its rows.
func reportRow(r benchRow) {
	benchReport.mu.Lock()
	defer benchReport.mu.Unlock()
	if benchReport.rows == nil {
		benchReport.rows = map[string]benchRow{}
	}
	benchReport.rows[r.Key] = r
}

// frameMs is one frame at 60 Hz.
const frameMs = 1000.0 / 60

// benchRows returns the rows set, in order, with their ratios and goals
// worked out.
func benchRows() []benchRow {
	benchReport.mu.Lock()
	defer benchReport.mu.Unlock()
	var rows []benchRow
	for _, k := range benchOrder {
		r, ok := benchReport.rows[k]
		if !ok {
			continue
		}
		if r.againstRow != "" {
			if o, ok := benchReport.rows[r.againstRow]; ok {
				r.Against = o.Hiyari
			}
		}
		if r.Against > 0 {
			r.Ratio = r.Hiyari / r.Against
		}
		if r.Goal > 0 {
			v := r.Hiyari
			if r.Reference != "" {
				v = r.Ratio
			}
			if r.Reference == "" || r.Against > 0 {
				met := v <= r.Goal
				r.Met = &met
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// writeBenchReport prints the table to w and writes bin/bench.json; it
// does nothing when no benchmark ran.
func writeBenchReport(w io.Writer) error {
	rows := benchRows()
	if len(rows) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\nfigure\thiyari\tagainst\tratio\tgoal\t")
	for _, r := range rows {
		against, ratio, goal := "—", "—", "—"
		if r.Against > 0 {
			against = fmt.Sprintf("%s %s", number(r.Against), r.Unit) + " (" + r.Reference + ")"
			ratio = fmt.Sprintf("%.2f×", r.Ratio)
		} else if r.Reference != "" {
			against = "(" + r.Reference + " not measured)"
		}
		if r.Goal > 0 {
			if r.Reference != "" {
				goal = fmt.Sprintf("≤ %.2f×", r.Goal)
				if r.Against > 0 {
					goal += fmt.Sprintf(" (%s %s)", number(r.Goal*r.Against), r.Unit)
				}
			} else {
				goal = fmt.Sprintf("≤ %s %s", number(r.Goal), r.Unit)
			}
			if r.Met != nil {
				goal += map[bool]string{true: " met", false: " NOT met"}[*r.Met]
			}
		}
		fmt.Fprintf(tw, "%s\t%s %s\t%s\t%s\t%s\t\n", r.Figure, number(r.Hiyari), r.Unit, against, ratio, goal)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprint(w, composition.text)
	doc := struct {
		Schema  string     `json:"schema"`
		Date    string     `json:"date"`
		Machine string     `json:"machine"`
		Rows    []benchRow `json:"rows"`
		Wasm    string     `json:"wasm_composition,omitempty"`
	}{"hiyari.bench/v1", time.Now().UTC().Format(time.RFC3339), machine(), rows, strings.TrimSpace(composition.text)}
	out, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		return err
	}
	path := filepath.Join(repoRoot, "bin", "bench.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s, %s; written to %s\n", doc.Date, doc.Machine, path)
	return nil
}

// number prints a figure with as many decimals as its size needs.
func number(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 1:
		return fmt.Sprintf("%.2f", v)
	default:
		return fmt.Sprintf("%.3f", v)
	}
}

// machine describes where the figures were measured.
func machine() string {
	cpu := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if name, ok := strings.CutPrefix(l, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":")) + ", "
				break
			}
		}
	}
	return fmt.Sprintf("%s%d cores, %s, %s/%s", cpu, runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
