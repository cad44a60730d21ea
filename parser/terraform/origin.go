package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// Provenance follows expressions that are a single reference (var.acl,
// local.name, "${var.acl}", var.tags["env"]) back to where the value was
// supplied: a tfvars file, a default, a module call's argument and, from
// there, the caller's own expression.

// originOf is the origin of the value of expr, evaluated in this module
// instance; nil when expr is not a single reference to a variable or a
// local value.
func (ie *instance) originOf(expr hcl.Expression) graph.Origin {
	return ie.originSeen(expr, nil)
}

// originSeen follows locals, stopping at one already on the chain (a
// reference cycle).
func (ie *instance) originSeen(expr hcl.Expression, seen map[string]bool) graph.Origin {
	t, ok := singleTraversal(expr)
	if !ok {
		return nil
	}
	return ie.originTrav(t, expr.Range(), seen)
}

// originTrav is originSeen for an expression that is the single reference
// t, at rng.
func (ie *instance) originTrav(t hcl.Traversal, rng hcl.Range, seen map[string]bool) graph.Origin {
	if len(t) < 2 {
		return nil
	}
	name, ok := attrStep(t[1])
	if !ok {
		return nil
	}
	switch t.RootName() {
	case "var":
		o := graph.Origin{{Expr: "var." + name, Range: convertRange(rng)}}
		return append(o, ie.varOrigins[name]...)
	case "local":
		ld := ie.cfg.locals[name]
		if ld == nil || seen[name] {
			return nil
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[name] = true
		o := graph.Origin{{Expr: "local." + name, Range: convertRange(ld.rng)}}
		return append(o, ie.originSeen(ld.expr, seen)...)
	}
	return nil
}

// singleTraversal returns the traversal when expr is nothing but one
// reference: var.x, "${var.x}", or a JSON string "${var.x}".
func singleTraversal(expr hcl.Expression) (hcl.Traversal, bool) {
	e := hcl.UnwrapExpression(expr)
	switch x := e.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		return x.Traversal, true
	case *hclsyntax.TemplateWrapExpr:
		if st, ok := x.Wrapped.(*hclsyntax.ScopeTraversalExpr); ok {
			return st.Traversal, true
		}
		return nil, false
	case hclsyntax.Expression:
		return nil, false
	}
	// A JSON expression: with no context its value is the literal text.
	v, ok := quietValue(e, nil)
	if !ok || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return nil, false
	}
	tpl, diags := hclsyntax.ParseTemplate([]byte(v.AsString()), e.Range().Filename, e.Range().Start)
	if diags.HasErrors() {
		return nil, false
	}
	if w, ok := tpl.(*hclsyntax.TemplateWrapExpr); ok {
		if st, ok := w.Wrapped.(*hclsyntax.ScopeTraversalExpr); ok {
			return st.Traversal, true
		}
	}
	return nil, false
}
