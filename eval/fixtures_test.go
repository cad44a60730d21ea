package eval_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/preflight-iac/preflight/internal/policytest"
)

// TestRuleFixtures pushes every fixture case of testdata/rules/<RULE-ID>/
// through the real parsers and the built-in rules, as `preflight test
// testdata/rules` does (see internal/policytest for the convention), and
// checks that the catalogue is covered: every built-in rule has fixtures,
// Terraform ones among them, and a bad and a good case in each format.
func TestRuleFixtures(t *testing.T) {
	e := builtin(t)
	var ids []string
	for _, r := range e.Rules() {
		ids = append(ids, r.ID)
	}
	root := filepath.Join("..", "testdata", "rules")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatalf("read %s: %v", root, err)
	}
	for _, d := range dirs {
		if d.IsDir() && !slices.Contains(ids, d.Name()) {
			t.Errorf("testdata/rules/%s: no built-in rule has this id", d.Name())
		}
	}
	cases, err := policytest.Cases(root, ids)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]map[string][]string{} // rule -> extension -> kinds
	for _, c := range cases {
		ext := filepath.Ext(c.Path)
		if kinds[c.Rule] == nil {
			kinds[c.Rule] = map[string][]string{}
		}
		kinds[c.Rule][ext] = append(kinds[c.Rule][ext], c.Kind)
		t.Run(c.Name(), func(t *testing.T) {
			for _, r := range policytest.Fixtures(context.Background(), e, []policytest.Case{c}) {
				if !r.Passed() {
					t.Errorf("%s:\n%s", r.Location, r.Failure)
				}
			}
		})
	}
	for _, id := range ids {
		byExt := kinds[id]
		if len(byExt[".tf"]) == 0 {
			t.Errorf("%s: no .tf fixtures in testdata/rules/%s", id, id)
		}
		for ext, ks := range byExt {
			if !slices.Contains(ks, "bad") || !slices.Contains(ks, "good") {
				t.Errorf("testdata/rules/%s: want bad%s and good%s, have %s", id, ext, ext, strings.Join(ks, ", "))
			}
		}
	}
}
