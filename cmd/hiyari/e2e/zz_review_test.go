package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestZZReview(t *testing.T) {
	if os.Getenv("REVIEW") == "" {
		t.Skip()
	}
	out := "/tmp/review"
	os.MkdirAll(out, 0o755)
	for _, sc := range []string{"careless-10-person"} {
		for _, lang := range []string{"ja", "en"} {
			for _, w := range []int64{390, 1280} {
				b := NewBrowser(t)
				if w == 390 {
					b.Do("phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
				} else {
					b.Do("desk", chromedp.EmulateViewport(1280, 900))
				}
				b.Open(Shared(), "/")
				file, _ := filepath.Abs("../../../assessment/testdata/scenarios/" + sc + ".json")
				b.Do("import", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
				b.Poll(`!!document.getElementById("import-confirm") || (localStorage.getItem("hiyari/v1/answers")||"").length > 100`)
				if Eval[bool](b, `!!document.getElementById("import-confirm")`) {
					b.Click("#import-confirm")
				}
				b.Poll(`(localStorage.getItem("hiyari/v1/answers")||"").length > 100`)
				b.Click(`button.lang[value="` + lang + `"]`)
				b.Poll(`document.documentElement.lang === "` + lang + `"`)
				for _, p := range []string{"questions/exposure", "questions/email", "results", "plan", "report"} {
					b.Open(Shared(), "/"+p)
					b.Poll(`!!document.querySelector("main h1")`)
					for i, y := range []string{"0", "innerHeight", "2*innerHeight"} {
						Eval[any](b, `window.scrollTo(0, `+y+`), 0`)
						ctx, cancel := context.WithTimeout(b.Ctx, actionTimeout)
						buf, _ := chromedp.Run(ctx, chromedp.CaptureScreenshot())
						cancel()
						os.WriteFile(filepath.Join(out, sc+"-"+lang+"-"+strings.ReplaceAll(p, "/", "_")+"-"+itoa(w)+"-"+itoa(int64(i+1))+".png"), buf, 0o644)
					}
					if p == "report" && w == 1280 {
						ctx, cancel := context.WithTimeout(b.Ctx, actionTimeout)
						pdf, _ := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize()))
						cancel()
						os.WriteFile(filepath.Join(out, sc+"-"+lang+".pdf"), pdf, 0o644)
					}
				}
			}
		}
	}
}

func itoa(n int64) string {
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
