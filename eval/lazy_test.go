package eval

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/policies"
)

// TestBuiltinCatalogue compiles the whole built-in catalogue with every
// compiler stage (type checking included) and preflight's capabilities: New
// no longer does, and Eval skips the type check of built-in rules, on the
// strength of this test.
func TestBuiltinCatalogue(t *testing.T) {
	files, err := readFS(policies.FS, ".", true)
	if err != nil {
		t.Fatal(err)
	}
	popts := ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1, Capabilities: capabilities()}
	modules := map[string]*ast.Module{}
	for _, f := range files {
		m, err := ast.ParseModuleWithOpts(f.name, string(f.src), popts)
		if err != nil {
			t.Fatalf("parse %s: %v", f.name, err)
		}
		modules[f.name] = m
	}
	if err := checkedCompile(capabilities(), modules); err != nil {
		t.Fatal(err)
	}
}

// TestBuiltinHeaders checks the shortcut of source.go on every built-in
// file: the header gives the metadata, package and deny rule of a full
// parse, and its tokens cover every fact the relevance test reads from the
// parsed module.
func TestBuiltinHeaders(t *testing.T) {
	files, err := readFS(policies.FS, ".", true)
	if err != nil {
		t.Fatal(err)
	}
	popts := ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1, Capabilities: capabilities()}
	// The parser writes operators as calls of built-ins (x := y is
	// assign(x, y), x in s is internal.member_2(x, s)): their names are
	// not in the source.
	operators := map[string]bool{}
	for name := range ast.BuiltinMap {
		for _, part := range strings.Split(name, ".") {
			operators[part] = true
		}
	}
	headers := 0
	for _, f := range files {
		full, err := ast.ParseModuleWithOpts(f.name, string(f.src), popts)
		if err != nil {
			t.Fatalf("parse %s: %v", f.name, err)
		}
		h, ok := parseHeader(f.name, string(f.src), popts)
		if !ok {
			if isRuleModule(full) && !strings.HasPrefix(f.name, "lib/") {
				t.Errorf("%s: a built-in rule needs a full parse at New; keep its METADATA before the package line and refer to no data but data.lib", f.name)
			}
			continue
		}
		headers++
		wantMeta, wantDiags := ruleMetadata(full, f.name, true, definesDeny(full))
		gotMeta, gotDiags := ruleMetadata(h.mod, f.name, true, h.hasDeny)
		if diff := cmp.Diff(wantMeta, gotMeta); diff != "" {
			t.Errorf("%s: metadata from the header (-full +header):\n%s", f.name, diff)
		}
		if len(wantDiags) != len(gotDiags) {
			t.Errorf("%s: %d diagnostics from the header, %d from a full parse", f.name, len(gotDiags), len(wantDiags))
		}
		if !h.mod.Package.Path.Equal(full.Package.Path) || h.mod.Package.Location.Row != full.Package.Location.Row {
			t.Errorf("%s: header package %v at line %d; full parse %v at line %d", f.name, h.mod.Package.Path, h.mod.Package.Location.Row, full.Package.Path, full.Package.Location.Row)
		}
		facts := scanModule(full)
		if facts.input && !h.facts.input {
			t.Errorf("%s: reads input, which the tokens missed", f.name)
		}
		if len(facts.data) > 0 {
			t.Errorf("%s: refers to %v, which the tokens missed", f.name, facts.data)
		}
		for w := range facts.strings {
			if !h.facts.strings[w] && !operators[w] {
				t.Errorf("%s: string %q missing from the tokens", f.name, w)
			}
		}
		for n := range facts.names {
			if !h.facts.names[n] && !operators[n] && !strings.HasPrefix(n, ast.WildcardPrefix) {
				t.Errorf("%s: name %q missing from the tokens", f.name, n)
			}
		}
	}
	if headers < 100 {
		t.Errorf("only %d built-in rules are read from their header; want the catalogue (over 100)", headers)
	}
}

