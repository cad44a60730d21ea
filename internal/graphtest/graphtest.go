// Package graphtest holds the golden-file machinery the format parsers'
// tests share: a reviewable JSON rendering of a graph.Graph, the comparison
// with testdata/<format>/<case>/graph.golden.json (rewritten with -update),
// and the check that every range lies inside its file.
package graphtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/graph"
)

// Graph is the reviewable rendering of a graph.Graph: resources in order,
// lines instead of byte ranges, origins as strings, diagnostics as text.
type Graph struct {
	Resources   []Resource `json:"resources"`
	Diagnostics []string   `json:"diagnostics,omitempty"`
	Files       []string   `json:"files"`
}

// Resource is one rendered resource.
type Resource struct {
	ID         string            `json:"id"`
	Type       string            `json:"type"`
	Name       string            `json:"name"`
	Provider   string            `json:"provider"`
	Format     string            `json:"format"`
	Module     string            `json:"module,omitempty"`
	Scope      string            `json:"scope"`
	Lines      string            `json:"lines"`
	Attributes map[string]any    `json:"attributes"`
	References []string          `json:"references"`
	Unknowns   map[string]string `json:"unknowns,omitempty"`
	Existence  string            `json:"existence,omitempty"`
	Origins    map[string]string `json:"origins,omitempty"`
	Ranges     map[string]string `json:"ranges,omitempty"`
}

// Render renders g for a golden file.
func Render(g *graph.Graph) Graph {
	out := Graph{Resources: []Resource{}, Files: []string{}}
	for _, r := range g.Resources {
		gr := Resource{
			ID: r.ID, Type: r.Type, Name: r.Name, Provider: r.Provider, Format: r.Format, Module: r.Module, Scope: r.Scope,
			Lines:      fmt.Sprintf("%s:%d-%d", r.Range.Filename, r.Range.Start.Line, r.Range.End.Line),
			Attributes: r.Attributes, References: r.References, Existence: r.Existence,
		}
		if len(r.Unknowns) > 0 {
			gr.Unknowns = r.Unknowns
		}
		for p, o := range r.Origins {
			if gr.Origins == nil {
				gr.Origins = map[string]string{}
			}
			gr.Origins[p] = o.String()
		}
		for p, rg := range r.Ranges {
			if gr.Ranges == nil {
				gr.Ranges = map[string]string{}
			}
			s := fmt.Sprintf("%d:%d-%d:%d", rg.Start.Line, rg.Start.Column, rg.End.Line, rg.End.Column)
			if rg.Filename != r.Range.Filename {
				s = rg.Filename + ":" + s
			}
			gr.Ranges[p] = s
		}
		out.Resources = append(out.Resources, gr)
	}
	for _, d := range g.Diagnostics {
		out.Diagnostics = append(out.Diagnostics, d.Severity.String()+": "+d.Error())
	}
	for f := range g.Files {
		out.Files = append(out.Files, f)
	}
	sort.Strings(out.Files)
	return out
}

// Golden runs one subtest per directory under root. load evaluates the case
// in dir (named name) and fails the test for a directory it does not know,
// so that no case is forgotten. The rendering of the graph is compared with
// dir/graph.golden.json; with update set, the file is rewritten instead.
// Every range of the graph must lie inside its file.
func Golden(t *testing.T, root string, update bool, load func(t *testing.T, dir, name string) *graph.Graph) {
	t.Helper()
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(root, name)
			g := load(t, dir, name)
			CheckRanges(t, g)
			got, err := json.MarshalIndent(Render(g), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(dir, "graph.golden.json")
			if update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run go test -update to create it): %v", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("Load(%s) graph differs from %s (-want +got):\n%s", name, golden, cmp.Diff(string(want), string(got)))
			}
		})
	}
}

// CheckRanges fails the test when a range of g (of a resource, an
// attribute, a value's origin or a diagnostic) names a file that is not in
// g.Files or lies outside it.
func CheckRanges(t *testing.T, g *graph.Graph) {
	t.Helper()
	check := func(what string, r graph.Range) {
		src, ok := g.Files[r.Filename]
		if !ok {
			t.Errorf("%s: range names %q, which is not in Graph.Files", what, r.Filename)
			return
		}
		if r.Start.Byte < 0 || r.Start.Byte > r.End.Byte || r.End.Byte > len(src) {
			t.Errorf("%s: range %+v outside [0, %d]", what, r, len(src))
		}
	}
	for _, r := range g.Resources {
		check(r.ID, r.Range)
		for p, rg := range r.Ranges {
			check(r.ID+" "+p, rg)
		}
		for p, o := range r.Origins {
			for _, s := range o {
				// A step without a file is a command-line value (-var).
				if s.Range.Filename != "" {
					check(r.ID+" origin of "+p, s.Range)
				}
			}
		}
	}
	for _, d := range g.Diagnostics {
		if d.Range != nil {
			check("diagnostic "+d.Summary, *d.Range)
		}
	}
}
