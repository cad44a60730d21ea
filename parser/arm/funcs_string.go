package arm

import (
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"math/bits"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

func stringArg(c *callCtx, v any, n int) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", c.errorf("argument %d must be a string, got %s", n, typeName(v))
	}
	return s, nil
}

func intArg(c *callCtx, v any, n int) (int, error) {
	i, ok := toInt(v)
	if !ok {
		return 0, c.errorf("argument %d must be an integer, got %s", n, typeName(v))
	}
	return i, nil
}

func fnBase64(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	return base64.StdEncoding.EncodeToString([]byte(s)), nil
}

func decodeBase64(c *callCtx, v any) ([]byte, error) {
	s, err := stringArg(c, v, 1)
	if err != nil {
		return nil, err
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, c.errorf("invalid base64 value: %v", err)
	}
	return b, nil
}

func fnBase64ToString(c *callCtx, args []any) (any, error) {
	b, err := decodeBase64(c, args[0])
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

func fnBase64ToJSON(c *callCtx, args []any) (any, error) {
	b, err := decodeBase64(c, args[0])
	if err != nil {
		return nil, err
	}
	v, err := fromJSON(string(b))
	if err != nil {
		return nil, c.errorf("the decoded value is not JSON: %v", err)
	}
	return v, nil
}

// dataURIPrefix is what ARM's dataUri() writes before the payload.
const dataURIPrefix = "data:text/plain;charset=utf8;base64,"

func fnDataURI(c *callCtx, args []any) (any, error) {
	s, err := stringify(args[0])
	if err != nil {
		return nil, c.errorf("%v", err)
	}
	return dataURIPrefix + base64.StdEncoding.EncodeToString([]byte(s)), nil
}

func fnDataURIToString(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	meta, data, found := strings.Cut(s, ",")
	if !found || !strings.HasPrefix(strings.ToLower(meta), "data:") {
		return nil, c.errorf("%q is not a data URI", s)
	}
	if strings.HasSuffix(strings.ToLower(meta), ";base64") {
		b, err := base64.StdEncoding.DecodeString(data)
		if err != nil {
			return nil, c.errorf("invalid base64 payload: %v", err)
		}
		return string(b), nil
	}
	text, err := url.PathUnescape(data)
	if err != nil {
		return nil, c.errorf("invalid data URI payload: %v", err)
	}
	return text, nil
}

// fnEndsWith and fnStartsWith compare case-insensitively, as documented.
func fnEndsWith(c *callCtx, args []any) (any, error) {
	s, sub, err := twoStrings(c, args)
	if err != nil {
		return nil, err
	}
	return strings.HasSuffix(strings.ToLower(s), strings.ToLower(sub)), nil
}

func fnStartsWith(c *callCtx, args []any) (any, error) {
	s, sub, err := twoStrings(c, args)
	if err != nil {
		return nil, err
	}
	return strings.HasPrefix(strings.ToLower(s), strings.ToLower(sub)), nil
}

func twoStrings(c *callCtx, args []any) (string, string, error) {
	a, err := stringArg(c, args[0], 1)
	if err != nil {
		return "", "", err
	}
	b, err := stringArg(c, args[1], 2)
	if err != nil {
		return "", "", err
	}
	return a, b, nil
}

// armNamespace is the namespace UUID of ARM's guid() function (a fact of
// the Azure deployment engine); guid() is an RFC 4122 version 5 UUID of
// the arguments joined with '-'.
var armNamespace = [16]byte{0x11, 0xfb, 0x06, 0xfb, 0x71, 0x2d, 0x4d, 0xdd, 0x98, 0xc7, 0xe7, 0x1b, 0xbd, 0x58, 0x88, 0x30}

func fnGUID(c *callCtx, args []any) (any, error) {
	joined, err := joinStrings(c, args)
	if err != nil {
		return nil, err
	}
	h := sha1.New()
	h.Write(armNamespace[:])
	h.Write([]byte(joined))
	sum := h.Sum(nil)
	var u [16]byte
	copy(u[:], sum[:16])
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16]), nil
}

func joinStrings(c *callCtx, args []any) (string, error) {
	parts := make([]string, len(args))
	for i, a := range args {
		s, err := stringArg(c, a, i+1)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, "-"), nil
}

// fnUniqueString is ARM's uniqueString(): the arguments joined with '-',
// hashed with the deployment engine's 64-bit Murmur variant, written as 13
// lower-case base32 characters taken from the top bits of the hash.
func fnUniqueString(c *callCtx, args []any) (any, error) {
	joined, err := joinStrings(c, args)
	if err != nil {
		return nil, err
	}
	h := murmur64([]byte(joined))
	const alphabet = "abcdefghijklmnopqrstuvwxyz234567"
	var b [13]byte
	for i := range b {
		b[i] = alphabet[h>>59]
		h <<= 5
	}
	return string(b[:]), nil
}

