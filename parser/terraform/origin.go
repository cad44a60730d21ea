package terraform

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// Provenance follows expressions that are a single reference (var.acl,
// local.name, "${var.acl}", var.tags["env"], var.cidrs[count.index],
// each.value.acl, a dynamic block's ingress.value, module.net.cidr) back to
// where the value was supplied: a tfvars file, a default, a module call's
// argument and, from there, the caller's own expression. A reference into
// an element of a collection (each.value of for_each = var.buckets, or
// var.cidrs[0]) narrows the last step to the element's own expression when
// the value was written literally (a tfvars object, a default, a module
// argument), so that a fix edits the element and not the whole value.

// iterCtx is what iteration references in an expression stand for: the
// count or for_each instance of the block evaluated, and the dynamic
// blocks the expression is inside, innermost last.
type iterCtx struct {
	forEach hcl.Expression // for_each of the resource or module call; nil without
	inst    instKey
	ctx     *hcl.EvalContext // where index keys (count.index, each.key) are evaluated
	dyn     []dynIter
}

// dynIter is one iteration of a dynamic block.
type dynIter struct {
	name    string // the iterator: the block type or its iterator argument
	forEach hcl.Expression
	key     cty.Value
	value   cty.Value
	// outer is the number of dynamic iterations its for_each sees.
	outer int
}

// varSource is the expression that supplied a variable's value, used to
// find the range of one element of it. For a module input it is the
// caller's argument, followed in the caller's instance.
type varSource struct {
	expr   hcl.Expression
	step   int       // the step of the variable's origin that expr is
	parent *instance // the calling instance, for module inputs
	it     *iterCtx  // the caller's iteration, for module inputs
}

// pathStep is one step into a value: .attr, ["key"] or [0].
type pathStep struct {
	name  string
	index int
	isIdx bool // a list index
	isKey bool // a map key written ["key"]
}

func (s pathStep) String() string {
	switch {
	case s.isIdx:
		return "[" + strconv.Itoa(s.index) + "]"
	case s.isKey:
		return "[" + strconv.Quote(s.name) + "]"
	}
	return "." + s.name
}

func pathText(p []pathStep) string {
	var b strings.Builder
	for _, s := range p {
		b.WriteString(s.String())
	}
	return b.String()
}

// keyStep is the path step an index value stands for.
func keyStep(k cty.Value) (pathStep, bool) {
	k, _ = k.UnmarkDeep()
	if !k.IsKnown() || k.IsNull() {
		return pathStep{}, false
	}
	switch k.Type() {
	case cty.String:
		return pathStep{name: k.AsString(), isKey: true}, true
	case cty.Number:
		if i, acc := k.AsBigFloat().Int64(); acc == 0 && i >= 0 && i <= maxInstances {
			return pathStep{index: int(i), isIdx: true}, true
		}
	}
	return pathStep{}, false
}

// travPath is the path the steps of a traversal after its root take.
func travPath(t hcl.Traversal) ([]pathStep, bool) {
	var out []pathStep
	for _, s := range t {
		switch s := s.(type) {
		case hcl.TraverseAttr:
			out = append(out, pathStep{name: s.Name})
		case hcl.TraverseIndex:
			ps, ok := keyStep(s.Key)
			if !ok {
				return nil, false
			}
			out = append(out, ps)
		default:
			return nil, false
		}
	}
	return out, true
}

// descend finds the expression of the element at p in a literal object or
// tuple expression: the object item for key "logs", then its attribute
// "acl". It returns how far it got: the expression and the rest of p.
func descend(expr hcl.Expression, p []pathStep) (hcl.Expression, []pathStep) {
	for depth := 0; len(p) > 0 && depth < maxRecordDepth; depth++ {
		u := hcl.UnwrapExpression(expr)
		s := p[0]
		var next hcl.Expression
		if pairs, ok := staticMap(u); ok && !s.isIdx {
			for _, kv := range pairs {
				k, ok := quietValue(kv.Key, nil)
				if ok && k.IsKnown() && !k.IsNull() && k.Type() == cty.String && k.AsString() == s.name {
					next = kv.Value // the last of duplicate keys wins, as in the value
				}
			}
		} else if items, ok := staticList(u); ok && s.isIdx && s.index < len(items) {
			next = items[s.index]
		}
		if next == nil {
			break
		}
		expr, p = next, p[1:]
	}
	return expr, p
}

