package terraform

import (
	"fmt"
	"slices"

	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// evalCall evaluates a module call: each of its instances is a module
// instance of its own, evaluated with the inputs the call gives it, and
// module.NAME becomes the object of its outputs (a tuple for count, an
// object for for_each).
func (ie *instance) evalCall(n *node) {
	cd := n.call
	ctx := ie.ctxFor(n)
	mkey := cd.name
	if ie.key != "" {
		mkey = ie.key + "." + cd.name
	}
	dir, notFollowed := ie.resolveModule(cd, mkey)
	if notFollowed != nil {
		if !n.cyclic {
			ie.values[n.key] = dynamicVal(*notFollowed)
		}
		return
	}
	child := ie.l.loadConfig(dir)
	for _, name := range sortedAttrNames(cd.args) {
		if child.variables[name] == nil {
			r := cd.args[name].NameRange
			ie.l.diags.add(newDiag(graph.Error, &r, "Unsupported argument",
				fmt.Sprintf("Module %q has no variable named %q, so this argument is ignored.", cd.name, name)))
		}
	}
	exp := ie.expand(cd.count, cd.forEach, ctx, moduleAddr(ie.addr, cd.name, ""))
	existence := ie.existence
	if exp.existence != "" {
		existence = append(append([]string{}, ie.existence...), exp.existence)
	}
	var vals []cty.Value
	outRefs := map[string]map[string][]string{}
	outOrigins := map[string]map[string]graph.Origin{}
	for _, inst := range exp.insts {
		if ie.l.moduleInstances >= maxModuleInstances {
			ie.l.reportLimit(fmt.Sprintf("%d module instances", maxModuleInstances))
			break
		}
		ie.l.moduleInstances++
		ictx := inst.bind(ctx)
		ci := &instance{
			l:         ie.l,
			root:      ie.root,
			cfg:       child,
			addr:      moduleAddr(ie.addr, cd.name, inst.key),
			key:       mkey,
			depth:     ie.depth + 1,
			stack:     append(slices.Clip(ie.stack), dir),
			existence: existence,
		}
		it := &iterCtx{forEach: cd.forEach, inst: inst, ctx: ictx}
		ci.vars, ci.varOrigins, ci.varRefs, ci.varSrc = ie.callInputs(cd, n, child, it)
		ci.run()
		vals = append(vals, ci.outputObject())
		outRefs[inst.key] = ci.outputRefs
		if len(ci.outputOrigins) > 0 {
			outOrigins[inst.key] = ci.outputOrigins
		}
	}
	ie.outRefs[n.key] = outRefs
	if len(outOrigins) > 0 {
		ie.outOrigins[cd.name] = outOrigins
	}
	if !n.cyclic {
		ie.values[n.key] = exp.collect(vals)
	}
}

// resolveModule finds the directory of a module call inside the tree. When
// the module is not followed, it says why as the cause its outputs get,
// after a diagnostic.
func (ie *instance) resolveModule(cd *callDecl, mkey string) (string, *cause) {
	src := cd.source
	subject := fmt.Sprintf("module %q (%s)", cd.name, src)
	r := cd.sourceRange
	if src == "" {
		return "", &cause{fmt.Sprintf("module %q", cd.name), "has no valid source"}
	}
	var dir string
	if isLocalSource(src) {
		t, ok := localTarget(ie.cfg.dir, src)
		if !ok {
			ie.l.diags.add(newDiag(graph.Warning, &r, "Module not followed",
				fmt.Sprintf("Module %q has source %s, which is outside the scanned directory, so preflight did not follow it. Scan a directory that contains it to check its resources; until then its outputs are unknown.", cd.name, src)))
			return "", &cause{subject, "is outside the scanned directory and was not followed"}
		}
		if !ie.l.realDir(t) || ie.l.loadConfig(t).empty {
			ie.l.diags.add(newDiag(graph.Error, &r, "Module not found",
				fmt.Sprintf("Module %q has source %s, but %s is not a directory with Terraform files. Its outputs are treated as unknown.", cd.name, src, ie.l.displayDir(t))))
			return "", &cause{subject, "was not found"}
		}
		dir = t
	} else {
		d, ok := ie.root.manifest[mkey]
		if !ok || !ie.l.realDir(d) || ie.l.loadConfig(d).empty {
			ie.l.diags.add(newDiag(graph.Warning, &r, "Module not followed",
				fmt.Sprintf("Module %q comes from %s, which preflight does not download. Run terraform init so that .terraform/modules holds it, or scan its source separately. Until then its resources are not checked and its outputs are unknown.", cd.name, src)))
			return "", &cause{subject, "is remote and was not followed"}
		}
		dir = d
	}
	if ie.depth+1 > maxModuleDepth {
		ie.l.diags.add(newDiag(graph.Error, &r, "Module nesting too deep",
			fmt.Sprintf("Module %q is nested more than %d levels deep, so preflight did not follow it. Its outputs are treated as unknown.", cd.name, maxModuleDepth)))
		return "", &cause{subject, "is nested too deeply and was not followed"}
	}
	if slices.Contains(ie.stack, dir) {
		ie.l.diags.add(newDiag(graph.Error, &r, "Module calls itself",
			fmt.Sprintf("Module %q calls %s, which is already being evaluated further up the chain of calls. Terraform rejects such recursion; preflight did not follow it.", cd.name, ie.l.displayDir(dir))))
		return "", &cause{subject, "calls itself and was not followed"}
	}
	return dir, nil
}

// callInputs evaluates the arguments of one instance of a module call as
// the called module's input variables, with their origins and the
// resources they refer to.
func (ie *instance) callInputs(cd *callDecl, n *node, child *moduleConfig, it *iterCtx) (map[string]cty.Value, map[string]graph.Origin, map[string][]string, map[string]varSource) {
	ctx := it.ctx
	vals := map[string]cty.Value{}
	origins := map[string]graph.Origin{}
	refs := map[string][]string{}
	srcs := map[string]varSource{}
	for _, name := range child.varOrder {
		decl := child.variables[name]
		a := cd.args[name]
		if a == nil {
			if !decl.hasDefault {
				ie.l.diags.add(newDiag(graph.Error, cd.declRange.Ptr(), "Missing required argument",
					fmt.Sprintf("Module %q requires the variable %q, which has no default, but the call does not set it. Its value is treated as unknown.", cd.name, name)))
				vals[name] = unknownVal(decl.typ, cause{fmt.Sprintf("input %s of module.%s", name, cd.name), "is not set by the module call"})
				continue
			}
			v, o := ie.l.finalizeVar(decl, cty.NilVal, false, nil, nil)
			vals[name] = v
			if len(o) > 0 {
				origins[name] = o
				srcs[name] = varSource{expr: decl.defExpr, step: len(o) - 1}
			}
			continue
		}
		v := ie.evalExpr(a.Expr, ctx)
		o := graph.Origin{{Expr: fmt.Sprintf("module.%s input %s", cd.name, name), Range: convertRange(a.Range)}}
		o = append(o, ie.originExpr(a.Expr, it)...)
		rng := a.Expr.Range()
		defaulted := usesDefault(decl, v, true)
		v, o = ie.l.finalizeVar(decl, v, true, o, &rng)
		vals[name] = v
		origins[name] = o
		if defaulted {
			srcs[name] = varSource{expr: decl.defExpr, step: len(o) - 1}
		} else {
			srcs[name] = varSource{expr: a.Expr, parent: ie, it: it}
		}
		refs[name] = ie.refsOf(n.argRefs[name], ctx, "")
	}
	return vals, origins, refs, srcs
}
