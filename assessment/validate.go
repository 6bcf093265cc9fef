package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-playground/validator/v10"
)

// MaxBankSize caps a bank file. The default bank is a few hundred
// kilobytes; a custom bank ten times larger is still accepted.
const MaxBankSize = 4 << 20

var (
	idPattern   = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.-]{0,63}$`)
	isoPattern  = regexp.MustCompile(`^([5-8])\.([0-9]{1,2})$`)
	csfPattern  = regexp.MustCompile(`^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-[0-9]{2}$`)
	cisPattern  = regexp.MustCompile(`^([0-9]{1,2})\.([0-9]{1,2})$`)
	datePattern = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
)

// isoAnnexA is the number of controls in each theme of ISO/IEC 27001:2022
// Annex A: 5 organisational (37), 6 people (8), 7 physical (14),
// 8 technological (34).
var isoAnnexA = map[string]int{"5": 37, "6": 8, "7": 14, "8": 34}

// validate is built once: building a validator is costly and it is safe
// for concurrent use.
var validate = sync.OnceValue(func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(v.RegisterValidation("hid", func(fl validator.FieldLevel) bool {
		return idPattern.MatchString(fl.Field().String())
	}))
	must(v.RegisterValidation("iso27001", func(fl validator.FieldLevel) bool {
		m := isoPattern.FindStringSubmatch(fl.Field().String())
		if m == nil {
			return false
		}
		n, _ := strconv.Atoi(m[2])
		return n >= 1 && n <= isoAnnexA[m[1]]
	}))
	must(v.RegisterValidation("csf2", func(fl validator.FieldLevel) bool {
		return csfPattern.MatchString(fl.Field().String())
	}))
	must(v.RegisterValidation("cis8", func(fl validator.FieldLevel) bool {
		m := cisPattern.FindStringSubmatch(fl.Field().String())
		if m == nil {
			return false
		}
		c, _ := strconv.Atoi(m[1])
		s, _ := strconv.Atoi(m[2])
		return c >= 1 && c <= 18 && s >= 1
	}))
	must(v.RegisterValidation("hdate", func(fl validator.FieldLevel) bool {
		s := fl.Field().String()
		if !datePattern.MatchString(s) {
			return false
		}
		layout := "2006-01-02"[:len(s)]
		_, err := time.Parse(layout, s)
		return err == nil
	}))
	return v
})

// structProblems turns validator's errors into Problems with JSON paths.
func structProblems(root string, err error) []Problem {
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		if err == nil {
			return nil
		}
		return []Problem{{Message: err.Error()}}
	}
	out := make([]Problem, 0, len(verrs))
	for _, fe := range verrs {
		path := strings.TrimPrefix(fe.Namespace(), root+".")
		out = append(out, Problem{Path: path, Message: ruleMessage(fe)})
	}
	return out
}

func ruleMessage(fe validator.FieldError) string {
	switch fe.Tag() {
	case "required":
		return "is required"
	case "hid":
		return fmt.Sprintf("%q is not a valid id (a letter, then letters, digits, '-', '_' or '.', at most 64)", fe.Value())
	case "iso27001":
		return fmt.Sprintf("%q is not an ISO/IEC 27001:2022 Annex A control (5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34)", fe.Value())
	case "csf2":
		return fmt.Sprintf("%q is not a NIST CSF 2.0 subcategory id such as PR.AA-03", fe.Value())
	case "cis8":
		return fmt.Sprintf("%q is not a CIS Controls v8 safeguard id such as 6.3", fe.Value())
	case "hdate":
		return fmt.Sprintf("%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", fe.Value())
	case "datetime":
		return fmt.Sprintf("%q is not an RFC 3339 timestamp", fe.Value())
	case "oneof":
		return fmt.Sprintf("%q is not one of: %s", fe.Value(), fe.Param())
	case "unique":
		return "has duplicate entries"
	case "min":
		if fe.Kind() == reflect.String {
			return fmt.Sprintf("must have at least %s characters", fe.Param())
		}
		return fmt.Sprintf("must have at least %s entries", fe.Param())
	case "max":
		if fe.Kind() == reflect.String {
			return fmt.Sprintf("must have at most %s characters", fe.Param())
		}
		return fmt.Sprintf("must have at most %s entries", fe.Param())
	case "gte", "lte", "gt", "lt":
		ops := map[string]string{"gte": ">=", "lte": "<=", "gt": ">", "lt": "<"}
		return fmt.Sprintf("%v must be %s %s", fe.Value(), ops[fe.Tag()], fe.Param())
	case "gtefield":
		return fmt.Sprintf("%v must not be less than %s", fe.Value(), fe.Param())
	case "url":
		return fmt.Sprintf("%q is not an absolute URL", fe.Value())
	}
	return fmt.Sprintf("%v breaks rule %q", fe.Value(), fe.Tag())
}

// decodeStrict decodes a single JSON document, refusing unknown fields,
// duplicate keys and trailing data.
func decodeStrict(data []byte, v any) error {
	if err := noDuplicateKeys(data); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("unexpected data after the JSON document")
	}
	return nil
}

// noDuplicateKeys refuses an object that names a key twice: encoding/json
// would silently keep the last one, so a file could say two things at once
// and be read differently by another tool.
func noDuplicateKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		keys   map[string]bool
		object bool
		atKey  bool
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{':
				stack = append(stack, &frame{keys: map[string]bool{}, object: true, atKey: true})
			case '[':
				stack = append(stack, &frame{})
			default:
				stack = stack[:len(stack)-1]
				if len(stack) > 0 && stack[len(stack)-1].object {
					stack[len(stack)-1].atKey = true
				}
			}
			continue
		}
		if top == nil || !top.object {
			continue
		}
		if top.atKey {
			k := tok.(string)
			if top.keys[k] {
				return fmt.Errorf("duplicate key %q", k)
			}
			top.keys[k] = true
			top.atKey = false
		} else {
			top.atKey = true
		}
	}
}

// decodeDocument reads a versioned document into v: within the size limit,
// of the expected schema, strictly decoded. Errors are *Error for op.
func decodeDocument(op string, data []byte, limit int, schema string, v any) error {
	if len(data) > limit {
		return &Error{Op: op, Kind: KindTooLarge, Err: fmt.Errorf("%d bytes is over the limit of %d", len(data), limit)}
	}
	var head struct {
		Schema string `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return &Error{Op: op, Kind: KindSyntax, Err: err}
	}
	if head.Schema != schema {
		return &Error{Op: op, Kind: KindSchema, Err: fmt.Errorf("schema %q is not %q", head.Schema, schema)}
	}
	if err := decodeStrict(data, v); err != nil {
		return &Error{Op: op, Kind: KindSyntax, Err: err}
	}
	return nil
}

