package terraform

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/dynblock"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

// bodyResult collects, while a resource body is evaluated, where each
// attribute path was set and by which expression.
type bodyResult struct {
	ranges  map[string]graph.Range
	exprs   map[string]string // path → source text, for unknown markers
	origins map[string]graph.Origin
	// sharedExprs is set when exprs is a plain body's, which is read only.
	sharedExprs bool
	// it is the iteration the body is evaluated in (count, for_each and
	// the dynamic blocks around the expressions), for origins.
	it iterCtx
}

// newBodyResult returns an empty bodyResult for evaluating the body of rd.
// A plain body's counts size the maps and its exprs are shared; for any
// other, the size of its syntax is a hint.
func newBodyResult(rd *resourceDecl) *bodyResult {
	if pb := rd.plain; pb != nil {
		return &bodyResult{
			ranges:      make(map[string]graph.Range, pb.nRanges),
			exprs:       pb.exprs,
			sharedExprs: true,
			origins:     make(map[string]graph.Origin, pb.nOrigins),
		}
	}
	return &bodyResult{
		ranges:  make(map[string]graph.Range, rd.size),
		exprs:   make(map[string]string, rd.size),
		origins: map[string]graph.Origin{},
	}
}

// exprAt is the source expression for path: the expression recorded at the
// path or at its nearest ancestor.
func (b *bodyResult) exprAt(p string) string {
	for q := p; ; {
		if e, ok := b.exprs[q]; ok && e != "" {
			return e
		}
		i := len(q) - 1
		for i >= 0 && q[i] != '.' {
			i--
		}
		if i < 0 {
			break
		}
		q = q[:i]
	}
	return p
}

// record notes the range, text and origin of expr at path p, and of the
// parts of a literal object or tuple below it.
func (ie *instance) record(res *bodyResult, p string, expr hcl.Expression) {
	var items []recordItem
	if p != "" {
		items = ie.cfg.recordPlan(expr)
	} else {
		// Only a JSON argument named "" has an empty path; the paths below
		// it are joined differently (joinPath), so they are not shared.
		items = ie.cfg.planRecord(nil, "", expr, 0, joinPath)
	}
	ie.recordItems(res, p, items)
}

// recordItems notes the items of a record plan for the argument at path p.
func (ie *instance) recordItems(res *bodyResult, p string, items []recordItem) {
	for _, it := range items {
		q := p + it.rel
		res.ranges[q] = it.rng
		if !res.sharedExprs {
			res.exprs[q] = it.text
		}
		var o graph.Origin
		switch {
		case it.trav != nil:
			o = ie.originTrav(it.trav, it.exprRange, &res.it)
		case it.indexed != nil:
			o = ie.originExpr(it.indexed, &res.it)
		}
		if len(o) > 0 {
			res.origins[q] = o
		}
	}
}

// recordItem is one path record sets: the expression of an argument or a
// part of a literal object or tuple in it. It depends on the syntax only,
// so it is worked out once per expression (recordPlan).
type recordItem struct {
	rel       string // what the path adds to the argument's: "", ".key", ".key.0"
	rng       graph.Range
	exprRange hcl.Range
	text      string
	// trav is set when the expression is a single reference, whose origin
	// is followed per module instance; indexed when it is a reference
	// indexed by an expression (var.cidrs[count.index]).
	trav    hcl.Traversal
	indexed hcl.Expression
}

// recordPlan returns the items record sets for expr, computed once per
// expression and shared by every instance evaluating it. It is safe for
// concurrent use.
func (c *moduleConfig) recordPlan(expr hcl.Expression) []recordItem {
	key := hcl.UnwrapExpression(expr)
	if reflect.ValueOf(key).Kind() != reflect.Pointer {
		return c.planRecord(nil, "", expr, 0, dotJoin)
	}
	c.planMu.Lock()
	items, ok := c.plans[key]
	c.planMu.Unlock()
	if ok && len(items) > 0 && items[0].exprRange == expr.Range() {
		return items
	}
	items = c.planRecord(nil, "", expr, 0, dotJoin)
	c.planMu.Lock()
	if c.plans == nil {
		c.plans = map[hcl.Expression][]recordItem{}
	}
	c.plans[key] = items
	c.planMu.Unlock()
	return items
}

// dotJoin joins the parts of a path below a non-empty path: what joinPath
// does then.
func dotJoin(p, name string) string { return p + "." + name }

// planRecord appends the items for expr at path p, joining the paths of
// its parts with join.
func (c *moduleConfig) planRecord(out []recordItem, p string, expr hcl.Expression, depth int, join func(string, string) string) []recordItem {
	rng := expr.Range()
	it := recordItem{rel: p, rng: convertRange(rng), exprRange: rng, text: c.text(rng)}
	if t, ok := singleTraversal(expr); ok && len(t) >= 2 {
		if _, ok := attrStep(t[1]); ok && originRoot(t.RootName()) {
			it.trav = t
		}
	} else if isIndexedRef(expr) {
		it.indexed = expr
	}
	out = append(out, it)
	if depth >= maxRecordDepth {
		return out
	}
	u := hcl.UnwrapExpression(expr)
	if pairs, ok := staticMap(u); ok {
		for _, kv := range pairs {
			k, ok := quietValue(kv.Key, nil)
			if !ok || !k.IsKnown() || k.IsNull() || k.Type() != cty.String {
				continue
			}
			out = c.planRecord(out, join(p, k.AsString()), kv.Value, depth+1, join)
		}
		return out
	}
	if items, ok := staticList(u); ok {
		for i, it := range items {
			out = c.planRecord(out, join(p, strconv.Itoa(i)), it, depth+1, join)
		}
	}
	return out
}

