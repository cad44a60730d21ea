package terraform

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/apparentlymart/go-textseg/v15/textseg"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
)

// Collection functions whose Terraform semantics differ from go-cty
// stdlib's same-named ones (or which stdlib lacks). A known collection may
// still hold unknown elements: each function returns an unknown result
// whenever an unknown element could change it, never a guess.

var allTrueFunc = function.New(&function.Spec{
	Description: "Returns true if all elements in a given collection are true or \"true\"; true for an empty collection.",
	Params:      []function.Parameter{{Name: "list", Type: cty.List(cty.Bool)}},
	Type:        function.StaticReturnType(cty.Bool),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		unknown := false
		for it := args[0].ElementIterator(); it.Next(); {
			_, v := it.Element()
			switch {
			case !v.IsKnown():
				unknown = true
			case v.IsNull() || v.False():
				// A single false settles it whatever the unknowns turn out to be.
				return cty.False, nil
			}
		}
		if unknown {
			return cty.UnknownVal(cty.Bool).RefineNotNull(), nil
		}
		return cty.True, nil
	},
})

var anyTrueFunc = function.New(&function.Spec{
	Description: "Returns true if any element in a given collection is true or \"true\"; false for an empty collection.",
	Params:      []function.Parameter{{Name: "list", Type: cty.List(cty.Bool)}},
	Type:        function.StaticReturnType(cty.Bool),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		unknown := false
		for it := args[0].ElementIterator(); it.Next(); {
			_, v := it.Element()
			switch {
			case !v.IsKnown():
				unknown = true
			case !v.IsNull() && v.True():
				return cty.True, nil
			}
		}
		if unknown {
			return cty.UnknownVal(cty.Bool).RefineNotNull(), nil
		}
		return cty.False, nil
	},
})

// indexFunc is Terraform's index: the position of the first element equal
// to value in a list or tuple. Unlike stdlib.IndexFunc it accepts tuples and
// compares with cty equality after unification.
var indexFunc = function.New(&function.Spec{
	Description: "Finds the element index for a given value in a list.",
	Params: []function.Parameter{
		{Name: "list", Type: cty.DynamicPseudoType},
		{Name: "value", Type: cty.DynamicPseudoType},
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		if !(ty.IsListType() || ty.IsTupleType()) {
			return cty.NilType, function.NewArgErrorf(0, "argument must be a list or tuple")
		}
		return cty.Number, nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if args[0].LengthInt() == 0 {
			return cty.NilVal, function.NewArgErrorf(0, "cannot search an empty list")
		}
		for it := args[0].ElementIterator(); it.Next(); {
			i, v := it.Element()
			eq, err := equalValues(v, args[1])
			if err != nil {
				return cty.NilVal, err
			}
			if !eq.IsKnown() {
				return cty.UnknownVal(cty.Number).RefineNotNull(), nil
			}
			if eq.True() {
				return i, nil
			}
		}
		return cty.NilVal, errors.New("item not found")
	},
})

// equalValues compares a and b as the == operator does: values of types
// that unify are compared after conversion, others are simply unequal.
func equalValues(a, b cty.Value) (cty.Value, error) {
	if a.IsNull() || b.IsNull() {
		return cty.BoolVal(a.IsNull() && b.IsNull()), nil
	}
	if ty, _ := convert.UnifyUnsafe([]cty.Type{a.Type(), b.Type()}); ty != cty.NilType {
		ca, errA := convert.Convert(a, ty)
		cb, errB := convert.Convert(b, ty)
		if errA == nil && errB == nil {
			a, b = ca, cb
		}
	}
	return a.Equals(b), nil
}

var lengthFunc = function.New(&function.Spec{
	Description: "Determines the length of a given list, map, or string.",
	Params: []function.Parameter{{
		Name:             "value",
		Type:             cty.DynamicPseudoType,
		AllowDynamicType: true,
		AllowUnknown:     true,
	}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		switch {
		case ty == cty.String, ty.IsCollectionType(), ty.IsTupleType(), ty.IsObjectType(), ty == cty.DynamicPseudoType:
			return cty.Number, nil
		}
		return cty.NilType, function.NewArgErrorf(0, "argument must be a string, a collection type, or a structural type")
	},
	RefineResult: func(b *cty.RefinementBuilder) *cty.RefinementBuilder {
		return b.NotNull().NumberRangeLowerBound(cty.Zero, true)
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		ty := v.Type()
		switch {
		case ty.IsTupleType():
			// A tuple's length is part of its type, known even if the value is not.
			return cty.NumberIntVal(int64(ty.Length())), nil
		case ty.IsObjectType():
			return cty.NumberIntVal(int64(len(ty.AttributeTypes()))), nil
		case !v.IsKnown():
			if ty.IsCollectionType() {
				return v.Length(), nil // keeps any length refinement
			}
			return cty.UnknownVal(cty.Number), nil
		case ty == cty.String:
			return cty.NumberIntVal(int64(graphemeCount(v.AsString()))), nil
		default:
			return v.Length(), nil
		}
	},
})

