package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// flags is a subcommand's flag set with what its usage says about it.
type flags struct {
	*flag.FlagSet
	m     *Main
	args  string    // positional arguments in the usage line, e.g. "FILE"
	about words.Msg // what the subcommand does
}

// newFlags returns the flag set of subcommand name. Its usage is generated
// from the flags defined on it, in the language of the command line.
func (m *Main) newFlags(name, args string, about words.Msg) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	// parse says what is wrong, in the user's language, and prints the
	// usage where it belongs.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &flags{FlagSet: fs, m: m, args: args, about: about}
}

// parse reads the flags, which may come before or after the positional
// arguments (`assess a.json --lang ja` as well as `assess --lang ja
// a.json`). When ok is false the subcommand returns code at once: 0 after
// --help (its usage is on standard output), 2 after a bad flag (what is
// wrong and the usage are on standard error).
func (f *flags) parse(args []string) (pos []string, code int, ok bool) {
	for {
		err := f.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			f.usage(f.m.Stdout)
			return nil, exitOK, false
		}
		if err != nil {
			f.fail(words.CLIBadFlag.In(f.m.lang, err))
			f.usage(f.m.Stderr)
			return nil, exitUsage, false
		}
		args = f.Args()
		if len(args) == 0 {
			return pos, exitOK, true
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// noArgs refuses positional arguments for a subcommand that takes none.
func (f *flags) noArgs(pos []string) bool {
	if len(pos) > 0 {
		f.fail(words.CLIUnexpected.In(f.m.lang, pos[0]))
		return false
	}
	return true
}

// fail reports a problem with the command line on standard error.
func (f *flags) fail(problem string) {
	fmt.Fprintf(f.m.Stderr, "hiyari %s: %s\n", f.Name(), problem)
}

// usage writes "Usage: hiyari NAME ARGS [options]", what the subcommand
// does, and every flag with its description and default.
func (f *flags) usage(w io.Writer) {
	l := f.m.lang
	line := "hiyari " + f.Name()
	if f.args != "" {
		line += " " + f.args
	}
	opts := 0
	f.VisitAll(func(*flag.Flag) { opts++ })
	if opts > 0 {
		line += " " + words.CLIOptionsArg.In(l)
	}
	fmt.Fprintf(w, "%s: %s\n  %s\n", words.CLIUsage.In(l), line, f.about.In(l))
	if opts == 0 {
		return
	}
	fmt.Fprintf(w, "%s:\n", words.CLIOptions.In(l))
	f.VisitAll(func(fl *flag.Flag) {
		name, text := flag.UnquoteUsage(fl)
		head := "  --" + fl.Name
		if name != "" {
			head += " " + name
		}
		if fl.DefValue != "" && fl.DefValue != "false" {
			text += " " + words.CLIDefault.In(l, fmt.Sprintf("%q", fl.DefValue))
		}
		fmt.Fprintf(w, "%s\n      %s\n", head, text)
	})
}

// commandLineLang is the language of messages: the value of --lang if the
// command line has a valid one (the flag sets are built before they parse
// it, and their descriptions are in this language), else the
// environment's.
func commandLineLang(args []string) assessment.Lang {
	for i, a := range args {
		v, ok := strings.CutPrefix(strings.TrimLeft(a, "-"), "lang=")
		if !ok && strings.TrimLeft(a, "-") == "lang" && a != "lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if l, valid := assessment.ParseLang(v); ok && valid {
			return l
		}
	}
	return envLang()
}

// envLang is the environment's language (LC_ALL, LC_MESSAGES, LANG), or
// English.
func envLang() assessment.Lang {
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l, ok := assessment.ParseLang(os.Getenv(env)); ok {
			return l
		}
	}
	return assessment.EN
}
