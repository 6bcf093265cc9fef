package assessment

import "fmt"

// Field rules: what a single field of a document may hold. The answers
// document is checked here by hand (an imported file is checked in the
// browser, which must stay small). The bank's field rules are written as
// `validate` tags on its types and checked by package banklint on the
// native side only; both word a broken rule with RuleMessage, and both use
// ValidID, so a rule and its wording are written once.

// ValidID reports whether s is a valid id of a bank item or answer option:
// a letter, then at most 63 letters, digits, '-', '_' or '.'. Ids are
// written into element ids and file names, so nothing else is allowed.
// (Not a regular expression: compiling one at package init cost the
// browser about 30 ms at every start.)
func ValidID(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z':
		case i > 0 && ('0' <= c && c <= '9' || c == '_' || c == '.' || c == '-'):
		default:
			return false
		}
	}
	return true
}

// RuleMessage words a broken field rule for a Problem. rule is the name the
// `validate` tags use (required, max, hid, iso27001, ...), value the value
// that breaks it and param the rule's parameter (the limit of max, the
// choices of oneof); text tells a string (lengths count characters) from a
// list or map (lengths count entries).
func RuleMessage(rule string, value any, param string, text bool) string {
	switch rule {
	case "required":
		return "is required"
	case "printable":
		return "must not hold control characters"
	case "hid":
		if v, ok := value.(string); ok {
			value = shorten(v)
		}
		return fmt.Sprintf("%q is not a valid id (a letter, then letters, digits, '-', '_' or '.', at most 64)", value)
	case "iso27001":
		return fmt.Sprintf("%q is not an ISO/IEC 27001:2022 Annex A control (5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34)", value)
	case "csf2":
		return fmt.Sprintf("%q is not a NIST CSF 2.0 subcategory id such as PR.AA-03", value)
	case "cis8":
		return fmt.Sprintf("%q is not a CIS Controls v8 safeguard id such as 6.3", value)
	case "hdate":
		return fmt.Sprintf("%q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", value)
	case "datetime":
		return fmt.Sprintf("%q is not an RFC 3339 timestamp", value)
	case "oneof":
		return fmt.Sprintf("%q is not one of: %s", value, param)
	case "unique":
		return "has duplicate entries"
	case "min":
		return "must have at least " + count(param, text)
	case "max":
		return "must have at most " + count(param, text)
	case "gte", "lte", "gt", "lt":
		ops := map[string]string{"gte": ">=", "lte": "<=", "gt": ">", "lt": "<"}
		return fmt.Sprintf("%v must be %s %s", value, ops[rule], param)
	case "gtefield":
		return fmt.Sprintf("%v must not be less than %s", value, param)
	case "url":
		return fmt.Sprintf("%q is not an absolute URL", value)
	case "startswith=https://|startswith=http://":
		return fmt.Sprintf("%q is not an http or https address", value)
	}
	return fmt.Sprintf("%v breaks rule %q", value, rule)
}

// count words a length limit: "200 characters", "1 entry", "5 entries".
func count(n string, text bool) string {
	switch {
	case text && n == "1":
		return n + " character"
	case text:
		return n + " characters"
	case n == "1":
		return n + " entry"
	}
	return n + " entries"
}

// rule records a broken field rule at path.
func (ps *problems) rule(path, rule string, value any, param string, text bool) {
	*ps = append(*ps, Problem{Path: path, Message: RuleMessage(rule, value, param, text)})
}

// shorten cuts what a message quotes from a file to a readable length: a
// hostile file's 10,000-character key is named by its start.
func shorten(s string) string {
	const max = 64
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}
