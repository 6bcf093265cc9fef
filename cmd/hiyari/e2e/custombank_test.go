package e2e

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// closeBy adds a question to what an action of the bank document closes
// (every question must be closed by one).
func closeBy(doc map[string]any, action, question string) {
	for _, a := range doc["actions"].([]any) {
		if a := a.(map[string]any); a["id"] == action {
			a["closes"] = append(a["closes"].([]any), question)
		}
	}
}

// acmeBank writes the README's worked example: the built-in bank with one
// question of the organisation's own and one incident from its own files.
func acmeBank(t *testing.T, change func(doc map[string]any)) string {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(assessment.DefaultBankJSON(), &doc))
	doc["version"] = "2.0.0-pre+acme.1"
	add := func(key string, v map[string]any) { doc[key] = append(doc[key].([]any), v) }
	text := func(ja, en string) map[string]any { return map[string]any{"ja": ja, "en": en} }
	add("questions", map[string]any{
		"id": "acme-visitor-badge", "area": "office",
		"text":    text("来訪者は受付で記帳し、入館証を付けて社員と一緒に行動していますか？", "Do visitors sign in at reception, wear a badge and stay with a member of staff?"),
		"help":    text("「はい」の例：来訪者は受付で名前と訪問先を記入し、入館証を付け、執務室では社員が付き添っている。", "Yes looks like: visitors write their name and whom they visit at reception, wear a badge, and are accompanied in the office."),
		"options": []string{"yes", "partly", "no", "unknown"}, "weakness": "PH1", "likelihood": 3,
		"refs": map[string]any{"iso27001": []string{"7.2"}},
	})
	add("sources", map[string]any{"id": "ACME1", "title": "ACME internal incident report 2025-06 (intranet)", "url": "https://intranet.example/reports/2025-06"})
	add("incidents", map[string]any{
		"id": "acme-laptop-2025", "date": "2025-06",
		"name":         text("ACME本社：来訪者によるノートPC持ち出し（2025年）", "ACME head office: laptop taken by a visitor (2025)"),
		"organisation": text("ACME株式会社（社内事例）", "ACME KK (our own case)"),
		"summary":      text("付き添いのない来訪者が執務室に入り、机の上のノートPCを持ち去った。", "An unaccompanied visitor walked into the office and took a laptop from a desk."),
		"consequences": text("ノートPCは暗号化されていたため情報の流出はなかった。", "The laptop was encrypted, so no information leaked."),
		"records":      map[string]any{"text": text("流出なし（暗号化済みのノートPC 1台）", "None leaked (one encrypted laptop)")},
		"core":         []string{"PH1"}, "sources": []string{"ACME1"},
	})
	closeBy(doc, "act-office", "acme-visitor-badge")
	if change != nil {
		change(doc)
	}
	data, err := json.MarshalIndent(doc, "", " ")
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "acme-bank.json")
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

