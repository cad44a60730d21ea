package arm

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/preflight-iac/preflight/graph"
)

// nodeKind is the JSON type of a node.
type nodeKind int

const (
	kindNull nodeKind = iota
	kindBool
	kindNumber
	kindString
	kindArray
	kindObject
)

func (k nodeKind) String() string {
	switch k {
	case kindNull:
		return "null"
	case kindBool:
		return "boolean"
	case kindNumber:
		return "number"
	case kindString:
		return "string"
	case kindArray:
		return "array"
	case kindObject:
		return "object"
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// withArticle names the kind with its indefinite article, for messages.
func (k nodeKind) withArticle() string {
	if k == kindArray || k == kindObject {
		return "an " + k.String()
	}
	return "a " + k.String()
}

// node is one JSON value with the source range it was read from. The
// encoding/json decoder cannot give the range of every value nor accept the
// comments and trailing commas ARM templates allow, hence this reader.
type node struct {
	kind    nodeKind
	rng     graph.Range
	b       bool
	num     any // int for whole numbers that fit, float64 otherwise
	str     string
	elems   []*node
	members []*member // in source order; a duplicate key keeps only its last member
}

// member is one key of an object.
type member struct {
	key      string
	keyRange graph.Range
	value    *node
}

// get returns the value of the member whose key equals name, ignoring case
// as ARM does for the keys it knows ("Properties" and "properties" are the
// same key), or nil.
func (n *node) get(name string) *node {
	if n == nil || n.kind != kindObject {
		return nil
	}
	for _, m := range n.members {
		if m.key == name {
			return m.value
		}
	}
	for _, m := range n.members {
		if strings.EqualFold(m.key, name) {
			return m.value
		}
	}
	return nil
}

// stringValue returns the string of a string node.
func (n *node) stringValue() (string, bool) {
	if n == nil || n.kind != kindString {
		return "", false
	}
	return n.str, true
}

// value converts the node to a JSON-compatible Go value without evaluating
// anything.
func (n *node) value() any {
	if n == nil {
		return nil
	}
	switch n.kind {
	case kindBool:
		return n.b
	case kindNumber:
		return n.num
	case kindString:
		return n.str
	case kindArray:
		out := make([]any, len(n.elems))
		for i, e := range n.elems {
			out[i] = e.value()
		}
		return out
	case kindObject:
		out := make(map[string]any, len(n.members))
		for _, m := range n.members {
			out[m.key] = m.value.value()
		}
		return out
	}
	return nil
}

// jsonError is a syntax error at a position of the source.
type jsonError struct {
	pos graph.Pos
	msg string
}

func (e *jsonError) Error() string { return fmt.Sprintf("%d:%d: %s", e.pos.Line, e.pos.Column, e.msg) }

// jsonReader reads JSON with the extensions ARM accepts: // and /* */
// comments, trailing commas in arrays and objects, a leading UTF-8 byte
// order mark. Columns count Unicode code points, starting at 1.
type jsonReader struct {
	src      []byte
	filename string
	off      int
	line     int
	col      int
	depth    int
	warnings graph.Diagnostics
}

// parseJSONC reads one JSON document. On a syntax error it returns a nil node
// and an Error diagnostic at the offending position; warnings (duplicate
// keys) come back either way.
func parseJSONC(filename string, src []byte) (*node, graph.Diagnostics) {
	r := &jsonReader{src: src, filename: filename, line: 1, col: 1}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		r.off = 3
	}
	n, err := r.document()
	if err != nil {
		je, ok := err.(*jsonError)
		if !ok {
			je = &jsonError{pos: r.pos(), msg: err.Error()}
		}
		rg := graph.Range{Filename: filename, Start: je.pos, End: je.pos}
		d := graph.Diagnostic{Severity: graph.Error, Summary: "Invalid JSON",
			Detail: fmt.Sprintf("The file could not be read as JSON: %s. Fix the syntax; the file was skipped.", je.msg),
			Range:  &rg}
		return nil, append(r.warnings, d)
	}
	return n, r.warnings
}

func (r *jsonReader) pos() graph.Pos { return graph.Pos{Line: r.line, Column: r.col, Byte: r.off} }

func (r *jsonReader) errorf(p graph.Pos, format string, args ...any) error {
	return &jsonError{pos: p, msg: fmt.Sprintf(format, args...)}
}

// advance moves past n bytes, keeping line and column.
func (r *jsonReader) advance(n int) {
	end := min(r.off+n, len(r.src))
	for r.off < end {
		c := r.src[r.off]
		switch {
		case c == '\n':
			r.line++
			r.col = 1
			r.off++
		case c < utf8.RuneSelf:
			r.col++
			r.off++
		default:
			_, size := utf8.DecodeRune(r.src[r.off:])
			r.col++
			r.off += size
		}
	}
}

// skipSpace skips white space and comments.
func (r *jsonReader) skipSpace() error {
	for r.off < len(r.src) {
		c := r.src[r.off]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			r.advance(1)
		case c == '/' && r.off+1 < len(r.src) && r.src[r.off+1] == '/':
			for r.off < len(r.src) && r.src[r.off] != '\n' {
				r.advance(1)
			}
		case c == '/' && r.off+1 < len(r.src) && r.src[r.off+1] == '*':
			start := r.pos()
			r.advance(2)
			for {
				if r.off >= len(r.src) {
					return r.errorf(start, "comment is not closed")
				}
				if r.src[r.off] == '*' && r.off+1 < len(r.src) && r.src[r.off+1] == '/' {
					r.advance(2)
					break
				}
				r.advance(1)
			}
		default:
			return nil
		}
	}
	return nil
}

