package main

import (
	"flag"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/words"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every subcommand answers --help (and -h) with its own usage on standard
// output and exit code 0: asking for help is not an error.
func TestHelpFlagOnEverySubcommand(t *testing.T) {
	for _, cmd := range []string{"serve", "build", "bank", "assess", "template"} {
		for _, h := range []string{"--help", "-h"} {
			code, out, stderr := run(t, "", cmd, h)
			assert.Equal(t, exitOK, code, "hiyari %s %s: %s", cmd, h, stderr)
			assert.Contains(t, out, "hiyari "+cmd, "hiyari %s %s prints that command's usage", cmd, h)
			assert.Empty(t, stderr, "hiyari %s %s", cmd, h)
		}
	}
}

// `hiyari help` lists every subcommand with every one of its flags: the
// listing is generated from the flag sets, so none can be forgotten.
func TestHelpListsEveryFlagOfEverySubcommand(t *testing.T) {
	code, out, _ := run(t, "", "help")
	require.Equal(t, exitOK, code)
	flagsOf := map[string][]string{
		"serve":    {"addr", "frame-ancestors", "web", "prefix", "version"},
		"build":    {"out", "web", "prefix", "version"},
		"bank":     {"json", "lint", "lang"},
		"assess":   {"format", "lang", "bank"},
		"template": {"lang", "format", "bank", "company"},
	}
	for cmd, names := range flagsOf {
		assert.Contains(t, out, "hiyari "+cmd)
		_, one, _ := run(t, "", cmd, "--help")
		for _, name := range names {
			assert.Regexp(t, `(?m)^  --`+name+`( |$)`, one, "hiyari %s --help", cmd)
		}
		assert.Contains(t, out, one, "hiyari help holds hiyari %s --help", cmd)
	}
}

// The usage is made from the flag sets themselves: every flag a subcommand
// defines appears in its usage, with its description.
func TestUsageIsGeneratedFromTheFlags(t *testing.T) {
	var out strings.Builder
	m := &Main{Stdout: &out, Stderr: &out}
	f := m.newFlags("probe", "FILE", words.AboutHelp)
	f.String("colour", "blue", "the colour of the `NAME`")
	f.Bool("loud", false, "shout")
	f.usage(&out)
	assert.Contains(t, out.String(), "hiyari probe FILE")
	assert.Contains(t, out.String(), "--colour NAME")
	assert.Contains(t, out.String(), "the colour of the NAME")
	assert.Contains(t, out.String(), `"blue"`)
	assert.Contains(t, out.String(), "--loud")
	assert.ErrorIs(t, f.Parse([]string{"-h"}), flag.ErrHelp)
}

// A bad flag is still a usage error: exit 2, the usage on standard error.
func TestBadFlagIsAUsageError(t *testing.T) {
	code, out, stderr := run(t, "", "assess", "--colour", "red", "a.json")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "colour")
	assert.Contains(t, stderr, "hiyari assess FILE")
}
