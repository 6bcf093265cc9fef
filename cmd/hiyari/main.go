// Command hiyari serves the Hiyari web app, builds it as a static site and,
// for consultants and scripts, prints the question bank and assesses answers
// files.
//
//	hiyari [serve] [--addr 127.0.0.1:8000]   serve the app (default)
//	hiyari build [--out DIR]                   write the app as static files
//	hiyari bank [--json] [--lint FILE]         print or check a question bank
//	hiyari assess FILE [--format md|json|csv] [--lang ja|en]
//	hiyari template [--lang ja|en]             print an empty answers file
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
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
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Run runs one subcommand and returns the process exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	cmd := "serve"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return m.serve(ctx, args)
	case "build":
		return m.build(ctx, args)
	case "bank":
		return m.bank(args)
	case "assess":
		return m.assess(args)
	case "template":
		return m.template(args)
	case "help", "-h", "--help":
		fmt.Fprint(m.Stdout, usage)
		return exitOK
	}
	fmt.Fprintf(m.Stderr, "hiyari: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
}

const usage = `Usage:
  hiyari [serve] [--addr 127.0.0.1:8000]      serve the app (default)
  hiyari build [--out DIR]                     write the app as static files
  hiyari bank [--json] [--lint FILE]           print the built-in bank, or check a custom one
  hiyari assess FILE [--format md|json|csv] [--lang ja|en]
                                               assess an answers file and print the plan
  hiyari template [--lang ja|en]               print an answers file listing every question
`
