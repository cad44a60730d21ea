package fix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A small JSONC reader that keeps the byte ranges edits need: where each
// value, key and separating comma is. It accepts what ARM accepts (//
// and /* */ comments, trailing commas) and nothing else.

type jkind int

const (
	jNull jkind = iota
	jBool
	jNumber
	jString
	jArray
	jObject
)

type jnode struct {
	kind       jkind
	start, end int // the value's bytes
	str        string
	members    []*jmember
	elems      []*jnode
	// comma is the offset of the comma after each member or element
	// (parallel to members or elems), -1 when there is none.
	comma []int
}

type jmember struct {
	key              string
	keyStart, keyEnd int
	value            *jnode
}

const maxJSONDepth = 256

type jreader struct {
	src   []byte
	off   int
	depth int
}

// parseJSONC parses src; the error names the line of the problem.
func parseJSONC(src []byte) (*jnode, error) {
	r := &jreader{src: src}
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		r.off = 3
	}
	if err := r.space(); err != nil {
		return nil, err
	}
	n, err := r.value()
	if err != nil {
		return nil, err
	}
	if err := r.space(); err != nil {
		return nil, err
	}
	if r.off != len(src) {
		return nil, r.errorf("unexpected text after the JSON value")
	}
	return n, nil
}

func (r *jreader) errorf(format string, args ...any) error {
	return fmt.Errorf("line %d: %s", posAt(r.src, r.off).Line, fmt.Sprintf(format, args...))
}

// space skips white space and comments.
func (r *jreader) space() error {
	for r.off < len(r.src) {
		switch c := r.src[r.off]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			r.off++
		case c == '/' && r.off+1 < len(r.src) && r.src[r.off+1] == '/':
			i := bytes.IndexByte(r.src[r.off:], '\n')
			if i < 0 {
				r.off = len(r.src)
			} else {
				r.off += i
			}
		case c == '/' && r.off+1 < len(r.src) && r.src[r.off+1] == '*':
			i := bytes.Index(r.src[r.off+2:], []byte("*/"))
			if i < 0 {
				return r.errorf("unterminated comment")
			}
			r.off += i + 4
		default:
			return nil
		}
	}
	return nil
}

func (r *jreader) value() (*jnode, error) {
	if r.off >= len(r.src) {
		return nil, r.errorf("unexpected end of input; expected a value")
	}
	n := &jnode{start: r.off}
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
		s, err := r.str()
		if err != nil {
			return nil, err
		}
		n.kind, n.str = jString, s
	case c == '-' || c >= '0' && c <= '9':
		i := r.off + 1
		for i < len(r.src) && strings.IndexByte("0123456789.eE+-", r.src[i]) >= 0 {
			i++
		}
		if _, err := strconv.ParseFloat(string(r.src[r.off:i]), 64); err != nil {
			return nil, r.errorf("invalid number %q", r.src[r.off:i])
		}
		n.kind = jNumber
		r.off = i
	case r.word("true"), r.word("false"):
		n.kind = jBool
	case r.word("null"):
		n.kind = jNull
	default:
		return nil, r.errorf("unexpected %q; expected a value", c)
	}
	n.end = r.off
	return n, nil
}

func (r *jreader) word(w string) bool {
	if !bytes.HasPrefix(r.src[r.off:], []byte(w)) {
		return false
	}
	if e := r.off + len(w); e < len(r.src) {
		if c := r.src[e]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' {
			return false
		}
	}
	r.off += len(w)
	return true
}

func (r *jreader) str() (string, error) {
	start := r.off
	i := r.off + 1
	for i < len(r.src) {
		switch r.src[i] {
		case '\\':
			i += 2
			continue
		case '"':
			var s string
			if err := json.Unmarshal(r.src[start:i+1], &s); err != nil {
				return "", r.errorf("invalid string: %v", err)
			}
			r.off = i + 1
			return s, nil
		case '\n':
			return "", r.errorf("newline in a string")
		}
		i++
	}
	return "", r.errorf("unterminated string")
}

