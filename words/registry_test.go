package words

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// registry and plurals are every message declared in the package, read
// from its source: declarations are literals (see msg.go), so the tests
// find them where a reader does.
var registry, plurals = declared()

func declared() ([]Msg, []Plural) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		panic(err)
	}
	var ms []Msg
	var ps []Plural
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			panic(err)
		}
		// Declarations only: a function may build a Msg of its own.
		decls := &ast.File{}
		for _, d := range file.Decls {
			if g, ok := d.(*ast.GenDecl); ok {
				decls.Decls = append(decls.Decls, g)
			}
		}
		ast.Inspect(decls, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			typ, ok := lit.Type.(*ast.Ident)
			if !ok || (typ.Name != "Msg" && typ.Name != "Plural") {
				return true
			}
			fields := map[string]string{}
			for _, e := range lit.Elts {
				kv := e.(*ast.KeyValueExpr)
				fields[kv.Key.(*ast.Ident).Name] = stringValue(fset, kv.Value)
			}
			if typ.Name == "Msg" {
				ms = append(ms, Msg{ja: fields["ja"], en: fields["en"], neutral: fields["neutral"] == "true"})
			} else {
				ps = append(ps, Plural{ja: fields["ja"], one: fields["one"], other: fields["other"]})
			}
			return false
		})
	}
	return ms, ps
}

// stringValue evaluates a string literal, a concatenation of them, or
// true; anything else is a declaration the tests cannot check.
func stringValue(fset *token.FileSet, e ast.Expr) string {
	switch v := e.(type) {
	case *ast.BasicLit:
		s, err := strconv.Unquote(v.Value)
		if err != nil {
			panic(err)
		}
		return s
	case *ast.BinaryExpr:
		if v.Op == token.ADD {
			return stringValue(fset, v.X) + stringValue(fset, v.Y)
		}
	case *ast.Ident:
		if v.Name == "true" {
			return "true"
		}
	}
	panic(fset.Position(e.Pos()).String() + ": a message must be a string literal")
}

// The registry sees what the package holds: a message used at run time is
// among the declarations found.
func TestRegistryFindsTheDeclarations(t *testing.T) {
	found := false
	for _, m := range registry {
		found = found || m == AppName
	}
	require.True(t, found)
	require.Contains(t, plurals, AssessmentsCount)
}
