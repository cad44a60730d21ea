package terraform

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// rawInput is a value given for a root module variable, before type
// conversion, and where it came from.
type rawInput struct {
	val  cty.Value
	step graph.Step
	rng  *hcl.Range
	expr hcl.Expression // the expression in a variable file, nil otherwise
}

// rootInputs decides the values of a root module's variables, by
// Terraform's precedence (later wins): default < TF_VAR_name <
// terraform.tfvars < terraform.tfvars.json < *.auto.tfvars(.json) in
// lexical order < -var and -var-file in command-line order.
func (l *loader) rootInputs(c *moduleConfig, dir string) (map[string]cty.Value, map[string]graph.Origin, map[string]varSource) {
	raw := map[string]rawInput{}
	for _, name := range c.varOrder {
		env := "TF_VAR_" + name
		if s, ok := l.opts.Env[env]; ok {
			if v, ok := l.parseVarString(c.variables[name], s, env); ok {
				raw[name] = rawInput{val: v, step: graph.Step{Expr: env}}
			}
		}
	}
	for _, rel := range l.autoVarFiles(dir) {
		if src := l.readFile(rel); src != nil {
			l.applyVarFile(c, raw, src, l.reported(rel), path.Base(rel))
		}
	}
	for _, v := range l.opts.Vars {
		switch {
		case v.File != "":
			l.files[v.File] = v.Src
			l.applyVarFile(c, raw, v.Src, v.File, v.File)
		case v.Name != "":
			decl := c.variables[v.Name]
			if decl == nil {
				l.diags.add(graph.Diagnostic{Severity: graph.Warning, Summary: "Value for undeclared variable",
					Detail: fmt.Sprintf("-var sets %q, but the root module in %s declares no such variable, so the value is ignored.", v.Name, l.displayDir(dir))})
				continue
			}
			if val, ok := l.parseVarString(decl, v.Value, "-var "+v.Name); ok {
				raw[v.Name] = rawInput{val: val, step: graph.Step{Expr: "-var"}}
			}
		}
	}
	vals := map[string]cty.Value{}
	origins := map[string]graph.Origin{}
	srcs := map[string]varSource{}
	for _, name := range c.varOrder {
		in, set := raw[name]
		var o graph.Origin
		if set {
			o = graph.Origin{in.step}
		}
		decl := c.variables[name]
		src := in.expr
		if usesDefault(decl, in.val, set) {
			src = decl.defExpr
		}
		v, o := l.finalizeVar(decl, in.val, set, o, in.rng)
		vals[name] = v
		if len(o) > 0 {
			origins[name] = o
			if src != nil {
				srcs[name] = varSource{expr: src, step: len(o) - 1}
			}
		}
	}
	return vals, origins, srcs
}

// usesDefault reports whether a variable takes its default: no value was
// given, or null was given for a variable with nullable = false.
func usesDefault(decl *variableDecl, val cty.Value, set bool) bool {
	return !set || (!decl.nullable && val.IsKnown() && val.IsNull())
}

// autoVarFiles lists the variable files Terraform loads by itself from the
// root module's directory, in the order it applies them.
func (l *loader) autoVarFiles(dir string) []string {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		return nil
	}
	present := map[string]bool{}
	var auto []string
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		n := e.Name()
		present[n] = true
		if strings.HasSuffix(n, ".auto.tfvars") || strings.HasSuffix(n, ".auto.tfvars.json") {
			auto = append(auto, n)
		}
	}
	sort.Strings(auto)
	var out []string
	for _, n := range []string{"terraform.tfvars", "terraform.tfvars.json"} {
		if present[n] {
			out = append(out, path.Join(dir, n))
		}
	}
	for _, n := range auto {
		out = append(out, path.Join(dir, n))
	}
	return out
}