func (r *jreader) enter() error {
	r.depth++
	if r.depth > maxJSONDepth {
		return r.errorf("arrays and objects nest more than %d levels", maxJSONDepth)
	}
	return nil
}

func (r *jreader) array(n *jnode) error {
	if err := r.enter(); err != nil {
		return err
	}
	defer func() { r.depth-- }()
	n.kind = jArray
	r.off++
	for {
		if err := r.space(); err != nil {
			return err
		}
		if r.off < len(r.src) && r.src[r.off] == ']' {
			r.off++
			return nil
		}
		e, err := r.value()
		if err != nil {
			return err
		}
		n.elems = append(n.elems, e)
		n.comma = append(n.comma, -1)
		if err := r.space(); err != nil {
			return err
		}
		switch {
		case r.off < len(r.src) && r.src[r.off] == ',':
			n.comma[len(n.comma)-1] = r.off
			r.off++
		case r.off < len(r.src) && r.src[r.off] == ']':
			r.off++
			return nil
		default:
			return r.errorf("expected ',' or ']' in an array")
		}
	}
}

func (r *jreader) object(n *jnode) error {
	if err := r.enter(); err != nil {
		return err
	}
	defer func() { r.depth-- }()
	n.kind = jObject
	r.off++
	for {
		if err := r.space(); err != nil {
			return err
		}
		if r.off < len(r.src) && r.src[r.off] == '}' {
			r.off++
			return nil
		}
		if r.off >= len(r.src) || r.src[r.off] != '"' {
			return r.errorf("expected a quoted property name or '}'")
		}
		m := &jmember{keyStart: r.off}
		k, err := r.str()
		if err != nil {
			return err
		}
		m.key, m.keyEnd = k, r.off
		if err := r.space(); err != nil {
			return err
		}
		if r.off >= len(r.src) || r.src[r.off] != ':' {
			return r.errorf("expected ':' after %q", k)
		}
		r.off++
		if err := r.space(); err != nil {
			return err
		}
		if m.value, err = r.value(); err != nil {
			return err
		}
		n.members = append(n.members, m)
		n.comma = append(n.comma, -1)
		if err := r.space(); err != nil {
			return err
		}
		switch {
		case r.off < len(r.src) && r.src[r.off] == ',':
			n.comma[len(n.comma)-1] = r.off
			r.off++
		case r.off < len(r.src) && r.src[r.off] == '}':
			r.off++
			return nil
		default:
			return r.errorf("expected ',' or '}' in an object")
		}
	}
}

// member returns the index of the member named key: the last with that
// exact name, else the last whose name equals it ignoring case (ARM reads
// the keys it knows without regard to case); -1 when there is none.
func (n *jnode) member(key string) int {
	if n == nil || n.kind != jObject {
		return -1
	}
	for i := len(n.members) - 1; i >= 0; i-- {
		if n.members[i].key == key {
			return i
		}
	}
	for i := len(n.members) - 1; i >= 0; i-- {
		if strings.EqualFold(n.members[i].key, key) {
			return i
		}
	}
	return -1
}

// find returns the value whose bytes are exactly [start, end), or the
// value of the member whose key starts at start and whose value ends at
// end (a range that covers a whole member), or nil.
func (n *jnode) find(start, end int) *jnode {
	if n == nil || start < n.start || start > n.end {
		return nil
	}
	if n.start == start && n.end == end {
		return n
	}
	for _, m := range n.members {
		if m.keyStart == start && m.value.end == end {
			return m.value
		}
		if v := m.value.find(start, end); v != nil {
			return v
		}
	}
	for _, e := range n.elems {
		if v := e.find(start, end); v != nil {
			return v
		}
	}
	return nil
}

// value is the node as a Go value (numbers as float64), for comparisons.
func (n *jnode) value(src []byte) any {
	var v any
	if err := json.Unmarshal(stripComments(src[n.start:n.end]), &v); err != nil {
		return nil
	}
	return v
}

