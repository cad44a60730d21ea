package arm

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/preflight-iac/preflight/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir holds one directory per case: templates, parameter files and
// the expected graph, graph.golden.json.
const goldenDir = "../../testdata/arm"

// goldenOptions are the command-line inputs of the cases that need any.
// Every case directory must be listed, so that none is forgotten.
func goldenOptions() map[string]Options {
	return map[string]Options{
		"parameters": {
			Params: []Param{
				{Name: "IPRULES", Value: `["10.0.0.0/8", "192.168.0.0/16"]`},
				{Name: "httpsOnly", Value: "true"},
				{Name: "replicas", Value: "not a number"},
				{Name: "undeclared", Value: "ignored"},
			},
			ParamFiles: []ParamFile{{Name: "cli.parameters.json", Src: []byte(`{"parameters": {"tlsVersion": {"value": "TLS1_2"}}}`)}},
		},
		"constraints": {
			Params: []Param{{Name: "prefix", Value: "ab"}, {Name: "Typo", Value: "x"}, {Name: "other", Value: "y"}},
			ParamFiles: []ParamFile{
				{Name: "a.parameters.json", Src: []byte(`{"parameters": {"typo": {"value": 1}, "flag": {"value": false}}}`)},
				{Name: "b.parameters.json", Src: []byte(`{"parameters": {"TYPO": {"value": 2}}}`)},
			},
		},
		"variables": {},
		"copy":      {},
		"condition": {},
		"children":  {},
		"nested":    {},
		"v2":        {},
		"syntax":    {},
		"errors":    {},
	}
}

func TestGolden(t *testing.T) {
	opts := goldenOptions()
	entries, err := os.ReadDir(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		t.Run(name, func(t *testing.T) {
			o, ok := opts[name]
			if !ok {
				t.Fatalf("testdata/arm/%s has no entry in goldenOptions", name)
			}
			dir := filepath.Join(goldenDir, name)
			g := Load(os.DirFS(dir), name, o)
			checkRanges(t, g)
			got, err := json.MarshalIndent(renderGraph(g), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(dir, "graph.golden.json")
			if *update {
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

// checkRanges fails the test when a range of g lies outside its file.
func checkRanges(t *testing.T, g *graph.Graph) {
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
	}
	for _, d := range g.Diagnostics {
		if d.Range != nil {
			check("diagnostic "+d.Summary, *d.Range)
		}
	}
}

// goldenGraph is the reviewable rendering of a graph.
type goldenGraph struct {
	Resources   []goldenResource `json:"resources"`
	Diagnostics []string         `json:"diagnostics,omitempty"`
	Files       []string         `json:"files"`
}

type goldenResource struct {
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

func renderGraph(g *graph.Graph) goldenGraph {
	out := goldenGraph{Resources: []goldenResource{}, Files: []string{}}
	for _, r := range g.Resources {
		gr := goldenResource{
			ID: r.ID, Type: r.Type, Name: r.Name, Provider: r.Provider, Format: r.Format, Module: r.Module, Scope: r.Scope,
			Lines:      fmt.Sprintf("%s:%d-%d", r.Range.Filename, r.Range.Start.Line, r.Range.End.Line),
			Attributes: r.Attributes, References: r.References, Unknowns: r.Unknowns, Existence: r.Existence,
		}
		if len(gr.Unknowns) == 0 {
			gr.Unknowns = nil
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

// FuzzLoad feeds arbitrary text to Load as the only template of a tree.
// Load must not panic, and every range it reports must lie within its file.
func FuzzLoad(f *testing.F) {
	_ = filepath.WalkDir(goldenDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".golden.json") {
			if src, err := os.ReadFile(p); err == nil {
				f.Add(src)
			}
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		g := Load(fstest.MapFS{"main.json": {Data: src}}, "", Options{})
		checkRanges(t, g)
		for _, d := range g.Diagnostics {
			if d.Summary == "Internal error" {
				t.Fatalf("Load panicked: %v", d.Detail)
			}
		}
	})
}
