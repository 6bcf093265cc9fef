package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// declaredMsgs returns every msg constant declared in i18n.go, read from
// the source so that a constant added without wording cannot slip through.
func declaredMsgs(t *testing.T) map[string]msg {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "i18n.go", nil, 0)
	require.NoError(t, err)
	out := map[string]msg{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "msg" {
				continue
			}
			for i, name := range vs.Names {
				lit := vs.Values[i].(*ast.BasicLit)
				out[name.Name] = msg(strings.Trim(lit.Value, `"`))
			}
		}
	}
	return out
}

func TestCatalogueComplete(t *testing.T) {
	declared := declaredMsgs(t)
	require.NotEmpty(t, declared)
	seen := map[msg]string{}
	for name, m := range declared {
		if other, dup := seen[m]; dup {
			t.Errorf("%s and %s share the key %q", name, other, m)
		}
		seen[m] = name
		for _, lang := range []assessment.Lang{assessment.JA, assessment.EN} {
			assert.NotEmpty(t, strings.TrimSpace(catalogues[lang][m]), "%s (%q) has no %s text", name, m, lang)
		}
	}
	for lang, cat := range catalogues {
		for m := range cat {
			assert.Contains(t, seen, m, "%s catalogue has key %q with no constant", lang, m)
		}
	}
}

func TestCatalogueFormatsAgree(t *testing.T) {
	// A verb missing in one language would print "%!d(MISSING)" or drop a
	// number for that language only.
	verbs := func(s string) int { return strings.Count(s, "%") - 2*strings.Count(s, "%%") }
	for m, e := range en {
		assert.Equal(t, verbs(e), verbs(ja[m]), "formatting verbs differ for %q", m)
	}
}

func TestDomainValuesNamed(t *testing.T) {
	for _, o := range assessment.ControlOptions {
		assert.Contains(t, answerMsg, o)
	}
	for _, h := range assessment.Horizons {
		assert.Contains(t, horizonMsg, h)
	}
	for _, r := range []string{assessment.RoleOwner, assessment.RoleIT, assessment.RoleVendor, assessment.RoleStaff} {
		assert.Contains(t, roleMsg, r)
	}
	for _, c := range []string{assessment.CostFree, assessment.CostLow, assessment.CostMedium, assessment.CostHigh} {
		assert.Contains(t, costMsg, c)
	}
	for _, k := range []assessment.Kind{assessment.KindTooLarge, assessment.KindSyntax, assessment.KindSchema, assessment.KindInvalid, assessment.KindMismatch} {
		assert.Contains(t, errMsg, k)
	}
}