// An intranet's own bank: checked when the site is built, its question in
// the prerendered page and in the running app (online and offline), its
// incident in the results; a broken bank stops the build, names the
// problem, and leaves nothing behind.
func TestSiteWithTheOrganisationsOwnBank(t *testing.T) {
	site := buildStatic(t, "--prefix", "/security-check", "--bank", acmeBank(t, nil), "--config", acmeConfig(t, "#7a1f5c", acmeLogo))
	page, err := os.ReadFile(filepath.Join(site, "questions", "office.html"))
	require.NoError(t, err)
	assert.Contains(t, string(page), "来訪者は受付で記帳し", "the prerendered page asks the organisation's question")
	assert.Contains(t, string(page), `<meta name="hiyari-bank" content="/security-check/web/bank.json">`)
	require.FileExists(t, filepath.Join(site, "web", "bank.json"))
	assert.Contains(t, string(page), "ACME株式会社 情報システム部", "the organisation's name is in the prerendered page")
	css, err := os.ReadFile(filepath.Join(site, "web", "site.css"))
	require.NoError(t, err)
	assert.Contains(t, string(css), "--brand: #7a1f5c;")
	require.FileExists(t, filepath.Join(site, "web", "logo.svg"))

	mux := http.NewServeMux()
	mux.Handle("/security-check/", http.StripPrefix("/security-check", http.FileServer(http.Dir(site))))
	ts := httptest.NewServer(mux)
	defer ts.Close()
	b := NewBrowser(t)
	b.Navigate(ts.URL + "/security-check/")
	b.WaitApp()
	b.WaitServiceWorker()
	b.Navigate(ts.URL + "/security-check/questions/office")
	b.WaitApp()
	b.Poll(`!!document.getElementById("q-acme-visitor-badge")`)
	// The organisation's name, logo and colour in the running app.
	b.Click(`button.lang[value="en"]`)
	b.Poll(`(document.getElementById("brand-org") || {}).textContent === "ACME KK, IT department"`)
	assert.Equal(t, "rgb(122, 31, 92)", Eval[string](b, `getComputedStyle(document.querySelector(".top")).backgroundColor`))
	b.Poll(`document.querySelector(".brand-logo").complete && document.querySelector(".brand-logo").naturalWidth > 0`)
	b.Click("#a-acme-visitor-badge-no")
	b.Poll(jsSavedIn("/security-check") + `.includes(` + jsString(`"acme-visitor-badge":"no"`) + `)`)
	saved, err := assessment.ParseAnswers([]byte(Eval[string](b, jsSavedIn("/security-check"))))
	require.NoError(t, err)
	assert.Equal(t, assessment.BankRef{ID: "hiyari-default", Version: "2.0.0-pre+acme.1"}, saved.Bank, "answers record the bank they were made with")

	ts.Close()
	b.Navigate(ts.URL + "/security-check/questions/office")
	b.WaitApp()
	b.Poll(`!!document.getElementById("q-acme-visitor-badge") && document.getElementById("a-acme-visitor-badge-no").checked`)
	assert.False(t, Eval[bool](b, `!!document.getElementById("site-bank-failed")`))
	// Whom to ask, on the results.
	Eval[bool](b, `goappNav("/security-check/results"), true`)
	b.Poll(`(document.getElementById("site-contact") || {}).textContent === "Questions: the IT department, extension 1234"`)
	b.RequireNoAxeViolations()
	assert.Empty(t, b.CSPViolations())
	for _, u := range b.Requests() {
		assert.Contains(t, u, ts.URL+"/", "request left the site: %s", u)
	}

	// A bank file damaged on the server after the build (a half-copied
	// file): the pages say so and the standard questions work; never a
	// blank page.
	damaged := buildStatic(t, "--bank", acmeBank(t, nil))
	require.NoError(t, os.WriteFile(filepath.Join(damaged, "web", "bank.json"), []byte(`{"schema": "hiyari.bank/v2", "id"`), 0o644))
	ds := httptest.NewServer(http.FileServer(http.Dir(damaged)))
	defer ds.Close()
	db := NewBrowser(t)
	db.Navigate(ds.URL + "/")
	db.WaitApp()
	db.Poll(`!!document.getElementById("site-bank-failed") && !!document.getElementById("start")`)
	db.Click("#start")
	db.Poll(`location.pathname === "/profile" && !!document.querySelector("fieldset")`)

	// A dangling reference: the build fails, names it, writes nothing.
	broken := acmeBank(t, func(doc map[string]any) {
		inc := doc["incidents"].([]any)
		inc[len(inc)-1].(map[string]any)["sources"] = []string{"NOPE"}
	})
	out := filepath.Join(t.TempDir(), "site")
	msg, err := exec.Command(binPath, "build", "--out", out, "--web", webDir, "--bank", broken).CombinedOutput()
	require.Error(t, err)
	assert.Contains(t, string(msg), "incidents[15]")
	assert.Contains(t, string(msg), "NOPE")
	assert.NoDirExists(t, out, "no half-built site")

	// A configuration whose colour would make white text unreadable, or
	// whose logo could run a script, is refused the same way.
	for _, c := range []struct{ accent, logo, want string }{
		{"#ffd700", acmeLogo, "contrast"},
		{"#7a1f5c", `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`, "logo"},
	} {
		msg, err := exec.Command(binPath, "build", "--out", out, "--web", webDir, "--config", acmeConfig(t, c.accent, c.logo)).CombinedOutput()
		require.Error(t, err)
		assert.Contains(t, string(msg), c.want)
		assert.NoDirExists(t, out)
	}
}

