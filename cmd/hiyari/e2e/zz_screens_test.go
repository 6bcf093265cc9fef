package e2e

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// Temporary: screenshots for a visual check (not committed).
func TestZZScreens(t *testing.T) {
	if os.Getenv("SHOTS") == "" {
		return
	}
	b := NewBrowser(t)
	shot := func(name string) {
		png, err := chromedp.Run(b.Ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile("/tmp/shots/"+name+".png", png, 0o644)
	}
	b.Open(Shared(), "/")
	shot("landing")
	b.Click("#start")
	b.WaitVisible("#company")
	b.SendKeys("#company", "Acme Co")
	b.Click(`input[name="p-dev"][value="yes"]`)
	shot("profile")
	b.Click("#to-questions")
	b.WaitVisible(".question")
	shot("questions")
	b.Open(Shared(), "/results")
	shot("results")
	b.Open(Shared(), "/plan")
	shot("plan")
	b.Open(Shared(), "/report")
	shot("report")
	t.Log(b.Console())
}
