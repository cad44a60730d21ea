package terraform

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// The analysis of a module, done once per module directory: which named
// values each expression refers to, the dependency graph between locals,
// resources, module calls and outputs, and the order to evaluate them in.

type refKind int

const (
	refVar refKind = iota + 1
	refLocal
	refModule
	refResource // managed, data or ephemeral; key says which
)

// ref is one reference found in an expression.
type ref struct {
	kind  refKind
	key   string // node key: var.x, local.x, module.m, TYPE.NAME, data.TYPE.NAME
	name  string // variable, local, module or resource name
	typ   string // resource type
	mode  string // resource mode
	index *cty.Value
	attr  string // first attribute read after the address (and index)
	// native is set for references in native syntax, where dynamic block
	// iterators are told apart from resources.
	native bool
	// keyExpr is the index expression of aws_instance.web[count.index],
	// evaluated per instance to narrow the reference to one instance.
	keyExpr hcl.Expression
	rng     hcl.Range
}

// classify turns a traversal into a reference; ok is false for references
// to count, each, path, terraform, self and the like.
func classify(t hcl.Traversal) (r ref, ok bool) {
	if len(t) < 2 {
		return r, false
	}
	name, ok := attrStep(t[1])
	if !ok {
		return r, false
	}
	r.rng = t.SourceRange()
	rest := t[2:]
	root := t.RootName()
	switch root {
	case "var":
		r.kind, r.name, r.key = refVar, name, "var."+name
	case "local":
		r.kind, r.name, r.key = refLocal, name, "local."+name
	case "module":
		r.kind, r.name, r.key = refModule, name, "module."+name
	case "data", "ephemeral":
		if len(t) < 3 {
			return r, false
		}
		rname, ok := attrStep(t[2])
		if !ok {
			return r, false
		}
		r.kind, r.typ, r.name, r.mode = refResource, name, rname, root
		if root == "data" {
			r.mode = modeData
		} else {
			r.mode = modeEphemeral
		}
		r.key = resourceAddr("", r.mode, r.typ, r.name, "")
		rest = t[3:]
	default:
		if reservedRoot(root) {
			return r, false
		}
		r.kind, r.typ, r.name, r.mode = refResource, root, name, modeManaged
		r.key = root + "." + name
	}
	if len(rest) > 0 {
		if ix, ok := rest[0].(hcl.TraverseIndex); ok {
			k := ix.Key
			r.index = &k
			rest = rest[1:]
		}
	}
	if len(rest) > 0 {
		if a, ok := rest[0].(hcl.TraverseAttr); ok {
			r.attr = a.Name
		}
	}
	return r, true
}

func attrStep(s hcl.Traverser) (string, bool) {
	a, ok := s.(hcl.TraverseAttr)
	return a.Name, ok
}

// exprRefs returns the references in expr, skipping traversals rooted at
// names in scope (dynamic block iterators).
func exprRefs(expr hcl.Expression, scope map[string]bool) []ref {
	return appendExprRefs(nil, expr, scope)
}

// appendExprRefs appends the references in expr to out, as exprRefs
// finds them.
func appendExprRefs(out []ref, expr hcl.Expression, scope map[string]bool) []ref {
	if expr == nil {
		return out
	}
	// The index expressions of references are looked for only when a
	// reference could use one: most expressions refer to variables and
	// locals only, and walking every expression twice was most of the
	// analysis.
	var idx map[posKey]hcl.Expression
	indexed := false
	index := func() map[posKey]hcl.Expression {
		if indexed {
			return idx
		}
		indexed = true
		if se, ok := expr.(hclsyntax.Expression); ok {
			_ = hclsyntax.VisitAll(se, func(n hclsyntax.Node) hcl.Diagnostics {
				if ie, ok := n.(*hclsyntax.IndexExpr); ok {
					if st, ok := ie.Collection.(*hclsyntax.ScopeTraversalExpr); ok {
						if idx == nil {
							idx = map[posKey]hcl.Expression{}
						}
						idx[keyOf(st.SrcRange)] = ie.Key
					}
				}
				return nil
			})
		}
		return idx
	}
	for _, t := range exprVariables(expr) {
		if scope[t.RootName()] {
			continue
		}
		r, ok := classify(t)
		if !ok {
			continue
		}
		_, r.native = expr.(hclsyntax.Expression)
		if (r.kind == refResource || r.kind == refModule) && r.index == nil {
			if k, ok := index()[keyOf(t.SourceRange())]; ok {
				r.keyExpr = k
			}
		}
		out = append(out, r)
	}
	return out
}