// originOf is the origin of the value of expr, evaluated in this module
// instance outside any iteration; nil when expr is not a single reference
// whose origin is known.
func (ie *instance) originOf(expr hcl.Expression) graph.Origin {
	return ie.originExpr(expr, nil)
}

// originExpr is the origin of expr evaluated in the iteration it.
func (ie *instance) originExpr(expr hcl.Expression, it *iterCtx) graph.Origin {
	t, extra, ok := referenceOf(expr, it)
	if !ok {
		return nil
	}
	return ie.follow(t, expr.Range(), extra, it, nil)
}

// referenceOf returns the reference expr is made of: a single traversal,
// or a traversal indexed by an expression whose value is known in it
// (var.cidrs[count.index]), the index then being extra.
func referenceOf(expr hcl.Expression, it *iterCtx) (hcl.Traversal, []pathStep, bool) {
	if t, ok := singleTraversal(expr); ok {
		return t, nil, true
	}
	u := hcl.UnwrapExpression(expr)
	if w, ok := u.(*hclsyntax.TemplateWrapExpr); ok {
		u = w.Wrapped
	}
	ix, ok := u.(*hclsyntax.IndexExpr)
	if !ok || it == nil || it.ctx == nil {
		return nil, nil, false
	}
	st, ok := ix.Collection.(*hclsyntax.ScopeTraversalExpr)
	if !ok {
		return nil, nil, false
	}
	k, ok := quietValue(ix.Key, it.ctx)
	if !ok {
		return nil, nil, false
	}
	ps, ok := keyStep(k)
	if !ok {
		return nil, nil, false
	}
	return st.Traversal, []pathStep{ps}, true
}

// follow is the origin of the reference t (at rng) with extra path steps
// (an index or an iteration's element) after it. Without extra, the first
// step is named by the variable or local alone, as it always was.
func (ie *instance) follow(t hcl.Traversal, rng hcl.Range, extra []pathStep, it *iterCtx, seen map[string]bool) graph.Origin {
	if len(t) < 2 {
		return nil
	}
	name, ok := attrStep(t[1])
	if !ok {
		return nil
	}
	own, ownOK := travPath(t[2:])
	full := append(slices.Clip(own), extra...)
	label := func(base string) string {
		if len(extra) == 0 {
			return base
		}
		return base + pathText(own) + pathText(extra)
	}
	switch root := t.RootName(); root {
	case "var":
		o := graph.Origin{{Expr: label("var." + name), Range: convertRange(rng)}}
		if len(extra) == 0 || !ownOK {
			return append(o, ie.varOrigins[name]...)
		}
		return append(o, ie.varElem(name, full)...)
	case "local":
		ld := ie.cfg.locals[name]
		if ld == nil || seen[name] {
			return nil
		}
		seen = maps1(seen, name)
		step := graph.Step{Expr: label("local." + name), Range: convertRange(ld.rng)}
		if len(extra) == 0 || !ownOK {
			return append(graph.Origin{step}, ie.originSeen(ld.expr, seen)...)
		}
		tail, narrowed := ie.originPath(ld.expr, full, nil, seen)
		if narrowed != nil {
			step.Range = convertRange(*narrowed)
		}
		return append(graph.Origin{step}, tail...)
	case "each":
		if it == nil || it.forEach == nil || it.inst.eachKey == cty.NilVal || it.inst.key == unknownKey || !ownOK {
			return nil
		}
		var p []pathStep
		switch name {
		case "value":
			p = append([]pathStep{{name: it.inst.name, isKey: true}}, full...)
		case "key":
			p = []pathStep{{name: it.inst.name, isKey: true}}
		default:
			return nil
		}
		return ie.iterOrigin(t, rng, extra, it.forEach, p, nil, seen)
	case "module":
		if len(extra) > 0 {
			return nil
		}
		return ie.moduleOrigin(t, rng, name, it)
	default:
		if it == nil || !ownOK || (name != "value" && name != "key") {
			return nil
		}
		for i := len(it.dyn) - 1; i >= 0; i-- {
			d := it.dyn[i]
			if d.name != root {
				continue
			}
			ks, ok := keyStep(d.key)
			if !ok {
				return nil
			}
			p := []pathStep{ks}
			if name == "value" {
				p = append(p, full...)
			}
			outer := &iterCtx{forEach: it.forEach, inst: it.inst, ctx: it.ctx, dyn: it.dyn[:d.outer]}
			return ie.iterOrigin(t, rng, extra, d.forEach, p, outer, seen)
		}
	}
	return nil
}

