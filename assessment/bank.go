package assessment

// BankSchema is the schema version of a question bank document. A bank
// document with any other value is rejected: the format only changes with a
// new schema version.
const BankSchema = "hiyari.bank/v2"

// Text is a piece of user-facing wording in every language the bank supports.
// Both languages are required: a bank that says something in one language
// only does not load.
type Text struct {
	JA string `json:"ja" validate:"required,max=4000"`
	EN string `json:"en" validate:"required,max=4000"`
}

// In returns the wording in lang, falling back to English for an unknown
// language.
func (t Text) In(lang Lang) string {
	if lang == JA {
		return t.JA
	}
	return t.EN
}

// Bank is a question bank: what is asked, which weaknesses the answers
// reveal, the incidents those weaknesses caused and the actions that fix
// them. It is data (embedded JSON, or a custom file) and is only used after
// Validate has accepted it.
type Bank struct {
	Schema  string `json:"schema" validate:"required"`
	ID      string `json:"id" validate:"required,hid"`
	Version string `json:"version" validate:"required,max=32"`
	Title   Text   `json:"title"`
	// Scoring holds the numbers the scorer uses, so that a bank can be
	// tuned without touching code.
	Scoring    Scoring           `json:"scoring"`
	Areas      []Area            `json:"areas" validate:"required,min=1,max=50,dive"`
	Profile    []ProfileQuestion `json:"profile" validate:"max=50,dive"`
	Questions  []Question        `json:"questions" validate:"required,min=1,max=500,dive"`
	Weaknesses []Weakness        `json:"weaknesses" validate:"required,min=1,max=500,dive"`
	Incidents  []Incident        `json:"incidents" validate:"max=200,dive"`
	Actions    []Action          `json:"actions" validate:"required,min=1,max=500,dive"`
	Sources    []Source          `json:"sources" validate:"max=500,dive"`

	index *bankIndex
}

// Scoring holds the scorer's parameters.
type Scoring struct {
	// Gap is how far each answer is from the control being in place:
	// 0 for yes, 1 for no. Keys are the control answer ids except na.
	// "Don't know" is a gap at least as large as no: a control nobody can
	// vouch for protects nothing (IPA's self-check scores it below "not
	// done").
	Gap map[string]float64 `json:"gap" validate:"required"`
	// Bands name score ranges, best first; each holds the scores from its
	// Min up to the next better band's Min. The last band's Min is 0.
	Bands []Band `json:"bands" validate:"required,min=2,max=6,dive"`
	// CriticalCap is the best band a company with a critical gap (a
	// critical question answered no or "don't know") can be in, whatever
	// its average.
	CriticalCap string `json:"critical_cap" validate:"required,hid"`
	// MinAnswered and MinKnown make a score provisional (no band) until
	// this share of the applicable questions is answered, and this share
	// is answered with something other than N/A.
	MinAnswered float64 `json:"min_answered" validate:"gt=0,lte=1"`
	MinScored   float64 `json:"min_scored" validate:"gt=0,lte=1"`
	// PolicyQuestion is the control question asking whether a written
	// basic security policy is published (SECURITY ACTION ★★ needs it);
	// empty when the bank does not ask.
	PolicyQuestion string `json:"policy_question,omitempty" validate:"omitempty,hid"`
	// EvidenceStep raises a weakness's risk by this much per documented
	// incident it caused, up to EvidenceCap incidents.
	EvidenceStep float64 `json:"evidence_step" validate:"gte=0,lte=1"`
	EvidenceCap  int     `json:"evidence_cap" validate:"gte=0,lte=20"`
}

// Band is a named score range. Its ID is one of good, fair, weak and poor
// (the wording of each is the app's), best first.
type Band struct {
	ID  string  `json:"id" validate:"required,oneof=good fair weak poor"`
	Min float64 `json:"min" validate:"gte=0,lt=100"`
}

// Area groups questions (and is the unit of per-area scores). An area with
// a When condition is a module: asked only when the profile says it applies.
type Area struct {
	ID          string      `json:"id" validate:"required,hid"`
	Name        Text        `json:"name"`
	Description Text        `json:"description"`
	When        []Condition `json:"when,omitempty" validate:"max=10,dive"`
}

// Condition makes an area or a question depend on another question's answer.
// It holds when that question's answer is one of AnyOf, or when it is
// unanswered: an unanswered profile question never hides risk. It does not
// hold when the question it names is itself not applicable.
type Condition struct {
	Question string   `json:"question" validate:"required,hid"`
	AnyOf    []string `json:"any_of" validate:"required,min=1,dive,hid"`
}

