package graph

import "strconv"

// UnknownKey is the single key of the marker object that stands for a value
// nobody can know before deploy: {"__unknown__": "<source expression>"}.
const UnknownKey = "__unknown__"

// Unknown returns the marker for a value that cannot be known before deploy.
// expr is the source expression it came from, such as "var.acl" or
// "aws_kms_key.k.arn"; Resource.Unknowns maps it to a human cause.
func Unknown(expr string) map[string]any {
	return map[string]any{UnknownKey: expr}
}

// IsUnknown reports whether v is an unknown marker and, if so, the source
// expression it names.
func IsUnknown(v any) (expr string, ok bool) {
	m, isMap := v.(map[string]any)
	if !isMap || len(m) != 1 {
		return "", false
	}
	expr, ok = m[UnknownKey].(string)
	return expr, ok
}

// Unknowns calls yield for every unknown marker inside v (v itself included),
// with the attribute path at which it sits, relative to v. It stops when
// yield returns false.
func Unknowns(v any, yield func(path []string, expr string) bool) bool {
	return walkUnknowns(v, nil, yield)
}

func walkUnknowns(v any, path []string, yield func([]string, string) bool) bool {
	if expr, ok := IsUnknown(v); ok {
		return yield(path, expr)
	}
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if !walkUnknowns(e, append(path[:len(path):len(path)], k), yield) {
				return false
			}
		}
	case []any:
		for i, e := range x {
			if !walkUnknowns(e, append(path[:len(path):len(path)], strconv.Itoa(i)), yield) {
				return false
			}
		}
	}
	return true
}
