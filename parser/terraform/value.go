package terraform

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// cause is the mark carried by every unknown value the evaluator makes. It
// travels with the value through expressions and function calls (cty
// propagates marks), so when an attribute turns out unknown the marks on it
// name the root reason, not the last expression it went through.
//
// The text of a cause is subject + " " + reason ("var.acl" + "has no value;
// pass -var or -var-file to decide"). A cause without a subject is just its
// reason ("comes from data.aws_iam_policy_document.x, read at plan time").
type cause struct {
	subject string
	reason  string
}

func (c cause) String() string {
	if c.subject == "" {
		return c.reason
	}
	return c.subject + " " + c.reason
}

// markerExpr is the expression an unknown marker carries for this cause
// when no source expression is at hand (inside a jsonencode'd document):
// the subject, or the whole cause when it has none.
func (c cause) markerExpr() string {
	if c.subject == "" {
		return c.String()
	}
	return c.subject
}

// dependent phrases the cause of something that depends on the unknown
// value: "count depends on var.n, which has no value; …".
func (c cause) dependent(what string) string {
	if c.subject == "" {
		return what + " depends on a value that " + c.reason
	}
	return what + " depends on " + c.subject + ", which " + c.reason
}

// unknownVal is an unknown value of type ty whose cause is c.
func unknownVal(ty cty.Type, c cause) cty.Value { return cty.UnknownVal(ty).Mark(c) }

// dynamicVal is an unknown value of any type whose cause is c.
func dynamicVal(c cause) cty.Value { return cty.DynamicVal.Mark(c) }