// allRules makes an engine run every rule on every graph, as before the
// relevance test: the reference the lazy engine is checked against.
func allRules(t *testing.T) *Engine {
	t.Helper()
	e, err := New(context.Background(), Options{Builtin: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	for _, re := range e.rules {
		re.always = true
	}
	return e
}

// TestRelevantRulesOnly checks that evaluating only the rules the relevance
// test keeps gives the same result as evaluating every rule, on the example
// configurations of every provider and on a generated graph with unknowns.
func TestRelevantRulesOnly(t *testing.T) {
	ctx := context.Background()
	graphs := map[string]*graph.Graph{}
	root := filepath.Join("..", "testdata", "examples")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		g, err := parser.Load([]string{filepath.Join(root, d.Name())}, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		graphs[d.Name()] = g
	}
	graphs["mixed"] = mixedGraph()
	ref := allRules(t)
	e, err := New(ctx, Options{Builtin: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	names := slices.Sorted(maps.Keys(graphs))
	for _, n := range names {
		t.Run(n, func(t *testing.T) {
			want, err := ref.Eval(ctx, graphs[n])
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.Eval(ctx, graphs[n])
			if err != nil {
				t.Fatal(err)
			}
			if len(want.Findings)+len(want.Inconclusive) == 0 {
				t.Fatalf("no results on %s: the comparison proves nothing", n)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Eval with relevant rules only (-all rules +relevant):\n%s", diff)
			}
		})
	}
}

// mixedGraph has resources of several providers, some with unknown values
// or existence, so that pessimistic passes run.
func mixedGraph() *graph.Graph {
	g := &graph.Graph{}
	add := func(typ, name string, attrs map[string]any, existence string) {
		g.Resources = append(g.Resources, &graph.Resource{
			ID: typ + "." + name, Type: typ, Name: name, Provider: strings.SplitN(typ, "_", 2)[0], Format: graph.FormatTerraform,
			Range:      graph.Range{Filename: "main.tf", Start: graph.Pos{Line: len(g.Resources)*10 + 1}, End: graph.Pos{Line: len(g.Resources)*10 + 5}},
			Attributes: attrs, Existence: existence,
		})
	}
	for i := range 3 {
		n := fmt.Sprintf("r%d", i)
		add("aws_s3_bucket", n, map[string]any{"bucket": n}, "")
		add("aws_s3_bucket_versioning", n, map[string]any{"bucket": graph.Unknown("var.bucket")}, "")
		add("aws_db_instance", n, map[string]any{"storage_encrypted": graph.Unknown("var.enc"), "publicly_accessible": i == 0}, "")
		add("azurerm_storage_account", n, map[string]any{"min_tls_version": "TLS1_0"}, "count depends on var.n")
		add("google_storage_bucket", n, map[string]any{"uniform_bucket_level_access": false}, "")
		add("google_kms_crypto_key_iam_binding", n, map[string]any{"role": "roles/x", "members": []any{"allUsers"}}, "")
	}
	g.Sort()
	return g
}

// TestTypePrefixes checks that a rule building its types from parts
// (concat("", [prefix, "_member"])) is relevant to the whole type.
func TestTypePrefixes(t *testing.T) {
	re := &ruleEntry{words: map[string]bool{"google_kms_crypto_key_iam": true, "_member": true}}
	tests := []struct {
		types []string
		want  bool
	}{
		{[]string{"google_kms_crypto_key_iam_binding"}, true},
		{[]string{"google_kms_crypto_key"}, false},
		{[]string{"aws_s3_bucket"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		types := map[string]bool{}
		for _, ty := range tt.types {
			types[ty] = true
		}
		if got := re.relevant(typePrefixes(types)); got != tt.want {
			t.Errorf("relevant(%v) = %v; want %v", tt.types, got, tt.want)
		}
	}
}

// TestConcurrentEval runs scans of different graphs on one engine at once:
// compiled sets are created and shared under the engine's lock (run with
// -race).
func TestConcurrentEval(t *testing.T) {
	ctx := context.Background()
	e, err := New(ctx, Options{Builtin: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	all := mixedGraph()
	var graphs []*graph.Graph
	for _, prefix := range []string{"aws_", "azurerm_", "google_", ""} {
		g := &graph.Graph{}
		for _, r := range all.Resources {
			if strings.HasPrefix(r.Type, prefix) {
				g.Resources = append(g.Resources, r)
			}
		}
		graphs = append(graphs, g)
	}
	want := make([]*Result, len(graphs))
	for i, g := range graphs {
		if want[i], err = allRules(t).Eval(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for round := range 3 {
		for i, g := range graphs {
			wg.Go(func() {
				got, err := e.Eval(ctx, g)
				if err != nil {
					t.Errorf("round %d, graph %d: %v", round, i, err)
					return
				}
				if diff := cmp.Diff(want[i], got); diff != "" {
					t.Errorf("round %d, graph %d (-want +got):\n%s", round, i, diff)
				}
			})
		}
	}
	wg.Wait()
}
