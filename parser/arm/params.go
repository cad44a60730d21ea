package arm

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/preflight-iac/preflight/graph"
)

// paramValue is where a parameter's value comes from, before evaluation.
type paramValue struct {
	// raw is a literal value (parameter file, --param, nested deployment
	// input); def the defaultValue node, evaluated lazily because it may
	// call other parameters. When both are unset the parameter has no value.
	raw    any
	hasRaw bool
	def    *node
	rng    graph.Range // where the value was set
	from   string      // how Origin names the source: a file name, "defaultValue", "--param"
}

// parameter is one declared parameter and its state during evaluation.
type parameter struct {
	name  string // as declared
	typ   string // lower case: string, securestring, int, bool, object, secureobject, array
	decl  *node
	src   paramValue
	state int // 0 not evaluated, 1 in progress, 2 done
	value any
}

// unknownParamCause is the cause given for a parameter with no value.
func unknownParamCause(name string) string {
	return fmt.Sprintf("parameters('%s') has no value; pass --param or a parameter file", name)
}

// readParamFile collects the values of a parameter file
// ({"parameters": {"x": {"value": ...}}}) into vals, keyed by lower-case
// name. A Key Vault reference becomes an unknown: the secret is read only
// at deploy time.
func (l *loader) readParamFile(root *node, vals map[string]paramValue) {
	ps := root.get("parameters")
	if ps == nil {
		return
	}
	if ps.kind != kindObject {
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Invalid parameter file",
			Detail: "The \"parameters\" property of a parameter file must be an object of {\"value\": ...} entries.", Range: &ps.rng})
		return
	}
	for _, m := range ps.members {
		switch v := m.value; {
		case v.get("value") != nil:
			vals[strings.ToLower(m.key)] = paramValue{raw: v.get("value").value(), hasRaw: true, rng: v.get("value").rng, from: path.Base(v.rng.Filename)}
		case v.get("reference") != nil:
			expr := fmt.Sprintf("parameters('%s')", m.key)
			vals[strings.ToLower(m.key)] = paramValue{raw: graph.Unknown(expr), hasRaw: true, rng: v.rng, from: path.Base(v.rng.Filename)}
			l.paramCauses[expr] = fmt.Sprintf("%s is a Key Vault secret reference, read only at deploy time", expr)
		default:
			l.diags.add(graph.Diagnostic{Severity: graph.Warning, Summary: "Parameter without value",
				Detail: fmt.Sprintf("The parameter %q in the parameter file has neither \"value\" nor \"reference\"; it is ignored.", m.key), Range: &v.rng})
		}
	}
}

// convertParam converts a --param string to the declared type of the
// parameter.
func convertParam(typ, s string) (any, error) {
	switch typ {
	case "int":
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("convert %q to int: %w", s, err)
		}
		return n, nil
	case "bool":
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return nil, fmt.Errorf("convert %q to bool: %w", s, err)
		}
		return b, nil
	case "array", "object", "secureobject":
		n, diags := parseJSONC("--param", []byte(s))
		if n == nil {
			msg := "invalid JSON"
			if len(diags) > 0 {
				msg = diags[len(diags)-1].Detail
			}
			return nil, fmt.Errorf("convert %q to %s: %s", s, typ, msg)
		}
		want := kindObject
		if typ == "array" {
			want = kindArray
		}
		if n.kind != want {
			return nil, fmt.Errorf("convert %q to %s: the JSON value is %s", s, typ, n.kind.withArticle())
		}
		return n.value(), nil
	}
	return s, nil
}

// origin returns where the value of a parameter came from, starting at the
// expression that read it.
func (p *parameter) origin(expr string, at graph.Range) graph.Origin {
	o := graph.Origin{{Expr: expr, Range: at}}
	if p.src.from != "" {
		o = append(o, graph.Step{Expr: p.src.from, Range: p.src.rng})
	}
	return o
}

// fitType returns v converted to the declared type typ (lower case), and
// false when v is of another JSON type, which Azure rejects before
// deploying anything. A type preflight does not know accepts any value.
func fitType(typ string, v any) (any, bool) {
	switch typ {
	case "string", "securestring":
		_, ok := v.(string)
		return v, ok
	case "int":
		switch x := v.(type) {
		case int:
			return x, true
		case float64:
			// 3.0 is an integer to Azure's JSON reader.
			if x == float64(int(x)) {
				return int(x), true
			}
		}
		return v, false
	case "bool":
		_, ok := v.(bool)
		return v, ok
	case "object", "secureobject":
		_, ok := v.(map[string]any)
		return v, ok
	case "array":
		_, ok := v.([]any)
		return v, ok
	}
	return v, true
}

// valueWithArticle names the type of a value with its indefinite
// article, for messages.
func valueWithArticle(v any) string {
	switch n := typeName(v); n {
	case "int":
		return "an int"
	case "array", "object":
		return "an " + n
	case "null":
		return "null"
	default:
		return "a " + n
	}
}

