package fix

import (
	"bytes"
	"reflect"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
)

// tfBlock finds r's block in the current bytes of its file.
func tfBlock(st *state, r *graph.Resource) (*hclsyntax.Block, []byte, *refusal) {
	file := r.Range.Filename
	src := st.bytes(file)
	body, err := st.hcl(file)
	if err != nil {
		return nil, nil, refuse("cannot fix: %v", err)
	}
	start, _, ok := st.mapRange(file, r.Range.Start.Byte, r.Range.End.Byte)
	if !ok {
		return nil, nil, refuse("cannot fix: another fix rewrote %s", r.ID)
	}
	blk := topBlock(body, start)
	if blk == nil {
		return nil, nil, refuse("cannot fix: the block of %s was not found at %s", r.ID, r.Range)
	}
	return blk, src, nil
}

func (p *planner) tfAction(st *state, r *graph.Resource, op string, segs []string, value any) ([]edit, *refusal) {
	blk, src, why := tfBlock(st, r)
	if why != nil {
		return nil, why
	}
	file := r.Range.Filename
	switch op {
	case "set":
		return p.tfSet(st, r, blk, src, segs, value)
	case "remove":
		t, msg := navigate(blk, segs)
		if msg != "" {
			return nil, unsafe("%s", msg)
		}
		switch {
		case t.obj != nil:
			return nil, nil // already absent
		case t.attr != nil && t.expr == hclsyntax.Expression(t.attr.Expr):
		case t.attr != nil:
			return nil, unsafe("%s is part of the value of %s", strings.Join(segs, "."), t.attr.Name)
		case t.block == blk:
			return nil, refuse("cannot fix: a fix may not remove the resource itself")
		case t.block == nil:
			return nil, nil // already absent
		}
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		if t.attr != nil {
			return []edit{hclRemove(file, src, t.attr.SrcRange.Start.Byte, t.attr.SrcRange.End.Byte)}, nil
		}
		return []edit{hclRemove(file, src, t.block.Range().Start.Byte, t.block.Range().End.Byte)}, nil
	case "add_block":
		content, ok := value.(map[string]any)
		if !ok || len(segs) == 0 {
			return nil, refuse("cannot fix: add_block needs a path and an object value")
		}
		t, msg := navigate(blk, segs)
		if msg != "" {
			return nil, unsafe("%s", msg)
		}
		switch {
		case t.attr != nil:
			return nil, unsafe("%s is written as an attribute, not a block", strings.Join(segs, "."))
		case t.block != nil && t.block != blk:
			// The block exists: set what the fix wants in it.
			var edits []edit
			for _, k := range sortedKeys(content) {
				sub := append(append([]string(nil), t.dotted...), k)
				es, why := p.tfSet(st, r, blk, src, sub, content[k])
				if why != nil {
					return nil, why
				}
				edits = append(edits, es...)
			}
			if overlapping(edits) {
				return nil, refuse("cannot fix: the settings of block %s overlap", strings.Join(segs, "."))
			}
			return edits, nil
		}
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		return p.tfCreate(file, src, t, content, true)
	case "add_resource":
		return p.tfAddResource(st, r, blk, src, value)
	}
	return nil, refuse("cannot fix: unknown fix operation %q", op)
}

// tfCreate writes what is missing below t.parent: nested blocks down to
// the attribute the path ends with, which is set to leaf; with asBlock,
// the path ends with a block whose content is leaf.
func (p *planner) tfCreate(file string, src []byte, t hclTarget, leaf any, asBlock bool) ([]edit, *refusal) {
	var names []string
	for i, s := range t.rest {
		if !isIndex(s) {
			if !asBlock && i+1 < len(t.rest) && !isIndex(t.rest[i+1]) {
				// A name followed by a key, not by a block index: an
				// attribute holding an object (metadata = { key = ... }).
				var v any = leaf
				for k := len(t.rest) - 1; k > i; k-- {
					if isIndex(t.rest[k]) {
						return nil, refuse("cannot fix: the list at %s does not exist", strings.Join(t.rest[:k], "."))
					}
					v = map[string]any{t.rest[k]: v}
				}
				names = append(names, s)
				leaf = v
				break
			}
			names = append(names, s)
			continue
		}
		if s != "0" || i == 0 {
			return nil, refuse("cannot fix: block %s %s does not exist", strings.Join(t.rest[:i], "."), s)
		}
	}
	if len(names) == 0 {
		return nil, refuse("cannot fix: invalid path %v", t.rest)
	}
	var content map[string]any
	if asBlock {
		m, ok := leaf.(map[string]any)
		if !ok {
			return nil, refuse("cannot fix: the path names a block but the value is not an object")
		}
		content = m
	} else {
		last := names[len(names)-1]
		names = names[:len(names)-1]
		if len(names) == 0 {
			text, err := attrText(last, leaf)
			if err != nil {
				return nil, refuse("cannot fix: %v", err)
			}
			return hclInsert(file, src, t.parent, text, false), nil
		}
		content = map[string]any{last: leaf}
	}
	for i := len(names) - 1; i > 0; i-- {
		content = map[string]any{names[i]: []any{content}}
	}
	text, err := blockText(names[0], nil, content, nil)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	return hclInsert(file, src, t.parent, text, true), nil
}

