// Command hiyari serves the Hiyari web app, builds it as a static site and,
// for consultants and scripts, prints the question bank and assesses answers
// files. `hiyari help` lists every subcommand with its options.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/words"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // the command ran and found problems (e.g. bank --lint)
	exitUsage   = 2 // bad arguments or an unreadable/broken input file
)

// Main is the program with its I/O injected, so tests drive the same wiring
// the binary uses.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Ready, when set, is called with the address the server listens on.
	Ready func(addr string)

	// lang is the language of messages and usage: --lang when the command
	// line has it, else the environment's.
	lang assessment.Lang
	// passphrase opens protected answers files (--passphrase-file).
	passphrase string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// subcommand is one of hiyari's commands. Each parses its own flags with
// newFlags, so `--help` works the same everywhere and `hiyari help` can
// list them all.
type subcommand struct {
	name string
	run  func(m *Main, ctx context.Context, args []string) int
}

// subcommands in the order `hiyari help` lists them; serve is the default.
var subcommands = []subcommand{
	{"serve", (*Main).serve},
	{"build", (*Main).build},
	{"bank", (*Main).bank},
	{"assess", (*Main).assess},
	{"compare", (*Main).compare},
	{"template", (*Main).template},
}

// Run runs one subcommand and returns the process exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	m.lang = commandLineLang(args)
	name := "serve"
	if len(args) > 0 {
		switch a := args[0]; {
		case a == "help" || a == "-h" || a == "-help" || a == "--help":
			return m.help(ctx, args[1:])
		case a != "" && a[0] != '-':
			name, args = a, args[1:]
		}
	}
	for _, c := range subcommands {
		if c.name == name {
			return c.run(m, ctx, args)
		}
	}
	fmt.Fprintf(m.Stderr, "hiyari: %s\n\n", words.CLIUnknown.In(m.lang, name))
	m.overview(ctx, m.Stderr)
	return exitUsage
}

// help prints every subcommand's usage (hiyari help), or one
// (hiyari help assess).
func (m *Main) help(ctx context.Context, args []string) int {
	if len(args) > 0 {
		return m.Run(ctx, []string{args[0], "--help"})
	}
	m.overview(ctx, m.Stdout)
	return exitOK
}

// overview writes the usage of every subcommand to w, each generated from
// its flag set.
func (m *Main) overview(ctx context.Context, w io.Writer) {
	out := *m
	out.Stdout = w
	for i, c := range subcommands {
		if i > 0 {
			fmt.Fprintln(w)
		}
		c.run(&out, ctx, []string{"--help"})
	}
	fmt.Fprintf(w, "\n%s\n", words.CLIMoreHelp.In(m.lang))
}
