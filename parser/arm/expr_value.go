package arm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// toInt reads a whole number. Values come from our JSON reader as int,
// but float64 and int64 are accepted so callers need not normalise.
func toInt(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case int64:
		if int64(int(x)) != x {
			return 0, false
		}
		return int(x), true
	case float64:
		if x != math.Trunc(x) || math.IsInf(x, 0) || x > math.MaxInt64 || x < math.MinInt64 {
			return 0, false
		}
		return int(x), true
	}
	return 0, false
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "bool"
	case int, int64:
		return "int"
	case float64:
		return "float"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	case *lambdaValue:
		return "lambda"
	}
	return fmt.Sprintf("%T", v)
}

// lookupKey finds name in m; ARM property names are case-insensitive, an
// exact match wins over a case-folded one.
func lookupKey(m map[string]any, name string) (any, bool) {
	if v, ok := m[name]; ok {
		return v, true
	}
	for _, k := range sortedKeys(m) {
		if strings.EqualFold(k, name) {
			return m[k], true
		}
	}
	return nil, false
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func keyList(m map[string]any) string {
	keys := sortedKeys(m)
	if len(keys) == 0 {
		return "none"
	}
	return "'" + strings.Join(keys, "', '") + "'"
}

// equalValues is ARM's deep equality: strings compare case-sensitively,
// numbers by value, arrays in order, objects key by key.
func equalValues(a, b any) bool {
	if ai, ok := toNumber(a); ok {
		bi, ok := toNumber(b)
		return ok && ai == bi
	}
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equalValues(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			w, ok := y[k]
			if !ok || !equalValues(v, w) {
				return false
			}
		}
		return true
	}
	return false
}

func toNumber(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// stringify converts a value to text the way ARM's string() and concat()
// do: booleans print as .NET does ("True"), arrays and objects as compact
// JSON.
func stringify(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case int:
		return strconv.Itoa(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), nil
	case []any, map[string]any:
		if !jsonWithin(x, maxStringLength) {
			return "", errTooLong
		}
		return toJSON(x)
	}
	return "", fmt.Errorf("cannot convert a value of type %s to a string", typeName(v))
}

// jsonWithin reports whether v, encoded as JSON, takes at most about limit
// bytes (strings are counted without escapes). It stops as soon as the
// count passes the limit, so a value that shares its parts many times
// over costs no more than the limit to measure.
func jsonWithin(v any, limit int) bool {
	left := limit
	var walk func(v any) bool
	walk = func(v any) bool {
		left--
		switch x := v.(type) {
		case string:
			left -= len(x) + 1
		case []any:
			for _, e := range x {
				if !walk(e) {
					return false
				}
			}
		case map[string]any:
			for k, e := range x {
				left -= len(k) + 3
				if !walk(e) {
					return false
				}
			}
		default:
			left -= 4
		}
		return left >= 0
	}
	return walk(v)
}

func toJSON(v any) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", fmt.Errorf("encode JSON: %w", err)
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}

// fromJSON decodes JSON text into our value model: whole numbers become
// int, others float64.
func fromJSON(text string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("unexpected data after the JSON value")
	}
	return normaliseNumbers(v), nil
}

func normaliseNumbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := strconv.ParseInt(string(x), 10, 64); err == nil && int64(int(i)) == i {
			return int(i)
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = normaliseNumbers(x[i])
		}
	case map[string]any:
		for k := range x {
			x[k] = normaliseNumbers(x[k])
		}
	}
	return v
}

// copyValue deep-copies a JSON value so results never alias inputs that
// the template code may keep.
func copyValue(v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = copyValue(x[i])
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = copyValue(e)
		}
		return out
	}
	return v
}
