package terraform

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/preflight-iac/preflight/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir holds one directory per case: a small project and its
// expected graph, graph.golden.json.
const goldenDir = "../../testdata/terraform"

// goldenOptions are the command-line inputs of the cases that need any.
// Every case directory must be listed, so that none is forgotten.
func goldenOptions(t *testing.T) map[string]Options {
	t.Helper()
	varFile := func(dir, name string) Var {
		src, err := os.ReadFile(filepath.Join(goldenDir, dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return Var{File: name, Src: src}
	}
	return map[string]Options{
		"variables": {
			Vars: []Var{
				varFile("variables", "prod.vars"),
				{Name: "from_var", Value: "-var"},
				{Name: "var_file_after_var", Value: "-var"},
				varFile("variables", "late.vars"),
				{Name: "bool_var", Value: "true"},
				{Name: "undeclared_on_cli", Value: "x"},
			},
			Env: map[string]string{
				"TF_VAR_from_env":           "env",
				"TF_VAR_from_tfvars":        "env",
				"TF_VAR_from_tfvars_json":   "env",
				"TF_VAR_from_auto":          "env",
				"TF_VAR_from_auto_json":     "env",
				"TF_VAR_from_var_file":      "env",
				"TF_VAR_from_var":           "env",
				"TF_VAR_list_env":           `["a", "b"]`,
				"TF_VAR_map_env":            `{ a = 1, b = 2 }`,
				"TF_VAR_num_env":            "42",
				"TF_VAR_literal_string":     `["not", "a", "list"]`,
				"TF_VAR_not_declared":       "ignored",
				"TF_WORKSPACE":              "staging",
				"TF_VAR_object_env_invalid": `{`,
			},
		},
		"locals":            {},
		"count":             {},
		"for_each":          {},
		"unknown_expansion": {},
		"dynamic":           {},
		"modules":           {},
		"remote_modules":    {},
		"overrides":         {},
		"json":              {},
		"computed":          {},
		"syntax_error":      {},
		"newer_blocks":      {},
		"functions":         {},
		"errors":            {},
		"origins":           {},
	}
}

func TestGolden(t *testing.T) {
	opts := goldenOptions(t)
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
				t.Fatalf("testdata/terraform/%s has no entry in goldenOptions", name)
			}
			dir := filepath.Join(goldenDir, name)
			g := Load(os.DirFS(dir), name, o)
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
	Module     string            `json:"module,omitempty"`
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
			ID: r.ID, Type: r.Type, Name: r.Name, Provider: r.Provider, Module: r.Module,
			Lines:      fmt.Sprintf("%s:%d-%d", r.Range.Filename, r.Range.Start.Line, r.Range.End.Line),
			Attributes: r.Attributes, References: r.References, Unknowns: r.Unknowns, Existence: r.Existence,
		}
		if r.Format != graph.FormatTerraform {
			gr.Type += " (format " + r.Format + ")"
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
