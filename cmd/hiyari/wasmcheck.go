package main

import (
	"bytes"
	"errors"
	"fmt"
)

// checkWasm checks the structure of a WebAssembly module: the magic number
// and version 1, then every section (an id and a LEB128 size) in turn, which
// must end exactly at the end of the file. Hosts copy app.wasm around by
// hand; a half-copied file is still served with 200 and would be handed to
// every browser as an update that cannot start. This catches truncation and
// most corruption without a wasm runtime; the service worker checks the
// digest and runs WebAssembly.validate on what it actually downloaded.
func checkWasm(b []byte) error {
	if len(b) < 8 {
		return fmt.Errorf("%d bytes: too short for a WebAssembly module", len(b))
	}
	if !bytes.Equal(b[:4], []byte("\x00asm")) {
		return fmt.Errorf("does not start with the WebAssembly magic number (found % x)", b[:4])
	}
	if !bytes.Equal(b[4:8], []byte{1, 0, 0, 0}) {
		return fmt.Errorf("WebAssembly version % x, want 01 00 00 00", b[4:8])
	}
	last := -1 // rank of the last non-custom section seen
	for off := 8; off < len(b); {
		start := off
		id := b[off]
		off++
		size, n, err := uleb32(b[off:])
		if err != nil {
			return fmt.Errorf("section at byte %d: size: %v", start, err)
		}
		off += n
		if uint64(off)+uint64(size) > uint64(len(b)) {
			return fmt.Errorf("section %d at byte %d declares %d bytes but the file ends after %d (truncated?)",
				id, start, size, len(b)-off)
		}
		if id == 0 {
			// A custom section starts with its name.
			nameLen, n, err := uleb32(b[off : off+int(size)])
			if err != nil || uint64(n)+uint64(nameLen) > uint64(size) {
				return fmt.Errorf("custom section at byte %d: bad name", start)
			}
		} else {
			rank, ok := sectionRank[id]
			if !ok {
				return fmt.Errorf("unknown section id %d at byte %d", id, start)
			}
			if rank <= last {
				return fmt.Errorf("section %d at byte %d is out of order or repeated", id, start)
			}
			last = rank
		}
		off += int(size)
	}
	return nil
}

// sectionRank gives the order in which the known non-custom sections must
// appear (each at most once): type, import, function, table, memory, tag,
// global, export, start, element, data count, code, data.
var sectionRank = map[byte]int{1: 0, 2: 1, 3: 2, 4: 3, 5: 4, 13: 5, 6: 6, 7: 7, 8: 8, 9: 9, 12: 10, 10: 11, 11: 12}

// uleb32 decodes an unsigned LEB128 number of at most 32 bits and returns it
// with the number of bytes it took.
func uleb32(b []byte) (uint32, int, error) {
	var v uint64
	for i := 0; i < 5; i++ {
		if i >= len(b) {
			return 0, 0, errors.New("file ends inside a number (truncated?)")
		}
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i]&0x80 == 0 {
			if v > 0xffffffff {
				return 0, 0, errors.New("number too large")
			}
			return uint32(v), i + 1, nil
		}
	}
	return 0, 0, errors.New("number longer than 5 bytes")
}
