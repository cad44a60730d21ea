package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQualify(t *testing.T) {
	tests := []struct {
		name      string
		resources []*Resource
		wantIDs   []string
		wantRefs  [][]string
	}{
		{
			name: "one scope keeps plain addresses",
			resources: []*Resource{
				{ID: "aws_s3_bucket.b", Scope: "infra", References: []string{}},
				{ID: "aws_s3_bucket_acl.b", Scope: "infra", References: []string{"aws_s3_bucket.b"}},
			},
			wantIDs:  []string{"aws_s3_bucket.b", "aws_s3_bucket_acl.b"},
			wantRefs: [][]string{{}, {"aws_s3_bucket.b"}},
		},
		{
			name: "two scopes qualify ids and references",
			resources: []*Resource{
				{ID: "aws_s3_bucket.b", Scope: "envs/dev", References: []string{}},
				{ID: "aws_s3_bucket.b", Scope: "envs/prod", References: []string{}},
				{ID: "aws_s3_bucket_acl.b", Scope: "envs/prod", References: []string{"aws_s3_bucket.b"}},
			},
			wantIDs:  []string{"envs/dev:aws_s3_bucket.b", "envs/prod:aws_s3_bucket.b", "envs/prod:aws_s3_bucket_acl.b"},
			wantRefs: [][]string{{}, {}, {"envs/prod:aws_s3_bucket.b"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Graph{Resources: tt.resources}
			g.Qualify()
			var ids []string
			var refs [][]string
			for _, r := range g.Resources {
				ids = append(ids, r.ID)
				refs = append(refs, r.References)
			}
			if diff := cmp.Diff(tt.wantIDs, ids); diff != "" {
				t.Errorf("Qualify() IDs (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantRefs, refs); diff != "" {
				t.Errorf("Qualify() references (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRangeOf(t *testing.T) {
	whole := Range{Filename: "main.tf", Start: Pos{Line: 1, Column: 1}}
	acl := Range{Filename: "main.tf", Start: Pos{Line: 3, Column: 3}}
	block := Range{Filename: "main.tf", Start: Pos{Line: 5, Column: 3}}
	r := &Resource{Range: whole, Ranges: map[string]Range{"acl": acl, "versioning.0": block}}
	tests := []struct {
		path string
		want Range
	}{
		{path: "acl", want: acl},
		{path: "versioning.0.enabled", want: block},
		{path: "tags.env", want: whole},
		{path: "", want: whole},
	}
	for _, tt := range tests {
		if got := r.RangeOf(tt.path); got != tt.want {
			t.Errorf("RangeOf(%q) = %v; want %v", tt.path, got, tt.want)
		}
	}
}

func TestOriginString(t *testing.T) {
	o := Origin{
		{Expr: "var.acl", Range: Range{Filename: "main.tf", Start: Pos{Line: 12}}},
		{Expr: "terraform.tfvars", Range: Range{Filename: "terraform.tfvars", Start: Pos{Line: 3}}},
	}
	if got, want := o.String(), "var.acl main.tf:12 ← terraform.tfvars:3"; got != want {
		t.Errorf("Origin.String() = %q; want %q", got, want)
	}
}

func TestUnknowns(t *testing.T) {
	v := map[string]any{
		"acl":  Unknown("var.acl"),
		"tags": map[string]any{"env": "prod"},
		"rules": []any{
			map[string]any{"cidr": Unknown("var.cidr")},
		},
	}
	got := map[string]string{}
	Unknowns(v, func(path []string, expr string) bool {
		key := ""
		for i, p := range path {
			if i > 0 {
				key += "."
			}
			key += p
		}
		got[key] = expr
		return true
	})
	want := map[string]string{"acl": "var.acl", "rules.0.cidr": "var.cidr"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Unknowns (-want +got):\n%s", diff)
	}
}
