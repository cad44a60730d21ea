package arm

import (
	"errors"
	"fmt"
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

// errTooLong is the error of a string over maxStringLength.
var errTooLong = fmt.Errorf("result is longer than %d bytes", maxStringLength)

// lookups are the functions that return a value that already exists (a
// variable, a parameter, one of their arguments or a part of one) rather
// than building one: they are not charged to the budget, or a template
// naming a large variable many times would be refused.
var lookups = map[string]bool{
	"variables": true, "parameters": true, "lambdaVariables": true, "if": true,
	"first": true, "last": true, "coalesce": true, "tryGet": true, "tryIndexFromEnd": true,
	"reference": true,
}

// chargeBuilt adds what v costs to hold (the bytes of a string, 16 per
// array element or object member, not counting shared parts again) to the
// budget of ctx, failing when the budget is spent.
func chargeBuilt(ctx *evalContext, v any) error {
	if ctx.built == nil {
		return nil
	}
	switch x := v.(type) {
	case string:
		*ctx.built += len(x)
	case []any:
		if len(x) > maxArrayLength {
			return fmt.Errorf("result has more than %d elements", maxArrayLength)
		}
		*ctx.built += 16 * len(x)
	case map[string]any:
		*ctx.built += 16 * len(x)
	}
	if *ctx.built > maxBuilt {
		return fmt.Errorf("the expressions of this scan build more than %d MiB of values", maxBuilt>>20)
	}
	return nil
}

// evalExpressionText parses and evaluates the text between the outer
// brackets of a template expression.
func evalExpressionText(text string, ctx *evalContext) (any, error) {
	n, err := parseExpression(text)
	if err != nil {
		return nil, err
	}
	v, err := evalNode(n, ctx)
	if err != nil {
		return nil, err
	}
	if _, ok := v.(*lambdaValue); ok {
		return nil, errors.New("lambda() can only be used as an argument of filter, map, reduce, sort, toObject, mapValues or groupBy")
	}
	return v, nil
}

// evalNode evaluates one node. Recursion is bounded by the parser's
// nesting limit and, across user functions and lambdas, by ctx.depth.
func evalNode(n exprNode, ctx *evalContext) (any, error) {
	if ctx.steps != nil {
		*ctx.steps++
		if *ctx.steps > maxSteps {
			return nil, fmt.Errorf("expression needs more than %d evaluation steps", maxSteps)
		}
	}
	switch n := n.(type) {
	case *exprLiteral:
		return n.value, nil
	case *exprMember:
		target, err := evalNode(n.target, ctx)
		if err != nil {
			return nil, err
		}
		if u, ok := graph.IsUnknown(target); ok {
			return graph.Unknown(extendUnknown(u, n.target, n.text)), nil
		}
		return property(target, n.name)
	case *exprIndex:
		target, err := evalNode(n.target, ctx)
		if err != nil {
			return nil, err
		}
		if u, ok := graph.IsUnknown(target); ok {
			return graph.Unknown(extendUnknown(u, n.target, n.text)), nil
		}
		idx, err := evalNode(n.index, ctx)
		if err != nil {
			return nil, err
		}
		if _, ok := graph.IsUnknown(idx); ok {
			return idx, nil
		}
		return indexValue(target, idx)
	case *exprCall:
		return evalCall(n, ctx)
	}
	return nil, fmt.Errorf("evaluate expression: unexpected node %T", n)
}

// extendUnknown names the unknown result of accessing a part of an unknown
// value. When the target is itself the run-time call that produced the
// unknown (reference('st1').primaryEndpoints), the longer text says more.
// Otherwise, and for parameters() and variables() whose unknowns the
// template code names and explains, the root unknown is kept so its cause
// stays traceable.
func extendUnknown(expr string, target exprNode, text string) string {
	lower := strings.ToLower(expr)
	if expr != target.source() || strings.HasPrefix(lower, "parameters(") || strings.HasPrefix(lower, "variables(") {
		return expr
	}
	return text
}

// property reads obj.name the way ARM does: object keys match
// case-insensitively, and a missing property is an error.
func property(v any, name string) (any, error) {
	switch x := v.(type) {
	case map[string]any:
		if val, ok := lookupKey(x, name); ok {
			return val, nil
		}
		return nil, fmt.Errorf("property %q does not exist; available properties are %s", name, keyList(x))
	case nil:
		return nil, fmt.Errorf("cannot read property %q of null", name)
	}
	return nil, fmt.Errorf("cannot read property %q of a value of type %s", name, typeName(v))
}

func indexValue(target, idx any) (any, error) {
	switch x := target.(type) {
	case []any:
		i, ok := toInt(idx)
		if !ok {
			return nil, fmt.Errorf("an array index must be an integer, got %s", typeName(idx))
		}
		if i < 0 || i >= len(x) {
			return nil, fmt.Errorf("index %d is out of range for an array of length %d", i, len(x))
		}
		return x[i], nil
	case map[string]any:
		key, ok := idx.(string)
		if !ok {
			return nil, fmt.Errorf("an object index must be a string, got %s", typeName(idx))
		}
		return property(x, key)
	case nil:
		return nil, errors.New("cannot index null")
	}
	return nil, fmt.Errorf("cannot index a value of type %s", typeName(target))
}

// callCtx is what a built-in function sees of its call.
type callCtx struct {
	ctx  *evalContext
	node *exprCall
	spec *funcSpec
}

// errorf prefixes a function's error with its name: "parameters(): ...".
func (c *callCtx) errorf(format string, args ...any) error {
	return fmt.Errorf("%s(): %s", c.spec.name, fmt.Sprintf(format, args...))
}

func evalCall(n *exprCall, ctx *evalContext) (any, error) {
	if n.ns != "" {
		return callUserFunction(n, ctx)
	}
	spec, ok := builtin(strings.ToLower(n.name))
	if !ok {
		return nil, fmt.Errorf("unknown function %q", n.name)
	}
	c := &callCtx{ctx: ctx, node: n, spec: &spec}
	if len(n.args) < spec.min || (spec.max >= 0 && len(n.args) > spec.max) {
		return nil, c.errorf("%s, got %d", arityText(spec.min, spec.max), len(n.args))
	}
	if spec.lazy != nil {
		v, err := spec.lazy(c, n.args)
		if err != nil {
			return nil, err
		}
		if !lookups[spec.name] {
			if err := chargeBuilt(ctx, v); err != nil {
				return nil, c.errorf("%v", err)
			}
		}
		return v, nil
	}
	args := make([]any, len(n.args))
	for i, a := range n.args {
		v, err := evalNode(a, ctx)
		if err != nil {
			return nil, err
		}
		if _, isLambda := v.(*lambdaValue); isLambda && !spec.lambdas {
			return nil, c.errorf("argument %d is a lambda, which only filter, map, reduce, sort, toObject, mapValues and groupBy accept", i+1)
		}
		args[i] = v
	}
	switch spec.unknowns {
	case unknownDeep:
		for _, a := range args {
			if u, ok := firstUnknown(a, true); ok {
				return u, nil
			}
		}
	case unknownTop:
		for _, a := range args {
			if _, ok := graph.IsUnknown(a); ok {
				return a, nil
			}
		}
	}
	v, err := spec.fn(c, args)
	if err != nil {
		return nil, err
	}
	if s, ok := v.(string); ok && len(s) > maxStringLength {
		return nil, c.errorf("%v", errTooLong)
	}
	if !lookups[spec.name] {
		if err := chargeBuilt(ctx, v); err != nil {
			return nil, c.errorf("%v", err)
		}
	}
	return v, nil
}

func arityText(lo, hi int) string {
	plural := func(n int) string {
		if n == 1 {
			return "1 argument"
		}
		return fmt.Sprintf("%d arguments", n)
	}
	switch {
	case lo == hi:
		return "takes " + plural(lo)
	case hi < 0:
		return "takes at least " + plural(lo)
	case lo == 0:
		return "takes at most " + plural(hi)
	}
	return fmt.Sprintf("takes %d to %d arguments", lo, hi)
}

// firstUnknown returns the first unknown marker in v: v itself, or with
// deep also one nested in arrays and objects.
func firstUnknown(v any, deep bool) (any, bool) {
	if _, ok := graph.IsUnknown(v); ok {
		return v, true
	}
	if !deep {
		return nil, false
	}
	var found any
	graph.Unknowns(v, func(_ []string, expr string) bool {
		found = graph.Unknown(expr)
		return false
	})
	return found, found != nil
}

// callUserFunction evaluates a template-defined function. Its body sees
// only its own parameters: ARM forbids variables() and parameters() of
// the template inside user functions.
func callUserFunction(n *exprCall, ctx *evalContext) (any, error) {
	full := n.ns + "." + n.name
	fn := ctx.userFuncs[strings.ToLower(full)]
	if fn == nil {
		return nil, fmt.Errorf("unknown function %q", full)
	}
	if len(n.args) != len(fn.params) {
		return nil, fmt.Errorf("%s(): takes %d arguments, got %d", full, len(fn.params), len(n.args))
	}
	if ctx.depth+1 > maxNesting {
		return nil, fmt.Errorf("expression nests more than %d levels", maxNesting)
	}
	args := map[string]any{}
	for i, a := range n.args {
		v, err := evalNode(a, ctx)
		if err != nil {
			return nil, err
		}
		if _, isLambda := v.(*lambdaValue); isLambda {
			return nil, fmt.Errorf("%s(): argument %d is a lambda, which user functions do not accept", full, i+1)
		}
		args[strings.ToLower(fn.params[i])] = v
	}
	inner := &evalContext{
		parameter: func(name string) (any, bool) {
			v, ok := args[strings.ToLower(name)]
			return v, ok
		},
		variable: func(name string) (any, error) {
			return nil, fmt.Errorf("variables(): user function %s cannot use template variables", full)
		},
		copyIndex: func(string) (int, bool) { return 0, false },
		userFuncs: ctx.userFuncs,
		scope:     ctx.scope,
		depth:     ctx.depth + 1,
		steps:     ctx.steps,
		built:     ctx.built,
	}
	return evalJSON(fn.output, inner)
}

// evalJSON evaluates every expression string inside a JSON value.
func evalJSON(v any, ctx *evalContext) (any, error) {
	switch x := v.(type) {
	case string:
		return evalString(x, ctx)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			r, err := evalJSON(e, ctx)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return out, nil
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			r, err := evalJSON(e, ctx)
			if err != nil {
				return nil, err
			}
			out[k] = r
		}
		return out, nil
	}
	return v, nil
}

