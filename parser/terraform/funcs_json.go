package terraform

import (
	"encoding/json"
	"strconv"

	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// jsonEncodeFunc is Terraform's jsonencode, with one difference that matters
// for static analysis: a value that is only partly known still encodes.
// Terraform's result would be unknown until apply, which would make every
// jsonencode'd IAM policy naming a computed ARN unknown as a whole, although
// its actions and principals are plain literals a rule can judge. Each
// unknown part is encoded as the unknown marker {"__unknown__": "<subject>"},
// so a policy that decodes the document sees exactly which parts are unknown,
// and the result keeps the cause marks so the converter can name the causes.
var jsonEncodeFunc = function.New(&function.Spec{
	Description: stdlib.JSONEncodeFunc.Description(),
	Params: []function.Parameter{{
		Name:             "val",
		Type:             cty.DynamicPseudoType,
		AllowUnknown:     true,
		AllowDynamicType: true,
		AllowNull:        true,
		AllowMarked:      true,
	}},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		val := args[0]
		plain, pvm := val.UnmarkDeepWithPaths()
		if !plain.IsKnown() || plain.IsWhollyKnown() {
			return stdlib.JSONEncodeFunc.Call([]cty.Value{val})
		}
		e := partialEncoder{marks: pvm}
		b, err := json.Marshal(e.value(plain, nil))
		if err != nil {
			return cty.NilVal, err
		}
		var all []cty.ValueMarks
		for _, pm := range pvm {
			all = append(all, pm.Marks)
		}
		return cty.StringVal(string(b)).WithMarks(all...), nil
	},
})

// partialEncoder turns a partly unknown value into plain Go values for
// encoding/json, with markers in place of the unknown parts.
type partialEncoder struct {
	marks []cty.PathValueMarks
}

func (e partialEncoder) value(v cty.Value, path cty.Path) any {
	if !v.IsKnown() {
		return graph.Unknown(e.subject(path))
	}
	if v.IsNull() {
		return nil
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return v.AsString()
	case ty == cty.Bool:
		return v.True()
	case ty == cty.Number:
		return json.Number(v.AsBigFloat().Text('f', -1))
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		out := make([]any, 0, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			k, el := it.Element()
			out = append(out, e.value(el, path.Index(k)))
		}
		return out
	case ty.IsMapType() || ty.IsObjectType():
		out := make(map[string]any, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			k, el := it.Element()
			out[k.AsString()] = e.value(el, path.Index(k))
		}
		return out
	}
	return nil
}

// subject names the unknown at path by its first cause (marks on the value
// or on any value containing it), the same name the converter records in
// Resource.Unknowns.
func (e partialEncoder) subject(path cty.Path) string {
	var causes []cause
	for _, pm := range e.marks {
		if hasPrefix(path, pm.Path) {
			causes = append(causes, causesOf(pm.Marks)...)
		}
	}
	if len(causes) == 0 {
		return "value at " + strconv.Quote(pathString(path)) + " is not known before deploy"
	}
	return causes[0].markerExpr()
}

// hasPrefix reports whether prefix leads to path (index steps compared by
// value: an element of a list is reached through an index key).
func hasPrefix(path, prefix cty.Path) bool {
	if len(prefix) > len(path) {
		return false
	}
	for i, s := range prefix {
		if pathString(cty.Path{s}) != pathString(cty.Path{path[i]}) {
			return false
		}
	}
	return true
}