// graphemeCount counts user-perceived characters, as Terraform's length
// does: "é" written as e + combining accent is one.
func graphemeCount(s string) int {
	n := 0
	in := []byte(s)
	for len(in) > 0 {
		adv, _, _ := textseg.ScanGraphemeClusters(in, true)
		if adv <= 0 {
			adv = 1
		}
		in = in[adv:]
		n++
	}
	return n
}

// lookupFunc is Terraform's lookup(map, key[, default]): it works on maps
// and objects, and without a default a missing key is an error.
var lookupFunc = function.New(&function.Spec{
	Description: "Retrieves the value of a single element from a map, given its key. If the given key does not exist, the given default value is returned instead.",
	Params: []function.Parameter{
		{Name: "inputMap", Type: cty.DynamicPseudoType},
		{Name: "key", Type: cty.String},
	},
	VarParam: &function.Parameter{
		Name:             "default",
		Type:             cty.DynamicPseudoType,
		AllowUnknown:     true,
		AllowDynamicType: true,
		AllowNull:        true,
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		if len(args) > 3 {
			return cty.NilType, errors.New("lookup() takes no more than three arguments")
		}
		ty := args[0].Type()
		switch {
		case ty.IsObjectType():
			if !args[1].IsKnown() {
				return cty.DynamicPseudoType, nil
			}
			key := args[1].AsString()
			if ty.HasAttribute(key) {
				return ty.AttributeType(key), nil
			}
			if len(args) == 3 {
				return args[2].Type(), nil
			}
			return cty.NilType, function.NewArgErrorf(0, "the given object has no attribute %q", key)
		case ty.IsMapType():
			if len(args) == 3 {
				if _, err := convert.Convert(args[2], ty.ElementType()); err != nil {
					return cty.NilType, function.NewArgErrorf(2, "the default value must have the same type as the map elements")
				}
			}
			return ty.ElementType(), nil
		}
		return cty.NilType, function.NewArgErrorf(0, "lookup() requires a map as the first argument")
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		m, key := args[0], args[1].AsString()
		var found bool
		if m.Type().IsObjectType() {
			found = m.Type().HasAttribute(key)
		} else {
			found = m.HasIndex(args[1]).True()
		}
		if found {
			var v cty.Value
			if m.Type().IsObjectType() {
				v = m.GetAttr(key)
			} else {
				v = m.Index(args[1])
			}
			return convert.Convert(v, retType)
		}
		if len(args) == 3 {
			return convert.Convert(args[2], retType)
		}
		return cty.NilVal, fmt.Errorf("lookup failed to find key %q", key)
	},
})

// matchKeysFunc is matchkeys(values, keys, searchset): the elements of
// values whose key at the same index is in searchset, in order.
var matchKeysFunc = function.New(&function.Spec{
	Description: "Constructs a new list by taking a subset of elements from one list whose indexes match the corresponding indexes of values in another list.",
	Params: []function.Parameter{
		{Name: "values", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "keys", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "searchset", Type: cty.List(cty.DynamicPseudoType)},
	},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty, _ := convert.UnifyUnsafe([]cty.Type{args[1].Type(), args[2].Type()})
		if ty == cty.NilType {
			return cty.NilType, errors.New("keys and searchset must be of the same type")
		}
		return args[0].Type(), nil
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		values, keys, search := args[0], args[1], args[2]
		if values.LengthInt() != keys.LengthInt() {
			return cty.NilVal, errors.New("length of keys and values should be equal")
		}
		if values.LengthInt() == 0 {
			return cty.ListValEmpty(retType.ElementType()), nil
		}
		ty, _ := convert.UnifyUnsafe([]cty.Type{keys.Type(), search.Type()})
		keys, err := convert.Convert(keys, ty)
		if err != nil {
			return cty.NilVal, function.NewArgError(1, err)
		}
		search, err = convert.Convert(search, ty)
		if err != nil {
			return cty.NilVal, function.NewArgError(2, err)
		}
		var out []cty.Value
		for i, k := 0, keys.ElementIterator(); k.Next(); i++ {
			idx, key := k.Element()
			for s := search.ElementIterator(); s.Next(); {
				_, want := s.Element()
				eq := key.Equals(want)
				if !eq.IsKnown() {
					return cty.UnknownVal(retType).RefineNotNull(), nil
				}
				if eq.True() {
					out = append(out, values.Index(idx))
					break
				}
			}
		}
		if len(out) == 0 {
			return cty.ListValEmpty(retType.ElementType()), nil
		}
		return cty.ListVal(out), nil
	},
})

