package terraform

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// instance is one module instance being evaluated: the root module, or a
// module call's instance with its own inputs. Every node is evaluated once,
// in dependency order.
type instance struct {
	l     *loader
	root  *rootCtx
	cfg   *moduleConfig
	an    *analysis
	addr  string   // module address, "" at the root
	key   string   // module key in the manifest: vpc, vpc.subnets
	depth int      // module nesting depth, 0 at the root
	stack []string // module directories from the root down to this one
	// existence holds the causes that make the existence of this module
	// instance unknown (an unknown count or for_each on a call above).
	existence []string

	vars       map[string]cty.Value
	varOrigins map[string]graph.Origin
	varRefs    map[string][]string
	varSrc     map[string]varSource // what supplied each variable, for element origins

	// outputOrigins are the origins of this instance's outputs; outOrigins
	// those of its module calls: call name → instance key → output.
	outputOrigins map[string]graph.Origin
	outOrigins    map[string]map[string]map[string]graph.Origin

	values     map[string]cty.Value                      // node key → value other nodes see
	refs       map[string][]string                       // node key → resource IDs it stands for
	instIDs    map[string]map[string]string              // resource key → instance key → ID
	outRefs    map[string]map[string]map[string][]string // module.m → instance key → output → resource IDs
	outputs    map[string]cty.Value
	outputRefs map[string][]string

	ctx  *hcl.EvalContext
	ctxs map[string]*hcl.EvalContext // by node.ctxKey, see ctxFor
}

// run evaluates every node of the module instance.
func (ie *instance) run() {
	ie.an = ie.l.analyse(ie.cfg)
	ie.values = make(map[string]cty.Value, len(ie.an.order))
	ie.refs = make(map[string][]string, len(ie.an.order))
	ie.instIDs = map[string]map[string]string{}
	ie.outRefs = map[string]map[string]map[string][]string{}
	ie.outputs = map[string]cty.Value{}
	ie.outputRefs = map[string][]string{}
	ie.outputOrigins = map[string]graph.Origin{}
	ie.outOrigins = map[string]map[string]map[string]graph.Origin{}

	vars := map[string]cty.Value{}
	for name := range ie.cfg.variables {
		v, ok := ie.vars[name]
		if !ok {
			v = dynamicVal(cause{"var." + name, "has no value"})
		}
		vars[name] = v
	}
	for name := range ie.an.undecl[refVar] {
		vars[name] = dynamicVal(cause{"var." + name, "is not declared"})
	}
	workspace := ie.l.opts.Env["TF_WORKSPACE"]
	if workspace == "" {
		workspace = "default"
	}
	ie.ctx = &hcl.EvalContext{
		Variables: map[string]cty.Value{
			"var": cty.ObjectVal(vars),
			"path": cty.ObjectVal(map[string]cty.Value{
				"module": cty.StringVal(relPath(ie.root.dir, ie.cfg.dir)),
				"root":   cty.StringVal("."),
				"cwd":    cty.StringVal("."),
			}),
			"terraform": cty.ObjectVal(map[string]cty.Value{
				"workspace": cty.StringVal(workspace),
				"applying":  cty.False,
			}),
		},
		Functions: ie.l.functionsFor(ie.root, ie.cfg),
	}

	for _, k := range ie.an.order {
		if n := ie.an.nodes[k]; n.cyclic {
			ie.values[k] = dynamicVal(cause{k, "is part of a reference cycle"})
		}
	}
	for _, k := range ie.an.order {
		n := ie.an.nodes[k]
		switch n.kind {
		case nodeLocal:
			if n.cyclic {
				continue
			}
			ctx := ie.ctxFor(n)
			ie.values[k] = ie.evalExpr(n.local.expr, ctx)
			ie.refs[k] = ie.refsOf(n.refs, ctx, "")
		case nodeOutput:
			name := n.out.name
			if n.cyclic {
				ie.outputs[name] = ie.values[k]
				continue
			}
			ctx := ie.ctxFor(n)
			v := cty.NullVal(cty.DynamicPseudoType)
			if n.out.expr != nil {
				v = ie.evalExpr(n.out.expr, ctx)
			}
			ie.outputs[name] = v
			ie.outputRefs[name] = ie.refsOf(n.refs, ctx, "")
			if o := ie.outputOrigin(n.out); len(o) > 0 {
				ie.outputOrigins[name] = o
			}
		case nodeResource:
			ie.evalResource(n)
		case nodeCall:
			ie.evalCall(n)
		}
	}
}

