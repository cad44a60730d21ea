package fix_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/fix"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser/arm"
	"github.com/preflight-iac/preflight/parser/terraform"
)

// FuzzPlan fixes arbitrary Terraform or ARM source with the built-in
// rules: Plan must not panic, every changed file must parse again, and
// planning again on the fixed source must change nothing. The corpus
// starts with every fixture of testdata/rules.
func FuzzPlan(f *testing.F) {
	if testing.Short() {
		f.Skip("scans every bad fixture")
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "rules", "*", "*.*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 1<<16 {
			if strings.HasPrefix(filepath.Base(p), "bad") {
				f.Add(strings.HasSuffix(p, ".json"), b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, isARM bool, src []byte) {
		g, res := fuzzScan(t, isARM, src)
		if g == nil {
			return
		}
		plan := fix.Plan(g, res, fix.Options{AllowReplace: true})
		for _, c := range plan.Changes {
			if isARM {
				continue // checked by scanning again below
			}
			if _, diags := hclsyntax.ParseConfig(c.After, c.Path, hcl.InitialPos); diags.HasErrors() {
				t.Fatalf("%s does not parse after fixing: %v\n%s", c.Path, diags, c.After)
			}
		}
		if len(plan.Changes) != 1 {
			return
		}
		g2, res2 := fuzzScan(t, isARM, plan.Changes[0].After)
		if g2 == nil {
			t.Fatalf("the fixed file cannot be scanned:\n%s", plan.Changes[0].After)
		}
		if errs(g2) > errs(g) {
			t.Fatalf("fixing adds errors: %v\n%s", g2.Diagnostics, plan.Changes[0].After)
		}
		if d := fix.Plan(g2, res2, fix.Options{AllowReplace: true}).Diff(); d != "" {
			t.Fatalf("a second plan changes the file again:\n%s", d)
		}
	})
}

// fuzzScan scans src as the only file of a tree, in memory.
func fuzzScan(t *testing.T, isARM bool, src []byte) (*graph.Graph, []eval.Finding) {
	name := "main.tf"
	if isARM {
		name = "azuredeploy.json"
	}
	fsys := fstest.MapFS{name: &fstest.MapFile{Data: src, Mode: 0o644}}
	var g *graph.Graph
	if isARM {
		g = arm.Load(fsys, "", arm.Options{})
	} else {
		g = terraform.Load(fsys, "", terraform.Options{})
	}
	if g == nil || len(g.Resources) == 0 || len(g.Resources) > 50 {
		return nil, nil
	}
	res, err := builtin(t).Eval(context.Background(), g)
	if err != nil {
		return nil, nil
	}
	return g, res.Findings
}

func errs(g *graph.Graph) int { return errorCount(g) }
