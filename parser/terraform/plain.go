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
	plans  [][]recordItem         // the record plan of each attribute (recordPlan)
	groups []plainGroup           // nested blocks by type, types sorted
}

// plainGroup is the nested blocks of one type, in source order.
type plainGroup struct {
	typ    string
	blocks []*hcl.Block
	bodies []*plainBody // the content of each block
}

// newPlainBody returns the plain content of b, or nil when b needs the
// general path: a dynamic block, or blocks of one type with different
// numbers of labels (which PartialContent reports).
func (c *moduleConfig) newPlainBody(b *hclsyntax.Body, top bool) *plainBody {
	pb := &plainBody{}
	for _, name := range sortedKeys(b.Attributes) {
		if top && isMetaArg(name) {
			continue
		}
		a := b.Attributes[name]
		pb.attrs = append(pb.attrs, a)
		pb.plans = append(pb.plans, c.recordPlan(a.Expr))
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
		child := c.newPlainBody(blk.Body, false)
		if child == nil {
			return nil
		}
		g := byType[blk.Type]
		if g == nil {
			g = &plainGroup{typ: blk.Type}
			byType[blk.Type] = g
		}
		g.blocks = append(g.blocks, blk.AsHCLBlock())
		g.bodies = append(g.bodies, child)
	}
	for _, t := range sortedKeys(byType) {
		pb.groups = append(pb.groups, *byType[t])
	}
	return pb
}

// evalPlain is evalContent for a plain body: the same values, records and
// limits, without re-deriving the content.
func (ie *instance) evalPlain(pb *plainBody, ctx *hcl.EvalContext, prefix string, res *bodyResult) cty.Value {
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
		ie.recordItems(res, joinPath(prefix, a.Name), pb.plans[i])
	}
	for _, g := range pb.groups {
		p := joinPath(prefix, g.typ)
		if ie.root.blocks += len(g.blocks); ie.root.blocks > maxBlocks {
			if !ie.root.blocksReported {
				ie.root.blocksReported = true
				r := ie.cfg.blockRange(g.blocks[0])
				ie.l.diags.add(newDiag(graph.Error, &r, "Too many blocks",
					fmt.Sprintf("The resources of this root module have more than %d nested blocks, dynamic blocks expanded, the most preflight evaluates. The remaining blocks are treated as unknown.", maxBlocks)))
			}
			attrs[g.typ] = dynamicVal(cause{"the " + g.typ + " blocks", "are too many to evaluate"})
			res.ranges[p] = convertRange(ie.cfg.blockRange(g.blocks[0]))
			continue
		}
		elems := make([]cty.Value, 0, len(g.blocks))
		for i, b := range g.blocks {
			bp := joinPath(p, strconv.Itoa(i))
			r := convertRange(ie.cfg.blockRange(b))
			res.ranges[bp] = r
			if i == 0 {
				res.ranges[p] = r
			}
			elems = append(elems, ie.evalPlain(g.bodies[i], ctx, bp, res))
		}
		attrs[g.typ] = cty.TupleVal(elems)
	}
	return cty.ObjectVal(attrs)
}
