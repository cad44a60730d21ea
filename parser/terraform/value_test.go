package terraform

import (
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/preflight-iac/preflight/graph"
	"github.com/zclconf/go-cty/cty"
)

func TestToJSON(t *testing.T) {
	acl := cause{"var.acl", "has no value; pass -var or -var-file to decide"}
	arn := cause{"aws_kms_key.k.arn", "is known only after apply"}
	exprs := map[string]string{
		"acl":          "var.acl",
		"tags":         "local.tags",
		"rules.1.cidr": "var.cidr",
	}
	exprAt := (&bodyResult{exprs: exprs}).exprAt
	big64, _ := new(big.Float).SetString("18446744073709551616")
	tests := []struct {
		name         string
		in           cty.Value
		want         any
		wantUnknowns map[string]string
	}{
		{
			name: "primitives",
			in: cty.ObjectVal(map[string]cty.Value{
				"s": cty.StringVal("x"), "b": cty.True, "i": cty.NumberIntVal(-3),
				"f": cty.NumberFloatVal(1.5), "big": cty.NumberVal(big64), "null": cty.NullVal(cty.String),
			}),
			want: map[string]any{"s": "x", "b": true, "i": -3, "f": 1.5, "big": 1.8446744073709552e19, "null": nil},
		},
		{
			name: "collections",
			in: cty.ObjectVal(map[string]cty.Value{
				"list": cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")}),
				"set":  cty.SetVal([]cty.Value{cty.StringVal("b"), cty.StringVal("a")}),
				"map":  cty.MapVal(map[string]cty.Value{"k": cty.NumberIntVal(1)}),
				"tup":  cty.EmptyTupleVal,
			}),
			want: map[string]any{
				"list": []any{"a", "b"}, "set": []any{"a", "b"},
				"map": map[string]any{"k": 1}, "tup": []any{},
			},
		},
		{
			name:         "unknown at the top",
			in:           cty.ObjectVal(map[string]cty.Value{"acl": unknownVal(cty.String, acl)}),
			want:         map[string]any{"acl": graph.Unknown("var.acl")},
			wantUnknowns: map[string]string{"var.acl": acl.String()},
		},
		{
			name: "unknown nested in a list of objects",
			in: cty.ObjectVal(map[string]cty.Value{"rules": cty.TupleVal([]cty.Value{
				cty.ObjectVal(map[string]cty.Value{"cidr": cty.StringVal("10.0.0.0/8")}),
				cty.ObjectVal(map[string]cty.Value{"cidr": unknownVal(cty.String, arn)}),
			})}),
			want: map[string]any{"rules": []any{
				map[string]any{"cidr": "10.0.0.0/8"},
				map[string]any{"cidr": graph.Unknown("var.cidr")},
			}},
			wantUnknowns: map[string]string{"var.cidr": arn.String()},
		},
		{
			name: "cause on the enclosing value",
			in: cty.ObjectVal(map[string]cty.Value{"tags": cty.ObjectVal(map[string]cty.Value{
				"Name": cty.UnknownVal(cty.String), "Team": cty.StringVal("x"),
			}).Mark(acl)}),
			want:         map[string]any{"tags": map[string]any{"Name": graph.Unknown("local.tags"), "Team": "x"}},
			wantUnknowns: map[string]string{"local.tags": acl.String()},
		},
		{
			name: "two causes joined",
			in: cty.ObjectVal(map[string]cty.Value{
				"acl": cty.UnknownVal(cty.String).Mark(acl).Mark(arn),
			}),
			want:         map[string]any{"acl": graph.Unknown("var.acl")},
			wantUnknowns: map[string]string{"var.acl": arn.String() + "; " + acl.String()},
		},
		{
			name:         "unknown without a cause",
			in:           cty.ObjectVal(map[string]cty.Value{"x": cty.DynamicVal}),
			want:         map[string]any{"x": graph.Unknown("x")},
			wantUnknowns: map[string]string{"x": "x is not known before deploy"},
		},
		{
			name: "known marked value stays",
			in:   cty.ObjectVal(map[string]cty.Value{"n": cty.NumberIntVal(2).Mark(acl)}),
			want: map[string]any{"n": 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			unknowns := map[string]string{}
			got := toJSON(tt.in, exprAt, unknowns)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("toJSON(%#v) (-want +got):\n%s", tt.in, diff)
			}
			if tt.wantUnknowns == nil {
				tt.wantUnknowns = map[string]string{}
			}
			if diff := cmp.Diff(tt.wantUnknowns, unknowns); diff != "" {
				t.Errorf("toJSON(%#v) unknowns (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestCauseDependent(t *testing.T) {
	tests := []struct {
		name string
		c    cause
		want string
	}{
		{name: "subject", c: cause{"var.n", "has no value; pass -var or -var-file to decide"},
			want: "count depends on var.n, which has no value; pass -var or -var-file to decide"},
		{name: "no subject", c: cause{"", "comes from data.x.y, read at plan time"},
			want: "count depends on a value that comes from data.x.y, read at plan time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.dependent("count"); got != tt.want {
				t.Errorf("dependent(count) = %q; want %q", got, tt.want)
			}
		})
	}
}
