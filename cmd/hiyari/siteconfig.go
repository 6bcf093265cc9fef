package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hiyari-app/hiyari/app"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// ConfigSchema is the schema of a site configuration (--config): the
// organisation's name, a contact line, an accent colour and a logo. The
// server reads it; the browser gets its parts through the pages (meta
// elements, a generated stylesheet, the logo file), never from elsewhere.
const ConfigSchema = "hiyari.config/v1"

// Limits of a configuration.
const (
	maxConfigSize = 64 << 10
	maxOrgName    = 80
	maxContact    = 200
	maxLogoSize   = 100 << 10
)

// configFile is the JSON document.
type configFile struct {
	Schema       string          `json:"schema"`
	Organisation assessment.Text `json:"organisation"`
	Contact      assessment.Text `json:"contact"`
	Accent       string          `json:"accent"`
	Logo         string          `json:"logo"`
}

// siteConfig is a checked configuration, ready to hand out.
type siteConfig struct {
	app.SiteConfig
	accent   string // #rrggbb, or "" for Hiyari's own colour
	logo     []byte
	logoName string // logo.svg or logo.png under /web/
}

var (
	accentPattern = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
	svgHandler    = regexp.MustCompile(`\son[a-z]+\s*=`)
)

// loadConfig reads and checks a configuration; every problem is named, in
// lang, with the field it is in.
func loadConfig(path string, lang assessment.Lang) (*siteConfig, error) {
	data, err := readLimited(path, maxConfigSize)
	if err != nil {
		return nil, err
	}
	var f configFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, errors.New(words.ConfigSyntax.In(lang, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New(words.ConfigSyntax.In(lang, "data after the document"))
	}
	var problems []string
	bad := func(field string, m words.Msg, args ...any) {
		problems = append(problems, field+": "+m.In(lang, args...))
	}
	if f.Schema != ConfigSchema {
		bad("schema", words.ConfigSchemaWrong, f.Schema, ConfigSchema)
	}
	for _, t := range []struct {
		field, value string
		max          int
	}{
		{"organisation.ja", f.Organisation.JA, maxOrgName}, {"organisation.en", f.Organisation.EN, maxOrgName},
		{"contact.ja", f.Contact.JA, maxContact}, {"contact.en", f.Contact.EN, maxContact},
	} {
		if n := utf8.RuneCountInString(t.value); n > t.max {
			bad(t.field, words.ConfigTooLong, n, t.max)
		}
		if strings.ContainsAny(t.value, "\r\n<>") {
			bad(t.field, words.ConfigOneLine)
		}
	}
	if (f.Organisation.JA == "") != (f.Organisation.EN == "") {
		bad("organisation", words.ConfigBothLangs)
	}
	if (f.Contact.JA == "") != (f.Contact.EN == "") {
		bad("contact", words.ConfigBothLangs)
	}
	if f.Accent != "" {
		if !accentPattern.MatchString(f.Accent) {
			bad("accent", words.ConfigAccentForm, f.Accent)
		} else if c := contrast(f.Accent, "#ffffff"); c < 4.5 {
			bad("accent", words.ConfigAccentContrast, f.Accent, c)
		}
	}
	c := &siteConfig{SiteConfig: app.SiteConfig{Organisation: f.Organisation, Contact: f.Contact}, accent: strings.ToLower(f.Accent)}
	if f.Logo != "" {
		logoPath := f.Logo
		if !filepath.IsAbs(logoPath) {
			logoPath = filepath.Join(filepath.Dir(path), logoPath)
		}
		logo, err := readLimited(logoPath, maxLogoSize)
		switch ext := strings.ToLower(filepath.Ext(f.Logo)); {
		case err != nil:
			bad("logo", words.ConfigLogoRead, err)
		case ext == ".png" && bytes.HasPrefix(logo, []byte("\x89PNG\r\n\x1a\n")):
			c.logo, c.logoName = logo, "logo.png"
		case ext == ".svg" && safeSVG(logo):
			c.logo, c.logoName = logo, "logo.svg"
		default:
			bad("logo", words.ConfigLogoKind, f.Logo)
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return c, nil
}

// safeSVG accepts an SVG image with nothing that runs: opened on its own,
// from a host that sends no Content-Security-Policy, a script in it would
// run with the site's rights.
func safeSVG(b []byte) bool {
	lower := strings.ToLower(string(b))
	if strings.Contains(lower, "<script") || strings.Contains(lower, "javascript:") ||
		svgHandler.MatchString(lower) || strings.Contains(lower, "<foreignobject") {
		return false
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local == "svg"
		}
	}
}

// contrast is the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(hex string) float64 {
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.03928 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l
}

// stylesheet is the generated CSS that gives the site its accent colour:
// a file, so that the strict Content-Security-Policy (no inline styles)
// stays. The darker shade (hover, the menu bar) is the accent at 70%.
func (c *siteConfig) stylesheet() []byte {
	if c == nil || c.accent == "" {
		return nil
	}
	dark := "#"
	for i := 0; i < 3; i++ {
		v, _ := strconv.ParseUint(c.accent[1+2*i:3+2*i], 16, 8)
		dark += fmt.Sprintf("%02x", int(float64(v)*0.7))
	}
	return []byte(fmt.Sprintf("/* Generated by hiyari from the site configuration. */\n:root { --brand: %s; --brand-dark: %s; }\n", c.accent, dark))
}

// siteExtras is what an organisation adds to its copy: its own bank
// (--bank, already checked) and its configuration (--config).
type siteExtras struct {
	bank   []byte
	config *siteConfig
}

// ownFile is one file of the extras, served and written under /web/.
type ownFile struct {
	path string
	data []byte
}

// Where the extras are served.
const (
	siteBankPath  = "/web/bank.json"
	siteStylePath = "/web/site.css"
)

// files lists the extras' files in a fixed order.
func (o siteExtras) files() []ownFile {
	var fs []ownFile
	if o.bank != nil {
		fs = append(fs, ownFile{siteBankPath, o.bank})
	}
	if css := o.config.stylesheet(); css != nil {
		fs = append(fs, ownFile{siteStylePath, css})
	}
	if o.config != nil && o.config.logo != nil {
		fs = append(fs, ownFile{"/web/" + o.config.logoName, o.config.logo})
	}
	return fs
}

// file returns the extra file served at p, or nil.
func (o siteExtras) file(p string) []byte {
	for _, f := range o.files() {
		if f.path == p {
			return f.data
		}
	}
	return nil
}

// metas are the meta elements that hand the browser the extras, resolved
// under the site's prefix.
func (o siteExtras) metas(resolve func(string) string) map[string]string {
	m := map[string]string{}
	if o.bank != nil {
		m[app.MetaBank] = resolve(siteBankPath)
	}
	if c := o.config; c != nil {
		for _, t := range []struct {
			name string
			text assessment.Text
		}{{app.MetaOrganisation, c.Organisation}, {app.MetaContact, c.Contact}} {
			if t.text.JA != "" {
				m[t.name+"ja"], m[t.name+"en"] = t.text.JA, t.text.EN
			}
		}
		if c.logo != nil {
			// Unresolved: go-app resolves /web/ paths where it is used.
			m[app.MetaLogo] = "/web/" + c.logoName
		}
	}
	return m
}
