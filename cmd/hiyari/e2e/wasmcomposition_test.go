package e2e

// What the wasm carries, by Go package: the code of each function (from
// the module's code section, named by its name section, so from a build
// with names, unlike the one served) and the data segments as one figure,
// since the linker does not name them; the built-in bank's share of the
// data is counted from the bank itself.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hiyari-app/hiyari/assessment"
	"github.com/stretchr/testify/require"
)

// wasmParts is a WebAssembly module's size by part.
type wasmParts struct {
	Code  map[string]int // function bodies by Go package
	Data  int            // data segments: type information, function tables, strings, the bank
	Other int            // everything else (imports, tables, names)
}

// readWasmParts reads the sections of a Go-built wasm module. packages
// are the import paths that may own a function; a function is counted
// under the longest one its name starts with, or "other".
func readWasmParts(data []byte, packages []string) (wasmParts, error) {
	if len(data) < 8 || string(data[:4]) != "\x00asm" {
		return wasmParts{}, errors.New("not a wasm module")
	}
	uvarint := func(b []byte, i *int) int {
		v, n := binary.Uvarint(b[*i:])
		*i += n
		return int(v)
	}
	var imports int
	var bodies []int
	names := map[int]string{}
	p := wasmParts{Code: map[string]int{}}
	for i := 8; i < len(data); {
		id := data[i]
		i++
		size := uvarint(data, &i)
		start, end := i, i+size
		if end > len(data) {
			return wasmParts{}, errors.New("a section runs past the end")
		}
		switch id {
		case 2: // imports: functions among them take the first indices
			j := start
			for range uvarint(data, &j) {
				j += uvarint(data, &j)
				j += uvarint(data, &j)
				kind := data[j]
				j++
				switch kind {
				case 0:
					uvarint(data, &j)
					imports++
				case 1:
					j++
					fallthrough
				case 2:
					flags := data[j]
					j++
					uvarint(data, &j)
					if flags&1 != 0 {
						uvarint(data, &j)
					}
				case 3:
					j += 2
				}
			}
			p.Other += size
		case 10: // code
			j := start
			for range uvarint(data, &j) {
				n := uvarint(data, &j)
				bodies = append(bodies, n)
				j += n
			}
		case 11: // data
			p.Data += size
		case 0: // custom: the name section names the functions
			j := start
			n := uvarint(data, &j)
			if string(data[j:j+n]) == "name" {
				j += n
				for j < end {
					sub := data[j]
					j++
					subEnd := j + uvarint(data, &j)
					if sub == 1 {
						k := j
						for range uvarint(data, &k) {
							idx := uvarint(data, &k)
							l := uvarint(data, &k)
							names[idx] = string(data[k : k+l])
							k += l
						}
					}
					j = subEnd
				}
			}
			p.Other += size
		default:
			p.Other += size
		}
		i = end
	}
	// The linker writes a package path with '/' and '-' as '_'.
	mangled := map[string]string{}
	for _, pkg := range packages {
		mangled[strings.NewReplacer("/", "_", "-", "_").Replace(pkg)+"."] = pkg
	}
	for n, size := range bodies {
		name := names[imports+n]
		owner, best := "other", 0
		for prefix, pkg := range mangled {
			if len(prefix) > best && strings.HasPrefix(name, prefix) {
				owner, best = pkg, len(prefix)
			}
		}
		p.Code[owner] += size
	}
	return p, nil
}

// textBytes counts the bytes of every string in v: what a Go value written
// as data holds as text, before the headers that point to it.
func textBytes(v reflect.Value) int {
	switch v.Kind() {
	case reflect.String:
		return v.Len()
	case reflect.Pointer:
		if v.IsNil() {
			return 0
		}
		return textBytes(v.Elem())
	case reflect.Slice:
		n := 0
		for i := range v.Len() {
			n += textBytes(v.Index(i))
		}
		return n
	case reflect.Map:
		n := 0
		for _, k := range v.MapKeys() {
			n += textBytes(k) + textBytes(v.MapIndex(k))
		}
		return n
	case reflect.Struct:
		n := 0
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				n += textBytes(v.Field(i))
			}
		}
		return n
	}
	return 0
}

// wasmComposition builds cmd/web with its names and lists what each part
// of the program weighs: our packages, each module it depends on, the
// standard library's largest packages, the data and the bank's text in it.
func wasmComposition(tb testing.TB) string {
	dir := tb.TempDir()
	out := filepath.Join(dir, "named.wasm")
	build := exec.Command("go", "build", "-o", out, "./cmd/web")
	build.Dir = repoRoot
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	msg, err := build.CombinedOutput()
	require.NoError(tb, err, "%s", msg)
	list := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}|{{if .Module}}{{.Module.Path}}{{end}}", "./cmd/web")
	list.Dir = repoRoot
	list.Env = build.Env
	msg, err = list.Output()
	require.NoError(tb, err)
	var packages []string
	module := map[string]string{}
	for _, l := range strings.Fields(string(msg)) {
		pkg, mod, _ := strings.Cut(l, "|")
		packages = append(packages, pkg)
		module[pkg] = mod
	}
	data, err := os.ReadFile(out)
	require.NoError(tb, err)
	parts, err := readWasmParts(data, packages)
	require.NoError(tb, err)

	// Ours by package, other modules whole, the standard library by
	// package (the largest ones named).
	groups := map[string]int{}
	for pkg, size := range parts.Code {
		switch mod := module[pkg]; {
		case mod == "github.com/hiyari-app/hiyari":
			groups[pkg] += size
		case mod != "":
			groups["module "+mod] += size
		case pkg == "other":
			groups["(the runtime's assembly and the linker's helpers)"] += size
		default:
			groups["std "+pkg] += size
		}
	}
	type row struct {
		name string
		size int
	}
	var rows []row
	std := 0
	for name, size := range groups {
		if strings.HasPrefix(name, "std ") && size < 40_000 {
			std += size
			continue
		}
		rows = append(rows, row{name, size})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].size > rows[j].size })
	bank, err := assessment.DefaultBank()
	require.NoError(tb, err)
	kb := func(n int) string { return fmt.Sprintf("%7.0f kB", float64(n)/1e3) }
	var b strings.Builder
	fmt.Fprintf(&b, "\nwhat the wasm carries (raw, before compression; %s in all):\n", kb(len(data)))
	for _, r := range rows {
		fmt.Fprintf(&b, "  %s  code of %s\n", kb(r.size), r.name)
	}
	fmt.Fprintf(&b, "  %s  code of the rest of the standard library\n", kb(std))
	fmt.Fprintf(&b, "  %s  data (type information, function tables, strings), of which the built-in bank's text is %s\n",
		kb(parts.Data), strings.TrimSpace(kb(textBytes(reflect.ValueOf(*bank)))))
	fmt.Fprintf(&b, "  %s  the rest (imports, tables, function names: left out of the wasm served)\n", kb(parts.Other))
	return b.String()
}