// applyVarFile records the values a variable file sets. name is the
// file's reported name, label how origins name it.
func (l *loader) applyVarFile(c *moduleConfig, raw map[string]rawInput, src []byte, name, label string) {
	f := l.parseHCL(src, name)
	if f == nil {
		return
	}
	attrs, diags := f.Body.JustAttributes()
	l.diags.addHCL(diags)
	for _, n := range sortedAttrNames(attrs) {
		a := attrs[n]
		if c.variables[n] == nil {
			l.diags.add(newDiag(graph.Warning, a.NameRange.Ptr(), "Value for undeclared variable",
				fmt.Sprintf("%s sets %q, but the root module in %s declares no such variable, so the value is ignored.", label, n, l.displayDir(c.dir))))
			continue
		}
		v, d := a.Expr.Value(nil)
		l.diags.addHCL(d)
		if d.HasErrors() {
			continue
		}
		rng := a.Range
		raw[n] = rawInput{val: v, step: graph.Step{Expr: label, Range: convertRange(a.Range)}, rng: &rng, expr: a.Expr}
	}
}

// parseVarString interprets a value given as a string (TF_VAR_name, -var)
// as Terraform does: literally for a variable of a primitive type or with
// no type, as an HCL expression otherwise.
func (l *loader) parseVarString(decl *variableDecl, s, what string) (cty.Value, bool) {
	if !decl.typeSet || decl.typ.IsPrimitiveType() {
		return cty.StringVal(s), true
	}
	if why, line := nestingProblem([]byte(s), what, false); why != "" {
		l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Invalid value for input variable",
			Detail: fmt.Sprintf("%s was ignored: %s (line %d).", what, why, line)})
		return cty.NilVal, false
	}
	expr, diags := hclsyntax.ParseExpression([]byte(s), what, hcl.InitialPos)
	if !diags.HasErrors() {
		var v cty.Value
		v, diags = expr.Value(nil)
		if !diags.HasErrors() {
			return v, true
		}
	}
	l.diags.add(graph.Diagnostic{Severity: graph.Error, Summary: "Invalid value for input variable",
		Detail: fmt.Sprintf("%s does not give a valid value for variable %q of type %s: %s. The value is ignored.",
			what, decl.name, typeexpr.TypeString(decl.typ), strings.TrimSuffix(diags[0].Detail, "."))})
	return cty.NilVal, false
}

// finalizeVar gives a variable its final value: the value given (set) or
// the default, with optional() attribute defaults applied and converted to
// the declared type. A variable with neither is unknown. origin is
// extended with the default when the default is used.
func (l *loader) finalizeVar(decl *variableDecl, val cty.Value, set bool, origin graph.Origin, rng *hcl.Range) (cty.Value, graph.Origin) {
	if usesDefault(decl, val, set) {
		if !decl.hasDefault {
			return unknownVal(decl.typ, cause{"var." + decl.name, "has no value; pass -var or -var-file to decide"}), nil
		}
		val = decl.def
		origin = append(origin[:len(origin):len(origin)], graph.Step{Expr: "default", Range: convertRange(decl.defRange)})
		rng = &decl.defRange
	}
	out, err := convertVar(decl, val)
	if err != nil {
		if rng == nil {
			rng = &decl.declRange
		}
		l.diags.add(newDiag(graph.Error, rng, "Invalid value for input variable",
			fmt.Sprintf("The value of var.%s does not match its type %s: %v. It is treated as unknown.",
				decl.name, typeexpr.TypeString(decl.typ), err)))
		return unknownVal(decl.typ, cause{"var." + decl.name, "has a value of the wrong type"}), origin
	}
	return out, origin
}

// convertVar applies optional() defaults and converts to the declared
// type. typeexpr.Defaults has panicked on odd input in other tools, so a
// panic becomes an error.
func convertVar(decl *variableDecl, val cty.Value) (out cty.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = cty.NilVal, fmt.Errorf("apply type defaults: %v", r)
		}
	}()
	if decl.defaults != nil && !val.IsNull() {
		u, pvm := val.UnmarkDeepWithPaths()
		val = decl.defaults.Apply(u).MarkWithPaths(pvm)
	}
	return convert.Convert(val, decl.typ)
}