// oneFunc is one(collection): null for no element, the element for one,
// an error for more.
var oneFunc = function.New(&function.Spec{
	Description: "Returns either the first element of a one-element list, or null if given a zero-element list.",
	Params:      []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		switch {
		case ty.IsListType() || ty.IsSetType():
			return ty.ElementType(), nil
		case ty.IsTupleType():
			switch ty.Length() {
			case 0:
				return cty.DynamicPseudoType, nil
			case 1:
				return ty.TupleElementType(0), nil
			}
		}
		return cty.NilType, function.NewArgErrorf(0, "must be a list, set, or tuple value with either zero or one elements")
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		v := args[0]
		switch v.LengthInt() {
		case 0:
			return cty.NullVal(retType), nil
		case 1:
			it := v.ElementIterator()
			it.Next()
			_, e := it.Element()
			return e, nil
		}
		return cty.NilVal, function.NewArgErrorf(0, "must be a list, set, or tuple value with either zero or one elements")
	},
})

var sumFunc = function.New(&function.Spec{
	Description: "Returns the total sum of the elements of the given list or set.",
	Params:      []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		if !(ty.IsCollectionType() || ty.IsTupleType()) || ty.IsMapType() {
			return cty.NilType, function.NewArgErrorf(0, "cannot sum noncollection")
		}
		return cty.Number, nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if args[0].LengthInt() == 0 {
			return cty.NilVal, function.NewArgErrorf(0, "cannot sum an empty list")
		}
		total := new(big.Float)
		for it := args[0].ElementIterator(); it.Next(); {
			_, v := it.Element()
			if !v.IsKnown() {
				return cty.UnknownVal(cty.Number).RefineNotNull(), nil
			}
			if v.IsNull() {
				return cty.NilVal, function.NewArgErrorf(0, "argument must be list, set, or tuple of number values")
			}
			n, err := convert.Convert(v, cty.Number)
			if err != nil {
				return cty.NilVal, function.NewArgErrorf(0, "argument must be list, set, or tuple of number values")
			}
			f := n.AsBigFloat()
			if total.IsInf() && f.IsInf() && total.Sign() != f.Sign() {
				return cty.NilVal, errors.New("can't compute sum of opposing infinities")
			}
			total.Add(total, f)
		}
		return cty.NumberVal(total), nil
	},
})

// transposeFunc swaps the keys and list values of a map of lists of strings.
var transposeFunc = function.New(&function.Spec{
	Description: "Takes a map of lists of strings and swaps the keys and values to produce a new map of lists of strings.",
	Params:      []function.Parameter{{Name: "values", Type: cty.Map(cty.List(cty.String))}},
	Type:        function.StaticReturnType(cty.Map(cty.List(cty.String))),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		if !args[0].IsWhollyKnown() {
			return cty.UnknownVal(retType).RefineNotNull(), nil
		}
		out := map[string][]cty.Value{}
		for it := args[0].ElementIterator(); it.Next(); {
			k, list := it.Element()
			if list.IsNull() {
				return cty.NilVal, errors.New("input map must not contain null list values")
			}
			for li := list.ElementIterator(); li.Next(); {
				_, v := li.Element()
				if v.IsNull() {
					return cty.NilVal, errors.New("input list must not contain null string values")
				}
				out[v.AsString()] = append(out[v.AsString()], k)
			}
		}
		if len(out) == 0 {
			return cty.MapValEmpty(cty.List(cty.String)), nil
		}
		m := make(map[string]cty.Value, len(out))
		for k, v := range out {
			m[k] = cty.ListVal(v)
		}
		return cty.MapVal(m), nil
	},
})