// lambdaValue is the value of lambda('x', body): it lives only while the
// function that receives it runs, and never ends up in a result.
type lambdaValue struct {
	params []string
	body   exprNode
	ctx    *evalContext
}

// call evaluates the lambda body with its parameters bound to args.
// ARM lets a lambda declare fewer parameters than the caller offers
// (map's index is optional), so extra arguments are dropped.
func (l *lambdaValue) call(args ...any) (any, error) {
	if len(l.params) > len(args) {
		return nil, fmt.Errorf("lambda(): declares %d parameters, but only %d are passed", len(l.params), len(args))
	}
	if l.ctx.depth+1 > maxNesting {
		return nil, fmt.Errorf("expression nests more than %d levels", maxNesting)
	}
	inner := *l.ctx
	inner.depth++
	inner.lambdaVars = make(map[string]any, len(l.ctx.lambdaVars)+len(l.params))
	for k, v := range l.ctx.lambdaVars {
		inner.lambdaVars[k] = v
	}
	for i, p := range l.params {
		inner.lambdaVars[strings.ToLower(p)] = args[i]
	}
	v, err := evalNode(l.body, &inner)
	if err != nil {
		return nil, err
	}
	if _, ok := v.(*lambdaValue); ok {
		return nil, errors.New("lambda(): a lambda cannot return a lambda")
	}
	return v, nil
}
