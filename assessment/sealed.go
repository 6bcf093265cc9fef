package assessment

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/scrypt"
)

// A protected answers file: the answers document sealed with a passphrase,
// for a consultant who carries client files on a USB stick. The key comes
// from the passphrase through scrypt (memory-hard: guessing costs memory as
// well as time), the document is sealed with AES-256-GCM (authenticated: a
// wrong passphrase and a changed file are both refused), and the header
// holds everything but the passphrase: no hint is stored.

// SealedSchema is the schema of a protected answers file.
const SealedSchema = "hiyari.sealed/v1"

// The key derivation's parameters for new files: 2^15 × 8 × 128 bytes =
// 32 MiB of memory, a second or two in a browser. A file records its own,
// so that they can grow without breaking older files.
const (
	sealN      = 1 << 15
	sealR      = 8
	sealP      = 1
	minSealLen = 8 // characters of a passphrase
)

// sealedFile is the document.
type sealedFile struct {
	Schema string    `json:"schema"`
	KDF    sealedKDF `json:"kdf"`
	Cipher string    `json:"cipher"`
	Nonce  []byte    `json:"nonce"`
	Data   []byte    `json:"data"`
}

type sealedKDF struct {
	Name string `json:"name"`
	N    int    `json:"n"`
	R    int    `json:"r"`
	P    int    `json:"p"`
	Salt []byte `json:"salt"`
}

// MinPassphrase is the fewest characters a passphrase may have.
const MinPassphrase = minSealLen

// Seal protects doc (an answers document) with passphrase; random supplies
// the salt and nonce (crypto/rand.Reader).
func Seal(doc []byte, passphrase string, random io.Reader) ([]byte, error) {
	if len([]rune(passphrase)) < minSealLen {
		return nil, &Error{Op: "seal", Kind: KindPassphrase, Err: fmt.Errorf("a passphrase needs at least %d characters", minSealLen)}
	}
	f := sealedFile{Schema: SealedSchema, Cipher: "AES-256-GCM",
		KDF: sealedKDF{Name: "scrypt", N: sealN, R: sealR, P: sealP, Salt: make([]byte, 16)}}
	if _, err := io.ReadFull(random, f.KDF.Salt); err != nil {
		return nil, err
	}
	aead, err := f.aead(passphrase)
	if err != nil {
		return nil, err
	}
	f.Nonce = make([]byte, aead.NonceSize())
	if _, err := io.ReadFull(random, f.Nonce); err != nil {
		return nil, err
	}
	// The header is bound to the sealed data: parameters cannot be swapped.
	f.Data = aead.Seal(nil, f.Nonce, doc, f.header())
	return json.MarshalIndent(f, "", "  ")
}

// IsSealed reports whether data is a protected answers file.
func IsSealed(data []byte) bool {
	var head struct {
		Schema string `json:"schema"`
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	return json.Unmarshal(data, &head) == nil && head.Schema == SealedSchema
}

// Unseal returns the answers document inside a protected file. A wrong
// passphrase and a changed file give the same error (KindPassphrase): the
// cipher cannot tell them apart, and should not.
func Unseal(data []byte, passphrase string) ([]byte, error) {
	const op = "open protected file"
	var f sealedFile
	if err := decodeDocument(op, data, MaxAnswersSize*2, SealedSchema, &f); err != nil {
		return nil, err
	}
	k := f.KDF
	// Bounded work for a hostile header: scrypt's memory is 128·N·r bytes.
	if f.Cipher != "AES-256-GCM" || k.Name != "scrypt" || k.N < 1<<10 || k.N > 1<<20 || k.N&(k.N-1) != 0 ||
		k.R < 1 || k.R > 16 || k.P < 1 || k.P > 4 || len(k.Salt) < 8 || len(k.Salt) > 64 {
		return nil, &Error{Op: op, Kind: KindInvalid, Problems: []Problem{{Path: "kdf", Message: "unsupported protection parameters"}}}
	}
	aead, err := f.aead(passphrase)
	if err != nil {
		return nil, err
	}
	if len(f.Nonce) != aead.NonceSize() {
		return nil, &Error{Op: op, Kind: KindInvalid, Problems: []Problem{{Path: "nonce", Message: "wrong length"}}}
	}
	doc, err := aead.Open(nil, f.Nonce, f.Data, f.header())
	if err != nil {
		return nil, &Error{Op: op, Kind: KindPassphrase, Err: errors.New("wrong passphrase, or the file was changed")}
	}
	return doc, nil
}

func (f *sealedFile) aead(passphrase string) (cipher.AEAD, error) {
	key, err := scrypt.Key([]byte(passphrase), f.KDF.Salt, f.KDF.N, f.KDF.R, f.KDF.P, 32)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// header is the associated data the seal covers.
func (f *sealedFile) header() []byte {
	return fmt.Appendf(nil, "%s|%s|%s|%d|%d|%d|%x", f.Schema, f.Cipher, f.KDF.Name, f.KDF.N, f.KDF.R, f.KDF.P, f.KDF.Salt)
}
