package terraform

import (
	"sync/atomic"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// Two constructs build values inside one hcl evaluation without calling a
// function, and hcl offers no hook to stop them: nested for expressions
// (three levels over a 1,000-element list make a billion values) and
// string templates ("${local.s}" repeated a million times copies a 16 MiB
// string a million times). So, when a file is parsed, the collection of
// every for expression (template for directives included) is wrapped in a
// call to iterationsFunc, which counts the elements about to be iterated
// against a budget, and every interpolated part of a string template in a
// call to textFunc, which charges its length to the budget of the function
// calls (see budgeted). Both fail once their budget is spent and otherwise
// return their argument unchanged, marks and all, so evaluation is
// otherwise the same.

// iterFuncName and textFuncName name the wrappers. The namespace keeps
// them apart from any function a configuration can call by mistake.
const (
	iterFuncName = "preflight::iterations"
	textFuncName = "preflight::text"
)

// limitIterations wraps the collection of every for expression and the
// interpolated parts of every string template under n. It runs once per
// parsed expression, before anything is evaluated; the files of a module
// get the same from moduleConfig.index, in the walk that indexes them.
func limitIterations(n hclsyntax.Node) {
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		limitNode(n)
		return nil
	})
}

// limitNode wraps what limitIterations wraps in n itself. A walk that calls
// it on entering a node then walks the wrappers it put in place.
func limitNode(n hclsyntax.Node) {
	wrap := func(name string, e hclsyntax.Expression) hclsyntax.Expression {
		r := e.Range()
		return &hclsyntax.FunctionCallExpr{Name: name, Args: []hclsyntax.Expression{e},
			NameRange: r, OpenParenRange: r, CloseParenRange: r}
	}
	switch n := n.(type) {
	case *hclsyntax.ForExpr:
		n.CollExpr = wrap(iterFuncName, n.CollExpr)
	case *hclsyntax.TemplateExpr:
		for i, p := range n.Parts {
			if _, literal := p.(*hclsyntax.LiteralValueExpr); !literal {
				n.Parts[i] = wrap(textFuncName, p)
			}
		}
	}
}

// textFunc is the wrapper of template parts, charging into spent.
func textFunc(spent *atomic.Int64) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "part", Type: cty.DynamicPseudoType,
			AllowNull: true, AllowUnknown: true, AllowMarked: true, AllowDynamicType: true}},
		Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v, _ := args[0].Unmark()
			if v.IsKnown() && !v.IsNull() && v.Type() == cty.String {
				if spent.Add(int64(len(v.AsString()))) > maxRootBytes {
					return cty.NilVal, tooLarge("the string templates and function calls here built more than %d MiB of values", maxRootBytes>>20)
				}
			}
			return args[0], nil
		},
	})
}

// iterationsFunc is the wrapper, counting into spent.
func iterationsFunc(spent *atomic.Int64) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "collection", Type: cty.DynamicPseudoType,
			AllowNull: true, AllowUnknown: true, AllowMarked: true, AllowDynamicType: true}},
		Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v, _ := args[0].Unmark()
			if v.IsKnown() && !v.IsNull() && v.CanIterateElements() {
				if spent.Add(int64(v.LengthInt())) > maxIterations {
					return cty.NilVal, tooLarge("the for expressions here iterate more than %d times in all", maxIterations)
				}
			}
			return args[0], nil
		},
	})
}

// addLimitFuncs adds the wrappers to a function table, each with a budget
// of its own except that textFunc shares spent with the function calls.
func addLimitFuncs(t map[string]function.Function, spent *atomic.Int64) {
	t[iterFuncName] = iterationsFunc(new(atomic.Int64))
	t[textFuncName] = textFunc(spent)
}

// literalCtx is the context of expressions that may use no function or
// reference (a variable's default): only the wrappers.
func literalCtx() *hcl.EvalContext {
	t := map[string]function.Function{}
	addLimitFuncs(t, new(atomic.Int64))
	return &hcl.EvalContext{Functions: t}
}