// tfSet sets the attribute at segs of r's block to v: where the value is
// written when it is written (the literal in the block, or the default,
// tfvars entry, local or module argument it came from), or a new
// attribute (and nested block) when it is absent.
func (p *planner) tfSet(st *state, r *graph.Resource, blk *hclsyntax.Block, src []byte, segs []string, v any) ([]edit, *refusal) {
	file := r.Range.Filename
	if len(segs) == 0 {
		return nil, refuse("cannot fix: set needs a path")
	}
	t, msg := navigate(blk, segs)
	if msg != "" {
		return nil, unsafe("%s", msg)
	}
	switch {
	case t.block != nil:
		return nil, refuse("cannot fix: %s is a block, not an attribute", strings.Join(segs, "."))
	case t.attr == nil:
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		return p.tfCreate(file, src, t, v, false)
	}
	if t.obj != nil {
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		if !isLiteral(t.obj) {
			return nil, unsafe("the object at %s is not written out literally", shortRange(t.obj.Range()))
		}
		edits, err := objInsert(file, src, t.obj, t.key, v)
		if err != nil {
			return nil, refuse("cannot fix: %v", err)
		}
		return edits, nil
	}
	dotted := strings.Join(t.dotted, ".")
	origin := r.Origins[dotted]
	if rg, ok := r.Ranges[dotted]; ok && !within(r.Range, rg) && len(origin) == 0 {
		// An override file sets it, so that is where it changes.
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		if remote(rg.Filename) {
			return nil, unsafe("%s is set in a remote module (%s)", dotted, rg.Filename)
		}
		cur, _ := lookup(r.Attributes, t.dotted)
		return p.setAt(st, placement{file: rg.Filename, rng: rg}, v, cur, nil)
	}
	if len(origin) == 0 {
		if why := p.checkShared(r); why != nil {
			return nil, why
		}
		return setHCLExpr(file, src, t.expr, v, nil)
	}
	pl, why := p.place(st, r, dotted, origin)
	if why != nil {
		return nil, why
	}
	cur, _ := lookup(r.Attributes, t.dotted)
	return p.setAt(st, pl, v, cur, origin)
}

// setHCLExpr replaces the literal expr by v; nothing when it already is
// v. want, when not nil, is the value the literal must have for this to be
// the right place (the offending value the graph recorded).
func setHCLExpr(file string, src []byte, expr hclsyntax.Expression, v any, want *any) ([]edit, *refusal) {
	if !isLiteral(expr) {
		return nil, unsafe("the value is computed by the expression %s at %s", clip(string(expr.Range().SliceBytes(src))), shortRange(expr.Range()))
	}
	have, ok := hclValue(expr)
	if ok && sameValue(have, v) {
		return nil, nil
	}
	if want != nil && (!ok || !sameValue(have, *want)) {
		return nil, unsafe("the value written at %s is not the one the resource gets", shortRange(expr.Range()))
	}
	text, err := valueText(v)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	rg := expr.Range()
	if tw, ok := expr.(*hclsyntax.TemplateWrapExpr); ok {
		rg = tw.SrcRange
	}
	return []edit{{path: file, start: rg.Start.Byte, end: rg.End.Byte, text: text}}, nil
}

// clip shortens an expression's text for a message.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}

