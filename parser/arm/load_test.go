package arm

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/preflight-iac/preflight/graph"
)

const testSchema = `"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"`

// storageTemplate declares one storage account whose name is the parameter
// "name".
const storageTemplate = `{` + testSchema + `,
  "parameters": {"name": {"type": "string", "defaultValue": "fromdefault"}},
  "resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "[parameters('name')]"}]}`

func paramFile(name string) string {
	return `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "parameters": {"name": {"value": "` + name + `"}}}`
}

func TestLoadDiscovery(t *testing.T) {
	tests := []struct {
		name      string
		files     map[string]string
		prefix    string
		opts      Options
		wantIDs   []string // "scope: id"
		wantFiles []string
		wantDiags []string
	}{
		{
			name: "templates anywhere, hidden and node_modules skipped",
			files: map[string]string{
				"a/main.json":              storageTemplate,
				"b/deploy.jsonc":           storageTemplate,
				".git/x.json":              storageTemplate,
				"node_modules/m/t.json":    storageTemplate,
				"other.json":               `{"name": "package"}`,
				"broken-but-not-ours.json": `{"x": `,
				"main.tf":                  `resource "x" "y" {}`,
			},
			wantIDs:   []string{"a/main.json: Microsoft.Storage/storageAccounts/fromdefault", "b/deploy.jsonc: Microsoft.Storage/storageAccounts/fromdefault"},
			wantFiles: []string{"a/main.json", "b/deploy.jsonc"},
		},
		{
			name: "parameter file pairs by name",
			files: map[string]string{
				"main.json":            storageTemplate,
				"main.parameters.json": paramFile("frompaired"),
				"other.json":           storageTemplate,
			},
			prefix:    "infra/",
			wantIDs:   []string{"infra/main.json: Microsoft.Storage/storageAccounts/frompaired", "infra/other.json: Microsoft.Storage/storageAccounts/fromdefault"},
			wantFiles: []string{"infra/main.json", "infra/main.parameters.json", "infra/other.json"},
		},
		{
			name: "param file option beats the paired file, param beats both",
			files: map[string]string{
				"main.json":            storageTemplate,
				"main.parameters.json": paramFile("frompaired"),
			},
			opts:      Options{ParamFiles: []ParamFile{{Name: "p.json", Src: []byte(paramFile("fromoption"))}}},
			wantIDs:   []string{"main.json: Microsoft.Storage/storageAccounts/fromoption"},
			wantFiles: []string{"main.json", "main.parameters.json", "p.json"},
		},
		{
			name:      "param option wins",
			files:     map[string]string{"main.json": storageTemplate, "main.parameters.json": paramFile("frompaired")},
			opts:      Options{ParamFiles: []ParamFile{{Name: "p.json", Src: []byte(paramFile("fromoption"))}}, Params: []Param{{Name: "NAME", Value: "fromparam"}}},
			wantIDs:   []string{"main.json: Microsoft.Storage/storageAccounts/fromparam"},
			wantFiles: []string{"main.json", "main.parameters.json", "p.json"},
		},
		{
			name:      "a template that is not an object",
			files:     map[string]string{"main.json": `["https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"]`},
			wantFiles: []string{"main.json"},
			wantDiags: []string{"error: main.json:1:1: Invalid template; The file holds an array; a template or parameter file is a JSON object."},
		},
		{
			name:      "a file too large to read",
			files:     map[string]string{"big.json": `{` + testSchema + `, "x": "` + strings.Repeat("a", maxFileSize) + `"}`},
			wantFiles: []string{},
			wantDiags: []string{"warning: big.json: File too large; The file is larger than 10 MiB and was skipped."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range tt.files {
				fsys[k] = &fstest.MapFile{Data: []byte(v)}
			}
			g := Load(fsys, tt.prefix, tt.opts)
			var ids, files, diags []string
			for _, r := range g.Resources {
				ids = append(ids, r.Scope+": "+r.ID)
				if r.Provider != "azure" || r.Format != graph.FormatARM {
					t.Errorf("resource %s has provider %q and format %q; want azure and arm", r.ID, r.Provider, r.Format)
				}
			}
			files = []string{}
			for f := range g.Files {
				files = append(files, f)
			}
			for _, d := range g.Diagnostics {
				diags = append(diags, d.Severity.String()+": "+d.Error())
			}
			if diff := cmp.Diff(tt.wantIDs, ids); diff != "" {
				t.Errorf("Load() resources (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantFiles, files, cmpSortStrings); diff != "" {
				t.Errorf("Load() files (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantDiags, diags); diff != "" {
				t.Errorf("Load() diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

var cmpSortStrings = cmpopts.SortSlices(func(a, b string) bool { return a < b })

// BenchmarkLoad evaluates a corpus of 500 templates: the quickstart-like
// examples of testdata/examples/arm, each copied into 100 directories.
func BenchmarkLoad(b *testing.B) {
	const examples = "../../testdata/examples/arm"
	fsys := fstest.MapFS{}
	err := filepath.WalkDir(examples, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".json") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(examples, p)
		for i := range 100 {
			fsys[fmt.Sprintf("copy%03d/%s", i, filepath.ToSlash(rel))] = &fstest.MapFile{Data: src}
		}
		return nil
	})
	if err != nil || len(fsys) == 0 {
		b.Skipf("no examples under %s: %v", examples, err)
	}
	b.ResetTimer()
	for b.Loop() {
		g := Load(fsys, "", Options{})
		if len(g.Resources) == 0 {
			b.Fatal("Load found no resources")
		}
	}
}