// exprVariables is expr.Variables(), without hcl's walk for the most
// common expressions: those built of literals, references, string
// templates, function calls and tuples only.
func exprVariables(expr hcl.Expression) []hcl.Traversal {
	var out []hcl.Traversal
	if simpleVariables(expr, &out) {
		return out
	}
	return expr.Variables()
}

// simpleVariables appends to out the references in e, in the order hcl's
// walk finds them, and reports whether e was simple enough to: none of
// these expressions brings names of its own into scope (a for expression
// does), so every reference is one.
func simpleVariables(e hcl.Expression, out *[]hcl.Traversal) bool {
	switch e := e.(type) {
	case *hclsyntax.LiteralValueExpr:
		return true
	case *hclsyntax.ScopeTraversalExpr:
		*out = append(*out, e.Traversal)
		return true
	case *hclsyntax.TemplateWrapExpr:
		return simpleVariables(e.Wrapped, out)
	case *hclsyntax.TemplateExpr:
		for _, p := range e.Parts {
			if !simpleVariables(p, out) {
				return false
			}
		}
		return true
	case *hclsyntax.FunctionCallExpr:
		for _, a := range e.Args {
			if !simpleVariables(a, out) {
				return false
			}
		}
		return true
	case *hclsyntax.TupleConsExpr:
		for _, x := range e.Exprs {
			if !simpleVariables(x, out) {
				return false
			}
		}
		return true
	}
	return false
}

// appendBodyRefs appends to out the references in every expression of a
// block body, nested and dynamic blocks included. top skips resource
// meta-arguments.
func (c *moduleConfig) appendBodyRefs(out []ref, body hcl.Body, top bool) []ref {
	c.walkBodyExprs(body, top, nil, func(e hcl.Expression, scope map[string]bool) {
		out = appendExprRefs(out, e, scope)
	})
	return out
}

func (c *moduleConfig) walkBodyExprs(body hcl.Body, top bool, scope map[string]bool, fn func(hcl.Expression, map[string]bool)) {
	switch b := body.(type) {
	case *mergedBody:
		c.walkBodyExprs(b.base, top, scope, fn)
		c.walkBodyExprs(b.over, top, scope, fn)
	case *hclsyntax.Body:
		walkSyntaxExprs(b, top, scope, fn)
	default:
		attrs, _ := body.JustAttributes()
		for _, n := range sortedAttrNames(attrs) {
			if top && isMetaArg(n) {
				continue
			}
			fn(attrs[n].Expr, scope)
		}
	}
}

func walkSyntaxExprs(b *hclsyntax.Body, top bool, scope map[string]bool, fn func(hcl.Expression, map[string]bool)) {
	for _, n := range sortedKeys(b.Attributes) {
		if top && isMetaArg(n) {
			continue
		}
		fn(b.Attributes[n].Expr, scope)
	}
	for _, blk := range b.Blocks {
		if top && isMetaArg(blk.Type) {
			continue
		}
		if blk.Type != "dynamic" || len(blk.Labels) != 1 {
			walkSyntaxExprs(blk.Body, false, scope, fn)
			continue
		}
		it := blk.Labels[0]
		if a := blk.Body.Attributes["iterator"]; a != nil {
			if t, d := hcl.AbsTraversalForExpr(a.Expr); !d.HasErrors() {
				it = t.RootName()
			}
		}
		if a := blk.Body.Attributes["for_each"]; a != nil {
			fn(a.Expr, scope)
		}
		inner := map[string]bool{it: true}
		for k := range scope {
			inner[k] = true
		}
		if a := blk.Body.Attributes["labels"]; a != nil {
			fn(a.Expr, inner)
		}
		for _, cb := range blk.Body.Blocks {
			if cb.Type == "content" {
				walkSyntaxExprs(cb.Body, false, inner, fn)
			}
		}
	}
}

type nodeKind int

const (
	nodeLocal nodeKind = iota + 1
	nodeResource
	nodeCall
	nodeOutput
)