// iterOrigin is the origin of an iteration reference t (each.value.acl,
// ingress.value): its own step, then the element p of the collection
// forEach iterates over.
func (ie *instance) iterOrigin(t hcl.Traversal, rng hcl.Range, extra []pathStep, forEach hcl.Expression, p []pathStep, it *iterCtx, seen map[string]bool) graph.Origin {
	tail, narrowed := ie.originPath(forEach, p, it, seen)
	if narrowed != nil {
		// A literal for_each: the element is written right there.
		tail = graph.Origin{{Expr: "for_each" + pathText(p), Range: convertRange(*narrowed)}}
	}
	if len(tail) == 0 {
		return nil
	}
	step := graph.Step{Expr: ie.cfg.text(rng), Range: convertRange(rng)}
	if len(extra) > 0 || !isTraversalText(step.Expr) {
		step.Expr = traversalText(t) + pathText(extra)
	}
	return append(graph.Origin{step}, tail...)
}

// originPath is the origin of the element at p of the value of expr.
// When expr is a literal holding the element as a plain value, narrowed
// is the element's range and the origin is empty: the caller's own step
// is where the element was written.
func (ie *instance) originPath(expr hcl.Expression, p []pathStep, it *iterCtx, seen map[string]bool) (graph.Origin, *hcl.Range) {
	sub, rest := descend(expr, p)
	if t, extra, ok := referenceOf(sub, it); ok {
		return ie.follow(t, sub.Range(), append(slices.Clip(extra), rest...), it, seen), nil
	}
	if len(rest) == 0 && len(p) > 0 {
		r := sub.Range()
		return nil, &r
	}
	return nil, nil
}

// varElem is the origin of the element at p of var.name: the variable's
// origin, its supplying step narrowed to the element when the value was
// written literally.
func (ie *instance) varElem(name string, p []pathStep) graph.Origin {
	o := ie.varOrigins[name]
	src, ok := ie.varSrc[name]
	if !ok || src.expr == nil || src.step >= len(o) {
		return o
	}
	if src.parent != nil {
		tail, narrowed := src.parent.originPath(src.expr, p, src.it, nil)
		if tail == nil && narrowed == nil {
			return o
		}
		first := o[0]
		if narrowed != nil {
			first.Range = convertRange(*narrowed)
		}
		return append(graph.Origin{first}, tail...)
	}
	sub, rest := descend(src.expr, p)
	if len(rest) > 0 {
		return o
	}
	o = slices.Clone(o)
	o[src.step].Range = convertRange(sub.Range())
	return o
}

// moduleOrigin is the origin of module.NAME.OUTPUT or module.NAME[key].OUTPUT
// when the output's expression has an origin in the called module.
func (ie *instance) moduleOrigin(t hcl.Traversal, rng hcl.Range, call string, it *iterCtx) graph.Origin {
	insts := ie.outOrigins[call]
	if insts == nil || len(t) < 3 {
		return nil
	}
	key := ""
	rest := t[2:]
	if ix, ok := rest[0].(hcl.TraverseIndex); ok {
		k, ok := instanceSuffix(ix.Key)
		if !ok {
			return nil
		}
		key, rest = k, rest[1:]
	}
	if len(rest) != 1 {
		return nil
	}
	out, ok := attrStep(rest[0])
	if !ok {
		return nil
	}
	o := insts[key][out]
	if len(o) == 0 {
		return nil
	}
	return append(graph.Origin{{Expr: traversalText(t), Range: convertRange(rng)}}, o...)
}