// LoadBank parses and validates a bank document. The bank is usable only if
// the error is nil; otherwise the error is an *Error listing every problem.
func LoadBank(data []byte) (*Bank, error) {
	b := new(Bank)
	if err := decodeDocument("load bank", data, MaxBankSize, BankSchema, b); err != nil {
		return nil, err
	}
	if err := b.Validate(); err != nil {
		return nil, err
	}
	return b, nil
}

// Validate checks the bank: field rules first, then that ids are unique,
// every reference resolves, every weakness can be asked about and fixed,
// and applicability conditions form no cycle. It builds the lookup index the
// scorer uses, so a Bank must pass Validate before Assess.
func (b *Bank) Validate() error {
	const op = "validate bank"
	b.index = nil
	if b.Schema != BankSchema {
		return &Error{Op: op, Kind: KindSchema, Err: fmt.Errorf("schema %q is not %q", b.Schema, BankSchema)}
	}
	ps := problems(structProblems("Bank", validate().Struct(b)))
	if len(ps) > 0 {
		// Cross-checks on a structurally broken bank would only repeat
		// the same problems in other words.
		return &Error{Op: op, Kind: KindInvalid, Problems: ps}
	}
	ix := newBankIndex(b, &ps)
	b.checkScoring(&ps)
	b.checkReferences(ix, &ps)
	b.checkCycles(ix, &ps)
	if len(ps) > 0 {
		return &Error{Op: op, Kind: KindInvalid, Problems: ps}
	}
	b.index = ix
	return nil
}

func (b *Bank) checkScoring(ps *problems) {
	prev := -1.0
	for _, o := range []string{Yes, Partly, No} {
		g, ok := b.Scoring.Gap[o]
		switch {
		case !ok:
			ps.add("scoring.gap."+o, "is required")
		case g < 0 || g > 1:
			ps.add("scoring.gap."+o, "%v must be between 0 and 1", g)
		case g < prev:
			ps.add("scoring.gap."+o, "%v must not be smaller than the gap of a better answer", g)
		}
		prev = g
	}
	if b.Scoring.Gap[Yes] != 0 {
		ps.add("scoring.gap.yes", "must be 0: yes means the control is in place")
	}
	if g, ok := b.Scoring.Gap[Unknown]; !ok {
		ps.add("scoring.gap.unknown", "is required")
	} else if g <= 0 || g > 1 {
		ps.add("scoring.gap.unknown", "%v must be above 0 and at most 1: not knowing is a gap", g)
	}
	for k := range b.Scoring.Gap {
		if k != Yes && k != Partly && k != No && k != Unknown {
			ps.add("scoring.gap."+k, "is not a control answer with a gap (yes, partly, no, unknown)")
		}
	}
}

