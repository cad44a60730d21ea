package arm

import (
	"math"
	"sort"
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

func fnArray(c *callCtx, args []any) (any, error) {
	if a, ok := args[0].([]any); ok {
		return a, nil
	}
	return []any{args[0]}, nil
}

// fnConcat joins arrays when the first argument is an array, and
// otherwise joins values as text: concat('vm', copyIndex()) is common.
func fnConcat(c *callCtx, args []any) (any, error) {
	if _, isArray := args[0].([]any); isArray {
		out := []any{}
		for i, a := range args {
			switch x := a.(type) {
			case []any:
				if len(out)+len(x) > maxArrayLength {
					return nil, c.errorf("result has more than %d elements", maxArrayLength)
				}
				out = append(out, x...)
			case nil:
			default:
				return nil, c.errorf("argument %d is %s, but concat of arrays needs arrays", i+1, typeName(a))
			}
		}
		return out, nil
	}
	var b strings.Builder
	for i, a := range args {
		switch a.(type) {
		case []any, map[string]any:
			return nil, c.errorf("argument %d is %s, but concat of strings needs strings, integers or booleans", i+1, typeName(a))
		}
		if u, ok := firstUnknown(a, true); ok {
			return u, nil
		}
		s, err := stringify(a)
		if err != nil {
			return nil, c.errorf("%v", err)
		}
		if b.Len()+len(s) > maxStringLength {
			return nil, c.errorf("%v", errTooLong)
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// fnContains: a substring (case-sensitive), an array element, or an
// object key (case-insensitive, as the ARM docs state).
func fnContains(c *callCtx, args []any) (any, error) {
	switch x := args[0].(type) {
	case string:
		s, err := stringify(args[1])
		if err != nil {
			return nil, c.errorf("%v", err)
		}
		return strings.Contains(x, s), nil
	case []any:
		for _, e := range x {
			if equalValues(e, args[1]) {
				return true, nil
			}
		}
		return false, nil
	case map[string]any:
		key, ok := args[1].(string)
		if !ok {
			return nil, c.errorf("an object key must be a string, got %s", typeName(args[1]))
		}
		_, found := lookupKey(x, key)
		return found, nil
	}
	return nil, c.errorf("the first argument must be a string, array or object, got %s", typeName(args[0]))
}

func fnCreateArray(c *callCtx, args []any) (any, error) {
	return append([]any{}, args...), nil
}

func fnCreateObject(c *callCtx, args []any) (any, error) {
	if len(args)%2 != 0 {
		return nil, c.errorf("needs an even number of arguments (key, value pairs), got %d", len(args))
	}
	out := make(map[string]any, len(args)/2)
	for i := 0; i < len(args); i += 2 {
		if _, ok := graph.IsUnknown(args[i]); ok {
			return args[i], nil
		}
		key, ok := args[i].(string)
		if !ok {
			return nil, c.errorf("key %d must be a string, got %s", i/2+1, typeName(args[i]))
		}
		out[key] = args[i+1]
	}
	return out, nil
}

func fnEmpty(c *callCtx, args []any) (any, error) {
	switch x := args[0].(type) {
	case nil:
		return true, nil
	case string:
		return x == "", nil
	case []any:
		return len(x) == 0, nil
	case map[string]any:
		return len(x) == 0, nil
	}
	return nil, c.errorf("needs a string, array or object, got %s", typeName(args[0]))
}

func fnFirst(c *callCtx, args []any) (any, error) {
	switch x := args[0].(type) {
	case string:
		r := []rune(x)
		if len(r) == 0 {
			return "", nil
		}
		return string(r[0]), nil
	case []any:
		if len(x) == 0 {
			return nil, nil
		}
		return x[0], nil
	}
	return nil, c.errorf("needs a string or array, got %s", typeName(args[0]))
}

func fnLast(c *callCtx, args []any) (any, error) {
	switch x := args[0].(type) {
	case string:
		r := []rune(x)
		if len(r) == 0 {
			return "", nil
		}
		return string(r[len(r)-1]), nil
	case []any:
		if len(x) == 0 {
			return nil, nil
		}
		return x[len(x)-1], nil
	}
	return nil, c.errorf("needs a string or array, got %s", typeName(args[0]))
}

// fnIndexOf finds an item in an array, or (case-insensitively, per the
// docs) a substring in a string. -1 when absent.
func fnIndexOf(c *callCtx, args []any) (any, error) { return indexOf(c, args, false) }

func fnLastIndexOf(c *callCtx, args []any) (any, error) { return indexOf(c, args, true) }

func indexOf(c *callCtx, args []any, last bool) (any, error) {
	switch x := args[0].(type) {
	case string:
		sub, ok := args[1].(string)
		if !ok {
			return nil, c.errorf("the value to find in a string must be a string, got %s", typeName(args[1]))
		}
		hay, needle := []rune(strings.ToLower(x)), []rune(strings.ToLower(sub))
		if last {
			for i := len(hay) - len(needle); i >= 0; i-- {
				if string(hay[i:i+len(needle)]) == string(needle) {
					return i, nil
				}
			}
			return -1, nil
		}
		for i := 0; i+len(needle) <= len(hay); i++ {
			if string(hay[i:i+len(needle)]) == string(needle) {
				return i, nil
			}
		}
		return -1, nil
	case []any:
		if last {
			for i := len(x) - 1; i >= 0; i-- {
				if equalValues(x[i], args[1]) {
					return i, nil
				}
			}
			return -1, nil
		}
		for i, e := range x {
			if equalValues(e, args[1]) {
				return i, nil
			}
		}
		return -1, nil
	}
	return nil, c.errorf("needs a string or array, got %s", typeName(args[0]))
}

// fnIntersection keeps the elements (or key/value pairs) present in every
// argument, in the order of the first.
func fnIntersection(c *callCtx, args []any) (any, error) {
	switch first := args[0].(type) {
	case []any:
		rest, err := allArrays(c, args)
		if err != nil {
			return nil, err
		}
		out := []any{}
		for _, e := range first {
			inAll := !containsValue(out, e)
			for _, r := range rest[1:] {
				inAll = inAll && containsValue(r, e)
			}
			if inAll {
				out = append(out, e)
			}
		}
		return out, nil
	case map[string]any:
		objs, err := allObjects(c, args)
		if err != nil {
			return nil, err
		}
		out := map[string]any{}
		for k, v := range first {
			inAll := true
			for _, o := range objs[1:] {
				w, ok := o[k]
				inAll = inAll && ok && equalValues(v, w)
			}
			if inAll {
				out[k] = v
			}
		}
		return out, nil
	}
	return nil, c.errorf("needs arrays or objects, got %s", typeName(args[0]))
}

// fnUnion merges arrays without duplicates, or objects with later values
// winning; nested objects present in both are merged recursively, as the
// docs describe.
func fnUnion(c *callCtx, args []any) (any, error) {
	switch args[0].(type) {
	case []any:
		arrs, err := allArrays(c, args)
		if err != nil {
			return nil, err
		}
		out := []any{}
		for _, a := range arrs {
			if u, ok := firstUnknown(a, true); ok {
				return u, nil
			}
			for _, e := range a {
				if !containsValue(out, e) {
					out = append(out, e)
				}
			}
		}
		return out, nil
	case map[string]any:
		objs, err := allObjects(c, args)
		if err != nil {
			return nil, err
		}
		var out map[string]any
		for _, o := range objs {
			out = mergeObjects(out, o)
		}
		return out, nil
	}
	return nil, c.errorf("needs arrays or objects, got %s", typeName(args[0]))
}

func mergeObjects(base, over map[string]any) map[string]any {
	out := make(map[string]any, len(base)+len(over))
	for k, v := range base {
		out[k] = v
	}
	for k, v := range over {
		bo, bok := out[k].(map[string]any)
		oo, ook := v.(map[string]any)
		_, bu := graph.IsUnknown(out[k])
		_, ou := graph.IsUnknown(v)
		if bok && ook && !bu && !ou {
			out[k] = mergeObjects(bo, oo)
			continue
		}
		out[k] = v
	}
	return out
}

func allArrays(c *callCtx, args []any) ([][]any, error) {
	out := make([][]any, len(args))
	for i, a := range args {
		arr, ok := a.([]any)
		if !ok {
			return nil, c.errorf("argument %d is %s, but all arguments must be arrays", i+1, typeName(a))
		}
		out[i] = arr
	}
	return out, nil
}

func allObjects(c *callCtx, args []any) ([]map[string]any, error) {
	out := make([]map[string]any, len(args))
	for i, a := range args {
		if _, ok := graph.IsUnknown(a); ok {
			return nil, c.errorf("argument %d is unknown", i+1)
		}
		obj, ok := a.(map[string]any)
		if !ok {
			return nil, c.errorf("argument %d is %s, but all arguments must be objects", i+1, typeName(a))
		}
		out[i] = obj
	}
	return out, nil
}

func containsValue(arr []any, v any) bool {
	for _, e := range arr {
		if equalValues(e, v) {
			return true
		}
	}
	return false
}

// fnItems turns an object into [{key, value}], sorted by key as ARM does.
func fnItems(c *callCtx, args []any) (any, error) {
	obj, ok := args[0].(map[string]any)
	if !ok {
		return nil, c.errorf("needs an object, got %s", typeName(args[0]))
	}
	keys := sortedKeys(obj)
	out := make([]any, len(keys))
	for i, k := range keys {
		out[i] = map[string]any{"key": k, "value": obj[k]}
	}
	return out, nil
}

func fnJSON(c *callCtx, args []any) (any, error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, c.errorf("needs a string, got %s", typeName(args[0]))
	}
	v, err := fromJSON(s)
	if err != nil {
		return nil, c.errorf("invalid JSON: %v", err)
	}
	return v, nil
}

func fnLength(c *callCtx, args []any) (any, error) {
	switch x := args[0].(type) {
	case string:
		return len([]rune(x)), nil
	case []any:
		return len(x), nil
	case map[string]any:
		return len(x), nil
	case nil:
		return 0, nil
	}
	return nil, c.errorf("needs a string, array or object, got %s", typeName(args[0]))
}

func fnMax(c *callCtx, args []any) (any, error) {
	return extreme(c, args, func(a, b int) bool { return a > b })
}

func fnMin(c *callCtx, args []any) (any, error) {
	return extreme(c, args, func(a, b int) bool { return a < b })
}

// extreme takes integers, or one array of integers.
func extreme(c *callCtx, args []any, better func(a, b int) bool) (any, error) {
	vals := args
	if len(args) == 1 {
		arr, ok := args[0].([]any)
		if !ok {
			return nil, c.errorf("needs integers or an array of integers, got %s", typeName(args[0]))
		}
		vals = arr
	}
	if len(vals) == 0 {
		return nil, c.errorf("needs at least one value")
	}
	best := 0
	for i, v := range vals {
		n, ok := toInt(v)
		if !ok {
			return nil, c.errorf("value %d is %s, not an integer", i+1, typeName(v))
		}
		if i == 0 || better(n, best) {
			best = n
		}
	}
	return best, nil
}

func fnRange(c *callCtx, args []any) (any, error) {
	start, ok1 := toInt(args[0])
	count, ok2 := toInt(args[1])
	if !ok1 || !ok2 {
		return nil, c.errorf("needs two integers, got %s and %s", typeName(args[0]), typeName(args[1]))
	}
	if count < 0 || count > maxRange {
		return nil, c.errorf("count %d must be between 0 and %d", count, maxRange)
	}
	if start+count > math.MaxInt32 {
		return nil, c.errorf("start + count must not exceed %d", math.MaxInt32)
	}
	out := make([]any, count)
	for i := range out {
		out[i] = start + i
	}
	return out, nil
}

func fnSkip(c *callCtx, args []any) (any, error) { return skipTake(c, args, true) }

func fnTake(c *callCtx, args []any) (any, error) { return skipTake(c, args, false) }

func skipTake(c *callCtx, args []any, skip bool) (any, error) {
	n, ok := toInt(args[1])
	if !ok {
		return nil, c.errorf("the count must be an integer, got %s", typeName(args[1]))
	}
	clamp := func(l int) int { return max(0, min(n, l)) }
	switch x := args[0].(type) {
	case string:
		r := []rune(x)
		k := clamp(len(r))
		if skip {
			return string(r[k:]), nil
		}
		return string(r[:k]), nil
	case []any:
		k := clamp(len(x))
		if skip {
			return append([]any{}, x[k:]...), nil
		}
		return append([]any{}, x[:k]...), nil
	}
	return nil, c.errorf("needs a string or array, got %s", typeName(args[0]))
}

func fnFlatten(c *callCtx, args []any) (any, error) {
	arr, ok := args[0].([]any)
	if !ok {
		return nil, c.errorf("needs an array, got %s", typeName(args[0]))
	}
	out := []any{}
	for i, e := range arr {
		if _, ok := graph.IsUnknown(e); ok {
			return e, nil
		}
		inner, ok := e.([]any)
		if !ok {
			return nil, c.errorf("element %d is %s, but all elements must be arrays", i, typeName(e))
		}
		out = append(out, inner...)
	}
	return out, nil
}

func fnObjectKeys(c *callCtx, args []any) (any, error) {
	obj, ok := args[0].(map[string]any)
	if !ok {
		return nil, c.errorf("needs an object, got %s", typeName(args[0]))
	}
	keys := sortedKeys(obj)
	out := make([]any, len(keys))
	for i, k := range keys {
		out[i] = k
	}
	return out, nil
}

func fnShallowMerge(c *callCtx, args []any) (any, error) {
	arr, ok := args[0].([]any)
	if !ok {
		return nil, c.errorf("needs an array of objects, got %s", typeName(args[0]))
	}
	out := map[string]any{}
	for i, e := range arr {
		if _, ok := graph.IsUnknown(e); ok {
			return e, nil
		}
		obj, ok := e.(map[string]any)
		if !ok {
			return nil, c.errorf("element %d is %s, but all elements must be objects", i, typeName(e))
		}
		for k, v := range obj {
			out[k] = v
		}
	}
	return out, nil
}

// fnTryGet walks keys (strings) and indexes (integers), and yields null
// instead of an error when one is missing.
func fnTryGet(c *callCtx, args []any) (any, error) {
	cur := args[0]
	for _, k := range args[1:] {
		if _, ok := graph.IsUnknown(cur); ok {
			return cur, nil
		}
		if _, ok := graph.IsUnknown(k); ok {
			return k, nil
		}
		switch x := cur.(type) {
		case map[string]any:
			key, ok := k.(string)
			if !ok {
				return nil, c.errorf("an object key must be a string, got %s", typeName(k))
			}
			v, found := lookupKey(x, key)
			if !found {
				return nil, nil
			}
			cur = v
		case []any:
			i, ok := toInt(k)
			if !ok {
				return nil, c.errorf("an array index must be an integer, got %s", typeName(k))
			}
			if i < 0 || i >= len(x) {
				return nil, nil
			}
			cur = x[i]
		default:
			return nil, nil
		}
	}
	return cur, nil
}

func fnIndexFromEnd(c *callCtx, args []any) (any, error) {
	v, ok, err := fromEnd(c, args)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, c.errorf("index %v is out of range", args[1])
	}
	return v, nil
}

func fnTryIndexFromEnd(c *callCtx, args []any) (any, error) {
	v, _, err := fromEnd(c, args)
	return v, err
}

// fromEnd reads arr[len-n]: indexFromEnd(arr, 1) is the last element.
func fromEnd(c *callCtx, args []any) (any, bool, error) {
	arr, ok := args[0].([]any)
	if !ok {
		return nil, false, c.errorf("needs an array, got %s", typeName(args[0]))
	}
	n, ok := toInt(args[1])
	if !ok {
		return nil, false, c.errorf("the index must be an integer, got %s", typeName(args[1]))
	}
	if n < 1 || n > len(arr) {
		return nil, false, nil
	}
	return arr[len(arr)-n], true, nil
}

func fnJoin(c *callCtx, args []any) (any, error) {
	arr, ok := args[0].([]any)
	if !ok {
		return nil, c.errorf("needs an array, got %s", typeName(args[0]))
	}
	sep, ok := args[1].(string)
	if !ok {
		return nil, c.errorf("the delimiter must be a string, got %s", typeName(args[1]))
	}
	parts := make([]string, len(arr))
	total := 0
	for i, e := range arr {
		switch e.(type) {
		case []any, map[string]any:
			return nil, c.errorf("element %d is %s, but join needs strings, integers or booleans", i, typeName(e))
		}
		s, err := stringify(e)
		if err != nil {
			return nil, c.errorf("%v", err)
		}
		if total += len(s) + len(sep); total > maxStringLength+len(sep) {
			return nil, c.errorf("%v", errTooLong)
		}
		parts[i] = s
	}
	return strings.Join(parts, sep), nil
}

// Lambda functions.

func fnLambda(c *callCtx, args []exprNode) (any, error) {
	params := make([]string, 0, len(args)-1)
	for i, a := range args[:len(args)-1] {
		v, err := evalNode(a, c.ctx)
		if err != nil {
			return nil, err
		}
		s, ok := v.(string)
		if !ok || s == "" {
			return nil, c.errorf("parameter name %d must be a non-empty string, got %s", i+1, typeName(v))
		}
		params = append(params, s)
	}
	return &lambdaValue{params: params, body: args[len(args)-1], ctx: c.ctx}, nil
}

func fnLambdaVariables(c *callCtx, args []any) (any, error) {
	name, ok := args[0].(string)
	if !ok {
		return nil, c.errorf("needs a string, got %s", typeName(args[0]))
	}
	v, found := c.ctx.lambdaVars[strings.ToLower(name)]
	if !found {
		return nil, c.errorf("lambda variable %q is not defined", name)
	}
	return v, nil
}

func lambdaArg(c *callCtx, v any, n int) (*lambdaValue, error) {
	l, ok := v.(*lambdaValue)
	if !ok {
		return nil, c.errorf("argument %d must be a lambda, got %s", n, typeName(v))
	}
	return l, nil
}

func arrayArg(c *callCtx, v any, n int) ([]any, error) {
	arr, ok := v.([]any)
	if !ok {
		return nil, c.errorf("argument %d must be an array, got %s", n, typeName(v))
	}
	return arr, nil
}

// arrayAndLambda reads the array argument at ai and the lambda at li (0-based
// positions), the opening of every lambda function over an array.
func arrayAndLambda(c *callCtx, args []any, ai, li int) ([]any, *lambdaValue, error) {
	arr, err := arrayArg(c, args[ai], ai+1)
	if err != nil {
		return nil, nil, err
	}
	l, err := lambdaArg(c, args[li], li+1)
	if err != nil {
		return nil, nil, err
	}
	return arr, l, nil
}

func fnFilter(c *callCtx, args []any) (any, error) {
	arr, l, err := arrayAndLambda(c, args, 0, 1)
	if err != nil {
		return nil, err
	}
	out := []any{}
	for i, e := range arr {
		keep, err := l.call(e, i)
		if err != nil {
			return nil, err
		}
		if u, ok := graph.IsUnknown(keep); ok {
			return graph.Unknown(u), nil
		}
		b, ok := keep.(bool)
		if !ok {
			return nil, c.errorf("the lambda must return a bool, got %s", typeName(keep))
		}
		if b {
			out = append(out, e)
		}
	}
	return out, nil
}

func fnMap(c *callCtx, args []any) (any, error) {
	arr, l, err := arrayAndLambda(c, args, 0, 1)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(arr))
	for i, e := range arr {
		v, err := l.call(e, i)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func fnReduce(c *callCtx, args []any) (any, error) {
	arr, l, err := arrayAndLambda(c, args, 0, 2)
	if err != nil {
		return nil, err
	}
	acc := args[1]
	for i, e := range arr {
		if acc, err = l.call(acc, e, i); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

// fnSort orders with a "comes before" lambda; the sort is stable, and the
// first error or unknown comparison ends it.
func fnSort(c *callCtx, args []any) (any, error) {
	arr, l, err := arrayAndLambda(c, args, 0, 1)
	if err != nil {
		return nil, err
	}
	out := append([]any{}, arr...)
	var failure error
	var unknown any
	sort.SliceStable(out, func(i, j int) bool {
		if failure != nil || unknown != nil {
			return false
		}
		v, err := l.call(out[i], out[j])
		if err != nil {
			failure = err
			return false
		}
		if _, ok := graph.IsUnknown(v); ok {
			unknown = v
			return false
		}
		b, ok := v.(bool)
		if !ok {
			failure = c.errorf("the lambda must return a bool, got %s", typeName(v))
			return false
		}
		return b
	})
	if failure != nil {
		return nil, failure
	}
	if unknown != nil {
		return unknown, nil
	}
	return out, nil
}

func fnToObject(c *callCtx, args []any) (any, error) {
	arr, err := arrayArg(c, args[0], 1)
	if err != nil {
		return nil, err
	}
	keyFn, err := lambdaArg(c, args[1], 2)
	if err != nil {
		return nil, err
	}
	var valFn *lambdaValue
	if len(args) == 3 {
		if valFn, err = lambdaArg(c, args[2], 3); err != nil {
			return nil, err
		}
	}
	out := map[string]any{}
	for _, e := range arr {
		key, unknown, err := lambdaKey(c, keyFn, e)
		if err != nil || unknown != nil {
			return unknown, err
		}
		v := e
		if valFn != nil {
			if v, err = valFn.call(e); err != nil {
				return nil, err
			}
		}
		out[key] = v
	}
	return out, nil
}

// lambdaKey calls a key lambda (toObject, groupBy) on e: the key, or the
// unknown marker the lambda returned (then the whole result is unknown).
func lambdaKey(c *callCtx, l *lambdaValue, e any) (string, any, error) {
	k, err := l.call(e)
	if err != nil {
		return "", nil, err
	}
	if _, ok := graph.IsUnknown(k); ok {
		return "", k, nil
	}
	key, ok := k.(string)
	if !ok {
		return "", nil, c.errorf("the key lambda must return a string, got %s", typeName(k))
	}
	return key, nil, nil
}

func fnMapValues(c *callCtx, args []any) (any, error) {
	obj, ok := args[0].(map[string]any)
	if !ok {
		return nil, c.errorf("argument 1 must be an object, got %s", typeName(args[0]))
	}
	l, err := lambdaArg(c, args[1], 2)
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(obj))
	for _, k := range sortedKeys(obj) {
		v, err := l.call(obj[k])
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, nil
}

func fnGroupBy(c *callCtx, args []any) (any, error) {
	arr, l, err := arrayAndLambda(c, args, 0, 1)
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	for _, e := range arr {
		key, unknown, err := lambdaKey(c, l, e)
		if err != nil || unknown != nil {
			return unknown, err
		}
		group, _ := out[key].([]any)
		out[key] = append(group, e)
	}
	return out, nil
}