// hclValue is a literal expression's value as JSON-like Go data.
func hclValue(expr hclsyntax.Expression) (any, bool) {
	v, diags := expr.Value(nil)
	if diags.HasErrors() {
		return nil, false
	}
	return ctyToGo(v)
}

// sameValue compares JSON-like values, numbers by value and scalars also
// by their string form, as Terraform converts "true" to true for a bool.
func sameValue(a, b any) bool {
	a, b = normJSON(a), normJSON(b)
	if reflect.DeepEqual(a, b) {
		return true
	}
	sa, okA := scalarString(a)
	sb, okB := scalarString(b)
	return okA && okB && sa == sb
}

// lookup returns the value at a dotted path of a resource's attributes.
func lookup(attrs map[string]any, path []string) (any, bool) {
	var cur any = attrs
	for _, s := range path {
		switch x := cur.(type) {
		case map[string]any:
			v, ok := x[s]
			if !ok {
				for k, e := range x {
					if strings.EqualFold(k, s) {
						v, ok = e, true
					}
				}
			}
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			if !isIndex(s) {
				return nil, false
			}
			var i int
			for _, c := range s {
				i = i*10 + int(c-'0')
			}
			if i >= len(x) {
				return nil, false
			}
			cur = x[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// tfAddResource appends a new resource block after r's.
func (p *planner) tfAddResource(st *state, r *graph.Resource, blk *hclsyntax.Block, src []byte, value any) ([]edit, *refusal) {
	spec, ok := value.(map[string]any)
	if !ok {
		return nil, refuse("cannot fix: add_resource needs an object value")
	}
	typ, _ := spec["type"].(string)
	name, _ := spec["name"].(string)
	if !hclsyntax.ValidIdentifier(typ) || !hclsyntax.ValidIdentifier(name) {
		return nil, refuse("cannot fix: add_resource needs a valid type and name, not %q and %q", typ, name)
	}
	attrs, _ := spec["attributes"].(map[string]any)
	exprs := map[string]string{}
	if m, ok := spec["expressions"].(map[string]any); ok {
		for k, e := range m {
			s, ok := e.(string)
			if !ok {
				return nil, refuse("cannot fix: the expression of %s is not a string", k)
			}
			exprs[k] = s
		}
	}
	if r.Format != graph.FormatTerraform {
		return nil, refuse("cannot fix: companion resources are added to Terraform only")
	}
	for _, o := range p.g.Resources {
		if o.Type != typ || o.Scope != r.Scope || o.Module != r.Module {
			continue
		}
		if o.Name == name {
			return nil, refuse("nothing to add: %s.%s already exists (%s)", typ, name, o.Range.Line())
		}
		for _, ref := range o.References {
			if ref == r.ID {
				return nil, refuse("nothing to add: %s already refers to %s (%s)", o.ID, r.ID, o.Range.Line())
			}
		}
	}
	if why := p.checkShared(r); why != nil {
		return nil, why
	}
	// An earlier fix of this run may have added it already.
	if body, err := st.hcl(r.Range.Filename); err == nil {
		for _, b := range body.Blocks {
			if b.Type == "resource" && len(b.Labels) == 2 && b.Labels[0] == typ && b.Labels[1] == name {
				return nil, nil
			}
		}
	}
	text, err := blockText("resource", []string{typ, name}, attrs, exprs)
	if err != nil {
		return nil, refuse("cannot fix: %v", err)
	}
	at := blk.Range().End.Byte
	if body, err := st.hcl(r.Range.Filename); err == nil {
		// After the companions earlier fixes of this run added, so that
		// they stay in the order of the findings.
		for _, b := range body.Blocks {
			rg := b.Range()
			if rg.Start.Byte >= at && len(bytes.TrimSpace(src[at:rg.Start.Byte])) == 0 && st.written(r.Range.Filename, rg.Start.Byte, rg.End.Byte) {
				at = rg.End.Byte
			}
		}
	}
	return []edit{{path: r.Range.Filename, start: at, end: at, text: "\n\n" + indentLines(text, indentOf(src, blk.Range().Start.Byte))}}, nil
}

// overlapping reports whether any two edits overlap.
func overlapping(edits []edit) bool {
	for i := range edits {
		for j := i + 1; j < len(edits); j++ {
			a, b := edits[i], edits[j]
			if a.path == b.path && a.start < b.end && b.start < a.end {
				return true
			}
		}
	}
	return false
}