func (b *Bank) checkReferences(ix *bankIndex, ps *problems) {
	for i, q := range b.Profile {
		seen := map[string]bool{}
		for j, o := range q.Options {
			if seen[o.ID] {
				ps.add(fmt.Sprintf("profile[%d].options[%d].id", i, j), "duplicate option %q", o.ID)
			}
			seen[o.ID] = true
		}
		b.checkConditions(ix, ps, fmt.Sprintf("profile[%d]", i), q.When)
	}
	for i, a := range b.Areas {
		b.checkConditions(ix, ps, fmt.Sprintf("areas[%d]", i), a.When)
	}
	for i, q := range b.Questions {
		path := fmt.Sprintf("questions[%d]", i)
		if _, ok := ix.area[q.Area]; !ok {
			ps.add(path+".area", "unknown area %q", q.Area)
		}
		if _, ok := ix.weakness[q.Weakness]; !ok {
			ps.add(path+".weakness", "unknown weakness %q", q.Weakness)
		}
		if !contains(q.Options, Yes) || !contains(q.Options, No) {
			ps.add(path+".options", "must offer at least yes and no")
		}
		b.checkConditions(ix, ps, path, q.When)
		checkSources(ix, ps, path, q.Sources)
	}
	for i, inc := range b.Incidents {
		path := fmt.Sprintf("incidents[%d]", i)
		for j, w := range inc.Core {
			if _, ok := ix.weakness[w]; !ok {
				ps.add(fmt.Sprintf("%s.core[%d]", path, j), "unknown weakness %q", w)
			}
		}
		for j, w := range inc.Amplifying {
			if _, ok := ix.weakness[w]; !ok {
				ps.add(fmt.Sprintf("%s.amplifying[%d]", path, j), "unknown weakness %q", w)
			}
			if contains(inc.Core, w) {
				ps.add(fmt.Sprintf("%s.amplifying[%d]", path, j), "weakness %q is already core", w)
			}
		}
		checkSources(ix, ps, path, inc.Sources)
	}
	for i, a := range b.Actions {
		for j, w := range a.Fixes {
			if _, ok := ix.weakness[w]; !ok {
				ps.add(fmt.Sprintf("actions[%d].fixes[%d]", i, j), "unknown weakness %q", w)
			}
		}
		checkSources(ix, ps, fmt.Sprintf("actions[%d]", i), a.Sources)
	}
	for i, w := range b.Weaknesses {
		if len(ix.questionsOf[w.ID]) == 0 {
			ps.add(fmt.Sprintf("weaknesses[%d]", i), "weakness %q is revealed by no question", w.ID)
		}
		if len(ix.actionsOf[w.ID]) == 0 {
			ps.add(fmt.Sprintf("weaknesses[%d]", i), "weakness %q is fixed by no action", w.ID)
		}
	}
}

func checkSources(ix *bankIndex, ps *problems, path string, ids []string) {
	for j, s := range ids {
		if _, ok := ix.source[s]; !ok {
			ps.add(fmt.Sprintf("%s.sources[%d]", path, j), "unknown source %q", s)
		}
	}
}

func (b *Bank) checkConditions(ix *bankIndex, ps *problems, path string, conds []Condition) {
	for i, c := range conds {
		cpath := fmt.Sprintf("%s.when[%d]", path, i)
		opts, ok := ix.optionsOf(c.Question)
		if !ok {
			ps.add(cpath+".question", "unknown question %q", c.Question)
			continue
		}
		for j, o := range c.AnyOf {
			if !contains(opts, o) {
				ps.add(fmt.Sprintf("%s.any_of[%d]", cpath, j), "%q is not an option of question %q", o, c.Question)
			}
		}
	}
}

// checkCycles refuses applicability rules that depend on themselves: a
// question whose asking depends, through any chain of conditions, on its
// own answer could never be settled.
func (b *Bank) checkCycles(ix *bankIndex, ps *problems) {
	const (
		unvisited = iota
		active
		done
	)
	state := map[string]int{}
	var stack []string
	var visit func(id string) bool
	visit = func(id string) bool {
		switch state[id] {
		case active:
			start := 0
			for i, s := range stack {
				if s == id {
					start = i
				}
			}
			cycle := append(append([]string{}, stack[start:]...), id)
			ps.add(ix.pathOf[id]+".when", "applicability rules form a cycle: %s", strings.Join(cycle, " -> "))
			return false
		case done:
			return true
		}
		state[id] = active
		stack = append(stack, id)
		for _, dep := range ix.dependsOn(id) {
			if _, known := ix.pathOf[dep]; known && !visit(dep) {
				return false
			}
		}
		stack = stack[:len(stack)-1]
		state[id] = done
		return true
	}
	for _, id := range ix.order {
		if state[id] == unvisited && !visit(id) {
			return // one cycle reported is enough to fix; others follow
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
