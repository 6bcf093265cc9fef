package main

import (
	"fmt"
	"io"
	"os"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/hiyari-app/hiyari/banklint"
	"github.com/hiyari-app/hiyari/words"
)

// What the consultant's commands read: banks, answers files, the language.

// loadBank returns the built-in bank, or the custom bank in path checked
// with every rule (banklint). It reports a failure on standard error.
func (m *Main) loadBank(path string) (*assessment.Bank, bool) {
	if path == "" {
		b, err := assessment.DefaultBank()
		if err != nil {
			fmt.Fprintf(m.Stderr, "hiyari: %s\n", words.CLIBrokenBank.In(m.lang, err))
			return nil, false
		}
		return b, true
	}
	data, err := readLimited(path, assessment.MaxBankSize)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %v\n", err)
		return nil, false
	}
	b, err := banklint.Load(data)
	if err != nil {
		fmt.Fprintf(m.Stderr, "hiyari: %s: %v\n", path, err)
		return nil, false
	}
	return b, true
}

// readInput reads path, or standard input for "-", without reading more
// than limit+1 bytes (so a caller can tell a file over the limit).
func (m *Main) readInput(path string, limit int64) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(io.LimitReader(m.Stdin, limit+1))
	}
	return readLimited(path, limit)
}

// readLimited reads a file without reading more than limit+1 bytes of it.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// docLang resolves the language of a document: --lang, else the language
// recorded in the answers file, else the environment's.
func (m *Main) docLang(flagVal string, doc assessment.Lang) (assessment.Lang, error) {
	if flagVal != "" {
		l, ok := assessment.ParseLang(flagVal)
		if !ok {
			return "", fmt.Errorf("%s", words.CLIBadLang.In(m.lang, flagVal))
		}
		return l, nil
	}
	if doc != "" {
		return doc, nil
	}
	return envLang(), nil
}