// ProfileQuestion describes the company. Its answers switch modules on or
// off (through Conditions) and adjust impact; they are not scored.
type ProfileQuestion struct {
	ID      string          `json:"id" validate:"required,hid"`
	Text    Text            `json:"text"`
	Help    Text            `json:"help"`
	Options []ProfileOption `json:"options" validate:"required,min=2,max=10,dive"`
	When    []Condition     `json:"when,omitempty" validate:"max=10,dive"`
}

// ProfileOption is one answer to a profile question. Impact is added to the
// impact of the weaknesses it affects when this option is chosen (the
// result is kept within 1..5).
type ProfileOption struct {
	ID     string `json:"id" validate:"required,hid"`
	Label  Text   `json:"label"`
	Impact int    `json:"impact" validate:"gte=-2,lte=2"`
	// Affects limits Impact to the weaknesses of one kind of harm:
	// "confidentiality" (what leaks: people's data, sensitive data) or
	// "availability" (whether the firm keeps working and keeps its money).
	// Empty: every weakness.
	Affects string `json:"affects,omitempty" validate:"omitempty,oneof=confidentiality availability"`
	// ITBy says who does the plan's IT work when this option is chosen:
	// the owner (nobody else looks after IT), an IT staff member, or an
	// outside vendor. The planner then fills that person's time.
	ITBy string `json:"it_by,omitempty" validate:"omitempty,oneof=owner it vendor"`
}

// Control answers. "Yes" always means the control is in place.
const (
	Yes     = "yes"
	Partly  = "partly"
	No      = "no"
	Unknown = "unknown"
	NA      = "na"
)

// ControlOptions lists every control answer, in the order they are offered.
var ControlOptions = []string{Yes, Partly, No, Unknown, NA}

// Question is a control question: it asks whether a control is in place.
type Question struct {
	ID   string `json:"id" validate:"required,hid"`
	Area string `json:"area" validate:"required,hid"`
	Text Text   `json:"text"`
	Help Text   `json:"help"`
	// Options are the answers offered, a subset of ControlOptions that
	// holds yes, no and unknown. N/A is offered only where the question
	// can truly not apply to a company it is asked of.
	Options []string `json:"options" validate:"required,min=3,max=5,unique,dive,oneof=yes partly no unknown na"`
	// Critical marks a control whose absence alone has caused serious
	// incidents (an unpatched VPN, no offline backup): a no or "don't
	// know" caps the band and its fix comes first in the plan.
	Critical bool `json:"critical,omitempty"`
	// Vendor marks a question an owner without IT knowledge usually
	// cannot answer alone: the screen suggests asking whoever looks after
	// IT, and a vendor sheet can be printed from these questions.
	Vendor bool `json:"vendor,omitempty"`
	// Weakness is the weakness a gap in this control reveals.
	Weakness string `json:"weakness" validate:"required,hid"`
	// Likelihood (1..5) that the weakness is exploited: 5 for something
	// reachable from the internet and exploited at scale.
	Likelihood int         `json:"likelihood" validate:"gte=1,lte=5"`
	Refs       Refs        `json:"refs"`
	When       []Condition `json:"when,omitempty" validate:"max=10,dive"`
	// Sources back facts the question or its help states (a legal duty,
	// a deadline).
	Sources []string `json:"sources,omitempty" validate:"max=10,unique,dive,hid"`
}

// Refs points at the standards a question or an action corresponds to.
type Refs struct {
	// ISO27001 holds ISO/IEC 27001:2022 Annex A control ids, e.g. "8.31".
	ISO27001 []string `json:"iso27001" validate:"required,min=1,max=12,dive,iso27001"`
	// CSF holds NIST CSF 2.0 subcategory ids, e.g. "PR.AA-03".
	CSF []string `json:"csf,omitempty" validate:"max=12,dive,csf2"`
	// CIS holds CIS Controls v8 safeguard ids, e.g. "6.3".
	CIS []string `json:"cis,omitempty" validate:"max=12,dive,cis8"`
	// IPA names items of IPA's SME security guideline (free text).
	IPA []string `json:"ipa,omitempty" validate:"max=12,dive,min=1,max=200"`
	// IPASelfCheck holds the numbers (1..25) of the items of IPA's
	// 5分でできる！情報セキュリティ自社診断 a control question answers
	// (see ipa.go); on control questions only.
	IPASelfCheck []int `json:"ipa_self_check,omitempty" validate:"max=5,unique,dive,gte=1,lte=25"`
}