// stripComments blanks JSONC comments and drops trailing commas so that
// encoding/json reads the text.
func stripComments(src []byte) []byte {
	n, err := parseJSONC(src)
	if err != nil {
		return src
	}
	var b bytes.Buffer
	writeJSON(&b, n, src)
	return b.Bytes()
}

func writeJSON(b *bytes.Buffer, n *jnode, src []byte) {
	switch n.kind {
	case jObject:
		b.WriteByte('{')
		for i, m := range n.members {
			if i > 0 {
				b.WriteByte(',')
			}
			b.Write(src[m.keyStart:m.keyEnd])
			b.WriteByte(':')
			writeJSON(b, m.value, src)
		}
		b.WriteByte('}')
	case jArray:
		b.WriteByte('[')
		for i, e := range n.elems {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSON(b, e, src)
		}
		b.WriteByte(']')
	default:
		b.Write(src[n.start:n.end])
	}
}

// isARMExpression reports whether a JSON string is an ARM template
// expression ("[parameters('x')]"), not a literal ("[[x]" is the escape).
func isARMExpression(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && !strings.HasPrefix(t, "[[")
}

// isTFTemplate reports whether a JSON string in a Terraform .tf.json file
// holds an interpolation, so is not a literal.
func isTFTemplate(s string) bool {
	return strings.Contains(s, "${") || strings.Contains(s, "%{")
}

// marshalJSON encodes v compactly without HTML escaping.
func marshalJSON(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", fmt.Errorf("encode %v: %w", v, err)
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// marshalJSONIndent encodes v over several lines, each line after the
// first starting with indent, nested levels indented by unit.
func marshalJSONIndent(v any, indent, unit string) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent(indent, unit)
	if err := enc.Encode(v); err != nil {
		return "", fmt.Errorf("encode %v: %w", v, err)
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// lineStart returns the offset of the start of the line holding off.
func lineStart(src []byte, off int) int {
	return bytes.LastIndexByte(src[:off], '\n') + 1
}

// lineEnd returns the offset of the newline ending the line holding off,
// or len(src).
func lineEnd(src []byte, off int) int {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(src)
}

// indentOf returns the white space that starts the line holding off.
func indentOf(src []byte, off int) string {
	ls := lineStart(src, off)
	i := ls
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return string(src[ls:i])
}

// firstOnLine reports whether only white space precedes off on its line.
func firstOnLine(src []byte, off int) bool {
	return len(bytes.TrimLeft(src[lineStart(src, off):off], " \t")) == 0
}

// restIsBlank reports whether only white space, possibly followed by a
// line comment, follows off on its line.
func restIsBlank(src []byte, off int, comments ...string) bool {
	rest := bytes.TrimLeft(src[off:lineEnd(src, off)], " \t\r")
	if len(rest) == 0 {
		return true
	}
	for _, c := range comments {
		if bytes.HasPrefix(rest, []byte(c)) {
			return true
		}
	}
	return false
}

// indentUnit guesses the file's indentation step: a tab when lines are
// indented with tabs, else the smallest indentation in spaces, else two
// spaces.
func indentUnit(src []byte) string {
	best := 0
	for _, line := range bytes.Split(src, []byte("\n")) {
		if len(line) > 0 && line[0] == '\t' {
			return "\t"
		}
		n := len(line) - len(bytes.TrimLeft(line, " "))
		if n > 0 && n < len(line) && (best == 0 || n < best) {
			best = n
		}
	}
	if best == 0 || best > 8 {
		return "  "
	}
	return strings.Repeat(" ", best)
}

// marshalJSONInline encodes v on one line in the spaced style of
// hand-written JSON: { "a": 1, "b": [true, false] }.
func marshalJSONInline(v any) (string, error) {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			return "{}", nil
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			ks, err := marshalJSON(k)
			if err != nil {
				return "", err
			}
			vs, err := marshalJSONInline(x[k])
			if err != nil {
				return "", err
			}
			parts[i] = ks + ": " + vs
		}
		return "{ " + strings.Join(parts, ", ") + " }", nil
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			s, err := marshalJSONInline(e)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	}
	return marshalJSON(v)
}
