package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
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
	// Windows Notepad saves UTF-8 with a byte-order mark: read it. UTF-16
	// (Notepad's "Unicode") is named as such, not called damaged.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf16Text(data) {
		return &Error{Op: op, Kind: KindEncoding, Err: errors.New("the file is UTF-16 text; save it as UTF-8")}
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

// utf16Text reports whether data looks like UTF-16: a byte-order mark, or
// JSON's first character followed or preceded by a zero byte.
func utf16Text(data []byte) bool {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return true
	}
	return len(data) >= 2 && (data[0] == 0 && data[1] != 0 || data[0] != 0 && data[1] == 0)
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
// duplicate keys, keys spelt in another case and trailing data.
func decodeStrict(data []byte, v any) error {
	if err := checkKeys(data, reflect.TypeOf(v)); err != nil {
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

// checkKeys refuses, in one pass over the document, an object that names a
// key twice, and a key that names a field of t in another case ("Company",
// "ANSWERS"). encoding/json would keep the last of two keys and match keys
// in any case: a file could then say one thing to Hiyari and another to jq
// or a script.
func checkKeys(data []byte, t reflect.Type) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	return walkKeys(dec, t)
}

// walkKeys reads one value from dec, checking the keys of the objects in it
// against the type it decodes into.
func walkKeys(dec *json.Decoder, t reflect.Type) error {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil
	}
	var elem func(key string) (reflect.Type, error)
	switch {
	case t == nil:
	case t.Kind() == reflect.Struct:
		fields := jsonFields(t)
		elem = func(key string) (reflect.Type, error) {
			if f, ok := fields[key]; ok {
				return f, nil
			}
			for name := range fields {
				if strings.EqualFold(name, key) {
					return nil, fmt.Errorf("key %q must be written %q", key, name)
				}
			}
			return nil, nil // unknown: DisallowUnknownFields names it
		}
	case t.Kind() == reflect.Map || t.Kind() == reflect.Slice || t.Kind() == reflect.Array:
		elem = func(string) (reflect.Type, error) { return t.Elem(), nil }
	}
	var seen map[string]bool
	if d == '{' {
		seen = map[string]bool{}
	}
	for dec.More() {
		var key string
		if d == '{' {
			k, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ = k.(string)
			if seen[key] {
				return fmt.Errorf("duplicate key %q", key)
			}
			seen[key] = true
		}
		var next reflect.Type
		if elem != nil {
			if next, err = elem(key); err != nil {
				return err
			}
		}
		if err := walkKeys(dec, next); err != nil {
			return err
		}
	}
	_, err = dec.Token() // the closing delimiter
	return err
}

// jsonFields maps the JSON names of a struct's fields (embedded ones
// included) to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
		case f.Anonymous && name == "":
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				for k, v := range jsonFields(ft) {
					out[k] = v
				}
			}
		case f.IsExported():
			if name == "" {
				name = f.Name
			}
			out[name] = f.Type
		}
	}
	return out
}
