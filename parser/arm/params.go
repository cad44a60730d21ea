package arm

import (
	"fmt"
	"path"
	"strconv"
	"strings"

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