// source says where the value of the parameter was set, for messages:
// "the parameter file main.parameters.json (main.parameters.json:5)".
func (p *parameter) source() string {
	var s string
	switch from := p.src.from; {
	case from == "defaultValue":
		s = "its defaultValue"
	case strings.HasPrefix(from, "--param"):
		s = from
	case strings.HasPrefix(from, "deployment "), strings.HasPrefix(from, "parametersLink"):
		s = "the " + from
	default:
		s = "the parameter file " + from
	}
	if p.src.rng.Filename != "" {
		s += " (" + p.src.rng.Line() + ")"
	}
	return s
}

// at returns where diagnostics about the value of the parameter go: the
// value itself, or the declaration when the value has no place in a file
// (--param).
func (p *parameter) at() graph.Range {
	if p.src.rng.Filename != "" {
		return p.src.rng
	}
	return p.decl.rng
}

// settle converts a known parameter value to the declared type and checks
// it against allowedValues, minValue/maxValue and minLength/maxLength, as
// Azure does before it deploys anything. A value of the wrong type becomes
// an unknown; a value that breaks a constraint is kept as given, because
// the resources are still worth checking, but is an Error.
func (t *tmpl) settle(p *parameter, v any) any {
	if _, unknown := graph.IsUnknown(v); unknown {
		return v
	}
	if v == nil {
		// languageVersion 2.0 lets a parameter declared nullable be null.
		if b, _ := p.decl.get("nullable").value().(bool); b {
			return v
		}
	}
	fitted, ok := fitType(p.typ, v)
	if !ok {
		expr := fmt.Sprintf("parameters('%s')", p.name)
		t.errorAt(p.at(), "Invalid parameter value", fmt.Sprintf("The parameter %q is %s, but %s gives %s. Azure rejects the deployment; the parameter is treated as unknown.", p.name, p.typ, p.source(), valueWithArticle(v)))
		t.paramCauses[expr] = fmt.Sprintf("the value %s gives for %s is %s, not %s", p.source(), expr, valueWithArticle(v), p.typ)
		return graph.Unknown(expr)
	}
	hasUnknown := false
	graph.Unknowns(fitted, func([]string, string) bool { hasUnknown = true; return false })
	if !hasUnknown {
		for _, problem := range p.violations(fitted) {
			t.errorAt(p.at(), "Parameter value not allowed", fmt.Sprintf("The value %s of the parameter %q, set by %s, %s. Azure rejects the deployment.", shortJSON(fitted), p.name, p.source(), problem))
		}
	}
	return fitted
}

// violations lists the constraints of the declaration that v breaks, each
// as the end of a sentence.
func (p *parameter) violations(v any) []string {
	var out []string
	if av := p.decl.get("allowedValues"); av != nil && av.kind == kindArray {
		allowed := av.value().([]any)
		// An array parameter is checked element by element unless the
		// allowed values are themselves arrays.
		items := []any{v}
		if a, ok := v.([]any); ok && !hasArray(allowed) {
			items = a
		}
		for _, it := range items {
			if !slices.ContainsFunc(allowed, func(a any) bool { return allowedEqual(a, it) }) {
				out = append(out, fmt.Sprintf("is not in its allowedValues %s", shortJSON(allowed)))
				break
			}
		}
	}
	if n, ok := v.(int); ok {
		if lim, ok := p.decl.get("minValue").value().(int); ok && n < lim {
			out = append(out, fmt.Sprintf("is less than its minValue %d", lim))
		}
		if lim, ok := p.decl.get("maxValue").value().(int); ok && n > lim {
			out = append(out, fmt.Sprintf("is greater than its maxValue %d", lim))
		}
	}
	length := -1
	switch x := v.(type) {
	case string:
		length = utf8.RuneCountInString(x)
	case []any:
		length = len(x)
	}
	if length >= 0 {
		if lim, ok := p.decl.get("minLength").value().(int); ok && length < lim {
			out = append(out, fmt.Sprintf("has length %d, less than its minLength %d", length, lim))
		}
		if lim, ok := p.decl.get("maxLength").value().(int); ok && length > lim {
			out = append(out, fmt.Sprintf("has length %d, more than its maxLength %d", length, lim))
		}
	}
	return out
}

func hasArray(vs []any) bool {
	return slices.ContainsFunc(vs, func(v any) bool { _, ok := v.([]any); return ok })
}

// allowedEqual compares a value with an allowed value. Strings compare
// without regard to case: Azure's own check does, and a false alarm would
// cost more than a missed one.
func allowedEqual(allowed, v any) bool {
	if a, ok := allowed.(string); ok {
		b, ok := v.(string)
		return ok && strings.EqualFold(a, b)
	}
	return equalValues(allowed, v)
}

// shortJSON renders a value for a message, cut to a readable length.
func shortJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	const limit = 120
	if len(b) > limit {
		return string(b[:limit]) + "…"
	}
	return string(b)
}
