package app

// The form-sync conventions: the element ids and selectors that the widgets
// draw and that the code keeping the DOM in step with the store (formsync.go,
// focus moves, links to one question) looks up. Both sides use these, so
// they cannot drift apart.

// Fixed element ids.
const (
	idMain      = "main"       // the content; the skip link's target
	idAreaTitle = "area-title" // the questionnaire's heading, focused on a new area
	idCompany   = "company"    // the company name field
)

// Prefixes of element ids made from bank ids.
const (
	questionPrefix = "q-"      // a question's fieldset: q-<question>
	notePrefix     = "note-"   // a question's notes field: note-<question>
	plannedPrefix  = "plan-"   // an action's "planned" checkbox: plan-<action>
	trackPrefix    = "track-"  // an action's tracking fields: track-<field>-<action>
	renamePrefix   = "rename-" // an assessment's new-name field: rename-<entry>
)

// Tracking fields of an action: each control carries the action's id in
// data-action (dataAction) and the field it sets in data-field.
const (
	dataAction    = "action"
	dataField     = "field"
	trackSelector = "[data-" + dataAction + "][data-" + dataField + "]"
	fieldOwner    = "owner"
	fieldDue      = "due"
	fieldStatus   = "status"
	fieldNote     = "note"
)

// trackID is the id of one tracking field of an action.
func trackID(field, action string) string { return trackPrefix + field + "-" + action }

// questionID is the id of a question's fieldset, also the fragment of a link
// to the question (/questions/<area>#q-<question>).
func questionID(q string) string { return questionPrefix + q }

// optionID is the id of one answer's radio: a-<question>-<option>. The radio
// group is named after the question and each radio's value is the option.
func optionID(q, option string) string { return "a-" + q + "-" + option }

// noteID is the id of a question's notes field.
func noteID(q string) string { return notePrefix + q }

// renameID is the id of the field that renames the assessment entry.
func renameID(entry string) string { return renamePrefix + entry }

// plannedID is the id of an action's "planned" checkbox; its value is the
// action's id.
func plannedID(action string) string { return plannedPrefix + action }

// Selectors for what formsync.go updates. A notes field carries its
// question's id in data-q (dataQuestion).
const (
	dataQuestion    = "q"
	radiosSelector  = "input[type=radio]"
	plannedSelector = "input[type=checkbox][id^=" + plannedPrefix + "]"
	notesSelector   = "textarea[data-" + dataQuestion + "]"
)
