package eval

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/preflight-iac/preflight/graph"
)

// maxCauses bounds how many unknown values an inconclusive result lists.
const maxCauses = 3

// genericCause is the cause of last resort, when no unknown marker can be
// tied to an inconclusive result.
const genericCause = "depends on a value not known before deploy"

// cause explains why the result el on resource r is inconclusive, looking
// for unknown values in this order: at the finding's attribute path (the
// value there, an unknown ancestor, or unknowns below it); in the resources
// the rule named as related (a companion whose link is unknown); the
// resource's unknown existence; any unknown in the resource.
func cause(r *graph.Resource, el element, byID map[string]*graph.Resource) string {
	if exprs := unknownsAt(r.Attributes, el.path); len(exprs) > 0 {
		return describeUnknowns(r, exprs)
	}
	var causes []string
	for _, id := range el.related {
		rel := byID[id]
		if rel == nil {
			continue
		}
		if exprs := allUnknowns(rel.Attributes); len(exprs) > 0 {
			causes = append(causes, describeUnknowns(rel, exprs))
		} else if rel.Existence != "" {
			causes = append(causes, rel.Existence)
		}
	}
	if len(causes) > 0 {
		return joinCauses(causes)
	}
	if r.Existence != "" {
		return r.Existence
	}
	if exprs := allUnknowns(r.Attributes); len(exprs) > 0 {
		return describeUnknowns(r, exprs)
	}
	return genericCause
}

// unknownsAt returns the expressions of the unknown markers that decide the
// value at path: an unknown ancestor, or the unknowns at or below path.
func unknownsAt(attrs map[string]any, path []string) []string {
	var cur any = attrs
	for _, seg := range path {
		if expr, ok := graph.IsUnknown(cur); ok {
			return []string{expr}
		}
		switch x := cur.(type) {
		case map[string]any:
			v, ok := x[seg]
			if !ok {
				return nil
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			cur = x[i]
		default:
			return nil
		}
	}
	return allUnknowns(cur)
}

// allUnknowns lists the distinct expressions of the unknown markers in v,
// sorted. A string holding a JSON document with markers embedded (a partly
// known jsonencode'd policy) is searched too.
func allUnknowns(v any) []string {
	if s, ok := v.(string); ok && strings.Contains(s, `{"`+graph.UnknownKey+`":`) {
		var doc any
		if json.Unmarshal([]byte(s), &doc) == nil {
			v = doc
		}
	}
	var exprs []string
	graph.Unknowns(v, func(_ []string, expr string) bool {
		exprs = append(exprs, expr)
		return true
	})
	slices.Sort(exprs)
	return slices.Compact(exprs)
}

// describeUnknowns maps expressions to the causes the parser recorded in
// r.Unknowns, falling back to a generic sentence naming the expression.
func describeUnknowns(r *graph.Resource, exprs []string) string {
	causes := make([]string, 0, len(exprs))
	for _, expr := range exprs {
		if c := r.Unknowns[expr]; c != "" {
			causes = append(causes, c)
		} else {
			causes = append(causes, fmt.Sprintf("depends on %s, which is not known before deploy", expr))
		}
	}
	return joinCauses(causes)
}

// joinCauses joins distinct causes with "; ", listing at most maxCauses.
func joinCauses(causes []string) string {
	var uniq []string
	for _, c := range causes {
		if !slices.Contains(uniq, c) {
			uniq = append(uniq, c)
		}
	}
	if len(uniq) > maxCauses {
		more := len(uniq) - maxCauses
		uniq = append(uniq[:maxCauses], fmt.Sprintf("and %d more unknown value(s)", more))
	}
	return strings.Join(uniq, "; ")
}