const acmeLogo = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><rect width="32" height="32" fill="#7a1f5c"/></svg>`

// acmeConfig writes the README's example configuration with an accent
// colour and a logo (SVG text).
func acmeConfig(t *testing.T, accent, logo string) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "acme-logo.svg"), []byte(logo), 0o644))
	cfg := `{
  "schema": "hiyari.config/v1",
  "organisation": {"ja": "ACME株式会社 情報システム部", "en": "ACME KK, IT department"},
  "contact": {"ja": "質問は情報システム部（内線1234）へ", "en": "Questions: the IT department, extension 1234"},
  "accent": "` + accent + `",
  "logo": "acme-logo.svg"
}`
	p := filepath.Join(dir, "hiyari-config.json")
	require.NoError(t, os.WriteFile(p, []byte(cfg), 0o644))
	return p
}

// hiyari serve takes the same --bank and --config as the build.
func TestServeWithTheOrganisationsOwnBankAndName(t *testing.T) {
	srv := StartServer(t, "--bank", acmeBank(t, nil), "--config", acmeConfig(t, "#7a1f5c", acmeLogo))
	b := NewBrowser(t)
	b.Open(srv, "/questions/office")
	b.Click(`button.lang[value="en"]`)
	b.Poll(`(document.getElementById("brand-org") || {}).textContent === "ACME KK, IT department" && !!document.getElementById("q-acme-visitor-badge")`)
	b.Click("#a-acme-visitor-badge-no")
	b.Poll(jsSaved + `.includes(` + jsString(`"acme-visitor-badge":"no"`) + `)`)
	b.Open(srv, "/report")
	b.Poll(`!!document.getElementById("cover-signoff")`)
	printed := strings.Join(strings.Fields(b.PDFText()), " ")
	assert.Contains(t, printed, "ACME KK, IT department")
	assert.Contains(t, printed, "Questions: the IT department, extension 1234")
	assert.Empty(t, b.CSPViolations())
}

// A question that an answer on the same page brings back shows the answer
// it had: the radios of questions that appear are set from the store.
func TestAFollowUpQuestionComesBackWithItsAnswer(t *testing.T) {
	path := acmeBank(t, func(doc map[string]any) {
		doc["questions"] = append(doc["questions"].([]any), map[string]any{
			"id": "acme-badge-back", "area": "office",
			"text":    map[string]any{"ja": "入館証は退館時に回収していますか？", "en": "Are badges collected when visitors leave?"},
			"help":    map[string]any{"ja": "「はい」の例：受付で入館証を返してもらい、枚数を毎日数えている。", "en": "Yes looks like: reception takes each badge back and counts them daily."},
			"options": []string{"yes", "partly", "no", "unknown"}, "weakness": "PH1", "likelihood": 2,
			"refs": map[string]any{"iso27001": []string{"7.2"}},
			"when": []any{map[string]any{"question": "acme-visitor-badge", "any_of": []string{"yes", "partly"}}},
		})
		closeBy(doc, "act-office", "acme-badge-back")
	})
	srv := StartServer(t, "--bank", path)
	b := NewBrowser(t)
	b.Open(srv, "/questions/office")
	b.Click("#a-acme-visitor-badge-yes")
	b.WaitVisible("#a-acme-badge-back-no")
	b.Click("#a-acme-badge-back-no")
	b.Click("#a-acme-visitor-badge-no")
	b.Poll(`!document.getElementById("a-acme-badge-back-no")`)
	// The link to go on stays one element while the page is open: a
	// question appearing above it does not replace it (a replaced link
	// loses the keyboard focus, and a click on its way).
	Eval[bool](b, `document.querySelector(".pager a.primary").hiyariSeen = true`)
	b.Click("#a-acme-visitor-badge-partly")
	b.WaitVisible("#a-acme-badge-back-no")
	assert.True(t, Eval[bool](b, `document.querySelector(".pager a.primary").hiyariSeen === true`), "the pager's link was replaced when a follow-up question appeared")
	b.Poll(`document.getElementById("a-acme-badge-back-no").checked`)
	assert.Equal(t, 1, Eval[int](b, `document.querySelectorAll('input[name="acme-badge-back"]:checked').length`))
	assert.True(t, Eval[bool](b, `document.getElementById("a-acme-visitor-badge-partly").checked`))
}

// A follow-up question in the middle of an area: when it appears or goes,
// the questions below it keep their own answers and notes on screen. (go-app
// reuses elements by position: the radios checked for one question were
// shown under the next, and an unanswered question looked answered.)
func TestQuestionsBelowAFollowUpKeepTheirAnswers(t *testing.T) {
	path := acmeBank(t, func(doc map[string]any) {
		qs := doc["questions"].([]any)
		at := slices.IndexFunc(qs, func(q any) bool { return q.(map[string]any)["id"] == "wifi" })
		require.GreaterOrEqual(t, at, 0)
		guest := map[string]any{
			"id": "acme-wifi-guest", "area": "office",
			"text":    map[string]any{"ja": "来客用のWi-Fiは社内の機器と分けていますか？", "en": "Is the guest Wi-Fi kept apart from the office's own devices?"},
			"help":    map[string]any{"ja": "「はい」の例：来客用のネットワークからは社内のパソコンや複合機が見えない。", "en": "Yes looks like: from the guest network, no office computer or printer can be seen."},
			"options": []string{"yes", "partly", "no", "unknown"}, "weakness": "PH1", "likelihood": 2,
			"refs": map[string]any{"iso27001": []string{"8.20"}},
			"when": []any{map[string]any{"question": "wifi", "any_of": []string{"yes", "partly"}}},
		}
		doc["questions"] = slices.Insert(qs, at+1, any(guest))
		closeBy(doc, "act-office", "acme-wifi-guest")
	})
	srv := StartServer(t, "--bank", path)
	b := NewBrowser(t)
	b.Open(srv, "/questions/office")
	b.WaitVisible("#a-acme-wifi-guest-no")
	// Every question of the page shows what is stored for it, no more.
	shownIsStored := func(when string) {
		t.Helper()
		stored := storedAnswers(t, b)
		shown := checkedRadios(b)
		for _, id := range Eval[[]string](b, `[...document.querySelectorAll("fieldset.question")].map((f) => f.id.slice(2))`) {
			assert.Equal(t, stored.Answers[id], shown[id], "%s: the answer shown for %s", when, id)
			assert.Equal(t, stored.Notes[id], Eval[string](b, `document.getElementById(`+jsString("note-"+id)+`).value`), "%s: the note shown for %s", when, id)
		}
	}
	b.Click("#a-web-sns-yes")
	b.SendKeys("#note-web-sns", "Rules on the wall")
	b.Click("#a-desk-lock-partly")
	b.Poll(jsSaved + `.includes("Rules on the wall") && ` + jsSaved + `.includes('"desk-lock"')`)
	b.Click("#a-wifi-no")
	b.Poll(`!document.getElementById("a-acme-wifi-guest-no")`)
	shownIsStored("the follow-up gone")
	b.Click("#a-wifi-yes")
	b.WaitVisible("#a-acme-wifi-guest-no")
	shownIsStored("the follow-up back")
	assert.Empty(t, Eval[string](b, `(document.querySelector('input[name="acme-wifi-guest"]:checked') || { value: "" }).value`), "the follow-up is not answered")
}

// The same on the profile page: a profile question a custom bank asks only
// for some companies leaves the answers below it where they were.
func TestProfileAnswersBelowAFollowUpStayPut(t *testing.T) {
	path := acmeBank(t, func(doc map[string]any) {
		text := func(ja, en string) map[string]any { return map[string]any{"ja": ja, "en": en} }
		sites := map[string]any{
			"id": "p-acme-sites", "text": text("拠点はいくつありますか？", "How many sites do you have?"),
			"help": text("事務所、店舗、倉庫を数えます。", "Count offices, shops and warehouses."),
			"options": []any{
				map[string]any{"id": "one", "label": text("1か所", "One"), "impact": 0},
				map[string]any{"id": "several", "label": text("複数", "Several"), "impact": 0},
			},
			"when": []any{map[string]any{"question": "p-people", "any_of": []string{"under-1k"}}},
		}
		doc["profile"] = slices.Insert(doc["profile"].([]any), 1, any(sites))
	})
	srv := StartServer(t, "--bank", path)
	b := NewBrowser(t)
	b.Open(srv, "/profile")
	b.WaitVisible("#a-p-acme-sites-one")
	b.Click("#a-p-it-staff")
	b.Click("#a-p-people-over-100k")
	b.Poll(`!document.getElementById("a-p-acme-sites-one")`)
	assert.Equal(t, map[string]string{"p-it": "staff", "p-people": "over-100k"}, checkedRadios(b), "the follow-up gone")
	b.Click("#a-p-people-under-1k")
	b.WaitVisible("#a-p-acme-sites-one")
	assert.Equal(t, map[string]string{"p-it": "staff", "p-people": "under-1k"}, checkedRadios(b), "the follow-up back, unanswered")
	stored := storedAnswers(t, b)
	assert.Equal(t, "staff", stored.Answers["p-it"])
	assert.NotContains(t, stored.Answers, "p-acme-sites")
}
