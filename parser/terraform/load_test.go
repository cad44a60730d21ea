package terraform

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/preflight-iac/preflight/graph"
)

// mapFS builds a file system from path → contents.
func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for p, src := range files {
		fsys[p] = &fstest.MapFile{Data: []byte(src)}
	}
	return fsys
}

// resource returns the resource with id, failing the test when absent.
func resource(t *testing.T, g *graph.Graph, id string) *graph.Resource {
	t.Helper()
	for _, r := range g.Resources {
		if r.ID == id {
			return r
		}
	}
	var ids []string
	for _, r := range g.Resources {
		ids = append(ids, r.ID)
	}
	t.Fatalf("no resource %s; have %v; diagnostics %v", id, ids, g.Diagnostics)
	return nil
}

func summaries(ds graph.Diagnostics) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Severity.String()+": "+d.Summary)
	}
	return out
}

func TestVariablePrecedence(t *testing.T) {
	const decl = `
variable "v" {
  default = "default"
}
resource "x_thing" "t" {
  v = var.v
}
`
	tests := []struct {
		name       string
		files      map[string]string
		opts       Options
		want       any
		wantOrigin string
	}{
		{
			name:       "default",
			want:       "default",
			wantOrigin: "var.v main.tf:6 ← default main.tf:3",
		},
		{
			name:       "environment beats default",
			opts:       Options{Env: map[string]string{"TF_VAR_v": "env"}},
			want:       "env",
			wantOrigin: "var.v main.tf:6 ← TF_VAR_v",
		},
		{
			name:       "terraform.tfvars beats environment",
			files:      map[string]string{"terraform.tfvars": `v = "tfvars"`},
			opts:       Options{Env: map[string]string{"TF_VAR_v": "env"}},
			want:       "tfvars",
			wantOrigin: "var.v main.tf:6 ← terraform.tfvars:1",
		},
		{
			name:       "terraform.tfvars.json beats terraform.tfvars",
			files:      map[string]string{"terraform.tfvars": `v = "tfvars"`, "terraform.tfvars.json": `{"v": "json"}`},
			want:       "json",
			wantOrigin: "var.v main.tf:6 ← terraform.tfvars.json:1",
		},
		{
			name: "auto files in lexical order beat terraform.tfvars.json",
			files: map[string]string{
				"terraform.tfvars.json": `{"v": "json"}`,
				"b.auto.tfvars":         `v = "b"`,
				"a.auto.tfvars.json":    `{"v": "a"}`,
			},
			want:       "b",
			wantOrigin: "var.v main.tf:6 ← b.auto.tfvars:1",
		},
		{
			name:  "-var-file beats auto files",
			files: map[string]string{"z.auto.tfvars": `v = "auto"`},
			opts:  Options{Vars: []Var{{File: "prod.tfvars", Src: []byte("\nv = \"file\"")}}},
			want:  "file", wantOrigin: "var.v main.tf:6 ← prod.tfvars:2",
		},
		{
			name:       "-var and -var-file: the last one wins",
			opts:       Options{Vars: []Var{{File: "prod.tfvars", Src: []byte(`v = "file"`)}, {Name: "v", Value: "cli"}}},
			want:       "cli",
			wantOrigin: "var.v main.tf:6 ← -var",
		},
		{
			name:       "-var-file after -var wins",
			opts:       Options{Vars: []Var{{Name: "v", Value: "cli"}, {File: "prod.tfvars", Src: []byte(`v = "file"`)}}},
			want:       "file",
			wantOrigin: "var.v main.tf:6 ← prod.tfvars:1",
		},
		{
			name:  "tfvars of a subdirectory are not loaded",
			files: map[string]string{"sub/terraform.tfvars": `v = "sub"`},
			want:  "default", wantOrigin: "var.v main.tf:6 ← default main.tf:3",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"main.tf": decl}
			for k, v := range tt.files {
				files[k] = v
			}
			g := Load(mapFS(files), "", tt.opts)
			r := resource(t, g, "x_thing.t")
			if diff := cmp.Diff(tt.want, r.Attributes["v"]); diff != "" {
				t.Errorf("v (-want +got):\n%s", diff)
			}
			if got := r.Origins["v"].String(); got != tt.wantOrigin {
				t.Errorf("origin of v = %q; want %q", got, tt.wantOrigin)
			}
		})
	}
}

