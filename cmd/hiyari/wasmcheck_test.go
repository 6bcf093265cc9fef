package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goWasm compiles a minimal Go program to WebAssembly, the way app.wasm is
// made, and returns the module.
func goWasm(t *testing.T) []byte {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() { println(\"hiyari\") }\n"), 0o644))
	cmd := exec.Command("go", "build", "-o", "app.wasm", "main.go")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GO111MODULE=off")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	b, err := os.ReadFile(filepath.Join(dir, "app.wasm"))
	require.NoError(t, err)
	return b
}

func TestCheckWasm(t *testing.T) {
	good := goWasm(t)
	require.NoError(t, checkWasm(good), "a module built by Go")
	// (module (func (export "f") (result i32) i32.const 42)) with a custom
	// section "x" in front.
	small := []byte("\x00asm\x01\x00\x00\x00" +
		"\x00\x03\x01x\xff" +
		"\x01\x05\x01\x60\x00\x01\x7f" +
		"\x03\x02\x01\x00" +
		"\x07\x05\x01\x01f\x00\x00" +
		"\x0a\x06\x01\x04\x00\x41\x2a\x0b")
	require.NoError(t, checkWasm(small))

	flip := func(b []byte, i int) []byte {
		c := append([]byte(nil), b...)
		c[i] ^= 0xff
		return c
	}
	for name, b := range map[string][]byte{
		"empty":                {},
		"cut in half":          good[:len(good)/2],
		"last byte missing":    good[:len(good)-1],
		"cut in a size":        small[:10],
		"magic flipped":        flip(good, 1),
		"version flipped":      flip(good, 4),
		"garbage tail":         append(append([]byte(nil), good...), "<!doctype html>"...),
		"one byte too many":    append(append([]byte(nil), small...), 0),
		"unknown section id":   append(append([]byte(nil), small...), 0x20, 0x00),
		"section repeated":     append(append([]byte(nil), small...), 0x03, 0x02, 0x01, 0x00),
		"oversized number":     append(append([]byte(nil), small[:8]...), 0x00, 0xff, 0xff, 0xff, 0xff, 0x7f),
		"custom name too long": append(append([]byte(nil), small[:8]...), 0x00, 0x02, 0x05, 'x'),
		"html error page":      []byte("<html><body>502 Bad Gateway</body></html>"),
	} {
		assert.Error(t, checkWasm(b), name)
	}
}