// outputObject is the value module.NAME has for this instance.
func (ie *instance) outputObject() cty.Value {
	return cty.ObjectVal(ie.outputs)
}

// value returns the value of node key for references to it.
func (ie *instance) value(key string) cty.Value {
	if v, ok := ie.values[key]; ok {
		return v
	}
	if _, declared := ie.an.nodes[key]; declared {
		return dynamicVal(cause{key, "could not be evaluated"})
	}
	return dynamicVal(cause{key, "is not declared"})
}

// ctxFor is the evaluation context for the expressions of node n. Nodes
// that refer to the same named values share one: many resources of a
// module read the same few locals, and building the objects of a
// context is most of what it costs.
func (ie *instance) ctxFor(n *node) *hcl.EvalContext {
	if ctx, ok := ie.ctxs[n.ctxKey]; ok {
		return ctx
	}
	ctx, final := ie.buildCtx(n.refs)
	if final {
		if ie.ctxs == nil {
			ie.ctxs = map[string]*hcl.EvalContext{}
		}
		ie.ctxs[n.ctxKey] = ctx
	}
	return ctx
}

// buildCtx builds the evaluation context for expressions with the given
// references: only the named values they use are put in it, so building
// it costs as much as the expression, not as much as the module. final
// reports whether every value put in it is the node's final value (one
// evaluated, or preset for a cycle, is never set again), so that the
// context can be shared.
func (ie *instance) buildCtx(refs []ref) (ctx *hcl.EvalContext, final bool) {
	ctx = ie.ctx.NewChild()
	final = true
	value := func(key string) cty.Value {
		v, ok := ie.values[key]
		if !ok {
			final = false
			return ie.value(key)
		}
		return v
	}
	vars := map[string]cty.Value{}
	locals := map[string]cty.Value{}
	mods := map[string]cty.Value{}
	res := map[string]map[string]map[string]cty.Value{}
	for _, r := range refs {
		switch r.kind {
		case refLocal:
			locals[r.name] = value(r.key)
		case refModule:
			mods[r.name] = value(r.key)
		case refResource:
			if ie.cfg.resources[r.key] == nil && !ie.an.undecl[refResource][r.key] {
				continue
			}
			if res[r.mode] == nil {
				res[r.mode] = map[string]map[string]cty.Value{}
			}
			if res[r.mode][r.typ] == nil {
				res[r.mode][r.typ] = map[string]cty.Value{}
			}
			res[r.mode][r.typ][r.name] = value(r.key)
		}
	}
	if len(locals) > 0 {
		vars["local"] = cty.ObjectVal(locals)
	}
	if len(mods) > 0 {
		vars["module"] = cty.ObjectVal(mods)
	}
	for mode, types := range res {
		objs := map[string]cty.Value{}
		for typ, names := range types {
			objs[typ] = cty.ObjectVal(names)
		}
		switch mode {
		case modeManaged:
			for typ, o := range objs {
				vars[typ] = o
			}
		case modeData:
			vars["data"] = cty.ObjectVal(objs)
		case modeEphemeral:
			vars["ephemeral"] = cty.ObjectVal(objs)
		}
	}
	ctx.Variables = vars
	return ctx, final
}