// outputOrigin is the origin of an output whose expression is a reference
// with an origin: output NAME at its declaration, then the reference's.
func (ie *instance) outputOrigin(od *outputDecl) graph.Origin {
	if od.expr == nil {
		return nil
	}
	o := ie.originOf(od.expr)
	if len(o) == 0 {
		return nil
	}
	return append(graph.Origin{{Expr: "output " + od.name, Range: convertRange(od.declRange)}}, o...)
}

// traversalText renders a traversal as written: each.value.acl,
// module.net[0].cidr.
func traversalText(t hcl.Traversal) string {
	var b strings.Builder
	b.WriteString(t.RootName())
	p, _ := travPath(t[1:])
	b.WriteString(pathText(p))
	return b.String()
}

// isTraversalText reports whether s is a plain reference, so that it can
// name a step as written (not "${each.value}" or a JSON string).
func isTraversalText(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '.' || r == '_' || r == '-' || r == '[' || r == ']' || r == '"' ||
			r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// maps1 returns seen with name added, creating it when nil.
func maps1(seen map[string]bool, name string) map[string]bool {
	if seen == nil {
		seen = map[string]bool{}
	}
	seen[name] = true
	return seen
}

// originSeen follows locals, stopping at one already on the chain (a
// reference cycle).
func (ie *instance) originSeen(expr hcl.Expression, seen map[string]bool) graph.Origin {
	t, ok := singleTraversal(expr)
	if !ok {
		return nil
	}
	return ie.follow(t, expr.Range(), nil, nil, seen)
}

// originTrav is originSeen for an expression that is the single reference
// t, at rng, in the iteration it.
func (ie *instance) originTrav(t hcl.Traversal, rng hcl.Range, it *iterCtx) graph.Origin {
	return ie.follow(t, rng, nil, it, nil)
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

// originRoot reports whether references rooted at name can have an
// origin: anything but the resource types, which give none. Dynamic
// iterators have names of their own, so every root is accepted except
// the few that never lead anywhere.
func originRoot(name string) bool {
	switch name {
	case "count", "path", "terraform", "data", "self":
		return false
	}
	return true
}

// isIndexedRef reports whether expr is a reference indexed by an
// expression: var.cidrs[count.index], "${local.m[each.key]}".
func isIndexedRef(expr hcl.Expression) bool {
	u := hcl.UnwrapExpression(expr)
	if w, ok := u.(*hclsyntax.TemplateWrapExpr); ok {
		u = w.Wrapped
	}
	ix, ok := u.(*hclsyntax.IndexExpr)
	if !ok {
		return false
	}
	_, ok = ix.Collection.(*hclsyntax.ScopeTraversalExpr)
	return ok
}

// dynamicIters are the iterations behind the blocks a dynamic block sb
// produced, in order: its iterator's name and each key of its for_each,
// which dynblock iterates in cty's element order. The for_each is
// evaluated again with the iterators of the dynamic blocks around it,
// once for all the blocks (once per block would be quadratic).
func (ie *instance) dynamicIters(sb *hclsyntax.Block, ctx *hcl.EvalContext, it *iterCtx) []dynIter {
	if len(sb.Labels) == 0 {
		return nil
	}
	a := sb.Body.Attributes["for_each"]
	if a == nil {
		return nil
	}
	name := sb.Labels[0]
	if ia := sb.Body.Attributes["iterator"]; ia != nil {
		t, diags := hcl.AbsTraversalForExpr(ia.Expr)
		if diags.HasErrors() || len(t) != 1 {
			return nil
		}
		name = t.RootName()
	}
	fctx := ctx
	if len(it.dyn) > 0 {
		fctx = ctx.NewChild()
		fctx.Variables = map[string]cty.Value{}
		for _, d := range it.dyn {
			fctx.Variables[d.name] = cty.ObjectVal(map[string]cty.Value{"key": d.key, "value": d.value})
		}
	}
	v, ok := quietValue(a.Expr, fctx)
	if !ok {
		return nil
	}
	v, _ = v.UnmarkDeep()
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() {
		return nil
	}
	out := make([]dynIter, 0, v.LengthInt())
	for e := v.ElementIterator(); e.Next(); {
		k, val := e.Element()
		out = append(out, dynIter{name: name, forEach: a.Expr, key: k, value: val, outer: len(it.dyn)})
	}
	return out
}