// node is a local value, resource, module call or output of a module.
type node struct {
	key      string
	kind     nodeKind
	refs     []ref            // every reference (dependencies, References)
	metaRefs []ref            // references in count and for_each
	bodyRefs []ref            // resource: references in its body and depends_on
	argRefs  map[string][]ref // module call: references per argument
	deps     []string         // node keys this node depends on
	// ctxKey names the named values refs put in an evaluation context
	// (locals, module calls, resources; variables are in every one):
	// nodes with the same key can share one (instance.ctxFor).
	ctxKey string
	cyclic bool

	local *localDecl
	res   *resourceDecl
	call  *callDecl
	out   *outputDecl
}

func (n *node) declRange() hcl.Range {
	switch n.kind {
	case nodeLocal:
		return n.local.rng
	case nodeResource:
		return n.res.declRange
	case nodeCall:
		return n.call.declRange
	default:
		return n.out.declRange
	}
}

// analysis is what evaluation needs to know about a module beyond its
// declarations.
type analysis struct {
	nodes    map[string]*node
	order    []string                    // evaluation order: dependencies first
	undecl   map[refKind]map[string]bool // undeclared variables, locals, modules referenced
	accessed map[string]map[string]bool  // resource key → attribute names read by references
	rels     map[string]bool             // attribute names read on values of unknown origin
	// diags is what the analysis reported, replayed by every analyse as
	// moduleConfig.diags is.
	diags    graph.Diagnostics
	panicked any
}

// analyse computes the analysis of c, once, reporting undeclared
// references and reference cycles. It is safe for concurrent use.
func (l *loader) analyse(c *moduleConfig) *analysis {
	c.anOnce.Do(func() {
		f := l.fork()
		defer func() {
			c.an.diags = f.diags.List
			c.an.panicked = recover()
		}()
		f.computeAnalysis(c)
	})
	l.diags.add(c.an.diags...)
	if c.an.panicked != nil {
		panic(c.an.panicked)
	}
	return c.an
}

func (l *loader) computeAnalysis(c *moduleConfig) {
	a := &analysis{
		nodes:    map[string]*node{},
		undecl:   map[refKind]map[string]bool{refVar: {}, refLocal: {}, refModule: {}, refResource: {}},
		accessed: map[string]map[string]bool{},
		rels:     map[string]bool{},
	}
	c.an = a
	for _, key := range c.nodeOrder {
		n := &node{key: key}
		switch {
		case strings.HasPrefix(key, "local."):
			n.kind, n.local = nodeLocal, c.locals[strings.TrimPrefix(key, "local.")]
			n.refs = exprRefs(n.local.expr, nil)
		case strings.HasPrefix(key, "module."):
			n.kind, n.call = nodeCall, c.calls[strings.TrimPrefix(key, "module.")]
			n.metaRefs = append(exprRefs(n.call.count, nil), exprRefs(n.call.forEach, nil)...)
			n.refs = append(append([]ref{}, n.metaRefs...), exprRefs(n.call.dependsOn, nil)...)
			n.argRefs = map[string][]ref{}
			for _, name := range sortedAttrNames(n.call.args) {
				rs := exprRefs(n.call.args[name].Expr, nil)
				n.argRefs[name] = rs
				n.refs = append(n.refs, rs...)
			}
		case strings.HasPrefix(key, "output."):
			n.kind, n.out = nodeOutput, c.outputs[strings.TrimPrefix(key, "output.")]
			n.refs = append(exprRefs(n.out.expr, nil), exprRefs(n.out.dependsOn, nil)...)
		default:
			n.kind, n.res = nodeResource, c.resources[key]
			n.metaRefs = append(exprRefs(n.res.count, nil), exprRefs(n.res.forEach, nil)...)
			n.bodyRefs = c.appendBodyRefs(exprRefs(n.res.dependsOn, nil), n.res.body, true)
			n.refs = slices.Clip(n.bodyRefs) // read only: shared unless there are meta references
			if len(n.metaRefs) > 0 {
				n.refs = slices.Concat(n.metaRefs, n.bodyRefs)
			}
		}
		a.nodes[key] = n
	}
	types := map[string]bool{}
	for _, r := range c.resources {
		if r.mode == modeManaged {
			types[r.typ] = true
		}
	}
	for _, key := range c.nodeOrder {
		n := a.nodes[key]
		deps := map[string]bool{}
		for _, r := range n.refs {
			switch r.kind {
			case refVar:
				if c.variables[r.name] == nil {
					l.undeclared(a, r, "input variable", "Declare it with a variable block")
				}
				continue
			case refLocal:
				if c.locals[r.name] == nil {
					l.undeclared(a, r, "local value", "Define it in a locals block")
					continue
				}
			case refModule:
				if c.calls[r.name] == nil {
					l.undeclared(a, r, "module call", "Declare it with a module block")
					continue
				}
			case refResource:
				if c.resources[r.key] == nil {
					// In JSON bodies this is also how dynamic block
					// iterators look; evaluation reports those that
					// are not.
					if r.native {
						l.undeclared(a, r, "resource", "Declare it")
					}
					continue
				}
				if r.attr != "" {
					if a.accessed[r.key] == nil {
						a.accessed[r.key] = map[string]bool{}
					}
					a.accessed[r.key][r.attr] = true
				}
			}
			if r.key != key {
				deps[r.key] = true
			} else if n.kind != nodeResource {
				deps[r.key] = true // a local referring to itself is a cycle
			}
		}
		n.deps = sortedKeys(deps)
		n.ctxKey = ctxKey(n.refs)
	}
	for _, name := range c.rels {
		a.rels[name] = true
	}
	for _, t := range c.trav {
		if !types[t.RootName()] {
			if name, ok := attrStep(t[1]); ok {
				a.rels[name] = true
			}
		}
	}
	a.order = l.evalOrder(c, a)
}

