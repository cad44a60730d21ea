package terraform

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/internal/graphtest"
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
	graphtest.Golden(t, goldenDir, *update, func(t *testing.T, dir, name string) *graph.Graph {
		o, ok := opts[name]
		if !ok {
			t.Fatalf("testdata/terraform/%s has no entry in goldenOptions", name)
		}
		return Load(os.DirFS(dir), name, o)
	})
}