// refsOf returns the IDs of the resources that refs stand for, directly or
// through variables, locals and module outputs, sorted and without self.
func (ie *instance) refsOf(refs []ref, ctx *hcl.EvalContext, self string) []string {
	set := map[string]bool{}
	ie.collectRefs(set, refs, ctx)
	delete(set, self)
	return sortedSet(set)
}

// collectRefs adds the IDs of the resources refs stand for to set.
func (ie *instance) collectRefs(set map[string]bool, refs []ref, ctx *hcl.EvalContext) {
	add := func(ids []string) {
		for _, id := range ids {
			set[id] = true
		}
	}
	for _, r := range refs {
		switch r.kind {
		case refVar:
			add(ie.varRefs[r.name])
		case refLocal:
			add(ie.refs[r.key])
		case refModule:
			insts := ie.outRefs[r.key]
			if k, ok := refIndex(r, ctx); ok && insts[k] != nil {
				insts = map[string]map[string][]string{k: insts[k]}
			}
			for _, outs := range insts {
				if r.attr != "" {
					add(outs[r.attr])
					continue
				}
				for _, ids := range outs {
					add(ids)
				}
			}
		case refResource:
			if id, ok := ie.instanceRef(r, ctx); ok {
				set[id] = true
			} else {
				add(ie.refs[r.key])
			}
		}
	}
}

// instanceRef narrows a resource reference to one instance when its index
// is known.
func (ie *instance) instanceRef(r ref, ctx *hcl.EvalContext) (string, bool) {
	ids := ie.instIDs[r.key]
	if ids == nil {
		return "", false
	}
	suffix, ok := refIndex(r, ctx)
	if !ok {
		return "", false
	}
	id, ok := ids[suffix]
	return id, ok
}

// refIndex is the instance key a reference is indexed with ([0], ["k"]),
// when that is known.
func refIndex(r ref, ctx *hcl.EvalContext) (string, bool) {
	var k cty.Value
	switch {
	case r.index != nil:
		k = *r.index
	case r.keyExpr != nil:
		v, ok := quietValue(r.keyExpr, ctx)
		if !ok {
			return "", false
		}
		k = v
	default:
		return "", false
	}
	return instanceSuffix(k)
}

// instanceSuffix renders an index value as an address key: [0] or ["k"].
func instanceSuffix(k cty.Value) (string, bool) {
	k, _ = k.UnmarkDeep()
	if !k.IsKnown() || k.IsNull() {
		return "", false
	}
	switch k.Type() {
	case cty.String:
		return eachKey(k.AsString()), true
	case cty.Number:
		if i, acc := k.AsBigFloat().Int64(); acc == 0 {
			return countKey(int(i)), true
		}
	}
	return "", false
}

// quietValue evaluates expr, with no diagnostics; ok is false on any error.
func quietValue(expr hcl.Expression, ctx *hcl.EvalContext) (v cty.Value, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = cty.NilVal, false
		}
	}()
	v, diags := expr.Value(ctx)
	return v, !diags.HasErrors()
}

// evalExpr evaluates expr. An expression with errors yields an unknown
// value whose cause names the problem, never a guess; the error becomes a
// diagnostic (an unsupported function a Note, a failing function call a
// Warning, anything else an Error).
func (ie *instance) evalExpr(expr hcl.Expression, ctx *hcl.EvalContext) (v cty.Value) {
	defer func() {
		if r := recover(); r != nil {
			rng := expr.Range()
			ie.l.diags.add(newDiag(graph.Error, &rng, "Internal error evaluating expression",
				fmt.Sprintf("Evaluating this expression failed unexpectedly (%v). Its value is treated as unknown; please report this.", r)))
			v = dynamicVal(cause{"", "could not be evaluated because of an internal error"})
		}
	}()
	val, diags := expr.Value(ctx)
	val = ie.l.checkEval(val, diags)
	// Functions are bounded one call at a time, but string templates and
	// for expressions build values without calling any: a chain of locals
	// each doubling the one before would double memory per line.
	if err := checkSize("value", val); err != nil {
		rng := expr.Range()
		ie.l.diags.add(newDiag(graph.Error, &rng, "Value too large",
			fmt.Sprintf("This expression evaluates to more than %d MiB of text or %d values, more than preflight evaluates in one value. Its value is treated as unknown.", maxValueBytes>>20, maxValueElems)))
		val = dynamicVal(cause{"", "is too large to evaluate"})
	}
	if val.IsWhollyKnown() || len(causeMarks(val)) > 0 {
		return val
	}
	val = val.WithMarks(refCauses(expr, ctx))
	if len(causeMarks(val)) == 0 && ie.l.sh.hasSyntaxError(expr.Range().Filename) {
		val = val.Mark(cause{"", "could not be evaluated: " + expr.Range().Filename + " has a syntax error"})
	}
	return val
}

