package eval

import (
	"encoding/json"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/preflight-iac/preflight/graph"
)

// Input builds the Rego input document for g, as documented in the package
// comment: resources by id, resources by type (sorted by id) and the reverse
// reference index. Attribute values are shared with g, not copied; do not
// modify them. When two resources share an id, the first one (in graph
// order) wins. Eval builds the same document directly as an OPA value, which
// is several times faster; Input is for printing it (`preflight inspect`).
func Input(g *graph.Graph) map[string]any {
	resources := map[string]any{}
	byType := map[string]any{}
	dataByType := map[string]any{}
	rs := uniqueResources(g)
	for _, r := range rs {
		refs := make([]any, len(r.References))
		for i, id := range r.References {
			refs[i] = id
		}
		doc := map[string]any{
			"id":                r.ID,
			"type":              r.Type,
			"name":              r.Name,
			"provider":          r.Provider,
			"format":            r.Format,
			"module":            r.Module,
			"file":              r.Range.Filename,
			"start_line":        r.Range.Start.Line,
			"end_line":          r.Range.End.Line,
			"attributes":        attributesOrEmpty(r.Attributes),
			"references":        refs,
			"existence_unknown": r.Existence != "",
		}
		resources[r.ID] = doc
		index := byType
		if isDataSource(r) {
			index = dataByType
		}
		list, _ := index[r.Type].([]any)
		index[r.Type] = append(list, doc)
	}
	referencedBy := map[string]any{}
	for id, froms := range reverseReferences(rs) {
		list := make([]any, len(froms))
		for i, f := range froms {
			list[i] = f
		}
		referencedBy[id] = list
	}
	return map[string]any{
		"resources":     resources,
		"by_type":       byType,
		"data_by_type":  dataByType,
		"referenced_by": referencedBy,
	}
}

// isDataSource reports whether r is a Terraform data source: its address
// below its module (and root prefix) starts with "data.". Data sources
// share their type with the managed resource but only read something that
// exists elsewhere, so by_type leaves them out and data_by_type holds them.
func isDataSource(r *graph.Resource) bool {
	if r.Format != "terraform" {
		return false
	}
	local := strings.TrimPrefix(r.ID, r.Scope+":")
	if r.Module != "" {
		local = strings.TrimPrefix(local, r.Module+".")
	}
	return strings.HasPrefix(local, "data.")
}

// uniqueResources returns g's resources, the first of each id only, with the
// resources of each type in id order (by_type is documented as sorted by id).
func uniqueResources(g *graph.Graph) []*graph.Resource {
	seen := make(map[string]bool, len(g.Resources))
	out := make([]*graph.Resource, 0, len(g.Resources))
	for _, r := range g.Resources {
		if r == nil || seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// reverseReferences maps each referenced id to the sorted, distinct ids of
// the resources of rs (uniqueResources) that reference it.
func reverseReferences(rs []*graph.Resource) map[string][]string {
	rev := map[string][]string{}
	for _, r := range rs {
		for _, to := range r.References {
			rev[to] = append(rev[to], r.ID)
		}
	}
	for id, froms := range rev {
		slices.Sort(froms)
		rev[id] = slices.Compact(froms)
	}
	return rev
}

func attributesOrEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

// inputValue builds the same document as Input, directly as an OPA value.
// Converting Go maps with ast.InterfaceToValue would walk every value
// twice; building terms here walks them once, and each resource term is
// shared by the resources and by_type indexes.
func inputValue(g *graph.Graph) ast.Value {
	rs := uniqueResources(g)
	resources := ast.NewObjectWithCapacity(len(rs))
	byType := map[string][]*ast.Term{}
	dataByType := map[string][]*ast.Term{}
	var types, dataTypes []string
	// Converting attributes is most of the work and each resource's is
	// independent: spread it over the cores, in contiguous chunks.
	docs := make([]*ast.Term, len(rs))
	workers := max(1, min(runtime.GOMAXPROCS(0), len(rs)/256))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(rs)/workers, (w+1)*len(rs)/workers
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				docs[i] = resourceTerm(rs[i])
			}
		})
	}
	wg.Wait()
	for i, r := range rs {
		doc := docs[i]
		resources.Insert(ast.StringTerm(r.ID), doc)
		index, order := byType, &types
		if isDataSource(r) {
			index, order = dataByType, &dataTypes
		}
		if _, ok := index[r.Type]; !ok {
			*order = append(*order, r.Type)
		}
		index[r.Type] = append(index[r.Type], doc)
	}
	byTypeObj := ast.NewObjectWithCapacity(len(types))
	for _, t := range types {
		byTypeObj.Insert(ast.StringTerm(t), ast.ArrayTerm(byType[t]...))
	}
	dataByTypeObj := ast.NewObjectWithCapacity(len(dataTypes))
	for _, t := range dataTypes {
		dataByTypeObj.Insert(ast.StringTerm(t), ast.ArrayTerm(dataByType[t]...))
	}
	rev := reverseReferences(rs)
	refBy := ast.NewObjectWithCapacity(len(rev))
	for id, froms := range rev {
		terms := make([]*ast.Term, len(froms))
		for i, f := range froms {
			terms[i] = ast.StringTerm(f)
		}
		refBy.Insert(ast.StringTerm(id), ast.ArrayTerm(terms...))
	}
	return ast.NewObject(
		ast.Item(ast.InternedTerm("resources"), ast.NewTerm(resources)),
		ast.Item(ast.InternedTerm("by_type"), ast.NewTerm(byTypeObj)),
		ast.Item(ast.InternedTerm("data_by_type"), ast.NewTerm(dataByTypeObj)),
		ast.Item(ast.InternedTerm("referenced_by"), ast.NewTerm(refBy)),
	)
}

