package app

import (
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the pages.
const (
	pathHome      = "/"
	pathProfile   = "/profile"
	pathQuestions = "/questions"
	pathResults   = "/results"
	pathPlan      = "/plan"
	pathReport    = "/report"
	pathMethod    = "/method"
	pathVendor    = "/vendor"
	pathCompare   = "/compare"
	pathList      = "/assessments"
)

// areaPattern matches one area's questions: /questions/<area id>, with the
// bank's id syntax (assessment.ValidID; isAreaPath says the same without a
// regular expression).
const areaPattern = `^/questions/[A-Za-z][A-Za-z0-9_.-]{0,63}$`

// isAreaPath reports whether path is an area's questions page.
func isAreaPath(path string) bool {
	id, ok := strings.CutPrefix(path, pathQuestions+"/")
	return ok && assessment.ValidID(id)
}

// Register registers every page with go-app. Both mains call it, so the
// browser, the prerender and the static build route the same way.
func Register() {
	app.Route(pathHome, func() app.Composer { return newLanding() })
	app.Route(pathProfile, func() app.Composer { return newProfile() })
	app.Route(pathQuestions, func() app.Composer { return newQuestions() })
	app.RouteWithRegexp(areaPattern, func() app.Composer { return newQuestions() })
	app.Route(pathResults, func() app.Composer { return newResults() })
	app.Route(pathPlan, func() app.Composer { return newPlan() })
	app.Route(pathReport, func() app.Composer { return newReport() })
	app.Route(pathMethod, func() app.Composer { return newMethod() })
	app.Route(pathVendor, func() app.Composer { return newVendorSheet() })
	app.Route(pathCompare, func() app.Composer { return newComparePage() })
	app.Route(pathList, func() app.Composer { return newAssessmentsPage() })
	// Last: every other address is answered by the app's own "not found".
	app.RouteWithRegexp(`^/`, func() app.Composer { return newNotFoundPage() })
}

// Paths lists every concrete path the app serves: the fixed pages and one
// questionnaire page per area of the built-in bank. The server prerenders
// them, the static build writes them and the service worker precaches them.
func Paths() []string {
	paths := []string{pathHome, pathProfile, pathQuestions, pathResults, pathPlan, pathReport, pathMethod, pathVendor, pathCompare, pathList}
	for _, a := range defaultBank().Areas {
		paths = append(paths, areaPath(a.ID))
	}
	return paths
}

// areaPath is the questionnaire page of one area.
func areaPath(id string) string { return pathQuestions + "/" + id }
