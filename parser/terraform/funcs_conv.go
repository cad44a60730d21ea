package terraform

import (
	"fmt"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
)

// funcMark is the type of the cty marks this file's functions add, so that
// they cannot collide with the evaluator's own marks.
type funcMark string

// markSensitive is what sensitive() adds and nonsensitive() removes. It
// plays no part in evaluation; the evaluator must unmark values (e.g. with
// UnmarkDeep) before turning them into graph values.
const markSensitive funcMark = "sensitive"

// anyValue is a parameter accepting every value as it is, marks included.
func anyValue(name string) function.Parameter {
	return function.Parameter{
		Name:             name,
		Type:             cty.DynamicPseudoType,
		AllowNull:        true,
		AllowUnknown:     true,
		AllowDynamicType: true,
		AllowMarked:      true,
	}
}

// makeToFunc builds tobool, tonumber, tostring, tolist, toset and tomap:
// Terraform's explicit conversions, which are cty conversions with
// clearer errors. want may hold DynamicPseudoType for "any element type".
func makeToFunc(want cty.Type) function.Function {
	return function.New(&function.Spec{
		Description: fmt.Sprintf("Converts the given value to %s.", want.FriendlyNameForConstraint()),
		Params:      []function.Parameter{anyValue("v")},
		Type: func(args []cty.Value) (cty.Type, error) {
			got := args[0].Type()
			if got.Equals(want) || got == cty.DynamicPseudoType {
				return want, nil
			}
			if convert.GetConversionUnsafe(got, want) == nil {
				return cty.NilType, function.NewArgErrorf(0, "cannot convert %s to %s", got.FriendlyName(), want.FriendlyNameForConstraint())
			}
			// The element type of a converted collection follows from the
			// argument's type alone, so an unknown stand-in tells it.
			v, err := convert.Convert(cty.UnknownVal(got), want)
			if err != nil {
				return cty.NilType, function.NewArgError(0, err)
			}
			return v.Type(), nil
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			v, err := convert.Convert(args[0], retType)
			if err == nil {
				return v, nil
			}
			in, _ := args[0].Unmark()
			switch {
			case want == cty.Number && in.Type() == cty.String && in.IsKnown():
				return cty.NilVal, function.NewArgErrorf(0, "cannot convert %q to number; given string must be a decimal representation of a number", in.AsString())
			case want == cty.Bool && in.Type() == cty.String && in.IsKnown():
				return cty.NilVal, function.NewArgErrorf(0, "cannot convert %q to bool; only the strings \"true\" or \"false\" are allowed", in.AsString())
			}
			return cty.NilVal, function.NewArgErrorf(0, "cannot convert %s to %s: %s", in.Type().FriendlyName(), want.FriendlyNameForConstraint(), err)
		},
	})
}

var sensitiveFunc = function.New(&function.Spec{
	Description: "Treats the given value as sensitive.",
	Params:      []function.Parameter{anyValue("value")},
	Type:        func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return args[0].Mark(markSensitive), nil
	},
})

// nonsensitiveFunc removes the sensitive mark. Since Terraform 1.8 a value
// that is not sensitive is returned unchanged rather than refused.
var nonsensitiveFunc = function.New(&function.Spec{
	Description: "Removes the sensitive marking from the given value.",
	Params:      []function.Parameter{anyValue("value")},
	Type:        func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v, marks := args[0].Unmark()
		delete(marks, markSensitive)
		return v.WithMarks(marks), nil
	},
})

// isSensitiveFunc answers whether a value is marked sensitive. An unknown
// value that is not marked might still become sensitive, so the answer is
// unknown then.
var isSensitiveFunc = function.New(&function.Spec{
	Description: "Determines whether the given value is marked as sensitive.",
	Params:      []function.Parameter{anyValue("value")},
	Type:        function.StaticReturnType(cty.Bool),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		switch {
		case args[0].HasMark(markSensitive):
			return cty.True, nil
		case !args[0].IsKnown():
			return cty.UnknownVal(cty.Bool).RefineNotNull(), nil
		}
		return cty.False, nil
	},
})

// ephemeralAsNullFunc returns its argument: preflight does not track
// ephemeral values, so nothing it sees is ephemeral.
var ephemeralAsNullFunc = function.New(&function.Spec{
	Description: "Returns the given value, replacing ephemeral values with null.",
	Params:      []function.Parameter{anyValue("value")},
	Type:        func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		return args[0], nil
	},
})

// typeFunc stands in for type(), which Terraform offers only in its
// console: its result is a type, not a configuration value.
var typeFunc = function.New(&function.Spec{
	Description: "Returns the type of a given value (terraform console only).",
	Params:      []function.Parameter{anyValue("value")},
	Type:        function.StaticReturnType(cty.DynamicPseudoType),
	Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
		return cty.DynamicVal, nil
	},
})
