package fix_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/fix"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
)

// TestEveryFixture fixes every fixture case of testdata/rules (bad, good
// and unknown, each alone in a directory) and every example of
// testdata/examples, with replacing fixes allowed, then scans the result
// again: it must parse as well as before, every fixed finding must be
// gone, no finding may be new, and a second plan must change nothing. It
// reports how many of the bad cases end with no finding left that an
// automatic fix could have removed.
func TestEveryFixture(t *testing.T) {
	if testing.Short() {
		t.Skip("scans every fixture")
	}
	var cases []string
	rules, err := filepath.Abs(filepath.Join("..", "testdata", "rules"))
	if err != nil {
		t.Fatal(err)
	}
	ruleDirs, err := os.ReadDir(rules)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ruleDirs {
		entries, err := os.ReadDir(filepath.Join(rules, d.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			cases = append(cases, filepath.Join(rules, d.Name(), e.Name()))
		}
	}
	examples, err := filepath.Abs(filepath.Join("..", "testdata", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"aws", "azure", "arm/sql", "arm/vm-nsg", "arm/webapp-storage", "arm/keyvault", "arm/aks"} {
		if _, err := os.Stat(filepath.Join(examples, d)); err == nil {
			cases = append(cases, filepath.Join(examples, d))
		}
	}
	bad, full, fixes := 0, 0, 0
	for _, c := range cases {
		name, _ := filepath.Rel(filepath.Dir(rules), c)
		t.Run(filepath.ToSlash(name), func(t *testing.T) {
			work := t.TempDir()
			if fi, err := os.Stat(c); err == nil && fi.IsDir() {
				copyTree(t, c, work)
			} else {
				b, err := os.ReadFile(c)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(work, filepath.Base(c)), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(work)
			left, nfixed := fixAndRescan(t)
			fixes += nfixed
			if strings.HasPrefix(filepath.Base(c), "bad") {
				bad++
				if left == 0 {
					full++
				} else {
					t.Logf("%d fixable findings left", left)
				}
			}
		})
	}
	t.Logf("%d cases, %d fixes applied; %d of %d bad rule fixtures fixed fully", len(cases), fixes, full, bad)
}

// fixAndRescan scans the current directory, applies every fix that can
// be applied (replacing ones included), and checks the result. It returns
// how many findings with an automatic fix (not a template) are left, and
// how many fixes were applied.
func fixAndRescan(t *testing.T) (left, fixed int) {
	t.Helper()
	g, res := scan(t, ".", parser.Options{})
	plan := fix.Plan(g, res.Findings, fix.Options{AllowReplace: true})
	for _, c := range plan.Changes {
		if strings.HasSuffix(c.Path, ".json") {
			continue
		}
		if _, diags := hclsyntax.ParseConfig(c.After, c.Path, hcl.InitialPos); diags.HasErrors() {
			t.Errorf("%s does not parse after fixing: %v", c.Path, diags)
		}
	}
	if err := plan.Write(); err != nil {
		t.Fatalf("Write: %v", err)
	}
	g2, res2 := scan(t, ".", parser.Options{})
	if before, after := errorCount(g), errorCount(g2); after > before {
		t.Errorf("fixing adds parse errors: %d before, %d after:\n%v", before, after, g2.Diagnostics)
	}
	checkRescan(t, plan, res, res2)
	if d := fix.Plan(g2, res2.Findings, fix.Options{AllowReplace: true}).Diff(); d != "" {
		t.Errorf("a second plan changes the files again:\n%s", d)
	}
	for _, f := range res2.Findings {
		if f.Fix.Available && !f.Fix.Template {
			left++
		}
	}
	return left, len(plan.Fixed)
}

func errorCount(g *graph.Graph) int {
	n := 0
	for _, d := range g.Diagnostics {
		if d.Severity == graph.Error {
			n++
		}
	}
	return n
}