func (r *jsonReader) document() (*node, error) {
	if err := r.skipSpace(); err != nil {
		return nil, err
	}
	n, err := r.value()
	if err != nil {
		return nil, err
	}
	if err := r.skipSpace(); err != nil {
		return nil, err
	}
	if r.off < len(r.src) {
		return nil, r.errorf(r.pos(), "unexpected %s after the end of the document", r.describe())
	}
	return n, nil
}

// describe names the next token for an error message.
func (r *jsonReader) describe() string {
	if r.off >= len(r.src) {
		return "end of file"
	}
	c, _ := utf8.DecodeRune(r.src[r.off:])
	if c == utf8.RuneError {
		return fmt.Sprintf("byte 0x%02x", r.src[r.off])
	}
	return strconv.QuoteRune(c)
}

func (r *jsonReader) value() (*node, error) {
	if r.off >= len(r.src) {
		return nil, r.errorf(r.pos(), "unexpected end of file; expected a value")
	}
	start := r.pos()
	n := &node{}
	switch c := r.src[r.off]; {
	case c == '{':
		if err := r.object(n); err != nil {
			return nil, err
		}
	case c == '[':
		if err := r.array(n); err != nil {
			return nil, err
		}
	case c == '"':
		s, err := r.stringLit()
		if err != nil {
			return nil, err
		}
		n.kind, n.str = kindString, s
	case c == '-' || (c >= '0' && c <= '9'):
		if err := r.number(n); err != nil {
			return nil, err
		}
	case r.literal("true"):
		n.kind, n.b = kindBool, true
	case r.literal("false"):
		n.kind = kindBool
	case r.literal("null"):
		n.kind = kindNull
	default:
		return nil, r.errorf(start, "unexpected %s; expected a value", r.describe())
	}
	n.rng = graph.Range{Filename: r.filename, Start: start, End: r.pos()}
	return n, nil
}

// literal consumes word when it comes next and is not followed by more
// letters.
func (r *jsonReader) literal(word string) bool {
	end := r.off + len(word)
	if end > len(r.src) || string(r.src[r.off:end]) != word {
		return false
	}
	if end < len(r.src) {
		c := r.src[end]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' {
			return false
		}
	}
	r.advance(len(word))
	return true
}

func (r *jsonReader) enter() error {
	r.depth++
	if r.depth > maxJSONDepth {
		return r.errorf(r.pos(), "arrays and objects nest more than %d levels", maxJSONDepth)
	}
	return nil
}

func (r *jsonReader) array(n *node) error {
	if err := r.enter(); err != nil {
		return err
	}
	defer func() { r.depth-- }()
	n.kind = kindArray
	n.elems = []*node{}
	r.advance(1) // [
	for {
		if err := r.skipSpace(); err != nil {
			return err
		}
		if r.off < len(r.src) && r.src[r.off] == ']' {
			r.advance(1)
			return nil
		}
		e, err := r.value()
		if err != nil {
			return err
		}
		n.elems = append(n.elems, e)
		if err := r.skipSpace(); err != nil {
			return err
		}
		switch {
		case r.off < len(r.src) && r.src[r.off] == ',':
			r.advance(1)
		case r.off < len(r.src) && r.src[r.off] == ']':
			r.advance(1)
			return nil
		default:
			return r.errorf(r.pos(), "unexpected %s; expected ',' or ']' in an array", r.describe())
		}
	}
}

