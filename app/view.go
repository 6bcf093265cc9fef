package app

import (
	"github.com/hiyari-app/hiyari/app/store"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// view is what a widget draws from: the store (answers, result, plan) and,
// through it, the language and the bank. Widgets are functions of a view;
// the handlers it offers change the store.
type view struct{ s *store.Store }

func (v view) lang() assessment.Lang  { return v.s.Lang() }
func (v view) bank() *assessment.Bank { return v.s.Bank() }

// t is interface wording in the current language.
func (v view) t(m words.Msg, args ...any) string { return m.In(v.s.Lang(), args...) }

// text is bank wording in the current language.
func (v view) text(x assessment.Text) string { return x.In(v.s.Lang()) }

// label is a heading followed by the language's separator, before a value.
func (v view) label(m words.Msg) string { return words.Label(v.lang(), v.t(m)) }
