package banklint

import (
	"errors"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-playground/validator/v10"
	"github.com/hiyari-app/hiyari/assessment"
)

// Load reads a bank document and checks it completely: strict decoding,
// every field rule, then the bank's rules. The bank is usable only if the
// error is nil; otherwise the error is an *assessment.Error listing every
// problem with its JSON path.
func Load(data []byte) (*assessment.Bank, error) {
	b, err := assessment.DecodeBank(data)
	if err != nil {
		return nil, err
	}
	if ps := Fields(b); len(ps) > 0 {
		// The bank's rules on a structurally broken bank would only repeat
		// the same problems in other words.
		return nil, &assessment.Error{Op: "validate bank", Kind: assessment.KindInvalid, Problems: ps}
	}
	if err := b.Validate(); err != nil {
		return nil, err
	}
	return b, nil
}

// Fields checks the field rules of b (its `validate` tags) and returns
// every one it breaks, located by JSON path.
func Fields(b *assessment.Bank) []assessment.Problem {
	err := validate().Struct(b)
	var verrs validator.ValidationErrors
	if !errors.As(err, &verrs) {
		if err == nil {
			return nil
		}
		return []assessment.Problem{{Message: err.Error()}}
	}
	out := make([]assessment.Problem, 0, len(verrs))
	for _, fe := range verrs {
		out = append(out, assessment.Problem{
			Path:    strings.TrimPrefix(fe.Namespace(), "Bank."),
			Message: assessment.RuleMessage(fe.Tag(), fe.Value(), fe.Param(), fe.Kind() == reflect.String),
		})
	}
	return out
}

var (
	isoPattern  = regexp.MustCompile(`^([5-8])\.([0-9]{1,2})$`)
	csfPattern  = regexp.MustCompile(`^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-[0-9]{2}$`)
	cisPattern  = regexp.MustCompile(`^([0-9]{1,2})\.([0-9]{1,2})$`)
	datePattern = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
)

// isoAnnexA is the number of controls in each theme of ISO/IEC 27001:2022
// Annex A: 5 organisational (37), 6 people (8), 7 physical (14),
// 8 technological (34).
var isoAnnexA = map[string]int{"5": 37, "6": 8, "7": 14, "8": 34}

// rules are the custom rules the bank's tags name, besides validator's own.
var rules = map[string]func(s string) bool{
	"hid": assessment.ValidID,
	"iso27001": func(s string) bool {
		m := isoPattern.FindStringSubmatch(s)
		if m == nil {
			return false
		}
		n, _ := strconv.Atoi(m[2])
		return n >= 1 && n <= isoAnnexA[m[1]]
	},
	"csf2": csfPattern.MatchString,
	"cis8": func(s string) bool {
		m := cisPattern.FindStringSubmatch(s)
		if m == nil {
			return false
		}
		c, _ := strconv.Atoi(m[1])
		sg, _ := strconv.Atoi(m[2])
		return c >= 1 && c <= 18 && sg >= 1
	},
	"hdate": func(s string) bool {
		if !datePattern.MatchString(s) {
			return false
		}
		_, err := time.Parse("2006-01-02"[:len(s)], s)
		return err == nil
	},
}

// validate is built once: building a validator is costly and it is safe
// for concurrent use.
var validate = sync.OnceValue(func() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	// Problems name fields by their JSON path, as the bank's author wrote them.
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	for tag, ok := range rules {
		if err := v.RegisterValidation(tag, func(fl validator.FieldLevel) bool { return ok(fl.Field().String()) }); err != nil {
			panic(err)
		}
	}
	return v
})