// evalBody evaluates a resource body (top level) into an object: arguments
// as values, nested blocks as tuples of objects. Dynamic blocks are
// expanded with ext/dynblock.
func (ie *instance) evalBody(raw hcl.Body, ctx *hcl.EvalContext, res *bodyResult) cty.Value {
	expanded := dynblock.Expand(raw, ctx)
	return ie.evalContent(expanded, ie.cfg.schemaOf(raw, true), ctx, "", res)
}

// unknownBody is implemented by the body dynblock generates for a dynamic
// block whose for_each is unknown.
type unknownBody interface {
	Unknown() bool
	BodyValueMarks() cty.ValueMarks
}

func (ie *instance) evalContent(body hcl.Body, schema *hcl.BodySchema, ctx *hcl.EvalContext, prefix string, res *bodyResult) cty.Value {
	if ie.root.blocks > maxBlocks {
		// Past the limit (reported below), expanding the dynamic blocks
		// inside would cost as much as evaluating them.
		return dynamicVal(cause{"the blocks", "are too many to evaluate"})
	}
	content, _, diags := body.PartialContent(schema)
	ie.l.diags.addHCL(diags)
	attrs := map[string]cty.Value{}
	if content == nil {
		return cty.EmptyObjectVal
	}
	for _, name := range sortedAttrNames(content.Attributes) {
		a := content.Attributes[name]
		v := ie.evalExpr(a.Expr, ctx)
		if v.IsKnown() && v.IsNull() {
			// Terraform treats an argument set to null as not set.
			continue
		}
		attrs[name] = v
		ie.record(res, joinPath(prefix, name), a.Expr)
	}
	groups := map[string][]*hcl.Block{}
	for _, b := range content.Blocks {
		groups[b.Type] = append(groups[b.Type], b)
	}
	types := make([]string, 0, len(groups))
	for t := range groups {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, typ := range types {
		blocks := groups[typ]
		p := joinPath(prefix, typ)
		if ub := unknownBlock(blocks); ub != nil {
			// A dynamic block with an unknown for_each: how many blocks of
			// this type exist is unknown, so the attribute is unknown.
			marks := ub.Body.(unknownBody).BodyValueMarks()
			if len(causesOf(marks)) == 0 {
				marks = cty.NewValueMarks(cause{"", "the for_each of dynamic \"" + typ + "\" is not known before deploy"})
			}
			attrs[typ] = cty.DynamicVal.WithMarks(marks)
			rng, text := ie.dynamicSource(ub)
			res.ranges[p] = rng
			res.exprs[p] = text
			continue
		}
		// Nested dynamic blocks multiply: three levels over 1,000
		// elements each make a billion blocks.
		if ie.root.blocks += len(blocks); ie.root.blocks > maxBlocks {
			if !ie.root.blocksReported {
				ie.root.blocksReported = true
				r := ie.cfg.blockRange(blocks[0])
				ie.l.diags.add(newDiag(graph.Error, &r, "Too many blocks",
					fmt.Sprintf("The resources of this root module have more than %d nested blocks, dynamic blocks expanded, the most preflight evaluates. The remaining blocks are treated as unknown.", maxBlocks)))
			}
			attrs[typ] = dynamicVal(cause{"the " + typ + " blocks", "are too many to evaluate"})
			res.ranges[p] = convertRange(ie.cfg.blockRange(blocks[0]))
			continue
		}
		elems := make([]cty.Value, 0, len(blocks))
		var nth map[posKey]int         // how many blocks each dynamic block gave so far
		var iters map[posKey][]dynIter // the iterations of each dynamic block
		for i, b := range blocks {
			bp := joinPath(p, strconv.Itoa(i))
			r := convertRange(ie.cfg.blockRange(b))
			res.ranges[bp] = r
			if i == 0 {
				res.ranges[p] = r
			}
			pushed := false
			if sb := ie.cfg.blocks[keyOf(b.DefRange)]; sb != nil && sb.Type == "dynamic" {
				if nth == nil {
					nth, iters = map[posKey]int{}, map[posKey][]dynIter{}
				}
				k := keyOf(b.DefRange)
				its, ok := iters[k]
				if !ok {
					its = ie.dynamicIters(sb, ctx, &res.it)
					iters[k] = its
				}
				if n := nth[k]; n < len(its) {
					res.it.dyn = append(res.it.dyn, its[n])
					pushed = true
				}
				nth[k]++
			}
			elems = append(elems, ie.evalContent(b.Body, ie.cfg.schemaOf(b.Body, false), ctx, bp, res))
			if pushed {
				res.it.dyn = res.it.dyn[:len(res.it.dyn)-1]
			}
		}
		attrs[typ] = cty.TupleVal(elems)
	}
	return cty.ObjectVal(attrs)
}

// unknownBlock returns the first block whose body stands for an unknown
// number of dynamic blocks.
func unknownBlock(blocks []*hcl.Block) *hcl.Block {
	for _, b := range blocks {
		if u, ok := b.Body.(unknownBody); ok && u.Unknown() {
			return b
		}
	}
	return nil
}

// dynamicSource is the range of the dynamic block behind b and the text
// of its for_each expression.
func (ie *instance) dynamicSource(b *hcl.Block) (graph.Range, string) {
	sb := ie.cfg.blocks[keyOf(b.DefRange)]
	if sb == nil {
		return convertRange(b.DefRange), "dynamic \"" + b.Type + "\""
	}
	if a := sb.Body.Attributes["for_each"]; a != nil {
		return convertRange(sb.Range()), ie.cfg.text(a.Expr.Range())
	}
	return convertRange(sb.Range()), "dynamic \"" + b.Type + "\""
}
