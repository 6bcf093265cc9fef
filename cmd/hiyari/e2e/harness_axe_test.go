package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// AxeViolation is one rule axe-core found broken, with the offending nodes.
type AxeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

func (v AxeViolation) String() string {
	return fmt.Sprintf("%s (%s): %s at %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, ", "))
}

// Axe injects axe-core (node_modules/axe-core/axe.min.js, installed by make
// test) into the current page and returns its violations.
func (b *Browser) Axe() []AxeViolation {
	b.t.Helper()
	src, err := os.ReadFile(filepath.Join(repoRoot, "node_modules", "axe-core", "axe.min.js"))
	b.fail(err, "reading axe-core (run make test, which installs it with npm ci)")
	if !Eval[bool](b, `typeof window.axe === "object"`) {
		Eval[chromedp.Void](b, string(src)+"\n;undefined")
	}
	return Eval[[]AxeViolation](b, `axe.run(document, { resultTypes: ["violations"] }).then((r) =>
		r.violations.map((v) => ({ id: v.id, impact: v.impact || "", help: v.help,
			nodes: v.nodes.map((n) => n.target.join(" ")) })))`)
}

// RequireNoAxeViolations fails the test if axe-core finds any violation in
// the current page.
func (b *Browser) RequireNoAxeViolations() {
	b.t.Helper()
	v := b.Axe()
	lines := make([]string, len(v))
	for i := range v {
		lines[i] = v[i].String()
	}
	require.Empty(b.t, lines, "axe-core violations")
}