// causesOf returns the causes among marks, sorted by text.
func causesOf(marks cty.ValueMarks) []cause {
	var out []cause
	for m := range marks {
		if c, ok := m.(cause); ok {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// causeMarks returns the cause marks of v and of everything inside it.
func causeMarks(v cty.Value) cty.ValueMarks {
	_, pvm := v.UnmarkDeepWithPaths()
	out := cty.ValueMarks{}
	for _, pm := range pvm {
		for m := range pm.Marks {
			if _, ok := m.(cause); ok {
				out[m] = struct{}{}
			}
		}
	}
	return out
}

// joinCauses renders causes as one string, without duplicates.
func joinCauses(cs []string) string {
	sort.Strings(cs)
	out := cs[:0]
	for i, c := range cs {
		if i > 0 && c == cs[i-1] {
			continue
		}
		out = append(out, c)
	}
	return strings.Join(out, "; ")
}

// jsonConverter turns evaluated cty values into the JSON-compatible values
// of graph.Resource.Attributes. exprAt names the source expression for an
// attribute path (the text an unknown marker carries).
type jsonConverter struct {
	exprAt func(path string) string
	causes map[string][]string        // path → cause texts from marks at that path
	marks  map[string][]cause         // path → the causes themselves
	found  map[string]map[string]bool // expr → causes of the unknowns it names
	// unknowns and embedded are the paths of the unknown values and of the
	// strings embedding unknown markers, resolved against causes once every
	// mark is known: two cty paths can render as one dotted path.
	unknowns []unknownAt
	embedded []string
	// segs is the path of the value being walked, one name a step. The
	// dotted path is built from it only for the few values that need it
	// (marked, unknown, embedding markers): building it for every value
	// was most of what converting a resource allocated.
	segs []string
}

// path is the dotted path of the value being walked, as joinPath builds
// it step by step.
func (c *jsonConverter) path() string {
	p := ""
	for _, s := range c.segs {
		p = joinPath(p, s)
	}
	return p
}

type unknownAt struct{ path, expr string }

// toJSON converts v (an object of attributes, usually) to plain Go values.
// Wholly unknown values, at any depth, become graph.Unknown markers, and
// unknowns maps the expression of each marker to its causes.
func toJSON(v cty.Value, exprAt func(path string) string, unknowns map[string]string) any {
	c := &jsonConverter{exprAt: exprAt}
	out := c.walk(v)
	for _, u := range c.unknowns {
		c.resolveUnknown(u)
	}
	for _, p := range c.embedded {
		c.recordEmbedded(p)
	}
	for expr, set := range c.found {
		unknowns[expr] = joinCauses(sortedKeys(set))
	}
	return out
}

// addMarks records the cause marks of the value at path. cty keeps no
// marks on set elements (it moves them to the set), so the dotted paths
// here are those of cty.Value.UnmarkDeepWithPaths.
func (c *jsonConverter) addMarks(path string, marks cty.ValueMarks) {
	for _, cs := range causesOf(marks) {
		if c.causes == nil {
			c.causes = map[string][]string{}
			c.marks = map[string][]cause{}
		}
		c.causes[path] = append(c.causes[path], cs.String())
		c.marks[path] = append(c.marks[path], cs)
	}
}

// resolveUnknown records the causes of the unknown value at u.path: the
// causes marked on it and on every value it is part of.
func (c *jsonConverter) resolveUnknown(u unknownAt) {
	expr := u.expr
	if c.found == nil {
		c.found = map[string]map[string]bool{}
	}
	if c.found[expr] == nil {
		c.found[expr] = map[string]bool{}
	}
	n := 0
	for p := u.path; ; {
		for _, t := range c.causes[p] {
			c.found[expr][t] = true
			n++
		}
		if p == "" {
			break
		}
		if i := strings.LastIndexByte(p, '.'); i >= 0 {
			p = p[:i]
		} else {
			p = ""
		}
	}
	if n == 0 {
		c.found[expr][expr+" is not known before deploy"] = true
	}
}

func (c *jsonConverter) walk(v cty.Value) any {
	if v.IsMarked() {
		var marks cty.ValueMarks
		v, marks = v.Unmark()
		if len(marks) > 0 {
			c.addMarks(c.path(), marks)
		}
	}
	if !v.IsKnown() {
		path := c.path()
		expr := c.exprAt(path)
		c.unknowns = append(c.unknowns, unknownAt{path, expr})
		return graph.Unknown(expr)
	}
	if v.IsNull() {
		return nil
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		s := v.AsString()
		if strings.Contains(s, `{"`+graph.UnknownKey+`":`) {
			c.embedded = append(c.embedded, c.path())
		}
		return s
	case ty == cty.Bool:
		return v.True()
	case ty == cty.Number:
		return numberJSON(v.AsBigFloat())
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		out := make([]any, 0, v.LengthInt())
		i := 0
		for it := v.ElementIterator(); it.Next(); i++ {
			_, e := it.Element()
			c.segs = append(c.segs, strconv.Itoa(i))
			out = append(out, c.walk(e))
			c.segs = c.segs[:len(c.segs)-1]
		}
		return out
	case ty.IsObjectType():
		// Reading the attributes by name, in no particular order, spares
		// the sorted key list and boxed key values of an ElementIterator;
		// nothing walk records depends on the order.
		atys := ty.AttributeTypes()
		out := make(map[string]any, len(atys))
		for name := range atys {
			c.segs = append(c.segs, name)
			out[name] = c.walk(v.GetAttr(name))
			c.segs = c.segs[:len(c.segs)-1]
		}
		return out
	case ty.IsMapType():
		out := make(map[string]any, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			c.segs = append(c.segs, k.AsString())
			out[k.AsString()] = c.walk(e)
			c.segs = c.segs[:len(c.segs)-1]
		}
		return out
	}
	// Capsule types never come out of Terraform expressions.
	return nil
}

// recordEmbedded records the causes of a string that embeds unknown markers
// (a partly known jsonencode result), under the expressions those markers
// carry, so a policy that decodes the string can name them.
func (c *jsonConverter) recordEmbedded(path string) {
	for _, cs := range c.marks[path] {
		expr := cs.markerExpr()
		if c.found == nil {
			c.found = map[string]map[string]bool{}
		}
		if c.found[expr] == nil {
			c.found[expr] = map[string]bool{}
		}
		c.found[expr][cs.String()] = true
	}
}

// numberJSON renders a whole number that fits in an int as int, anything
// else as float64. Infinities, which JSON cannot carry, become strings.
func numberJSON(f *big.Float) any {
	if f.IsInf() {
		if f.Sign() < 0 {
			return "-Infinity"
		}
		return "Infinity"
	}
	if f.IsInt() {
		if i, acc := f.Int64(); acc == big.Exact && i >= math.MinInt && i <= math.MaxInt {
			return int(i)
		}
	}
	x, _ := f.Float64()
	return x
}

// pathString renders a cty path in the dotted form of graph paths.
func pathString(p cty.Path) string {
	var parts []string
	for _, s := range p {
		switch s := s.(type) {
		case cty.GetAttrStep:
			parts = append(parts, s.Name)
		case cty.IndexStep:
			switch {
			case !s.Key.IsKnown() || s.Key.IsNull():
				parts = append(parts, "*")
			case s.Key.Type() == cty.String:
				parts = append(parts, s.Key.AsString())
			case s.Key.Type() == cty.Number:
				parts = append(parts, s.Key.AsBigFloat().Text('f', -1))
			default:
				parts = append(parts, "*")
			}
		}
	}
	return strings.Join(parts, ".")
}

func joinPath(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}
