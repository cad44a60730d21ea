package terraform

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// How a resource or module block expands into instances.
type expansionKind int

const (
	expandSingle  expansionKind = iota // neither count nor for_each
	expandCount                        // count: [0], [1], …
	expandEach                         // for_each: ["a"], ["b"], …
	expandUnknown                      // count or for_each not known: one [*] instance
)

// instKey is one instance: its address key and the count/each values its
// expressions see.
type instKey struct {
	key     string // "", [0], ["k"] or [*]
	index   int    // position for count
	name    string // for_each key
	count   cty.Value
	eachKey cty.Value
	eachVal cty.Value
}

// bind returns a context with count and each of the instance.
func (k instKey) bind(parent *hcl.EvalContext) *hcl.EvalContext {
	if k.count == cty.NilVal && k.eachKey == cty.NilVal {
		return parent
	}
	ctx := parent.NewChild()
	ctx.Variables = map[string]cty.Value{}
	if k.count != cty.NilVal {
		ctx.Variables["count"] = cty.ObjectVal(map[string]cty.Value{"index": k.count})
	}
	if k.eachKey != cty.NilVal {
		ctx.Variables["each"] = cty.ObjectVal(map[string]cty.Value{"key": k.eachKey, "value": k.eachVal})
	}
	return ctx
}

type expansion struct {
	kind  expansionKind
	insts []instKey
	// existence says why the instances are not known (expandUnknown).
	existence string
	// marks are the causes of an unknown count or for_each: references to
	// the block's instances are unknown for the same reasons.
	marks cty.ValueMarks
}

// expand evaluates count or for_each of a block. A count or for_each that
// is unknown (or invalid) never makes the block vanish: it yields one
// representative instance [*] whose count.index / each.* are unknown, and
// an existence cause.
func (ie *instance) expand(countExpr, forEachExpr hcl.Expression, ctx *hcl.EvalContext, what string) expansion {
	switch {
	case countExpr != nil:
		return ie.expandCount(countExpr, ctx, what)
	case forEachExpr != nil:
		return ie.expandEach(forEachExpr, ctx, what)
	}
	return expansion{kind: expandSingle, insts: []instKey{{}}}
}

// unknownExpansion is the representative instance of a block whose count
// or for_each (meta) is unknown for the causes in marks.
func unknownExpansion(meta string, marks cty.ValueMarks, fallback string) expansion {
	cs := causesOf(marks)
	if len(cs) == 0 {
		c := cause{"", fallback}
		cs = []cause{c}
		marks = cty.NewValueMarks(c)
	}
	var texts []string
	for _, c := range cs {
		texts = append(texts, c.dependent(meta))
	}
	k := instKey{key: unknownKey}
	if meta == "count" {
		k.count = cty.UnknownVal(cty.Number).WithMarks(marks)
	} else {
		k.eachKey = cty.UnknownVal(cty.String).WithMarks(marks)
		k.eachVal = cty.DynamicVal.WithMarks(marks)
	}
	return expansion{kind: expandUnknown, insts: []instKey{k}, existence: joinExistence(texts), marks: marks}
}

// invalidExpansion reports an invalid count or for_each and keeps one
// representative instance.
func (ie *instance) invalidExpansion(meta string, expr hcl.Expression, what, summary, detail string) expansion {
	r := expr.Range()
	ie.l.diags.add(newDiag(graph.Error, &r, summary, detail))
	c := cause{"the " + meta + " of " + what, "is not valid, so Terraform would refuse this configuration"}
	e := unknownExpansion(meta, cty.NewValueMarks(c), "")
	e.existence = c.String()
	return e
}

