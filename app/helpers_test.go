package app

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// miniBank loads assessment/testdata/mini.json: tests about rendering use
// it so that they do not depend on the evolving built-in content.
func miniBank(t *testing.T) *assessment.Bank {
	t.Helper()
	data, err := os.ReadFile("../assessment/testdata/mini.json")
	require.NoError(t, err)
	b, err := assessment.LoadBank(data)
	require.NoError(t, err)
	return b
}

// memStorage is an in-memory app.BrowserStorage, like localStorage.
type memStorage struct {
	data map[string]string
	fail bool // Set fails, as when storage is full
}

func newMemStorage() *memStorage { return &memStorage{data: map[string]string{}} }

func (m *memStorage) Set(k string, v any) error {
	if m.fail {
		return &json.UnsupportedValueError{Str: "quota exceeded"}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	m.data[k] = string(b)
	return nil
}

func (m *memStorage) Get(k string, v any) error {
	d, ok := m.data[k]
	if !ok {
		return nil
	}
	return json.Unmarshal([]byte(d), v)
}

func (m *memStorage) Del(k string) { delete(m.data, k) }
func (m *memStorage) Len() int     { return len(m.data) }
func (m *memStorage) Clear()       { m.data = map[string]string{} }
func (m *memStorage) Contains(k string) bool {
	_, ok := m.data[k]
	return ok
}
func (m *memStorage) ForEach(f func(k string)) {
	for k := range m.data {
		f(k)
	}
}

// newTestStore returns a store on bank b, attached to fresh storage, in
// lang, with a fixed clock.
func newTestStore(t *testing.T, b *assessment.Bank, lang assessment.Lang) (*Store, *memStorage) {
	t.Helper()
	st := newMemStorage()
	s := NewStore(b)
	s.now = func() time.Time { return time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC) }
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