// refCauses collects the causes carried by the values expr refers to. hcl
// drops marks in a few places (a for expression over a value of unknown
// type returns a bare unknown), so an unknown result without a cause gets
// the causes of its inputs.
func refCauses(expr hcl.Expression, ctx *hcl.EvalContext) cty.ValueMarks {
	marks := cty.ValueMarks{}
	for _, t := range expr.Variables() {
		v, diags := t.TraverseAbs(ctx)
		if diags.HasErrors() {
			continue
		}
		for m := range causeMarks(v) {
			marks[m] = struct{}{}
		}
	}
	return marks
}

// checkEval turns the diagnostics of an evaluation into graph diagnostics
// and, when there are errors, the value into an unknown with their causes.
func (l *loader) checkEval(val cty.Value, diags hcl.Diagnostics) cty.Value {
	if len(diags) == 0 {
		return val
	}
	var causes []any
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			l.diags.addHCL(hcl.Diagnostics{d})
			continue
		}
		if ex, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallUnknownDiagExtra](d); ok {
			name := ex.CalledFunctionNamespace() + ex.CalledFunctionName()
			l.diags.add(convertDiags(hcl.Diagnostics{{Severity: hcl.DiagWarning, Summary: "Unsupported function",
				Detail: unsupportedDetail(name), Subject: d.Subject}}, graph.Note)...)
			causes = append(causes, cause{"function " + name, "is not supported"})
			continue
		}
		if ex, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallDiagExtra](d); ok && ex.FunctionCallError() != nil {
			// A call refused by a limit is hostile or broken input, not
			// a function Terraform would also reject at plan time.
			sev := graph.Warning
			if errors.Is(ex.FunctionCallError(), errTooLarge) {
				sev = graph.Error
			}
			l.diags.add(convertDiags(hcl.Diagnostics{d}, sev)...)
			causes = append(causes, cause{ex.CalledFunctionName() + "()", "failed: " + strings.TrimSuffix(ex.FunctionCallError().Error(), ".")})
			continue
		}
		l.diags.addHCL(hcl.Diagnostics{d})
		causes = append(causes, cause{"", "could not be evaluated because of an error in the configuration"})
	}
	if len(causes) == 0 {
		return val
	}
	return cty.DynamicVal.WithMarks(cty.NewValueMarks(causes...))
}

// relPath is the path from dir from to dir to, both slash paths inside
// the tree: path.module as Terraform gives it, relative to the root
// module's directory ("modules/vpc", "../modules/vpc", ".").
func relPath(from, to string) string {
	split := func(p string) []string {
		p = path.Clean(p)
		if p == "." {
			return nil
		}
		return strings.Split(p, "/")
	}
	f, t := split(from), split(to)
	i := 0
	for i < len(f) && i < len(t) && f[i] == t[i] {
		i++
	}
	var parts []string
	for range f[i:] {
		parts = append(parts, "..")
	}
	parts = append(parts, t[i:]...)
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}

// joinExistence joins existence causes into Resource.Existence.
func joinExistence(causes []string) string {
	seen := map[string]bool{}
	var out []string
	for _, c := range causes {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}
