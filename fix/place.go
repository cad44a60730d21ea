package fix

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// placement is where a value is written: a range of the original bytes
// of a file, at the end of its origin.
type placement struct {
	file string
	rng  graph.Range
}

// place decides where the value at dotted of r, which has the origin
// chain origin, is to be changed: the last step of the chain, when that is
// a place in a scanned file that nothing else uses.
func (p *planner) place(st *state, r *graph.Resource, dotted string, origin graph.Origin) (placement, *refusal) {
	last := origin[len(origin)-1]
	switch {
	case strings.HasPrefix(last.Expr, "-var") || strings.HasPrefix(last.Expr, "--param"):
		return placement{}, unsafe("the value comes from the command line (%s)", origin)
	case strings.HasPrefix(last.Expr, "TF_VAR_"):
		return placement{}, unsafe("the value comes from the environment (%s)", last.Expr)
	case last.Range.Filename == "" || last.Range.Start.Line == 0:
		return placement{}, unsafe("where the value comes from is not known (%s)", origin)
	case remote(last.Range.Filename):
		return placement{}, unsafe("the value is set in a remote module (%s)", last.Range.Filename)
	case st.bytes(last.Range.Filename) == nil:
		return placement{}, unsafe("%s, where the value is set, is not among the scanned files", last.Range.Filename)
	}
	pl := placement{file: last.Range.Filename, rng: last.Range}
	if len(origin) > 1 || !within(r.Range, pl.rng) {
		if why := p.sharedPlace(r, dotted, pl, valueName(origin)); why != nil {
			return placement{}, why
		}
	} else if why := p.checkShared(r); why != nil {
		return placement{}, why
	}
	for _, s := range origin {
		if why := p.sharedName(r, s, r.RangeOf(dotted)); why != nil {
			return placement{}, why
		}
	}
	return pl, nil
}

// within reports whether b lies inside a.
func within(a, b graph.Range) bool {
	return a.Filename == b.Filename && a.Start.Byte <= b.Start.Byte && b.End.Byte <= a.End.Byte
}

func overlaps(a, b graph.Range) bool {
	return a.Filename == b.Filename && a.Start.Byte < b.End.Byte && b.Start.Byte < a.End.Byte
}

// sameBlock reports whether o is r or another count or for_each instance
// of the same block in the same module instance.
func sameBlock(r, o *graph.Resource) bool {
	return o == r || (o.Module == r.Module && o.Scope == r.Scope && o.Range.Filename == r.Range.Filename && o.Range.Start.Byte == r.Range.Start.Byte)
}

// sharedPlace refuses a place that another attribute's value also comes
// from: another resource's, another attribute of r, or a resource of
// another instance of the module.
func (p *planner) sharedPlace(r *graph.Resource, dotted string, pl placement, name string) *refusal {
	for _, o := range p.g.Resources {
		same := sameBlock(r, o)
		if !same && overlaps(o.Range, pl.rng) {
			return unsafe("%s is also used by %s (%s)", name, o.ID, o.Range.Line())
		}
		for _, k := range sortedOrigins(o.Origins) {
			if same && k == dotted || keyOnly(o.Origins[k]) {
				continue
			}
			for _, s := range o.Origins[k][1:] {
				if overlaps(s.Range, pl.rng) {
					who := o.ID
					if o == r {
						who = r.ID + " " + k
					}
					return unsafe("%s is also used by %s (%s)", name, who, o.RangeOf(k).Line())
				}
			}
		}
	}
	return nil
}

func sortedOrigins(m map[string]graph.Origin) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// stepName returns the variable or local a step reads ("var.acl",
// "local.x") and whether it is one; "parameters('x')" for ARM.
func stepName(expr string) (string, bool) {
	for _, pre := range []string{"var.", "local."} {
		if strings.HasPrefix(expr, pre) {
			name := expr[len(pre):]
			if i := strings.IndexAny(name, ".["); i >= 0 {
				name = name[:i]
			}
			return pre + name, name != ""
		}
	}
	return "", false
}

