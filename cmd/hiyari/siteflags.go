package main

import (
	"errors"
	"fmt"
	iofs "io/fs"
	"path/filepath"
	"strings"

	"github.com/hiyari-app/hiyari/app"
	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/banklint"
	"github.com/hiyari-app/hiyari/words"
)

// siteFlags are the options shared by serve and build.
type siteFlags struct {
	web     string
	prefix  string
	version string
	bank    string
	config  string
}

func (f *siteFlags) register(fs *flags) {
	l := fs.m.lang
	fs.StringVar(&f.web, "web", "web", words.FlagWeb.In(l))
	fs.StringVar(&f.prefix, "prefix", "", words.FlagPrefix.In(l))
	fs.StringVar(&f.version, "version", "", words.FlagVersion.In(l))
	fs.StringVar(&f.bank, "bank", "", words.FlagBank.In(l))
	fs.StringVar(&f.config, "config", "", words.FlagConfig.In(l))
}

// check checks the flags and returns the prefix in the form "/a/b" or "".
func (f *siteFlags) check(l assessment.Lang) (prefix string, err error) {
	if strings.Trim(f.version, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != "" {
		return "", errors.New(words.CLIBadVersion.In(l, f.version))
	}
	p, ok := cleanPrefix(f.prefix)
	if !ok {
		return "", errors.New(words.CLIBadPrefix.In(l, f.prefix))
	}
	return p, nil
}

// open loads the site the flags describe, explaining on standard error why
// it cannot be (most often: the wasm is not built yet).
func (f *siteFlags) open(fs *flags, prefix string) (*site, bool) {
	var own siteExtras
	if f.config != "" {
		c, err := loadConfig(f.config, fs.m.lang)
		if err != nil {
			fmt.Fprintln(fs.m.Stderr, words.CLIBadConfig.In(fs.m.lang, f.config, err))
			return nil, false
		}
		own.config = c
	}
	if f.bank != "" {
		// Checked with every rule before anything is served or written:
		// a bank that fails leaves no half-built site behind.
		data, err := readLimited(f.bank, assessment.MaxBankSize)
		var b *assessment.Bank
		if err == nil {
			b, err = banklint.Load(data)
		}
		if err != nil {
			fmt.Fprintln(fs.m.Stderr, words.CLIBadBank.In(fs.m.lang, f.bank, err))
			return nil, false
		}
		app.UseBank(b)
		own.bank = data
	}
	if own.config != nil {
		sc := own.config.SiteConfig
		if own.config.logo != nil {
			// A /web/ path: go-app puts the prefix in front, on the server
			// and in the browser alike.
			sc.Logo = "/web/" + own.config.logoName
		}
		app.UseSiteConfig(sc)
	}
	s, err := loadSite(f.web, prefix, f.version, own)
	var bad *wasmError
	switch {
	case errors.Is(err, iofs.ErrNotExist):
		err = errors.New(words.CLINoWasm.In(fs.m.lang, err, filepath.Join(f.web, "app.wasm")))
	case errors.As(err, &bad):
		err = errors.New(words.CLIBadWasm.In(fs.m.lang, bad.path, bad.err))
	}
	if err != nil {
		fs.fail(err.Error())
		return nil, false
	}
	return s, true
}