func (ie *instance) expandCount(expr hcl.Expression, ctx *hcl.EvalContext, what string) expansion {
	v, marks := ie.evalExpr(expr, ctx).UnmarkDeep()
	if !v.IsKnown() {
		return unknownExpansion("count", marks, "is not known before deploy")
	}
	if v.IsNull() {
		return ie.invalidExpansion("count", expr, what, "Invalid count argument",
			fmt.Sprintf("The count of %s is null; a whole number is required.", what))
	}
	n, err := convert.Convert(v, cty.Number)
	if err != nil {
		return ie.invalidExpansion("count", expr, what, "Invalid count argument",
			fmt.Sprintf("The count of %s must be a whole number: %v.", what, err))
	}
	bf := n.AsBigFloat()
	i, acc := bf.Int64()
	if !bf.IsInt() || acc != 0 || i < 0 {
		return ie.invalidExpansion("count", expr, what, "Invalid count argument",
			fmt.Sprintf("The count of %s must be a whole number, zero or more; it is %s.", what, bf.Text('f', -1)))
	}
	if i > maxInstances {
		return ie.invalidExpansion("count", expr, what, "Too many instances",
			fmt.Sprintf("The count of %s is %d; preflight expands at most %d instances of one block.", what, i, maxInstances))
	}
	e := expansion{kind: expandCount}
	for j := 0; j < int(i); j++ {
		e.insts = append(e.insts, instKey{key: countKey(j), index: j, count: cty.NumberIntVal(int64(j))})
	}
	return e
}

func (ie *instance) expandEach(expr hcl.Expression, ctx *hcl.EvalContext, what string) expansion {
	marked := ie.evalExpr(expr, ctx)
	v, marks := marked.Unmark()
	_, deepMarks := marked.UnmarkDeep()
	if !v.IsKnown() {
		return unknownExpansion("for_each", deepMarks, "is not known before deploy")
	}
	if v.IsNull() {
		return ie.invalidExpansion("for_each", expr, what, "Invalid for_each argument",
			fmt.Sprintf("The for_each of %s is null; a map or a set of strings is required.", what))
	}
	ty := v.Type()
	e := expansion{kind: expandEach}
	switch {
	case ty.IsSetType():
		if !v.IsWhollyKnown() {
			return unknownExpansion("for_each", deepMarks, "is not known before deploy")
		}
		if v.LengthInt() > maxInstances {
			return ie.invalidExpansion("for_each", expr, what, "Too many instances",
				fmt.Sprintf("The for_each of %s has %d elements; preflight expands at most %d instances of one block.", what, v.LengthInt(), maxInstances))
		}
		for it := v.ElementIterator(); it.Next(); {
			_, el := it.Element()
			el, _ = el.UnmarkDeep()
			s, err := convert.Convert(el, cty.String)
			if err != nil || s.IsNull() {
				return ie.invalidExpansion("for_each", expr, what, "Invalid for_each argument",
					fmt.Sprintf("The for_each of %s is a set whose elements are not all strings; Terraform needs a map or a set of strings.", what))
			}
			k := s.AsString()
			kv := cty.StringVal(k).WithMarks(marks)
			e.insts = append(e.insts, instKey{key: eachKey(k), name: k, eachKey: kv, eachVal: kv})
		}
	case ty.IsMapType() || ty.IsObjectType():
		if v.LengthInt() > maxInstances {
			return ie.invalidExpansion("for_each", expr, what, "Too many instances",
				fmt.Sprintf("The for_each of %s has %d elements; preflight expands at most %d instances of one block.", what, v.LengthInt(), maxInstances))
		}
		for it := v.ElementIterator(); it.Next(); {
			k, el := it.Element()
			name := k.AsString()
			e.insts = append(e.insts, instKey{key: eachKey(name), name: name,
				eachKey: cty.StringVal(name).WithMarks(marks), eachVal: el.WithMarks(marks)})
		}
	default:
		return ie.invalidExpansion("for_each", expr, what, "Invalid for_each argument",
			fmt.Sprintf("The for_each of %s is a %s; Terraform needs a map or a set of strings (use toset() for a list).", what, ty.FriendlyName()))
	}
	return e
}

// collect builds the value references to the whole block see: an object
// for a single instance, a tuple for count, an object keyed by for_each
// key, and an unknown value when the instances are not known.
func (e expansion) collect(vals []cty.Value) cty.Value {
	switch e.kind {
	case expandSingle:
		if len(vals) == 1 {
			return vals[0]
		}
		return cty.DynamicVal
	case expandCount:
		if len(vals) == 0 {
			return cty.EmptyTupleVal
		}
		return cty.TupleVal(vals)
	case expandEach:
		m := map[string]cty.Value{}
		for i, k := range e.insts {
			if i < len(vals) {
				m[k.name] = vals[i]
			}
		}
		return cty.ObjectVal(m)
	}
	return cty.DynamicVal.WithMarks(e.marks)
}