func (r *jsonReader) object(n *node) error {
	if err := r.enter(); err != nil {
		return err
	}
	defer func() { r.depth-- }()
	n.kind = kindObject
	n.members = []*member{}
	index := map[string]int{}
	r.advance(1) // {
	for {
		if err := r.skipSpace(); err != nil {
			return err
		}
		if r.off < len(r.src) && r.src[r.off] == '}' {
			r.advance(1)
			return nil
		}
		if r.off >= len(r.src) || r.src[r.off] != '"' {
			return r.errorf(r.pos(), "unexpected %s; expected a quoted property name or '}'", r.describe())
		}
		kstart := r.pos()
		key, err := r.stringLit()
		if err != nil {
			return err
		}
		krng := graph.Range{Filename: r.filename, Start: kstart, End: r.pos()}
		if err := r.skipSpace(); err != nil {
			return err
		}
		if r.off >= len(r.src) || r.src[r.off] != ':' {
			return r.errorf(r.pos(), "unexpected %s; expected ':' after property name %q", r.describe(), key)
		}
		r.advance(1)
		if err := r.skipSpace(); err != nil {
			return err
		}
		v, err := r.value()
		if err != nil {
			return err
		}
		m := &member{key: key, keyRange: krng, value: v}
		// ARM, like most JSON readers, keeps the last of duplicate keys; the
		// earlier value is almost always a mistake worth a warning.
		if i, dup := index[key]; dup {
			prev := n.members[i]
			rg := krng
			r.warnings = append(r.warnings, graph.Diagnostic{Severity: graph.Warning, Summary: "Duplicate property",
				Detail: fmt.Sprintf("The property %q is set on line %d and again on line %d; the value on line %d is used, as Azure does. Remove one of them.",
					key, prev.keyRange.Start.Line, krng.Start.Line, krng.Start.Line),
				Range: &rg})
			n.members = append(n.members[:i], n.members[i+1:]...)
			for k, j := range index {
				if j > i {
					index[k] = j - 1
				}
			}
		}
		index[key] = len(n.members)
		n.members = append(n.members, m)
		if err := r.skipSpace(); err != nil {
			return err
		}
		switch {
		case r.off < len(r.src) && r.src[r.off] == ',':
			r.advance(1)
		case r.off < len(r.src) && r.src[r.off] == '}':
			r.advance(1)
			return nil
		default:
			return r.errorf(r.pos(), "unexpected %s; expected ',' or '}' in an object", r.describe())
		}
	}
}

// stringLit reads a double-quoted string with JSON escapes. Raw control
// characters (a line break inside a string) are accepted, as Azure's reader
// accepts them; invalid UTF-8 is replaced by U+FFFD.
func (r *jsonReader) stringLit() (string, error) {
	start := r.pos()
	r.advance(1) // "
	var b strings.Builder
	for {
		if r.off >= len(r.src) {
			return "", r.errorf(start, "string is not closed")
		}
		c := r.src[r.off]
		switch {
		case c == '"':
			r.advance(1)
			return b.String(), nil
		case c == '\\':
			esc := r.pos()
			if r.off+1 >= len(r.src) {
				return "", r.errorf(start, "string is not closed")
			}
			e := r.src[r.off+1]
			r.advance(2)
			switch e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				u, ok := r.hex4()
				if !ok {
					return "", r.errorf(esc, `invalid \u escape; expected four hexadecimal digits`)
				}
				ru := rune(u)
				if utf16.IsSurrogate(ru) && r.off+1 < len(r.src) && r.src[r.off] == '\\' && r.src[r.off+1] == 'u' {
					save := *r
					r.advance(2)
					if u2, ok := r.hex4(); ok {
						if d := utf16.DecodeRune(ru, rune(u2)); d != utf8.RuneError {
							b.WriteRune(d)
							continue
						}
					}
					*r = save
				}
				b.WriteRune(ru) // a lone surrogate becomes U+FFFD
			default:
				return "", r.errorf(esc, "invalid escape sequence \\%s", string(rune(e)))
			}
		default:
			ru, size := utf8.DecodeRune(r.src[r.off:])
			if ru == utf8.RuneError && size <= 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.Write(r.src[r.off : r.off+size])
			}
			r.advance(max(size, 1))
		}
	}
}

func (r *jsonReader) hex4() (uint16, bool) {
	if r.off+4 > len(r.src) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(r.src[r.off:r.off+4]), 16, 16)
	if err != nil {
		return 0, false
	}
	r.advance(4)
	return uint16(v), true
}

// number reads a JSON number. Whole numbers that fit become int, the way
// ARM treats them as integers; others become float64.
func (r *jsonReader) number(n *node) error {
	start := r.pos()
	i := r.off
	if i < len(r.src) && r.src[i] == '-' {
		i++
	}
	digits := func() int {
		j := i
		for i < len(r.src) && r.src[i] >= '0' && r.src[i] <= '9' {
			i++
		}
		return i - j
	}
	if digits() == 0 {
		return r.errorf(start, "invalid number; expected a digit")
	}
	isFloat := false
	if i < len(r.src) && r.src[i] == '.' {
		i++
		isFloat = true
		if digits() == 0 {
			return r.errorf(start, "invalid number; expected a digit after '.'")
		}
	}
	if i < len(r.src) && (r.src[i] == 'e' || r.src[i] == 'E') {
		i++
		isFloat = true
		if i < len(r.src) && (r.src[i] == '+' || r.src[i] == '-') {
			i++
		}
		if digits() == 0 {
			return r.errorf(start, "invalid number; expected a digit in the exponent")
		}
	}
	text := string(r.src[r.off:i])
	n.kind = kindNumber
	if !isFloat {
		if v, err := strconv.ParseInt(text, 10, 64); err == nil && v >= math.MinInt && v <= math.MaxInt {
			n.num = int(v)
			r.advance(i - r.off)
			return nil
		}
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !isRangeErr(err) {
		return r.errorf(start, "invalid number %s", text)
	}
	if math.IsInf(f, 0) {
		f = math.Copysign(math.MaxFloat64, f)
	}
	n.num = f
	r.advance(i - r.off)
	return nil
}

// isRangeErr reports whether ParseFloat only overflowed; the value is then
// ±Inf or 0, which JSON cannot hold, so it is kept as the largest float.
func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
