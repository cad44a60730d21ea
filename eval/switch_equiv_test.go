package eval

import (
	"context"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/policies"
)

// TestSkippedPessimisticPasses checks the switch of switch.go end to end:
// Eval, which skips the pessimistic pass of a rule whose normal pass never
// read data.preflight.pessimistic, gives the same findings and
// inconclusive results as running both passes of every built-in rule, on
// every fixture of testdata/rules, on the examples, on a graph with
// unknowns and (unless -short) on corpora of scripts/gencorpus, which have
// unknown values in the S3 companion resources and unknown existence.
func TestSkippedPessimisticPasses(t *testing.T) {
	ctx := context.Background()
	graphs := equivalenceGraphs(t)
	ref := allRules(t)
	ref.bothPasses = true
	e, err := New(ctx, Options{Builtin: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	names := slices.Sorted(maps.Keys(graphs))
	results, pessimistic := 0, 0
	for _, n := range names {
		g := graphs[n]
		want, err := ref.Eval(ctx, g)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		got, err := e.Eval(ctx, g)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		results += len(want.Findings) + len(want.Inconclusive)
		pessimistic += len(want.Inconclusive)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Eval skipping pessimistic passes (-both passes of every rule +Eval):\n%s", n, diff)
		}
	}
	// The comparison proves something only if both kinds of result occur.
	if results == 0 || pessimistic == 0 {
		t.Errorf("%d results, %d inconclusive over %d graphs: the comparison proves nothing", results, pessimistic, len(graphs))
	}
}

// equivalenceGraphs loads every graph TestSkippedPessimisticPasses compares
// on, by name.
func equivalenceGraphs(t *testing.T) map[string]*graph.Graph {
	t.Helper()
	graphs := map[string]*graph.Graph{"mixed": mixedGraph()}
	load := func(name, dir string) { graphs[name] = loadDir(t, dir) }
	examples := filepath.Join("..", "testdata", "examples")
	dirs, err := os.ReadDir(examples)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if d.IsDir() {
			load("examples/"+d.Name(), filepath.Join(examples, d.Name()))
		}
	}
	maps.Copy(graphs, fixtureGraphs(t))
	if testing.Short() {
		return graphs
	}
	// The benchmark corpora (docs/benchmarks.md): small, the scaling
	// point of 1,000 resources, the 10,000-resource repository and ARM.
	corpora := map[string][]string{
		"small": {"-files", "3", "-resources", "20", "-modules", "0", "-roots", "1"},
		"k1":    {"-files", "100", "-resources", "670", "-modules", "10", "-roots", "4"},
		"large": {"-files", "1000", "-resources", "6700", "-modules", "100", "-roots", "4"},
		"arm":   {"-resources", "0", "-arm", "100"},
	}
	scratch := t.TempDir()
	bin := filepath.Join(scratch, "gencorpus")
	build := exec.Command("go", "build", "-o", bin, "../scripts/gencorpus")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build gencorpus: %v\n%s", err, out)
	}
	for name, args := range corpora {
		out := filepath.Join(scratch, "corpus-"+name)
		cmd := exec.Command(bin, append([]string{"-out", out}, args...)...)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("gencorpus %s: %v\n%s", name, err, msg)
		}
		load("corpus/"+name, out)
	}
	return graphs
}

// fixtureGraphs loads every fixture case of testdata/rules, named
// "<RULE-ID>/<case>".
func fixtureGraphs(t *testing.T) map[string]*graph.Graph {
	t.Helper()
	graphs := map[string]*graph.Graph{}
	load := func(name, dir string) { graphs[name] = loadDir(t, dir) }
	// Fixture cases are files or folders of testdata/rules/<RULE-ID>/; the
	// parser reads folders, so a file case is scanned alone in a copy.
	root := filepath.Join("..", "testdata", "rules")
	ruleDirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	scratch := t.TempDir()
	for _, rd := range ruleDirs {
		if !rd.IsDir() {
			continue
		}
		cases, err := os.ReadDir(filepath.Join(root, rd.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			name := rd.Name() + "/" + c.Name()
			p := filepath.Join(root, rd.Name(), c.Name())
			if c.IsDir() {
				load(name, p)
				continue
			}
			if ext := filepath.Ext(c.Name()); ext != ".tf" && ext != ".json" && ext != ".tfvars" {
				continue
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(scratch, strings.ReplaceAll(name, "/", "_"))
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, c.Name()), src, 0o644); err != nil {
				t.Fatal(err)
			}
			load(name, dir)
		}
	}
	return graphs
}

func loadDir(t *testing.T, dir string) *graph.Graph {
	t.Helper()
	g, err := parser.Load([]string{dir}, parser.Options{})
	if err != nil {
		t.Fatalf("load %s: %v", dir, err)
	}
	return g
}