// refUse is one reference to a variable or local in a module's source.
type refUse struct {
	rng hcl.Range
}

// sharedName refuses a chain through a variable or local that the
// module's source reads more than once: changing it would change more than
// this attribute, and references inside larger expressions have no origin
// in the graph to tell.
func (p *planner) sharedName(r *graph.Resource, s graph.Step, own graph.Range) *refusal {
	if r.Format == graph.FormatARM {
		return p.sharedParam(r, s)
	}
	name, ok := stepName(s.Expr)
	if !ok || s.Range.Filename == "" {
		return nil
	}
	uses := p.references(dirOf(s.Range.Filename))[name]
	if len(uses) <= 1 {
		return nil
	}
	for _, u := range uses {
		if u.rng.Filename == s.Range.Filename && u.rng.Start.Byte >= s.Range.Start.Byte && u.rng.End.Byte <= s.Range.End.Byte {
			continue
		}
		if own.Filename == u.rng.Filename && own.Start.Byte <= u.rng.Start.Byte && u.rng.End.Byte <= own.End.Byte {
			continue // the reference in the attribute being fixed
		}
		return unsafe("%s is also used at %s:%d", name, u.rng.Filename, u.rng.Start.Line)
	}
	return nil
}

// references indexes the var.* and local.* references written in the
// Terraform files of a directory.
func (p *planner) references(dir string) map[string][]refUse {
	if m, ok := p.refs[dir]; ok {
		return m
	}
	m := map[string][]refUse{}
	names := make([]string, 0)
	for name := range p.g.Files {
		if dirOf(name) == dir && (strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		src := p.g.Files[name]
		if strings.HasSuffix(name, ".json") {
			// JSON configuration: every "var.x" in a string counts.
			for _, loc := range jsonRefPattern.FindAllSubmatchIndex(src, -1) {
				key := string(src[loc[2]:loc[3]])
				pos := posAt(src, loc[0])
				m[key] = append(m[key], refUse{rng: hcl.Range{Filename: name, Start: hcl.Pos{Line: pos.Line, Column: pos.Column, Byte: pos.Byte}, End: hcl.Pos{Byte: loc[1]}}})
			}
			continue
		}
		f, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
		if diags.HasErrors() || f == nil {
			continue
		}
		hclsyntax.VisitAll(f.Body.(*hclsyntax.Body), func(n hclsyntax.Node) hcl.Diagnostics {
			st, ok := n.(*hclsyntax.ScopeTraversalExpr)
			if !ok || len(st.Traversal) < 2 {
				return nil
			}
			root := st.Traversal.RootName()
			if root != "var" && root != "local" {
				return nil
			}
			if a, ok := st.Traversal[1].(hcl.TraverseAttr); ok {
				key := root + "." + a.Name
				m[key] = append(m[key], refUse{rng: st.SrcRange})
			}
			return nil
		})
	}
	p.refs[dir] = m
	return m
}

var jsonRefPattern = regexp.MustCompile(`\b((?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*)`)

// armParamPattern matches a parameters('name') call.
var armParamPattern = regexp.MustCompile(`(?i)parameters\(\s*'([^']*)'\s*\)`)

// sharedParam refuses a chain through an ARM parameter that the template
// reads more than once.
func (p *planner) sharedParam(r *graph.Resource, s graph.Step) *refusal {
	m := armParamPattern.FindStringSubmatch(s.Expr)
	if m == nil {
		return nil
	}
	src := p.g.Files[r.Range.Filename]
	count := 0
	var other int
	for _, loc := range armParamPattern.FindAllSubmatchIndex(src, -1) {
		if strings.EqualFold(string(src[loc[2]:loc[3]]), m[1]) {
			count++
			if loc[0] < s.Range.Start.Byte || loc[0] >= s.Range.End.Byte {
				other = loc[0]
			}
		}
	}
	if count > 1 {
		return unsafe("parameters('%s') is also used at %s:%d", m[1], r.Range.Filename, posAt(src, other).Line)
	}
	return nil
}

// setAt changes the value written at pl to v. cur is the offending value
// the resource has, which the value written there must be.
func (p *planner) setAt(st *state, pl placement, v, cur any, origin graph.Origin) ([]edit, *refusal) {
	start, end, ok := st.mapRange(pl.file, pl.rng.Start.Byte, pl.rng.End.Byte)
	if !ok {
		return nil, refuse("cannot fix: another fix changed %s", pl.rng.Line())
	}
	src := st.bytes(pl.file)
	if strings.HasSuffix(pl.file, ".json") {
		root, err := st.json(pl.file)
		if err != nil {
			return nil, refuse("cannot fix: %v", err)
		}
		n := root.find(start, end)
		if n == nil {
			return nil, refuse("cannot fix: no value found at %s", pl.rng.Line())
		}
		if n.kind == jString && (isARMExpression(n.str) || isTFTemplate(n.str)) || n.kind == jObject || n.kind == jArray {
			return nil, unsafe("the value at %s is an expression or a collection, not a single value", pl.rng.Line())
		}
		have := n.value(src)
		if sameValue(have, v) {
			return nil, nil
		}
		if !sameValue(have, cur) {
			return nil, unsafe("the value written at %s is not the one the resource gets (%s)", pl.rng.Line(), origin)
		}
		e, err := jsonReplace(pl.file, src, n, v)
		if err != nil {
			return nil, refuse("cannot fix: %v", err)
		}
		return []edit{e}, nil
	}
	body, err := st.hcl(pl.file)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	expr := exprAt(body, start, end)
	if expr == nil {
		return nil, refuse("cannot fix: no expression found at %s", pl.rng.Line())
	}
	want := cur
	return setHCLExpr(pl.file, src, expr, v, &want)
}

// exprAt finds the expression whose range is [start, end), or the
// expression of the attribute whose range it is.
func exprAt(body *hclsyntax.Body, start, end int) hclsyntax.Expression {
	var found hclsyntax.Expression
	hclsyntax.VisitAll(body, func(n hclsyntax.Node) hcl.Diagnostics {
		if found != nil {
			return nil
		}
		switch x := n.(type) {
		case *hclsyntax.Attribute:
			if x.SrcRange.Start.Byte == start && x.SrcRange.End.Byte == end {
				found = x.Expr
			}
		case hclsyntax.Expression:
			if r := x.Range(); r.Start.Byte == start && r.End.Byte == end {
				found = x
			}
		}
		return nil
	})
	return found
}

// ctyToGo converts a known cty value to JSON-like Go data.
func ctyToGo(v cty.Value) (any, bool) {
	if !v.IsWhollyKnown() {
		return nil, false
	}
	if v.IsNull() {
		return nil, true
	}
	b, err := ctyjson.Marshal(v, v.Type())
	if err != nil {
		return nil, false
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, false
	}
	return out, true
}

// normJSON makes numbers float64, as encoding/json reads them.
func normJSON(v any) any {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = normJSON(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = normJSON(e)
		}
		return out
	}
	return v
}

func scalarString(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case bool, float64:
		return fmt.Sprint(x), true
	}
	return "", false
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// keyOnly reports whether an origin is that of an iteration key
// (each.key, ingress.key): it points at an element but reads only its
// key, not the value a fix changes.
func keyOnly(o graph.Origin) bool {
	e := o[0].Expr
	return strings.HasSuffix(e, ".key") && strings.Count(e, ".") == 1
}

// valueName names the value an origin leads to for messages: the last
// variable, local or parameter on the way, with where it is set
// ("var.acl (terraform.tfvars:3)"), else the place itself.
func valueName(o graph.Origin) string {
	where := o[len(o)-1].Range.Line()
	for i := len(o) - 1; i >= 0; i-- {
		e := o[i].Expr
		if n, ok := stepName(e); ok {
			if i == len(o)-1 {
				return n
			}
			return fmt.Sprintf("%s (%s)", n, where)
		}
		if m := armParamPattern.FindStringSubmatch(e); m != nil {
			return fmt.Sprintf("parameters('%s') (%s)", m[1], where)
		}
	}
	return "the value at " + where
}
