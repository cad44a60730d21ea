package terraform

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"go.yaml.in/yaml/v3"
)

// errTooLarge is wrapped by every error about a value over the limits.
var errTooLarge = errors.New("result too large")

// guard wraps f so that a panic inside it becomes an error, arguments or a
// result over the limits are an error, and check (if not nil) can refuse a
// call whose result would be too large before f builds it.
//
// The wrapper keeps f's parameter types, so hcl still converts arguments
// and applies customdecode (try, can, convert), but it lets every value
// through unchanged (unknown, null, marked, dynamic) and returns whatever
// f.Call returns. f therefore handles unknowns, marks and refinements
// exactly as it would unwrapped, and its type check runs once.
func guard(name string, f function.Function, check func([]cty.Value) error) function.Function {
	spec := &function.Spec{
		Description: f.Description(),
		Params:      passThrough(f.Params()),
		// Any value conforms to DynamicPseudoType, so cty never panics on a
		// result that disagrees with our declared type: f.Call checks its own.
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (ret cty.Value, err error) {
			defer func() {
				if r := recover(); r != nil {
					ret, err = cty.NilVal, fmt.Errorf("internal error in %s: %v", name, r)
				}
			}()
			if err := checkSize("arguments", args...); err != nil {
				return cty.NilVal, err
			}
			if check != nil {
				if err := check(args); err != nil {
					return cty.NilVal, err
				}
			}
			ret, err = f.Call(args)
			if err != nil {
				return cty.NilVal, err
			}
			if err := checkSize("result", ret); err != nil {
				return cty.NilVal, err
			}
			return ret, nil
		},
	}
	if vp := f.VarParam(); vp != nil {
		p := passThrough([]function.Parameter{*vp})[0]
		spec.VarParam = &p
	}
	return function.New(spec)
}

// passThrough returns copies of params that accept every value of their
// type, leaving the checks to the wrapped function.
func passThrough(params []function.Parameter) []function.Parameter {
	out := make([]function.Parameter, len(params))
	for i, p := range params {
		p.AllowNull = true
		p.AllowUnknown = true
		p.AllowMarked = true
		p.AllowDynamicType = true
		out[i] = p
	}
	return out
}

// checkSize reports an error when the values together hold more text or
// more elements than the limits. It stops walking as soon as they do, so a
// value that shares structure (a YAML alias bomb) costs at most the limit.
func checkSize(what string, vals ...cty.Value) error {
	b := sizeBudget{bytes: maxValueBytes, elems: maxValueElems}
	for _, v := range vals {
		if !b.spend(v) {
			return fmt.Errorf("%w: the %s exceed %d MiB of text or %d values", errTooLarge, what, maxValueBytes>>20, maxValueElems)
		}
	}
	return nil
}

// valueCost is what holding v costs, roughly: its text plus 16 bytes a
// value, counted up to the per-value limits (a larger value is refused by
// guard anyway).
func valueCost(v cty.Value) int {
	b := sizeBudget{bytes: maxValueBytes, elems: maxValueElems}
	b.spend(v)
	return max(0, maxValueBytes-b.bytes) + 16*max(0, maxValueElems-b.elems)
}

type sizeBudget struct{ bytes, elems int }

// spend charges v against the budget and reports whether it still holds.
func (b *sizeBudget) spend(v cty.Value) bool {
	v, _ = v.Unmark()
	b.elems--
	if b.elems < 0 {
		return false
	}
	if !v.IsKnown() || v.IsNull() {
		return true
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		b.bytes -= len(v.AsString())
	case ty == cty.Number:
		b.bytes -= numberChars(v)
	case ty.IsObjectType():
		// By name, in no particular order: the sums are the same in any
		// order, and an ElementIterator would sort the names first.
		for name := range ty.AttributeTypes() {
			b.bytes -= len(name)
			if b.bytes < 0 || !b.spend(v.GetAttr(name)) {
				return false
			}
		}
	case ty.IsCollectionType() || ty.IsTupleType():
		keyed := ty.IsMapType()
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			if keyed {
				b.bytes -= len(k.AsString())
			}
			if b.bytes < 0 || !b.spend(e) {
				return false
			}
		}
	}
	return b.bytes >= 0
}

// numberChars estimates how many characters printing n in full takes, so
// that 1e99999999 counts as large: tostring and format would spell it out.
func numberChars(n cty.Value) int {
	f := n.AsBigFloat()
	if f.IsInf() {
		return 4
	}
	exp := f.MantExp(nil)
	if exp < 0 {
		exp = -exp
	}
	return 24 + exp*3/10 // log10(2) ≈ 0.3 digits per binary exponent
}