func TestTypedStringInputs(t *testing.T) {
	tests := []struct {
		name    string
		typ     string
		value   string
		want    any
		wantErr bool
	}{
		{name: "list parsed as HCL", typ: "list(string)", value: `["a", "b"]`, want: []any{"a", "b"}},
		{name: "map parsed as HCL", typ: "map(number)", value: `{a = 1}`, want: map[string]any{"a": 1}},
		{name: "object with optional", typ: "object({a = string, b = optional(bool, true)})", value: `{a = "x"}`,
			want: map[string]any{"a": "x", "b": true}},
		{name: "any parsed as HCL", typ: "any", value: `[1, 2]`, want: []any{1, 2}},
		{name: "bool converted", typ: "bool", value: "true", want: true},
		{name: "number converted", typ: "number", value: "1.5", want: 1.5},
		{name: "string literal", typ: "string", value: `["a"]`, want: `["a"]`},
		{name: "no type: literal", typ: "", value: `{a = 1}`, want: `{a = 1}`},
		{name: "invalid HCL", typ: "list(string)", value: `[`, wantErr: true},
		{name: "wrong type", typ: "number", value: "many", wantErr: true},
	}
	for _, tt := range tests {
		for _, via := range []string{"env", "-var"} {
			t.Run(tt.name+" via "+via, func(t *testing.T) {
				typ := ""
				if tt.typ != "" {
					typ = "type = " + tt.typ
				}
				src := fmt.Sprintf("variable \"v\" {\n%s\n}\nresource \"x_thing\" \"t\" {\n  v = var.v\n}\n", typ)
				opts := Options{Env: map[string]string{"TF_VAR_v": tt.value}}
				if via == "-var" {
					opts = Options{Vars: []Var{{Name: "v", Value: tt.value}}}
				}
				g := Load(mapFS(map[string]string{"main.tf": src}), "", opts)
				if got := g.Diagnostics.HasErrors(); got != tt.wantErr {
					t.Fatalf("errors = %v; want %v: %v", got, tt.wantErr, g.Diagnostics)
				}
				got := resource(t, g, "x_thing.t").Attributes["v"]
				if tt.wantErr {
					if _, ok := graph.IsUnknown(got); !ok {
						t.Errorf("v = %#v; want an unknown marker", got)
					}
					return
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("v (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func TestOverrideMerge(t *testing.T) {
	const base = `
resource "aws_s3_bucket" "b" {
  bucket = "base"
  acl    = "private"
  versioning {
    enabled = false
  }
  logging {
    target = "logs"
  }
  dynamic "rule" {
    for_each = [1, 2]
    content {
      n = rule.value
    }
  }
}
locals {
  a = "base-a"
  b = "base-b"
}
resource "x_out" "o" {
  a = local.a
  b = local.b
}
`
	tests := []struct {
		name     string
		override map[string]string
		want     map[string]any
		wantDiag []string
	}{
		{
			name: "no override",
			want: map[string]any{"bucket": "base", "acl": "private",
				"versioning": []any{map[string]any{"enabled": false}},
				"logging":    []any{map[string]any{"target": "logs"}},
				"rule":       []any{map[string]any{"n": 1}, map[string]any{"n": 2}}},
		},
		{
			name: "attribute replaced, others kept",
			override: map[string]string{"override.tf": `resource "aws_s3_bucket" "b" {
  acl = "public-read"
}`},
			want: map[string]any{"bucket": "base", "acl": "public-read",
				"versioning": []any{map[string]any{"enabled": false}},
				"logging":    []any{map[string]any{"target": "logs"}},
				"rule":       []any{map[string]any{"n": 1}, map[string]any{"n": 2}}},
		},
		{
			name: "nested block replaced wholesale, in file order",
			override: map[string]string{
				"a_override.tf": `resource "aws_s3_bucket" "b" {
  versioning {
    mfa = true
  }
}`,
				"b_override.tf": `resource "aws_s3_bucket" "b" {
  bucket = "second"
}`,
			},
			want: map[string]any{"bucket": "second", "acl": "private",
				"versioning": []any{map[string]any{"mfa": true}},
				"logging":    []any{map[string]any{"target": "logs"}},
				"rule":       []any{map[string]any{"n": 1}, map[string]any{"n": 2}}},
		},
		{
			name:     "static block replaces dynamic blocks of its type",
			override: map[string]string{"override.tf.json": `{"resource": {"aws_s3_bucket": {"b": {"rule": {"n": 9}}}}}`},
			want: map[string]any{"bucket": "base", "acl": "private",
				"versioning": []any{map[string]any{"enabled": false}},
				"logging":    []any{map[string]any{"target": "logs"}},
				"rule":       []any{map[string]any{"n": 9}}},
		},
		{
			name:     "override without base",
			override: map[string]string{"override.tf": `resource "aws_s3_bucket" "other" {}`},
			want: map[string]any{"bucket": "base", "acl": "private",
				"versioning": []any{map[string]any{"enabled": false}},
				"logging":    []any{map[string]any{"target": "logs"}},
				"rule":       []any{map[string]any{"n": 1}, map[string]any{"n": 2}}},
			wantDiag: []string{"error: Missing base configuration to override"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"main.tf": base}
			for k, v := range tt.override {
				files[k] = v
			}
			g := Load(mapFS(files), "", Options{})
			if diff := cmp.Diff(tt.wantDiag, summaries(g.Diagnostics)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, resource(t, g, "aws_s3_bucket.b").Attributes); diff != "" {
				t.Errorf("attributes (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("locals replaced by name", func(t *testing.T) {
		g := Load(mapFS(map[string]string{"main.tf": base, "override.tf": `locals {
  b = "override-b"
}`}), "", Options{})
		want := map[string]any{"a": "base-a", "b": "override-b"}
		if diff := cmp.Diff(want, resource(t, g, "x_out.o").Attributes); diff != "" {
			t.Errorf("attributes (-want +got):\n%s", diff)
		}
	})
}

func TestCalledModulesAreNotRoots(t *testing.T) {
	files := map[string]string{
		"envs/prod/main.tf": `module "bucket" {
  source = "../../modules/bucket"
  acl    = "private"
}`,
		"modules/bucket/main.tf": `variable "acl" {}
resource "aws_s3_bucket" "b" {
  acl    = var.acl
  module = path.module
}`,
		// A directory nobody calls is a root of its own.
		"tools/main.tf": `resource "null_resource" "n" {}`,
	}
	g := Load(mapFS(files), "infra", Options{})
	var ids []string
	for _, r := range g.Resources {
		ids = append(ids, r.ID+" "+r.Range.Filename)
	}
	want := []string{
		"module.bucket.aws_s3_bucket.b infra/modules/bucket/main.tf",
		"null_resource.n infra/tools/main.tf",
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	r := resource(t, g, "module.bucket.aws_s3_bucket.b")
	if diff := cmp.Diff(map[string]any{"acl": "private", "module": "../../modules/bucket"}, r.Attributes); diff != "" {
		t.Errorf("attributes (-want +got):\n%s", diff)
	}
	if len(g.Diagnostics) != 0 {
		t.Errorf("diagnostics = %v; want none", g.Diagnostics)
	}
}

func TestLimits(t *testing.T) {
	deep := map[string]string{}
	for i := 0; i <= maxModuleDepth+1; i++ {
		deep[fmt.Sprintf("m%d/main.tf", i)] = fmt.Sprintf("module \"next\" {\n  source = \"../m%d\"\n}\nresource \"x_level\" \"l\" {}\n", i+1)
	}
	deep[fmt.Sprintf("m%d/main.tf", maxModuleDepth+2)] = `resource "x_level" "last" {}`
	var keys strings.Builder
	for i := 0; i <= maxInstances; i++ {
		fmt.Fprintf(&keys, "k%d = %d\n", i, i)
	}
	tests := []struct {
		name     string
		files    map[string]string
		wantIDs  int
		wantDiag string
	}{
		{
			name:     "too many instances",
			files:    map[string]string{"main.tf": `resource "x_many" "m" { count = 20000 }`},
			wantIDs:  1,
			wantDiag: "Too many instances",
		},
		{
			name:     "too many for_each instances",
			files:    map[string]string{"main.tf": "resource \"x_many\" \"m\" {\n for_each = {\n" + keys.String() + "}\n}\n"},
			wantIDs:  1,
			wantDiag: "Too many instances",
		},
		{
			name: "module calling itself",
			files: map[string]string{"main.tf": `module "again" {
  source = "./"
}
module "child" {
  source = "./child"
}`, "child/main.tf": `module "up" {
  source = "../child"
}
resource "x_r" "r" {}`},
			wantIDs:  1,
			wantDiag: "Module calls itself",
		},
		{
			name:     "module nesting too deep",
			files:    deep,
			wantIDs:  maxModuleDepth + 1,
			wantDiag: "Module nesting too deep",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Load(mapFS(tt.files), "", Options{})
			if len(g.Resources) != tt.wantIDs {
				t.Errorf("got %d resources; want %d", len(g.Resources), tt.wantIDs)
			}
			found := false
			for _, d := range g.Diagnostics {
				if d.Summary == tt.wantDiag && d.Severity == graph.Error {
					found = true
				}
			}
			if !found {
				t.Errorf("diagnostics %v; want an error %q", summaries(g.Diagnostics), tt.wantDiag)
			}
		})
	}

	nested := []struct {
		name    string
		file    string
		src     string
		wantErr bool
	}{
		{name: "brackets", file: "main.tf", src: "locals {\n x = " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n}\n", wantErr: true},
		{name: "blocks", file: "main.tf", src: "resource \"a\" \"b\" {\n" + strings.Repeat("x {\n", 300) + strings.Repeat("}\n", 300) + "}\n", wantErr: true},
		{name: "unary operators", file: "main.tf", src: "locals {\n x = " + strings.Repeat("!", 5000) + "true\n}\n", wantErr: true},
		{name: "conditionals", file: "main.tf", src: "locals {\n x = (" + strings.Repeat("true ? 1 :\n", 5000) + "1)\n}\n", wantErr: true},
		{name: "template directives", file: "main.tf", src: "locals {\n x = \"" + strings.Repeat("%{if 1}", 40000) + strings.Repeat("%{endif}", 40000) + "\"\n}\n", wantErr: true},
		{name: "JSON templates", file: "main.tf.json", src: `{"locals": {"x": "${` + strings.Repeat("(", 1000) + "1" + strings.Repeat(")", 1000) + `}"}}`, wantErr: true},
		{name: "brackets in a comment", file: "main.tf", src: "# " + strings.Repeat("(", 300) + "\nresource \"a_b\" \"c\" {}\n"},
		{name: "many sibling blocks", file: "main.tf", src: strings.Repeat("resource \"a_b\" \"c\" {\n  x {\n  }\n}\n", 1) + strings.Repeat("locals {\n}\n", 2000)},
	}
	for _, tt := range nested {
		t.Run("nested "+tt.name, func(t *testing.T) {
			g := Load(mapFS(map[string]string{tt.file: tt.src}), "", Options{})
			got := false
			for _, d := range g.Diagnostics {
				got = got || d.Summary == "Configuration nested too deeply"
			}
			if got != tt.wantErr {
				t.Errorf("nested too deeply reported = %v; want %v (%v)", got, tt.wantErr, summaries(g.Diagnostics))
			}
		})
	}

	t.Run("file too large", func(t *testing.T) {
		big := strings.Repeat("#", maxFileSize+1)
		g := Load(mapFS(map[string]string{"big.tf": big, "main.tf": `resource "x_r" "r" {}`}), "", Options{})
		if len(g.Resources) != 1 || g.Files["big.tf"] != nil {
			t.Errorf("resources %d, big.tf read %v; want 1 resource and big.tf skipped", len(g.Resources), g.Files["big.tf"] != nil)
		}
		if diff := cmp.Diff([]string{"error: File too large"}, summaries(g.Diagnostics)); diff != "" {
			t.Errorf("diagnostics (-want +got):\n%s", diff)
		}
	})
}

func TestReferences(t *testing.T) {
	src := `
resource "aws_kms_key" "k" {}
resource "aws_s3_bucket" "b" {
  for_each = toset(["a", "b"])
}
locals {
  key = aws_kms_key.k.arn
}
module "m" {
  source = "./m"
  in     = aws_s3_bucket.b["a"].id
}
resource "x_user" "u" {
  key    = local.key
  bucket = module.m.out
  second = aws_s3_bucket.b[local.which].id
  self   = x_user.u.id
}
locals {
  which = "b"
}
`
	g := Load(mapFS(map[string]string{
		"main.tf":   src,
		"m/main.tf": "variable \"in\" {}\nresource \"x_inner\" \"i\" {}\noutput \"out\" {\n  value = [var.in, x_inner.i.id]\n}\n",
	}), "", Options{})
	r := resource(t, g, "x_user.u")
	want := []string{`aws_kms_key.k`, `aws_s3_bucket.b["a"]`, `aws_s3_bucket.b["b"]`, `module.m.x_inner.i`}
	if diff := cmp.Diff(want, r.References); diff != "" {
		t.Errorf("references (-want +got):\n%s", diff)
	}
	if r.Unknowns["local.key"] != "aws_kms_key.k.arn is known only after apply" {
		t.Errorf("unknowns = %v", r.Unknowns)
	}
}
