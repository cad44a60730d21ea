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
			name:  "an undeclared parameter warns once per scan, not per template",
			files: map[string]string{"a/main.json": storageTemplate, "b/main.json": storageTemplate},
			opts: Options{
				Params:     []Param{{Name: "nmae", Value: "x"}, {Name: "NMAE", Value: "y"}, {Name: "name", Value: "fromparam"}},
				ParamFiles: []ParamFile{{Name: "p.json", Src: []byte(`{"parameters": {"name": {"value": "v"}, "Nmae": {"value": "w"}}}`)}},
			},
			wantIDs:   []string{"a/main.json: Microsoft.Storage/storageAccounts/fromparam", "b/main.json: Microsoft.Storage/storageAccounts/fromparam"},
			wantFiles: []string{"a/main.json", "b/main.json", "p.json"},
			wantDiags: []string{`warning: p.json:1:41: Undeclared parameter; The parameter file p.json gives a value for the parameter "Nmae", which no template of the scan declares; the value is ignored.`},
		},
		{
			name:      "undeclared parameters without any template",
			opts:      Options{Params: []Param{{Name: "x", Value: "1"}}},
			wantFiles: []string{},
			wantDiags: []string{`warning: Undeclared parameter; --param x gives a value for the parameter "x", which no template of the scan declares; the value is ignored.`},
		},
		{
			name: "a parameter file value breaks a constraint",
			files: map[string]string{
				"main.json": `{` + testSchema + `,
  "parameters": {"name": {"type": "String", "maxLength": 4}},
  "resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "[parameters('name')]"}]}`,
				"main.parameters.json": paramFile("toolong"),
			},
			wantIDs:   []string{"main.json: Microsoft.Storage/storageAccounts/toolong"},
			wantFiles: []string{"main.json", "main.parameters.json"},
			wantDiags: []string{`error: main.parameters.json:2:36: Parameter value not allowed; The value "toolong" of the parameter "name", set by the parameter file main.parameters.json (main.parameters.json:2), has length 7, more than its maxLength 4. Azure rejects the deployment.`},
		},
		{
			name: "null fits only a nullable parameter",
			files: map[string]string{
				"main.json": `{` + testSchema + `,
  "parameters": {"a": {"type": "string", "nullable": true}, "b": {"type": "object"}},
  "resources": []}`,
				"main.parameters.json": `{"$schema": "deploymentParameters.json", "parameters": {"a": {"value": null}, "b": {"value": null}}}`,
			},
			wantFiles: []string{"main.json", "main.parameters.json"},
			wantDiags: []string{`error: main.parameters.json:1:94: Invalid parameter value; The parameter "b" is object, but the parameter file main.parameters.json (main.parameters.json:1) gives null. Azure rejects the deployment; the parameter is treated as unknown.`},
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

func TestLoadAllWarnsOncePerScan(t *testing.T) {
	declares := func(name string) fstest.MapFS {
		return fstest.MapFS{"main.json": {Data: []byte(`{` + testSchema + `,
  "parameters": {"` + name + `": {"type": "string"}}, "resources": []}`)}}
	}
	opts := Options{
		Params:     []Param{{Name: "a", Value: "1"}, {Name: "b", Value: "2"}, {Name: "typo", Value: "3"}},
		ParamFiles: []ParamFile{{Name: "p.json", Src: []byte(`{"parameters": {"typo": {"value": 1}}, "x": }`)}},
	}
	g := LoadAll([]Root{{FS: declares("a"), Prefix: "one"}, {FS: declares("B"), Prefix: "two"}}, opts)
	var got []string
	for _, d := range g.Diagnostics {
		got = append(got, d.Severity.String()+": "+d.Error())
	}
	want := []string{
		"error: p.json:1:45: Invalid JSON; The file could not be read as JSON: unexpected '}'; expected a value. Fix the syntax; the file was skipped.",
		`warning: Undeclared parameter; --param typo gives a value for the parameter "typo", which no template of the scan declares; the value is ignored.`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadAll() diagnostics (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"one/main.json", "p.json", "two/main.json"}, mapKeys(g.Files), cmpSortStrings); diff != "" {
		t.Errorf("LoadAll() files (-want +got):\n%s", diff)
	}
}

func mapKeys[V any](m map[string]V) []string {
	out := []string{}
	for k := range m {
		out = append(out, k)
	}
	return out
}
