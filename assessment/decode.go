package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Every document Hiyari reads (the bank, an answers file) is versioned by
// its "schema" field and decoded strictly: a reader refuses unknown fields,
// duplicate keys and trailing data, so a file is never half understood.

// decodeDocument reads a versioned document into v: within the size limit,
// of the expected schema, strictly decoded. Errors are *Error for op.
func decodeDocument(op string, data []byte, limit int, schema string, v any) error {
	if len(data) > limit {
		return &Error{Op: op, Kind: KindTooLarge, Err: fmt.Errorf("%d bytes is over the limit of %d", len(data), limit)}
	}
	var head struct {
		Schema string `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return &Error{Op: op, Kind: KindSyntax, Err: err}
	}
	if head.Schema != schema {
		if newerSchema(head.Schema, schema) {
			return &Error{Op: op, Kind: KindNewer, Err: fmt.Errorf("schema %q is newer than %q", head.Schema, schema)}
		}
		return &Error{Op: op, Kind: KindSchema, Err: fmt.Errorf("schema %q is not %q", head.Schema, schema)}
	}
	if err := decodeStrict(data, v); err != nil {
		return &Error{Op: op, Kind: KindSyntax, Err: err}
	}
	return nil
}

// newerSchema reports whether got is the same kind of document as want
// ("hiyari.answers/v…") in a later version: a file from a newer Hiyari is
// not damaged, and the user is told to update rather than that it is.
func newerSchema(got, want string) bool {
	family, wantV, ok := strings.Cut(want, "/v")
	if !ok {
		return false
	}
	rest, found := strings.CutPrefix(got, family+"/v")
	if !found {
		return false
	}
	g, err1 := strconv.Atoi(rest)
	w, err2 := strconv.Atoi(wantV)
	return err1 == nil && err2 == nil && g > w
}

// decodeStrict decodes a single JSON document, refusing unknown fields,
// duplicate keys and trailing data.
func decodeStrict(data []byte, v any) error {
	if err := noDuplicateKeys(data); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("unexpected data after the JSON document")
	}
	return nil
}

// noDuplicateKeys refuses an object that names a key twice: encoding/json
// would silently keep the last one, so a file could say two things at once
// and be read differently by another tool.
func noDuplicateKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		keys   map[string]bool
		object bool
		atKey  bool
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{':
				stack = append(stack, &frame{keys: map[string]bool{}, object: true, atKey: true})
			case '[':
				stack = append(stack, &frame{})
			default:
				stack = stack[:len(stack)-1]
				if len(stack) > 0 && stack[len(stack)-1].object {
					stack[len(stack)-1].atKey = true
				}
			}
			continue
		}
		if top == nil || !top.object {
			continue
		}
		if top.atKey {
			k := tok.(string)
			if top.keys[k] {
				return fmt.Errorf("duplicate key %q", k)
			}
			top.keys[k] = true
			top.atKey = false
		} else {
			top.atKey = true
		}
	}
}
