package terraform

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/graph"
)

// Root modules are evaluated concurrently; the graph, diagnostics in
// order included, must be what evaluating them one after the other gives.
func TestLoadConcurrentMatchesSequential(t *testing.T) {
	shared := `
variable "name" {}
resource "aws_s3_bucket" "b" {
  bucket = "${var.name}-${local.missing}"
  acl    = var.name
  dynamic "rule" {
    for_each = toset(["a", "b"])
    content {
      id = rule.value
    }
  }
}
output "id" { value = aws_s3_bucket.b.id }
`
	files := map[string]string{
		"modules/shared/main.tf": shared,
		"modules/broken/main.tf": "resource \"x\" \"y\" {\n  a = \n}\n",
	}
	for _, r := range []string{"a", "b", "c", "d"} {
		files["envs/"+r+"/main.tf"] = `
module "s" {
  source = "../../modules/shared"
  name   = "` + r + `"
}
module "broken" {
  source = "../../modules/broken"
}
resource "aws_instance" "i" {
  count  = 2
  ami    = module.s.id
  tags   = { Env = "` + r + `", Unknown = nope(1) }
}
`
		files["envs/"+r+"/terraform.tfvars"] = "unused = 1\n"
	}
	fsys := mapFS(files)
	load := func(procs int) *graph.Graph {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return Load(fsys, "repo", Options{})
	}
	seq := load(1)
	if len(seq.Resources) == 0 || len(seq.Diagnostics) == 0 {
		t.Fatalf("test tree: %d resources, %d diagnostics", len(seq.Resources), len(seq.Diagnostics))
	}
	type full struct {
		R         *graph.Resource
		Ranges    map[string]graph.Range
		Origins   map[string]graph.Origin
		Unknowns  map[string]string
		Existence string
	}
	flat := func(g *graph.Graph) []full {
		var out []full
		for _, r := range g.Resources {
			out = append(out, full{r, r.Ranges, r.Origins, r.Unknowns, r.Existence})
		}
		return out
	}
	t.Logf("%d resources; diagnostics %v", len(seq.Resources), summaries(seq.Diagnostics))
	for range 5 {
		par := load(4)
		if diff := cmp.Diff(flat(seq), flat(par)); diff != "" {
			t.Fatalf("resources differ (-sequential +concurrent):\n%s", diff)
		}
		if diff := cmp.Diff(seq.Diagnostics, par.Diagnostics); diff != "" {
			t.Fatalf("diagnostics differ (-sequential +concurrent):\n%s", diff)
		}
		if diff := cmp.Diff(seq.Files, par.Files); diff != "" {
			t.Fatalf("files differ (-sequential +concurrent):\n%s", diff)
		}
	}
}

func TestValidIdentifierMatchesHCL(t *testing.T) {
	for _, s := range []string{"", "a", "_", "-", "a-b", "a_b1", "1a", "a.b", "a b", "é", "aé", "_1-", "a\x00", "-a", "A9"} {
		if got, want := validIdentifier(s), hclsyntax.ValidIdentifier(s); got != want {
			t.Errorf("validIdentifier(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestKnownTopBlocksMatchSchema(t *testing.T) {
	for _, b := range topSchema().Blocks {
		if !isKnownTopBlock(b.Type) {
			t.Errorf("isKnownTopBlock(%q) = false", b.Type)
		}
	}
	if isKnownTopBlock("dynamic") {
		t.Error(`isKnownTopBlock("dynamic") = true`)
	}
}

func TestStaticMapAndList(t *testing.T) {
	for _, src := range []string{`{a = 1}`, `{}`, `[1, 2]`, `[]`, `var.x`, `"s"`, `({a = 1})`} {
		e, diags := hclsyntax.ParseExpression([]byte(src), "t.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		_, md := hcl.ExprMap(e)
		_, okM := staticMap(e)
		_, ld := hcl.ExprList(e)
		_, okL := staticList(e)
		if okM == md.HasErrors() || okL == ld.HasErrors() {
			t.Errorf("%s: staticMap %v, staticList %v; hcl says map errors %v, list errors %v", src, okM, okL, md.HasErrors(), ld.HasErrors())
		}
	}
}
