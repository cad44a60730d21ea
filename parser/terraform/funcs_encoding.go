package terraform

import (
	"bytes"
	"compress/gzip"
	"crypto/md5"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"hash"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/ianaindex"
)

var base64DecodeFunc = function.New(&function.Spec{
	Description: "Decodes a string containing a base64 sequence.",
	Params:      []function.Parameter{{Name: "str", Type: cty.String}},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		raw, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "the given value is not valid base64: %s", err)
		}
		if !utf8.Valid(raw) {
			return cty.NilVal, function.NewArgErrorf(0, "the result of decoding the provided string is not valid UTF-8")
		}
		return cty.StringVal(string(raw)), nil
	},
})

// base64GzipFunc compresses the UTF-8 bytes of a string with gzip at the
// default level, flushes, closes and encodes as standard base64: the same
// steps as Terraform, so the output is byte-for-byte the same.
var base64GzipFunc = function.New(&function.Spec{
	Description: "Compresses a string with gzip and then encodes the result in Base64 encoding.",
	Params:      []function.Parameter{{Name: "str", Type: cty.String}},
	Type:        function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		var b bytes.Buffer
		gz := gzip.NewWriter(&b)
		if _, err := gz.Write([]byte(args[0].AsString())); err != nil {
			return cty.NilVal, fmt.Errorf("compress: %w", err)
		}
		if err := gz.Flush(); err != nil {
			return cty.NilVal, fmt.Errorf("compress: %w", err)
		}
		if err := gz.Close(); err != nil {
			return cty.NilVal, fmt.Errorf("compress: %w", err)
		}
		return cty.StringVal(base64.StdEncoding.EncodeToString(b.Bytes())), nil
	},
})

// ianaEncoding looks up a character encoding by IANA name or alias, as
// textencodebase64 and textdecodebase64 accept them.
func ianaEncoding(name string) (encoding.Encoding, error) {
	enc, err := ianaindex.IANA.Encoding(name)
	if err != nil || enc == nil {
		return nil, function.NewArgErrorf(1, "%q is not a supported IANA encoding name or alias", name)
	}
	return enc, nil
}

// textEncodeBase64Func encodes a string in a named character encoding (an
// IANA name or alias, as Terraform accepts) and then in base64.
var textEncodeBase64Func = function.New(&function.Spec{
	Description: "Encodes the given string in the given character encoding and returns the result in base64.",
	Params: []function.Parameter{
		{Name: "string", Type: cty.String},
		{Name: "encoding", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		name := args[1].AsString()
		enc, err := ianaEncoding(name)
		if err != nil {
			return cty.NilVal, err
		}
		encoded, err := enc.NewEncoder().Bytes([]byte(args[0].AsString()))
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "the given string contains characters that cannot be represented in %s", name)
		}
		return cty.StringVal(base64.StdEncoding.EncodeToString(encoded)), nil
	},
})

var textDecodeBase64Func = function.New(&function.Spec{
	Description: "Decodes a base64 string whose bytes are text in the given character encoding.",
	Params: []function.Parameter{
		{Name: "source", Type: cty.String},
		{Name: "encoding", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		name := args[1].AsString()
		enc, err := ianaEncoding(name)
		if err != nil {
			return cty.NilVal, err
		}
		raw, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "the given value is not valid base64: %s", err)
		}
		text, err := enc.NewDecoder().Bytes(raw)
		if err != nil || !utf8.Valid(text) {
			return cty.NilVal, function.NewArgErrorf(0, "the given value is not valid %s text", name)
		}
		return cty.StringVal(string(text)), nil
	},
})

func md5New() hash.Hash    { return md5.New() }
func sha1New() hash.Hash   { return sha1.New() }
func sha256New() hash.Hash { return sha256.New() }
func sha512New() hash.Hash { return sha512.New() }

func encodeHex(b []byte) string    { return hex.EncodeToString(b) }
func encodeBase64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// makeHashFunc builds md5, sha1, sha256, sha512 (hex) and base64sha256,
// base64sha512: the digest of the string's UTF-8 bytes.
func makeHashFunc(h func() hash.Hash, enc func([]byte) string) function.Function {
	return function.New(&function.Spec{
		Description: "Computes a hash of the UTF-8 bytes of the given string.",
		Params:      []function.Parameter{{Name: "str", Type: cty.String}},
		Type:        function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.StringVal(hashString(h, []byte(args[0].AsString()), enc)), nil
		},
	})
}

func hashString(h func() hash.Hash, data []byte, enc func([]byte) string) string {
	d := h()
	d.Write(data) // hash.Hash.Write never fails
	return enc(d.Sum(nil))
}

// rsaDecryptFunc decrypts base64 RSA PKCS #1 v1.5 ciphertext with a PEM
// private key (PKCS #1 or PKCS #8). Terraform also accepts OpenSSH-format
// keys; those are refused here with an error.
var rsaDecryptFunc = function.New(&function.Spec{
	Description: "Decrypts an RSA-encrypted ciphertext, returning the corresponding cleartext.",
	Params: []function.Parameter{
		{Name: "ciphertext", Type: cty.String},
		{Name: "privatekey", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		ct, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(0, "failed to decode input %q: cipher text must be base64-encoded", args[0].AsString())
		}
		block, _ := pem.Decode([]byte(args[1].AsString()))
		if block == nil {
			return cty.NilVal, function.NewArgErrorf(1, "invalid private key: no PEM block found")
		}
		key, err := parseRSAPrivateKey(block.Bytes)
		if err != nil {
			return cty.NilVal, function.NewArgErrorf(1, "invalid private key: %s", err)
		}
		out, err := rsa.DecryptPKCS1v15(nil, key, ct)
		if err != nil {
			return cty.NilVal, errors.New("failed to decrypt: the ciphertext does not match the private key")
		}
		if !utf8.Valid(out) {
			return cty.NilVal, errors.New("the decrypted value is not valid UTF-8")
		}
		return cty.StringVal(string(out)), nil
	},
})

func parseRSAPrivateKey(der []byte) (*rsa.PrivateKey, error) {
	if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		return k, nil
	}
	k, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return nil, errors.New("not a PKCS #1 or PKCS #8 RSA private key")
	}
	rk, ok := k.(*rsa.PrivateKey)
	if !ok {
		return nil, errors.New("not an RSA private key")
	}
	return rk, nil
}
