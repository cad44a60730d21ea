package arm

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/internal/graphtest"
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
		"extension": {},
	}
}

func TestGolden(t *testing.T) {
	opts := goldenOptions()
	graphtest.Golden(t, goldenDir, *update, func(t *testing.T, dir, name string) *graph.Graph {
		o, ok := opts[name]
		if !ok {
			t.Fatalf("testdata/arm/%s has no entry in goldenOptions", name)
		}
		return Load(os.DirFS(dir), name, o)
	})
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
		graphtest.CheckRanges(t, g)
		for _, d := range g.Diagnostics {
			if d.Summary == "Internal error" {
				t.Fatalf("Load panicked: %v", d.Detail)
			}
		}
	})
}
