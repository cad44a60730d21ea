package terraform

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// evalResource expands a resource, data or ephemeral block into its
// instances, adds them to the graph and publishes the value references to
// it see.
func (ie *instance) evalResource(n *node) {
	rd := n.res
	ctx := ie.ctxFor(n)
	exp := ie.expand(rd.count, rd.forEach, ctx, resourceAddr(ie.addr, rd.mode, rd.typ, rd.name, ""))
	existence := append(append([]string{}, ie.existence...), exp.existence)
	ids := make(map[string]string, len(exp.insts))
	all := make([]string, 0, len(exp.insts))
	vals := make([]cty.Value, 0, len(exp.insts))
	scope := ie.l.displayDir(ie.root.dir)
	for _, inst := range exp.insts {
		if len(ie.l.res) >= maxResources {
			ie.l.reportLimit(fmt.Sprintf("%d resource instances", maxResources))
			break
		}
		ictx := inst.bind(ctx)
		id := resourceAddr(ie.addr, rd.mode, rd.typ, rd.name, inst.key)
		res := newBodyResult(rd)
		res.it = iterCtx{forEach: rd.forEach, inst: inst, ctx: ictx}
		var obj cty.Value
		if rd.plain != nil {
			obj = ie.evalPlain(rd.plain, ictx, res)
		} else {
			obj = ie.evalBody(rd.body, ictx, res)
		}
		vals = append(vals, ie.instanceValue(n, id, obj))
		if rd.mode == modeEphemeral {
			// Ephemeral resources are never persisted: nothing to check,
			// and not a resource of the graph.
			continue
		}
		ids[inst.key] = id
		all = append(all, id)
		r := &graph.Resource{
			ID:         id,
			Type:       rd.typ,
			Name:       rd.name,
			Provider:   providerOf(rd.typ, rd.provider),
			Format:     graph.FormatTerraform,
			Module:     ie.addr,
			Scope:      scope,
			Range:      convertRange(rd.rng),
			References: ie.instanceRefs(n, exp, inst, ictx, id),
			Ranges:     res.ranges,
			Origins:    res.origins,
			Unknowns:   map[string]string{},
			Existence:  joinExistence(existence),
		}
		if r.References == nil {
			r.References = []string{}
		}
		r.Attributes, _ = toJSON(obj, res.exprAt, r.Unknowns).(map[string]any)
		if r.Attributes == nil {
			r.Attributes = map[string]any{}
		}
		ie.l.res = append(ie.l.res, r)
	}
	sort.Strings(all)
	ie.instIDs[n.key] = ids
	ie.refs[n.key] = all
	if !n.cyclic {
		ie.values[n.key] = exp.collect(vals)
	}
}

// instanceValue is what a reference to one instance sees. A data source's
// result is read at plan time and an ephemeral resource's during the run:
// unknown. A managed resource shows its configured arguments; every other
// attribute that some expression reads (id, arn, …) is computed by the
// provider, so it is unknown, known only after apply.
func (ie *instance) instanceValue(n *node, id string, obj cty.Value) cty.Value {
	switch n.res.mode {
	case modeData:
		return dynamicVal(cause{"", "comes from " + id + ", read at plan time"})
	case modeEphemeral:
		return dynamicVal(cause{"", "comes from " + id + ", which exists only while Terraform runs"})
	}
	// Most instances already have every attribute that is read: then the
	// value is the configured object itself, and rebuilding it (a new
	// object type and value maps) would be most of what this costs.
	ty := obj.Type()
	isObj := ty.IsObjectType()
	hasAll := func(names map[string]bool) bool {
		for name := range names {
			if !ty.HasAttribute(name) {
				return false
			}
		}
		return true
	}
	accessed := ie.an.accessed[n.key]
	if isObj && !obj.IsMarked() && hasAll(accessed) && hasAll(ie.an.rels) {
		return obj
	}
	var atys map[string]cty.Type
	if isObj {
		atys = ty.AttributeTypes()
	}
	attrs := make(map[string]cty.Value, len(atys)+len(accessed)+len(ie.an.rels))
	for name := range atys {
		attrs[name] = obj.GetAttr(name)
	}
	computed := func(name string) {
		if _, ok := attrs[name]; !ok {
			attrs[name] = dynamicVal(cause{id + "." + name, "is known only after apply"})
		}
	}
	for name := range accessed {
		computed(name)
	}
	for name := range ie.an.rels {
		computed(name)
	}
	return cty.ObjectVal(attrs)
}

// instanceRefs are the references of one instance. An instance of a
// resource whose for_each is another resource (for_each =
// aws_s3_bucket.b) refers to the instance with its own key only.
func (ie *instance) instanceRefs(n *node, exp expansion, inst instKey, ctx *hcl.EvalContext, self string) []string {
	set := map[string]bool{}
	ie.collectRefs(set, n.bodyRefs, ctx)
	narrowed := false
	if exp.kind == expandEach {
		if t, ok := singleTraversal(n.res.forEach); ok {
			if r, ok := classify(t); ok && r.kind == refResource && r.index == nil && r.attr == "" {
				if id, ok := ie.instIDs[r.key][eachKey(inst.name)]; ok {
					set[id] = true
					narrowed = true
				}
			}
		}
	}
	if !narrowed {
		ie.collectRefs(set, n.metaRefs, ctx)
	}
	delete(set, self)
	return sortedSet(set)
}
