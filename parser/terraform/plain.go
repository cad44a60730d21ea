package terraform

import (
	"fmt"
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// plainBody is the content of a native resource body that has no dynamic
// block anywhere inside it and whose nested blocks of one type all have
// the same number of labels. Evaluating such a body through dynblock and
// PartialContent gives exactly this content, but builds it again for every
// instance (maps of hidden names, attribute and block copies, the remaining
// body): most of what a resource instance allocated. The content depends on
// the syntax only, so it is worked out once per resource and shared, read
// only, by every instance and root that evaluates it.
type plainBody struct {
	attrs  []*hclsyntax.Attribute // sorted by name; meta-arguments dropped at the top
	paths  []string               // the attribute path of each attribute
	plans  [][]recordItem         // the record plan of each attribute (recordPlan)
	groups []plainGroup           // nested blocks by type, types sorted
	// nRanges and nOrigins bound the entries evaluating the body records
	// (every attribute set, none null), to size the maps of a bodyResult
	// once instead of growing them entry by entry.
	nRanges, nOrigins int
	// exprs is, for a resource's body, what bodyResult.exprs would hold
	// with every attribute set, nested blocks included. It is shared, read
	// only, by every instance: the text recorded at a path depends on the
	// syntax only, and exprAt asks only for paths of attributes that are
	// set.
	exprs map[string]string
}

// plainGroup is the nested blocks of one type, in source order. A body's
// place in its resource's value is fixed by the syntax, so the paths and
// ranges every instance records are worked out here once.
type plainGroup struct {
	typ    string
	path   string        // the attribute path of the blocks: prefix.typ
	first  hcl.Range     // the whole range of the first block
	paths  []string      // the path of each block: path.0, path.1, …
	ranges []graph.Range // the whole range of each block
	bodies []*plainBody  // the content of each block
}

// newPlainBody returns the plain content of b, or nil when b needs the
// general path: a dynamic block, or blocks of one type with different
// numbers of labels (which PartialContent reports).
func (c *moduleConfig) newPlainBody(b *hclsyntax.Body, top bool) *plainBody {
	pb := c.plainBodyAt(b, top, "")
	if pb != nil {
		pb.exprs = map[string]string{}
		pb.addExprs(pb.exprs)
	}
	return pb
}

// addExprs records in exprs the text of every item of pb, in the order
// evaluating it records them.
func (pb *plainBody) addExprs(exprs map[string]string) {
	for i, plan := range pb.plans {
		for _, it := range plan {
			exprs[pb.paths[i]+it.rel] = it.text
		}
	}
	for _, g := range pb.groups {
		for _, body := range g.bodies {
			body.addExprs(exprs)
		}
	}
}

// plainBodyAt is newPlainBody for a body whose attributes have paths
// below prefix.
func (c *moduleConfig) plainBodyAt(b *hclsyntax.Body, top bool, prefix string) *plainBody {
	pb := &plainBody{}
	for _, name := range sortedKeys(b.Attributes) {
		if top && isMetaArg(name) {
			continue
		}
		a := b.Attributes[name]
		pb.attrs = append(pb.attrs, a)
		pb.paths = append(pb.paths, joinPath(prefix, name))
		// Each expression of a plain body has one plan, made here: the
		// cache of recordPlan is for bodies evaluated again and again.
		plan := c.planRecord(nil, "", a.Expr, 0, dotJoin)
		pb.plans = append(pb.plans, plan)
		pb.nRanges += len(plan)
		for _, it := range plan {
			if it.trav != nil || it.indexed != nil {
				pb.nOrigins++
			}
		}
	}
	labels := map[string]int{}
	byType := map[string]*plainGroup{}
	for _, blk := range b.Blocks {
		if blk.Type == "dynamic" {
			return nil
		}
		if n, ok := labels[blk.Type]; ok && n != len(blk.Labels) {
			return nil
		}
		labels[blk.Type] = len(blk.Labels)
		// The schema read off the body drops meta-blocks at the top and
		// block types that are also written as arguments.
		if _, isAttr := b.Attributes[blk.Type]; isAttr || (top && isMetaArg(blk.Type)) {
			continue
		}
		g := byType[blk.Type]
		if g == nil {
			g = &plainGroup{typ: blk.Type, path: joinPath(prefix, blk.Type)}
			byType[blk.Type] = g
		}
		bp := joinPath(g.path, strconv.Itoa(len(g.bodies)))
		child := c.plainBodyAt(blk.Body, false, bp)
		if child == nil {
			return nil
		}
		r := c.blockRange(blk.AsHCLBlock())
		if len(g.bodies) == 0 {
			g.first = r
		}
		g.paths = append(g.paths, bp)
		g.ranges = append(g.ranges, convertRange(r))
		g.bodies = append(g.bodies, child)
	}
	for _, t := range sortedKeys(byType) {
		g := byType[t]
		pb.groups = append(pb.groups, *g)
		pb.nRanges += 1 + len(g.bodies)
		for _, child := range g.bodies {
			pb.nRanges += child.nRanges
			pb.nOrigins += child.nOrigins
		}
	}
	return pb
}

// evalPlain is evalContent for a plain body: the same values, records and
// limits, without re-deriving the content.
func (ie *instance) evalPlain(pb *plainBody, ctx *hcl.EvalContext, res *bodyResult) cty.Value {
	if ie.root.blocks > maxBlocks {
		return dynamicVal(cause{"the blocks", "are too many to evaluate"})
	}
	attrs := make(map[string]cty.Value, len(pb.attrs)+len(pb.groups))
	for i, a := range pb.attrs {
		v := ie.evalExpr(a.Expr, ctx)
		if v.IsKnown() && v.IsNull() {
			// Terraform treats an argument set to null as not set.
			continue
		}
		attrs[a.Name] = v
		ie.recordItems(res, pb.paths[i], pb.plans[i])
	}
	for _, g := range pb.groups {
		if ie.root.blocks += len(g.bodies); ie.root.blocks > maxBlocks {
			if !ie.root.blocksReported {
				ie.root.blocksReported = true
				r := g.first
				ie.l.diags.add(newDiag(graph.Error, &r, "Too many blocks",
					fmt.Sprintf("The resources of this root module have more than %d nested blocks, dynamic blocks expanded, the most preflight evaluates. The remaining blocks are treated as unknown.", maxBlocks)))
			}
			attrs[g.typ] = dynamicVal(cause{"the " + g.typ + " blocks", "are too many to evaluate"})
			res.ranges[g.path] = convertRange(g.first)
			continue
		}
		elems := make([]cty.Value, 0, len(g.bodies))
		for i, body := range g.bodies {
			res.ranges[g.paths[i]] = g.ranges[i]
			if i == 0 {
				res.ranges[g.path] = g.ranges[i]
			}
			elems = append(elems, ie.evalPlain(body, ctx, res))
		}
		attrs[g.typ] = cty.TupleVal(elems)
	}
	return cty.ObjectVal(attrs)
}