// known returns v unmarked and whether it is known and not null: the
// checks below only look at values that the wrapped function will use.
func known(v cty.Value) (cty.Value, bool) {
	v, _ = v.Unmark()
	return v, v.IsKnown() && !v.IsNull()
}

func knownString(v cty.Value) (string, bool) {
	v, ok := known(v)
	if !ok || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

func tooLarge(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errTooLarge}, a...)...)
}

// mulCapped multiplies non-negative a and b, saturating at math.MaxInt.
func mulCapped(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > math.MaxInt/b {
		return math.MaxInt
	}
	return a * b
}

// addCapped adds non-negative a and b, saturating at math.MaxInt.
func addCapped(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

// formatWidths sums every number written inside the verbs of a format
// string (widths, precisions, argument indexes): an upper bound of the
// padding the verbs can add.
func formatWidths(f string) int {
	total := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		n := 0
		for ; i < len(f) && strings.IndexByte("-+# 0123456789.[]", f[i]) >= 0; i++ {
			if c := f[i]; c >= '0' && c <= '9' {
				if n < maxValueBytes {
					n = n*10 + int(c-'0')
				}
				continue
			}
			total += n
			n = 0
		}
		total += n
		if total > maxValueBytes {
			return total
		}
	}
	return total
}

func checkFormat(args []cty.Value) error {
	f, ok := knownString(args[0])
	if !ok {
		return nil
	}
	if w := formatWidths(f); w > maxValueBytes {
		return tooLarge("the widths and precisions in the format string add up to %d characters", w)
	}
	return nil
}

// checkFormatList bounds formatlist, which repeats the format string and
// every non-list argument once per list element.
func checkFormatList(args []cty.Value) error {
	f, ok := knownString(args[0])
	if !ok {
		return nil
	}
	per := len(f) + formatWidths(f)
	n := 1
	for _, a := range args[1:] {
		v, ok := known(a)
		if !ok {
			continue
		}
		ty := v.Type()
		switch {
		case ty.IsListType() || ty.IsTupleType():
			n = max(n, v.LengthInt())
		case ty == cty.String:
			per += len(v.AsString())
		case ty == cty.Number:
			per += numberChars(v)
		}
	}
	if n > maxValueElems || mulCapped(n, per) > maxValueBytes {
		return tooLarge("formatlist would build %d strings of up to %d characters", n, per)
	}
	return nil
}

func checkIndent(args []cty.Value) error {
	nv, ok1 := known(args[0])
	s, ok2 := knownString(args[1])
	if !ok1 || !ok2 || nv.Type() != cty.Number {
		return nil
	}
	bf := nv.AsBigFloat()
	if bf.Sign() < 0 {
		return function.NewArgErrorf(0, "number of spaces must not be negative")
	}
	spaces, acc := bf.Int64()
	lines := strings.Count(s, "\n") + 1
	if acc == big.Above || spaces > maxValueBytes || mulCapped(int(spaces), lines) > maxValueBytes-len(s) {
		return tooLarge("indenting %d lines by %s spaces", lines, bf.Text('f', -1))
	}
	return nil
}

func checkJoin(args []cty.Value) error {
	sep, ok := knownString(args[0])
	if !ok || sep == "" {
		return nil
	}
	n := 0
	for _, a := range args[1:] {
		if v, ok := known(a); ok && (v.Type().IsCollectionType() || v.Type().IsTupleType()) {
			n += v.LengthInt()
		}
	}
	if mulCapped(len(sep), n) > maxValueBytes {
		return tooLarge("joining %d strings with a %d-character separator", n, len(sep))
	}
	return nil
}

func checkSplit(args []cty.Value) error {
	sep, ok1 := knownString(args[0])
	s, ok2 := knownString(args[1])
	if !ok1 || !ok2 {
		return nil
	}
	var n int
	if sep == "" {
		n = utf8.RuneCountInString(s)
	} else {
		n = strings.Count(s, sep) + 1
	}
	if n > maxValueElems {
		return tooLarge("split would build %d strings", n)
	}
	return nil
}

// countMatches counts the non-overlapping matches of re in s the way
// ReplaceAllString finds them, building nothing larger than s.
func countMatches(re *regexp.Regexp, s string) int {
	n := 0
	re.ReplaceAllStringFunc(s, func(string) string { n++; return "" })
	return n
}

func checkRegexAll(args []cty.Value) error {
	pattern, ok1 := knownString(args[0])
	s, ok2 := knownString(args[1])
	if !ok1 || !ok2 || len(s) < maxValueElems/2 {
		return nil // fewer matches than that cannot reach the limit
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil // regexall reports it
	}
	if n := mulCapped(countMatches(re, s), re.NumSubexp()+1); n > maxValueElems {
		return tooLarge("regexall would build %d values", n)
	}
	return nil
}

