package eval

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/preflight-iac/preflight/graph"
)

func inputGraph() *graph.Graph {
	return &graph.Graph{Resources: []*graph.Resource{
		{
			ID: "aws_s3_bucket_acl.b", Type: "aws_s3_bucket_acl", Name: "b", Provider: "aws", Format: graph.FormatTerraform,
			Range:      graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 5}, End: graph.Pos{Line: 8}},
			Attributes: map[string]any{"bucket": graph.Unknown("aws_s3_bucket.b.id"), "acl": "private"},
			References: []string{"aws_s3_bucket.b"},
		},
		{
			ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Name: "b", Provider: "aws", Format: graph.FormatTerraform,
			Module:     "",
			Range:      graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 1}, End: graph.Pos{Line: 3}},
			Attributes: map[string]any{"bucket": "logs", "n": 3, "f": 1.5, "big": float64(1 << 40), "list": []any{true, nil}},
		},
		{
			ID: "module.m.aws_s3_bucket.c[0]", Type: "aws_s3_bucket", Name: "c", Provider: "aws", Format: graph.FormatTerraform,
			Module:    "module.m",
			Range:     graph.Range{Filename: "m/main.tf", Start: graph.Pos{Line: 1}, End: graph.Pos{Line: 2}},
			Existence: "count depends on var.n",
		},
		{
			ID: "envs/prod:module.m.data.aws_s3_bucket.shared", Type: "aws_s3_bucket", Name: "shared", Provider: "aws", Format: graph.FormatTerraform,
			Module: "module.m", Scope: "envs/prod",
			Range: graph.Range{Filename: "m/data.tf", Start: graph.Pos{Line: 1}, End: graph.Pos{Line: 3}},
		},
		{ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Name: "duplicate"}, // ignored: same id
	}}
}

func TestInput(t *testing.T) {
	got := Input(inputGraph())
	acl := map[string]any{
		"id": "aws_s3_bucket_acl.b", "type": "aws_s3_bucket_acl", "name": "b", "provider": "aws", "format": "terraform",
		"module": "", "file": "main.tf", "start_line": 5, "end_line": 8,
		"attributes": map[string]any{"bucket": map[string]any{"__unknown__": "aws_s3_bucket.b.id"}, "acl": "private"},
		"references": []any{"aws_s3_bucket.b"}, "existence_unknown": false,
	}
	bucket := map[string]any{
		"id": "aws_s3_bucket.b", "type": "aws_s3_bucket", "name": "b", "provider": "aws", "format": "terraform",
		"module": "", "file": "main.tf", "start_line": 1, "end_line": 3,
		"attributes": map[string]any{"bucket": "logs", "n": 3, "f": 1.5, "big": float64(1 << 40), "list": []any{true, nil}},
		"references": []any{}, "existence_unknown": false,
	}
	inModule := map[string]any{
		"id": "module.m.aws_s3_bucket.c[0]", "type": "aws_s3_bucket", "name": "c", "provider": "aws", "format": "terraform",
		"module": "module.m", "file": "m/main.tf", "start_line": 1, "end_line": 2,
		"attributes": map[string]any{}, "references": []any{}, "existence_unknown": true,
	}
	// A data source shares the type of the managed resource but is
	// indexed apart.
	dataSource := map[string]any{
		"id": "envs/prod:module.m.data.aws_s3_bucket.shared", "type": "aws_s3_bucket", "name": "shared", "provider": "aws", "format": "terraform",
		"module": "module.m", "file": "m/data.tf", "start_line": 1, "end_line": 3,
		"attributes": map[string]any{}, "references": []any{}, "existence_unknown": false,
	}
	want := map[string]any{
		"resources": map[string]any{
			"aws_s3_bucket_acl.b":                          acl,
			"aws_s3_bucket.b":                              bucket,
			"module.m.aws_s3_bucket.c[0]":                  inModule,
			"envs/prod:module.m.data.aws_s3_bucket.shared": dataSource,
		},
		"by_type": map[string]any{
			"aws_s3_bucket":     []any{bucket, inModule},
			"aws_s3_bucket_acl": []any{acl},
		},
		"data_by_type":  map[string]any{"aws_s3_bucket": []any{dataSource}},
		"referenced_by": map[string]any{"aws_s3_bucket.b": []any{"aws_s3_bucket_acl.b"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Input() mismatch (-want +got):\n%s", diff)
	}
}

// TestInputValueMatchesInput: the OPA value Eval uses is the documented
// Input document.
func TestInputValueMatchesInput(t *testing.T) {
	tests := []struct {
		name string
		g    *graph.Graph
	}{
		{name: "mixed", g: inputGraph()},
		{name: "known only", g: &graph.Graph{Resources: []*graph.Resource{{ID: "a.b", Type: "a", Attributes: map[string]any{"x": []any{map[string]any{"y": "z"}}}}}}},
		{name: "empty", g: &graph.Graph{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := ast.InterfaceToValue(Input(tt.g))
			if err != nil {
				t.Fatal(err)
			}
			got := inputValue(tt.g)
			if want.Compare(got) != 0 {
				t.Errorf("inputValue() = %v; want %v", got, want)
			}
		})
	}
}

func TestValueTermOddValues(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string
	}{
		{name: "NaN", in: math.NaN(), want: "null"},
		{name: "infinity", in: math.Inf(1), want: "null"},
		{name: "integral float", in: 22.0, want: "22"},
		{name: "json.Number", in: json.Number("1e3"), want: "1e3"},
		{name: "int64", in: int64(-7), want: "-7"},
		{name: "string slice", in: []string{"a"}, want: `["a"]`},
		{name: "unsupported", in: make(chan int), want: "null"},
		{name: "marker", in: graph.Unknown("var.x"), want: `{"__unknown__": "var.x"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := valueTerm(tt.in)
			if got.String() != tt.want {
				t.Errorf("valueTerm(%v) = %s; want %s", tt.in, got, tt.want)
			}
		})
	}
}
