package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/preflight-iac/preflight/graph"
)

// switchPolicy is a user rule reporting every bucket for which body holds;
// body sees the bucket as r.
const switchPolicy = `# METADATA
# title: Test rule
# custom:
#   id: T-001
#   severity: LOW
#   category: data
package user.t

import data.lib

deny contains v if {
	some r in lib.resources("aws_s3_bucket")
	%s
	v := lib.violation(r, ["acl"], "m")
}
`

// countPassesOf records the pessimistic passes of e's rules, by rule id.
func countPassesOf(e *Engine) func() map[string]int {
	var mu sync.Mutex
	passes := map[string]int{}
	e.onPessimistic = func(rule string) {
		mu.Lock()
		defer mu.Unlock()
		passes[rule]++
	}
	return func() map[string]int {
		mu.Lock()
		defer mu.Unlock()
		return passes
	}
}

// TestSwitchReads checks that every way of reading the pessimistic switch
// makes the pessimistic pass run, and that a rule reading it only after an
// unknown guard runs it only when there is an unknown.
func TestSwitchReads(t *testing.T) {
	known := map[string]any{"acl": "private"}
	unknown := map[string]any{"acl": graph.Unknown("var.acl")}
	tests := []struct {
		name       string
		body       string
		attrs      map[string]any
		wantPasses int
		wantFind   int    // findings
		wantInconc int    // inconclusive results
		wantErr    string // in New's error
	}{
		{name: "lib.pessimistic", body: "lib.pessimistic", attrs: known, wantPasses: 1, wantInconc: 1},
		{name: "data.preflight.pessimistic", body: "data.preflight.pessimistic", attrs: known, wantPasses: 1, wantInconc: 1},
		{name: "compared", body: "data.preflight.pessimistic == true", attrs: known, wantPasses: 1, wantInconc: 1},
		{name: "negated", body: "not data.preflight.pessimistic", attrs: known, wantPasses: 1, wantFind: 1},
		{name: "data.preflight", body: "count(data.preflight) > 0", attrs: known, wantPasses: 1, wantInconc: 1},
		{name: "data.preflight by key", body: `data.preflight[k]; k == "pessimistic"`, attrs: known, wantPasses: 1, wantInconc: 1},
		// The whole data document as a value does not compile (the rule
		// would depend on itself); a key of it may be a variable.
		{name: "data", body: "d := data\n\td.preflight.pessimistic", wantErr: "is recursive"},
		{name: "data by key", body: `some k; data[k].pessimistic; k == "preflight"`, attrs: known, wantPasses: 1, wantInconc: 1},
		{name: "guard first, known", body: "lib.is_unknown(r.attributes.acl)\n\tlib.pessimistic", attrs: known},
		{name: "guard first, unknown", body: "lib.is_unknown(r.attributes.acl)\n\tlib.pessimistic", attrs: unknown, wantPasses: 1, wantInconc: 1},
		{name: "switch first, known", body: "lib.pessimistic\n\tlib.is_unknown(r.attributes.acl)", attrs: known, wantPasses: 1},
		{name: "predicate, known", body: `lib.equals(r.attributes.acl, "public-read")`, attrs: known},
		{name: "predicate, unknown", body: `lib.equals(r.attributes.acl, "public-read")`, attrs: unknown, wantPasses: 1, wantInconc: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			src := fmt.Sprintf(switchPolicy, tt.body)
			if err := os.WriteFile(filepath.Join(dir, "t.rego"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			e, err := New(context.Background(), Options{PolicyDirs: []string{dir}})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("New: %v; want an error saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			passes := countPassesOf(e)
			g := &graph.Graph{Resources: []*graph.Resource{{
				ID: "aws_s3_bucket.b", Type: "aws_s3_bucket", Name: "b", Provider: "aws", Format: graph.FormatTerraform,
				Range:      graph.Range{Filename: "main.tf", Start: graph.Pos{Line: 1}, End: graph.Pos{Line: 3}},
				Attributes: tt.attrs,
			}}}
			res, err := e.Eval(context.Background(), g)
			if err != nil {
				t.Fatalf("Eval: %v", err)
			}
			if got := passes()["T-001"]; got != tt.wantPasses {
				t.Errorf("%d pessimistic passes; want %d", got, tt.wantPasses)
			}
			if len(res.Findings) != tt.wantFind || len(res.Inconclusive) != tt.wantInconc {
				t.Errorf("%d findings, %d inconclusive; want %d, %d", len(res.Findings), len(res.Inconclusive), tt.wantFind, tt.wantInconc)
			}
		})
	}
}

// TestBuiltinRulesReadSwitchLast checks that no built-in rule reads the
// switch in its normal pass over a fixture without unknowns: rules (and
// the library) read it only after an unknown guard (lib.is_unknown,
// lib.may_not_exist), so that fully known configurations need one pass.
// A rule failing here is still correct, only slower: move its
// lib.pessimistic (or not lib.pessimistic) after the guard of its body.
func TestBuiltinRulesReadSwitchLast(t *testing.T) {
	e := allRules(t)
	passes := countPassesOf(e)
	graphs := fixtureGraphs(t)
	names := make([]string, 0, len(graphs))
	for n, g := range graphs {
		if !hasUnknown(g) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	if len(names) < len(graphs)/2 {
		t.Fatalf("only %d of %d fixtures are free of unknowns", len(names), len(graphs))
	}
	readers := map[string][]string{} // rule -> fixtures
	for _, n := range names {
		clear(passes())
		if _, err := e.Eval(context.Background(), graphs[n]); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		for rule := range passes() {
			readers[rule] = append(readers[rule], n)
		}
	}
	rules := make([]string, 0, len(readers))
	for r := range readers {
		rules = append(rules, r)
	}
	slices.Sort(rules)
	for _, r := range rules {
		t.Errorf("%s reads the pessimistic switch without an unknown, on %s", r, strings.Join(readers[r], ", "))
	}
}

// hasUnknown reports whether g holds an unknown value or a resource of
// unknown existence.
func hasUnknown(g *graph.Graph) bool {
	for _, r := range g.Resources {
		if r.Existence != "" || len(r.Unknowns) > 0 {
			return true
		}
		if !graph.Unknowns(r.Attributes, func([]string, string) bool { return false }) {
			return true
		}
	}
	return false
}
