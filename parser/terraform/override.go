package terraform

import (
	"github.com/hashicorp/hcl/v2"
)

// mergedBody is a block body with an override file's block of the same
// type and labels laid over it, by Terraform's override rules: each
// argument of the override replaces the argument of the same name; nested
// blocks of a type that the override has (statically or as a dynamic
// block generating that type) replace every nested block of that type in
// the base; the rest of the base stays.
type mergedBody struct {
	base, over hcl.Body
}

var _ hcl.Body = (*mergedBody)(nil)

// blockKind is the nested block type a block stands for: a dynamic block
// stands for the type it generates.
func blockKind(b *hcl.Block) string {
	if b.Type == "dynamic" && len(b.Labels) > 0 {
		return b.Labels[0]
	}
	return b.Type
}

func (b *mergedBody) Content(schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Diagnostics) {
	c, _, diags := b.PartialContent(schema)
	return c, diags
}

func (b *mergedBody) PartialContent(schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Body, hcl.Diagnostics) {
	bc, bRemain, diags := b.base.PartialContent(schema)
	oc, oRemain, oDiags := b.over.PartialContent(schema)
	diags = append(diags, oDiags...)
	out := &hcl.BodyContent{Attributes: hcl.Attributes{}, MissingItemRange: bc.MissingItemRange}
	for n, a := range bc.Attributes {
		out.Attributes[n] = a
	}
	for n, a := range oc.Attributes {
		out.Attributes[n] = a
	}
	replaced := map[string]bool{}
	for _, blk := range oc.Blocks {
		replaced[blockKind(blk)] = true
	}
	for _, blk := range bc.Blocks {
		if !replaced[blockKind(blk)] {
			out.Blocks = append(out.Blocks, blk)
		}
	}
	out.Blocks = append(out.Blocks, oc.Blocks...)
	return out, &mergedBody{base: bRemain, over: oRemain}, diags
}

// JustAttributes merges the arguments of both bodies. Diagnostics about
// nested blocks (native bodies refuse JustAttributes when they have any)
// are dropped: callers use it only to list arguments.
func (b *mergedBody) JustAttributes() (hcl.Attributes, hcl.Diagnostics) {
	out := hcl.Attributes{}
	ba, _ := b.base.JustAttributes()
	oa, _ := b.over.JustAttributes()
	for n, a := range ba {
		out[n] = a
	}
	for n, a := range oa {
		out[n] = a
	}
	return out, nil
}

func (b *mergedBody) MissingItemRange() hcl.Range { return b.base.MissingItemRange() }