// resourceTerm is the input document of one resource.
func resourceTerm(r *graph.Resource) *ast.Term {
	refs := make([]*ast.Term, len(r.References))
	for i, id := range r.References {
		refs[i] = ast.StringTerm(id)
	}
	return ast.ObjectTerm(
		ast.Item(ast.InternedTerm("id"), ast.StringTerm(r.ID)),
		ast.Item(ast.InternedTerm("type"), ast.StringTerm(r.Type)),
		ast.Item(ast.InternedTerm("name"), ast.StringTerm(r.Name)),
		ast.Item(ast.InternedTerm("provider"), ast.InternedTerm(r.Provider)),
		ast.Item(ast.InternedTerm("format"), ast.InternedTerm(r.Format)),
		ast.Item(ast.InternedTerm("module"), ast.StringTerm(r.Module)),
		ast.Item(ast.InternedTerm("file"), ast.StringTerm(r.Range.Filename)),
		ast.Item(ast.InternedTerm("start_line"), ast.InternedTerm(r.Range.Start.Line)),
		ast.Item(ast.InternedTerm("end_line"), ast.InternedTerm(r.Range.End.Line)),
		ast.Item(ast.InternedTerm("attributes"), valueTerm(attributesOrEmpty(r.Attributes))),
		ast.Item(ast.InternedTerm("references"), ast.ArrayTerm(refs...)),
		ast.Item(ast.InternedTerm("existence_unknown"), ast.InternedTerm(r.Existence != "")),
	)
}

// valueTerm converts a JSON-compatible attribute value to an OPA term.
// Values of other types (which a parser should not produce) go through
// ast.InterfaceToValue, and become null if even that fails, so bad data
// never stops a scan.
func valueTerm(v any) *ast.Term {
	switch x := v.(type) {
	case nil:
		return ast.InternedNullTerm
	case bool:
		return ast.InternedTerm(x)
	case string:
		return ast.StringTerm(x)
	case int:
		return ast.InternedTerm(x)
	case int64:
		return ast.InternedTerm(x)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return ast.InternedNullTerm
		}
		if x == math.Trunc(x) && math.Abs(x) < 1<<53 {
			return ast.InternedTerm(int(x))
		}
		return ast.FloatNumberTerm(x)
	case json.Number:
		return ast.NumberTerm(x)
	case []any:
		terms := make([]*ast.Term, len(x))
		for i, e := range x {
			terms[i] = valueTerm(e)
		}
		return ast.ArrayTerm(terms...)
	case map[string]any:
		obj := ast.NewObjectWithCapacity(len(x))
		for k, e := range x {
			obj.Insert(ast.StringTerm(k), valueTerm(e))
		}
		return ast.NewTerm(obj)
	}
	val, err := ast.InterfaceToValue(v)
	if err != nil {
		return ast.InternedNullTerm
	}
	return ast.NewTerm(val)
}
