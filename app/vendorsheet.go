package app

import (
	"strconv"
	"time"

	"github.com/hiyari-app/hiyari/words"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// vendorSheet is a one-page questionnaire for whoever looks after the
// company's IT (the /vendor page): the questions answered "don't know" and
// those the bank tags for the IT vendor that are still unanswered, each
// with its "yes looks like" line and boxes to tick, to print and send. The
// answers that come back are typed in on each question's page.
type vendorSheet struct {
	page
	date time.Time
}

func newVendorSheet() *vendorSheet { return &vendorSheet{page: page{title: words.PageVendor}} }

func (c *vendorSheet) OnInit() {
	c.page.OnInit()
	if c.date.IsZero() {
		c.date = time.Now()
	}
}

func (c *vendorSheet) Render() app.UI {
	v := c.view()
	l := v.lang()
	b := v.bank()
	ids := c.s.Result().VendorSheet(b)
	company := c.s.Company()
	if company == "" {
		company = v.t(words.NoCompany)
	}
	boxes := []string{words.AnswerYes.In(l), words.AnswerPartly.In(l), words.AnswerNo.In(l)}
	return c.layout(
		app.Div().Class("print-bar no-print").Body(
			app.Button().ID("print").Class("button primary").Type("button").Text(v.t(words.Print)).OnClick(c.onPrint),
			app.A().Class("button").Href(href(pathResults)).Text(v.t(words.BackToResults)),
			app.P().Class("hint").Text(v.t(words.VendorAfter)),
		),
		app.Article().ID("vendor-sheet").Class("vendor-sheet").Lang(string(l)).Body(
			app.H1().Text(v.t(words.VendorTitle)),
			app.Dl().Class("cover-facts").Body(
				app.Dt().Text(v.t(words.VendorFrom)), app.Dd().ID("vendor-company").Text(company),
				app.Dt().Text(v.t(words.ReportDate)), app.Dd().Text(words.Date(l, c.date)),
				app.Dt().Text(v.t(words.VendorReplyBy)), app.Dd().Class("write-in").Text(""),
			),
			app.If(len(ids) == 0, func() app.UI {
				return app.P().ID("vendor-none").Text(v.t(words.VendorNone))
			}).Else(func() app.UI {
				return app.Div().Body(
					app.P().Class("lead").Text(v.t(words.VendorLead)),
					app.Table().Class("vendor-table").Body(
						app.THead().Body(app.Tr().Body(
							app.Th().Scope("col").Class("narrow").Text(v.t(words.VendorColNo)),
							app.Th().Scope("col").Text(v.t(words.ColQuestion)),
							app.Th().Scope("col").Text(v.t(words.VendorColReply)),
							app.Th().Scope("col").Class("write-in").Text(v.t(words.VendorColNote)),
						)),
						app.TBody().Body(app.Range(ids).Slice(func(i int) app.UI {
							q := b.Question(ids[i])
							return app.Tr().ID("vendor-"+q.ID).Body(
								app.Td().Class("narrow").Text(strconv.Itoa(i+1)),
								app.Td().Body(
									app.P().Class("vendor-q").Text(v.text(q.Text)),
									app.P().Class("cell-detail").Text(v.text(q.Help)),
								),
								app.Td().Class("vendor-boxes").Body(app.Range(boxes).Slice(func(j int) app.UI {
									return app.Span().Class("box").Text("☐ " + boxes[j])
								})),
								app.Td().Class("write-in").Text(""),
							)
						})),
					),
				)
			}),
		),
	)
}

func (c *vendorSheet) onPrint(ctx app.Context, e app.Event) { printPage() }