// ctxKey is node.ctxKey for refs: the keys of the values other than
// variables they refer to, sorted, without repeats.
func ctxKey(refs []ref) string {
	var keys []string
	for _, r := range refs {
		if r.kind != refVar {
			keys = append(keys, r.key)
		}
	}
	slices.Sort(keys)
	return strings.Join(slices.Compact(keys), " ")
}

func (l *loader) undeclared(a *analysis, r ref, what, fix string) {
	name := r.name
	if r.kind == refResource {
		name = r.key
	}
	if a.undecl[r.kind][name] {
		return
	}
	a.undecl[r.kind][name] = true
	l.diags.add(newDiag(graph.Error, r.rng.Ptr(), "Reference to undeclared "+what,
		fmt.Sprintf("This refers to %s %q, which is not declared in this module. %s, or remove the reference. Its value is treated as unknown.",
			what, name, fix)))
}

// evalOrder orders the nodes so that every node comes after the nodes it
// depends on (Tarjan's strongly connected components, which come out
// dependencies first). Nodes on a cycle are marked cyclic and reported.
func (l *loader) evalOrder(c *moduleConfig, a *analysis) []string {
	n := len(c.nodeOrder)
	index := make(map[string]int, n)
	low := make(map[string]int, n)
	onStack := make(map[string]bool, n)
	var stack []string
	order := make([]string, 0, n)
	next := 0
	var visit func(k string)
	visit = func(k string) {
		index[k], low[k] = next, next
		next++
		stack = append(stack, k)
		onStack[k] = true
		for _, d := range a.nodes[k].deps {
			if _, ok := a.nodes[d]; !ok {
				continue
			}
			if _, seen := index[d]; !seen {
				visit(d)
				low[k] = min(low[k], low[d])
			} else if onStack[d] {
				low[k] = min(low[k], index[d])
			}
		}
		if low[k] != index[k] {
			return
		}
		var scc []string
		for {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[top] = false
			scc = append(scc, top)
			if top == k {
				break
			}
		}
		selfLoop := false
		for _, d := range a.nodes[k].deps {
			if d == k {
				selfLoop = true
			}
		}
		if len(scc) > 1 || selfLoop {
			sort.Strings(scc)
			for _, m := range scc {
				a.nodes[m].cyclic = true
			}
			first := a.nodes[scc[0]].declRange()
			l.diags.add(newDiag(graph.Error, first.Ptr(), "Cycle in references",
				fmt.Sprintf("%s refer to each other, directly or through other values, so Terraform cannot evaluate them. Their values are treated as unknown.",
					strings.Join(scc, ", "))))
		}
		order = append(order, scc...)
	}
	for _, k := range c.nodeOrder {
		if _, seen := index[k]; !seen {
			visit(k)
		}
	}
	return order
}
