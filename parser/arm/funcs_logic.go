package arm

import (
	"math"
	"strconv"
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

func fnEquals(c *callCtx, args []any) (any, error) {
	return equalValues(args[0], args[1]), nil
}

// compareFn builds less/greater and friends: integers compare by value,
// strings ordinally (case-sensitive), and mixing them is an error.
func compareFn(name string, ok func(cmp int) bool) func(*callCtx, []any) (any, error) {
	return func(c *callCtx, args []any) (any, error) {
		if a, isNum := toNumber(args[0]); isNum {
			b, isNum := toNumber(args[1])
			if !isNum {
				return nil, c.errorf("cannot compare %s with %s", typeName(args[0]), typeName(args[1]))
			}
			switch {
			case a < b:
				return ok(-1), nil
			case a > b:
				return ok(1), nil
			}
			return ok(0), nil
		}
		a, isStr := args[0].(string)
		b, isStr2 := args[1].(string)
		if !isStr || !isStr2 {
			return nil, c.errorf("needs two integers or two strings, got %s and %s", typeName(args[0]), typeName(args[1]))
		}
		return ok(strings.Compare(a, b)), nil
	}
}

// fnAnd is false as soon as one argument is false, even if others are
// unknown: the result then does not depend on them.
func fnAnd(c *callCtx, args []any) (any, error) { return logic(c, args, false) }

func fnOr(c *callCtx, args []any) (any, error) { return logic(c, args, true) }

// logic implements and (decisive=false) and or (decisive=true).
func logic(c *callCtx, args []any, decisive bool) (any, error) {
	var unknown any
	for i, a := range args {
		if _, ok := graph.IsUnknown(a); ok {
			if unknown == nil {
				unknown = a
			}
			continue
		}
		b, ok := a.(bool)
		if !ok {
			return nil, c.errorf("argument %d is %s, not a bool", i+1, typeName(a))
		}
		if b == decisive {
			return decisive, nil
		}
	}
	if unknown != nil {
		return unknown, nil
	}
	return !decisive, nil
}

func fnNot(c *callCtx, args []any) (any, error) {
	b, ok := args[0].(bool)
	if !ok {
		return nil, c.errorf("needs a bool, got %s", typeName(args[0]))
	}
	return !b, nil
}

// fnIf evaluates only the branch it takes, as ARM does: the other branch
// may refer to things that do not exist (a conditional resource).
func fnIf(c *callCtx, args []exprNode) (any, error) {
	cond, err := evalNode(args[0], c.ctx)
	if err != nil {
		return nil, err
	}
	if _, ok := graph.IsUnknown(cond); ok {
		return cond, nil
	}
	b, ok := cond.(bool)
	if !ok {
		return nil, c.errorf("the condition must be a bool, got %s", typeName(cond))
	}
	branch := args[2]
	if b {
		branch = args[1]
	}
	v, err := evalNode(branch, c.ctx)
	if err != nil {
		return nil, err
	}
	if _, isLambda := v.(*lambdaValue); isLambda {
		return nil, c.errorf("a branch cannot be a lambda")
	}
	return v, nil
}

// fnBool: "true" in any case is true, other strings false; 0 is false,
// other integers true.
func fnBool(c *callCtx, args []any) (any, error) {
	switch x := args[0].(type) {
	case bool:
		return x, nil
	case string:
		return strings.EqualFold(x, "true"), nil
	}
	if n, ok := toInt(args[0]); ok {
		return n != 0, nil
	}
	return nil, c.errorf("needs a string or integer, got %s", typeName(args[0]))
}

// fnCoalesce returns the first non-null argument. An unknown before it
// might be null or not, so the result is unknown.
func fnCoalesce(c *callCtx, args []any) (any, error) {
	for _, a := range args {
		if _, ok := graph.IsUnknown(a); ok {
			return a, nil
		}
		if a != nil {
			return a, nil
		}
	}
	return nil, nil
}

// arith implements the integer operators; ARM's numeric functions work on
// 64-bit integers and divide by truncation.
func arith(op string) func(*callCtx, []any) (any, error) {
	return func(c *callCtx, args []any) (any, error) {
		a, ok1 := toInt(args[0])
		b, ok2 := toInt(args[1])
		if !ok1 || !ok2 {
			return nil, c.errorf("needs two integers, got %s and %s", typeName(args[0]), typeName(args[1]))
		}
		switch op {
		case "add":
			return a + b, nil
		case "sub":
			return a - b, nil
		case "mul":
			return a * b, nil
		case "div", "mod":
			if b == 0 {
				return nil, c.errorf("division by zero")
			}
			if a == math.MinInt64 && b == -1 {
				return nil, c.errorf("integer overflow")
			}
			if op == "div" {
				return a / b, nil
			}
			return a % b, nil
		}
		return nil, c.errorf("unknown operator %s", op)
	}
}

func fnInt(c *callCtx, args []any) (any, error) {
	switch x := args[0].(type) {
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
		if err != nil {
			return nil, c.errorf("%q is not an integer", x)
		}
		return int(n), nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) || x > math.MaxInt64 || x < math.MinInt64 {
			return nil, c.errorf("%v is out of the integer range", x)
		}
		return int(x), nil
	}
	if n, ok := toInt(args[0]); ok {
		return n, nil
	}
	return nil, c.errorf("needs a string or number, got %s", typeName(args[0]))
}

func fnFloat(c *callCtx, args []any) (any, error) {
	switch x := args[0].(type) {
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, c.errorf("%q is not a number", x)
		}
		return f, nil
	}
	if f, ok := toNumber(args[0]); ok {
		return f, nil
	}
	return nil, c.errorf("needs a string or number, got %s", typeName(args[0]))
}
