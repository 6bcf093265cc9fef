package app

import (
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/assessment/assessmenttest"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// miniBank is the small bank of the domain's tests: rendering tests use it
// so that they do not depend on the evolving built-in content.
func miniBank(t *testing.T) *assessment.Bank { return assessmenttest.Mini(t) }

// newTestStore returns a store on bank b, attached to fresh storage, in
// lang.
func newTestStore(t *testing.T, b *assessment.Bank, lang assessment.Lang) (*store.Store, *store.Memory) {
	t.Helper()
	st := store.NewMemory()
	s := store.New(b)
	s.Attach(st, string(lang))
	return s, st
}

// render mounts c in go-app's test engine (OnInit, OnPreRender, Render)
// and returns its HTML parsed into a tree for queries. HTML is compared by
// structure, never as a string: go-app writes attributes in random order.
func render(t *testing.T, c app.Composer) *html.Node {
	t.Helper()
	e := app.NewTestEngine()
	require.NoError(t, e.Load(c))
	e.ConsumeAll()
	doc, err := html.Parse(strings.NewReader(app.HTMLString(c)))
	require.NoError(t, err)
	return doc
}

// renderAt draws c as it stands, without mounting it: mounting runs the
// page's navigation, which takes its state from the test engine's address
// ("/"), where a test sets it by hand (the questionnaire's area).
func renderAt(t *testing.T, c app.Composer) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(app.HTMLString(c)))
	require.NoError(t, err)
	return doc
}

// attr returns an attribute of n and whether it is present.
func attr(n *html.Node, name string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

// hasClass reports whether n has the class c.
func hasClass(n *html.Node, c string) bool {
	v, _ := attr(n, "class")
	for _, x := range strings.Fields(v) {
		if x == c {
			return true
		}
	}
	return false
}

// findAll returns every element below n (n included) for which match holds.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// tag matches elements by tag name.
func tag(name string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == name }
}

// byID returns the element with the given id, failing the test if absent.
func byID(t *testing.T, doc *html.Node, id string) *html.Node {
	t.Helper()
	ns := findAll(doc, func(n *html.Node) bool { v, _ := attr(n, "id"); return v == id })
	require.Len(t, ns, 1, "element #%s", id)
	return ns[0]
}

// hasID reports whether an element with the id exists.
func hasID(doc *html.Node, id string) bool {
	return len(findAll(doc, func(n *html.Node) bool { v, _ := attr(n, "id"); return v == id })) > 0
}

// textOf returns the text inside n with whitespace collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