// Weakness is a gap that, documented incidents show, leads to harm.
type Weakness struct {
	ID   string `json:"id" validate:"required,hid"`
	Name Text   `json:"name"`
	// Impact (1..5) of the worst documented consequence before the
	// profile adjusts it: 5 for a mass leak, money loss or closure.
	Impact int `json:"impact" validate:"gte=1,lte=5"`
	// Harm says what the weakness endangers, so that only the profile
	// answers about that kind of harm move its impact: "confidentiality"
	// (data leaks), "availability" (work stops, money is lost) or, when
	// empty, both.
	Harm string `json:"harm,omitempty" validate:"omitempty,oneof=confidentiality availability"`
}

// Incident is a documented incident and the weaknesses that caused it.
type Incident struct {
	ID           string `json:"id" validate:"required,hid"`
	Name         Text   `json:"name"`
	Organisation Text   `json:"organisation"`
	// Date is when it happened or came to light: YYYY, YYYY-MM or YYYY-MM-DD.
	Date         string  `json:"date" validate:"required,hdate"`
	Summary      Text    `json:"summary"`
	Consequences Text    `json:"consequences"`
	Records      Records `json:"records"`
	// Core weaknesses together reproduce the incident; all must be present
	// for a complete match.
	Core []string `json:"core" validate:"required,min=1,max=10,unique,dive,hid"`
	// Amplifying weaknesses made it worse (larger, longer, undetected).
	Amplifying []string `json:"amplifying,omitempty" validate:"max=10,unique,dive,hid"`
	Sources    []string `json:"sources" validate:"required,min=1,max=10,unique,dive,hid"`
	// AppliesWhen holds the profile conditions under which the incident
	// can happen to the company at all (no payment service: no payment
	// app breach). All must hold; an unanswered profile question does not
	// rule an incident out.
	AppliesWhen []Condition `json:"applies_when,omitempty" validate:"max=10,dive"`
	// Caveats mark facts that could not be verified from a primary source.
	Caveats []Text `json:"caveats,omitempty" validate:"max=10,dive"`
}

// Records says how many records or people were affected. Count is 0 when
// no figure was published.
type Records struct {
	Count int64 `json:"count" validate:"gte=0"`
	Text  Text  `json:"text"`
}

// Cost classes of an action.
const (
	CostFree   = "free"
	CostLow    = "low"
	CostMedium = "medium"
	CostHigh   = "high"
)

// Roles that carry out an action.
const (
	RoleOwner  = "owner"
	RoleIT     = "it"
	RoleVendor = "vendor"
	RoleStaff  = "staff"
)

// Action is a remediation step that closes one or more control questions:
// once it is done, the answer to each of them is yes.
type Action struct {
	ID    string `json:"id" validate:"required,hid"`
	Title Text   `json:"title"`
	Steps []Text `json:"steps" validate:"required,min=1,max=12,dive"`
	// DoneWhen is what a consultant checks to call the action done.
	DoneWhen Text   `json:"done_when"`
	Effort   Effort `json:"effort"`
	// Cost is the money it takes; work bought from a vendor is never free.
	Cost string `json:"cost" validate:"required,oneof=free low medium high"`
	Role string `json:"role" validate:"required,oneof=owner it vendor staff"`
	// Closes lists the control questions the action answers yes: the
	// planner credits it with those questions' gaps and nothing else.
	Closes []string `json:"closes" validate:"required,min=1,max=10,unique,dive,hid"`
	// LeadTimeDays is how long another party (a vendor, a bank, a
	// landlord) usually takes before the action can be finished; the
	// action is not planned for a horizon shorter than that.
	LeadTimeDays int `json:"lead_time_days,omitempty" validate:"gte=0,lte=365"`
	// Stopgap is a quick interim step to take today when the full fix
	// takes longer (reset VPN passwords while the patch is scheduled).
	Stopgap *Text `json:"stopgap,omitempty"`
	Refs    Refs  `json:"refs"`
	// Sources back facts the steps state.
	Sources []string `json:"sources,omitempty" validate:"max=10,unique,dive,hid"`
}

// Effort is an estimate in working hours.
type Effort struct {
	MinHours float64 `json:"min_hours" validate:"gt=0,lte=2000"`
	MaxHours float64 `json:"max_hours" validate:"gtefield=MinHours,lte=2000"`
}

// Source is a public document that supports a fact in the bank.
type Source struct {
	ID    string `json:"id" validate:"required,hid"`
	Title string `json:"title" validate:"required,max=300"`
	// Only web addresses: a source is printed as a link.
	URL string `json:"url" validate:"required,url,max=500,startswith=https://|startswith=http://"`
	// Secondary marks a report about a primary source (a blog quoting a
	// press release), weaker evidence than the original.
	Secondary bool `json:"secondary,omitempty"`
}