// checkSetProduct bounds the result of setproduct, whose length is the
// product of its arguments' lengths.
func checkSetProduct(args []cty.Value) error {
	n := 1
	for _, a := range args {
		v, ok := known(a)
		if !ok || !(v.Type().IsCollectionType() || v.Type().IsTupleType()) {
			return nil
		}
		n = mulCapped(n, v.LengthInt())
	}
	if mulCapped(n, len(args)+1) > maxValueElems {
		return tooLarge("setproduct would build %d combinations", n)
	}
	return nil
}

func checkParseInt(args []cty.Value) error {
	if s, ok := knownString(args[0]); ok && len(s) > maxNumberChars {
		return function.NewArgErrorf(0, "number text is %d characters long; at most %d are supported", len(s), maxNumberChars)
	}
	return nil
}

func checkToNumber(args []cty.Value) error {
	return checkParseInt(args)
}

// checkCSVDecode bounds the number of fields csvdecode may build: each
// needs a comma or a line break.
func checkCSVDecode(args []cty.Value) error {
	s, ok := knownString(args[0])
	if !ok {
		return nil
	}
	if n := strings.Count(s, ",") + strings.Count(s, "\n") + 1; n > maxValueElems {
		return tooLarge("csvdecode input has %d fields", n)
	}
	return nil
}

// checkJSONDecode refuses JSON nested deeper than maxDecodeDepth (the
// decoder recurses per level, and Go cannot recover from a stack overflow)
// or holding more values than the limit.
func checkJSONDecode(args []cty.Value) error {
	s, ok := knownString(args[0])
	if !ok {
		return nil
	}
	depth, values := 0, 1
	inString, escaped := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '[', '{':
			depth++
			values++
			if depth > maxDecodeDepth {
				return fmt.Errorf("jsondecode input is nested more than %d levels deep", maxDecodeDepth)
			}
		case ']', '}':
			depth--
		case ',':
			values++
		}
	}
	if values > maxValueElems {
		return tooLarge("jsondecode input holds about %d values", values)
	}
	return nil
}

// checkYAMLDecode refuses YAML nested deeper than maxDecodeDepth or
// holding more values than the limit, counting what aliases expand to.
// go-cty-yaml recurses per level, its scanner slows down quadratically with
// nesting, and it converts the decoded value with aliases expanded, so an
// alias bomb would run for ever. The document is therefore first parsed
// into a node tree by go.yaml.in/yaml/v3, which stops at 10,000 levels and
// keeps aliases as references, and measured with each anchor counted once.
func checkYAMLDecode(args []cty.Value) error {
	s, ok := knownString(args[0])
	if !ok {
		return nil
	}
	// Every node but the first follows a line break or one of these
	// indicators, so their count bounds the node tree built below.
	if n := countBytes(s, "\n,[{-:?") + 1; n > maxValueElems {
		return tooLarge("yamldecode input may hold %d values", n)
	}
	dec := yaml.NewDecoder(strings.NewReader(s))
	m := yamlMeasure{seen: map[*yaml.Node]yamlSize{}}
	total := 0
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if strings.Contains(err.Error(), "exceeded max depth") {
				return fmt.Errorf("yamldecode input is nested more than %d levels deep", maxDecodeDepth)
			}
			return nil // go-cty-yaml reports syntax errors in its own words
		}
		size := m.measure(&doc, 0)
		if size.depth > maxDecodeDepth {
			return fmt.Errorf("yamldecode input is nested more than %d levels deep", maxDecodeDepth)
		}
		if total = addCapped(total, size.nodes); total > maxValueElems {
			return tooLarge("yamldecode input expands to more than %d values", maxValueElems)
		}
	}
}

// countBytes counts the bytes of s that are in set.
func countBytes(s, set string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) >= 0 {
			n++
		}
	}
	return n
}

type yamlSize struct{ nodes, depth int }

type yamlMeasure struct {
	seen map[*yaml.Node]yamlSize // sizes of nodes already measured
}

// measure returns how many nodes n stands for and how deep it nests once
// its aliases are expanded, both saturating just above the limits.
func (m *yamlMeasure) measure(n *yaml.Node, level int) yamlSize {
	if s, ok := m.seen[n]; ok {
		return s
	}
	if level > maxDecodeDepth {
		// Deeper than allowed already; no need to look further down.
		return yamlSize{nodes: 1, depth: maxDecodeDepth + 1}
	}
	s := yamlSize{nodes: 1}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		s = m.measure(n.Alias, level)
	}
	for _, c := range n.Content {
		cs := m.measure(c, level+1)
		s.nodes = min(addCapped(s.nodes, cs.nodes), maxValueElems+1)
		s.depth = max(s.depth, cs.depth+1)
	}
	m.seen[n] = s
	return s
}