// murmur64 is the 64-bit MurmurHash variant the ARM engine uses for
// uniqueString: two 32-bit lanes over 8-byte blocks with seed 0. The
// constants are those of the engine; test vectors in funcs_test.go pin
// the result to values Azure produces.
func murmur64(data []byte) uint64 {
	const (
		m1 = 597399067  // block multipliers of the engine's variant
		m2 = 2869860233 //
		f1 = 2246822507 // finalisation multipliers, as in MurmurHash3
		f2 = 3266489909 //
	)
	le := func(b []byte) uint32 {
		var v uint32
		for i := len(b) - 1; i >= 0; i-- {
			v = v<<8 | uint32(b[i])
		}
		return v
	}
	var h1, h2 uint32
	n := len(data)
	i := 0
	for ; i+8 <= n; i += 8 {
		k1 := le(data[i : i+4])
		k2 := le(data[i+4 : i+8])
		k1 = bits.RotateLeft32(k1*m1, 15) * m2
		h1 = (bits.RotateLeft32(h1^k1, 19)+h2)*5 + 1444728091
		k2 = bits.RotateLeft32(k2*m2, 17) * m1
		h2 = (bits.RotateLeft32(h2^k2, 13)+h1)*5 + 197830471
	}
	if rest := data[i:]; len(rest) > 0 {
		k1 := le(rest[:min(4, len(rest))])
		h1 ^= bits.RotateLeft32(k1*m1, 15) * m2
		if len(rest) > 4 {
			k2 := le(rest[4:])
			h2 ^= bits.RotateLeft32(k2*m2, 17) * m1
		}
	}
	h1 ^= uint32(n)
	h2 ^= uint32(n)
	h1 += h2
	h2 += h1
	fmix := func(h uint32) uint32 {
		h ^= h >> 16
		h *= f1
		h ^= h >> 13
		h *= f2
		return h ^ h>>16
	}
	h1, h2 = fmix(h1), fmix(h2)
	h1 += h2
	h2 += h1
	return uint64(h2)<<32 | uint64(h1)
}

func fnPadLeft(c *callCtx, args []any) (any, error) {
	var s string
	switch x := args[0].(type) {
	case string:
		s = x
	default:
		n, ok := toInt(x)
		if !ok {
			return nil, c.errorf("argument 1 must be a string or integer, got %s", typeName(x))
		}
		s = strconv.Itoa(n)
	}
	total, err := intArg(c, args[1], 2)
	if err != nil {
		return nil, err
	}
	if total > maxPadLength {
		return nil, c.errorf("total length %d exceeds the limit of %d", total, maxPadLength)
	}
	pad := " "
	if len(args) == 3 {
		if pad, err = stringArg(c, args[2], 3); err != nil {
			return nil, err
		}
		if utf8.RuneCountInString(pad) != 1 {
			return nil, c.errorf("the padding must be a single character, got %q", pad)
		}
	}
	if n := utf8.RuneCountInString(s); n < total {
		s = strings.Repeat(pad, total-n) + s
	}
	return s, nil
}

func fnReplace(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	old, err := stringArg(c, args[1], 2)
	if err != nil {
		return nil, err
	}
	repl, err := stringArg(c, args[2], 3)
	if err != nil {
		return nil, err
	}
	if old == "" {
		return nil, c.errorf("the string to replace must not be empty")
	}
	if n := strings.Count(s, old); len(s)+n*(len(repl)-len(old)) > maxStringLength {
		return nil, c.errorf("result is longer than %d bytes", maxStringLength)
	}
	return strings.ReplaceAll(s, old, repl), nil
}

// fnSplit splits on a delimiter or on any of an array of delimiters; at
// each position the first delimiter in the list that matches wins.
func fnSplit(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	var delims []string
	switch x := args[1].(type) {
	case string:
		delims = []string{x}
	case []any:
		for i, d := range x {
			ds, ok := d.(string)
			if !ok {
				return nil, c.errorf("delimiter %d must be a string, got %s", i+1, typeName(d))
			}
			delims = append(delims, ds)
		}
	default:
		return nil, c.errorf("the delimiter must be a string or array of strings, got %s", typeName(args[1]))
	}
	out := []any{}
	start := 0
	for i := 0; i < len(s); {
		matched := ""
		for _, d := range delims {
			if d != "" && strings.HasPrefix(s[i:], d) {
				matched = d
				break
			}
		}
		if matched == "" {
			i++
			continue
		}
		out = append(out, s[start:i])
		i += len(matched)
		start = i
	}
	return append(out, s[start:]), nil
}

func fnString(c *callCtx, args []any) (any, error) {
	s, err := stringify(args[0])
	if err != nil {
		return nil, c.errorf("%v", err)
	}
	return s, nil
}

func fnSubstring(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	r := []rune(s)
	start, err := intArg(c, args[1], 2)
	if err != nil {
		return nil, err
	}
	length := len(r) - start
	if len(args) == 3 {
		if length, err = intArg(c, args[2], 3); err != nil {
			return nil, err
		}
	}
	if start < 0 || start > len(r) || length < 0 || length > len(r)-start {
		return nil, c.errorf("start %d and length %d must refer to a location within the string of length %d", start, length, len(r))
	}
	return string(r[start : start+length]), nil
}

func fnToLower(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	return strings.ToLower(s), nil
}

func fnToUpper(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	return strings.ToUpper(s), nil
}

func fnTrim(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	return strings.TrimSpace(s), nil
}

func fnURI(c *callCtx, args []any) (any, error) {
	base, rel, err := twoStrings(c, args)
	if err != nil {
		return nil, err
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return nil, c.errorf("%q is not an absolute URI", base)
	}
	r, err := url.Parse(rel)
	if err != nil {
		return nil, c.errorf("%q is not a URI reference", rel)
	}
	return b.ResolveReference(r).String(), nil
}

// fnURIComponent escapes everything except RFC 3986 unreserved
// characters, like .NET's Uri.EscapeDataString.
func fnURIComponent(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ('a' <= ch && ch <= 'z') || ('A' <= ch && ch <= 'Z') || ('0' <= ch && ch <= '9') || strings.IndexByte("-_.~", ch) >= 0 {
			b.WriteByte(ch)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[ch>>4])
		b.WriteByte(hex[ch&15])
	}
	return b.String(), nil
}

func fnURIComponentToString(c *callCtx, args []any) (any, error) {
	s, err := stringArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	out, err := url.PathUnescape(s)
	if err != nil {
		return nil, c.errorf("invalid escaped string %q: %v", s, err)
	}
	return out, nil
}
