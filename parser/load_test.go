package parser

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeTree writes files (slash paths → contents) under a new temp dir.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const bucketWithACL = `
resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "private"
}
`

func TestLoad(t *testing.T) {
	tree := map[string]string{
		"envs/dev/main.tf":  bucketWithACL,
		"envs/prod/main.tf": bucketWithACL,
		"single/main.tf":    bucketWithACL,
	}
	tests := []struct {
		name     string
		paths    func(root string) []string
		wantIDs  []string
		wantRefs map[string][]string
	}{
		{
			name:     "one root module keeps plain addresses",
			paths:    func(root string) []string { return []string{filepath.Join(root, "single")} },
			wantIDs:  []string{"aws_s3_bucket.logs", "aws_s3_bucket_acl.logs"},
			wantRefs: map[string][]string{"aws_s3_bucket_acl.logs": {"aws_s3_bucket.logs"}},
		},
		{
			name:     "a file names its module",
			paths:    func(root string) []string { return []string{filepath.Join(root, "single", "main.tf")} },
			wantIDs:  []string{"aws_s3_bucket.logs", "aws_s3_bucket_acl.logs"},
			wantRefs: map[string][]string{"aws_s3_bucket_acl.logs": {"aws_s3_bucket.logs"}},
		},
		{
			name:  "two root modules in one tree are qualified by their directory",
			paths: func(root string) []string { return []string{filepath.Join(root, "envs")} },
			wantIDs: []string{
				"envs/dev:aws_s3_bucket.logs", "envs/dev:aws_s3_bucket_acl.logs",
				"envs/prod:aws_s3_bucket.logs", "envs/prod:aws_s3_bucket_acl.logs",
			},
			wantRefs: map[string][]string{
				"envs/dev:aws_s3_bucket_acl.logs":  {"envs/dev:aws_s3_bucket.logs"},
				"envs/prod:aws_s3_bucket_acl.logs": {"envs/prod:aws_s3_bucket.logs"},
			},
		},
		{
			name: "two paths with the same addresses are qualified too",
			paths: func(root string) []string {
				return []string{filepath.Join(root, "envs", "dev"), filepath.Join(root, "envs", "prod")}
			},
			wantIDs: []string{
				"envs/dev:aws_s3_bucket.logs", "envs/dev:aws_s3_bucket_acl.logs",
				"envs/prod:aws_s3_bucket.logs", "envs/prod:aws_s3_bucket_acl.logs",
			},
			wantRefs: map[string][]string{
				"envs/dev:aws_s3_bucket_acl.logs":  {"envs/dev:aws_s3_bucket.logs"},
				"envs/prod:aws_s3_bucket_acl.logs": {"envs/prod:aws_s3_bucket.logs"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := writeTree(t, tree)
			t.Chdir(root)
			paths := tt.paths(".")
			g, err := Load(paths, Options{})
			if err != nil {
				t.Fatalf("Load(%q) error: %v", paths, err)
			}
			if g.Diagnostics.HasErrors() {
				t.Fatalf("Load(%q) diagnostics: %v", paths, g.Diagnostics)
			}
			var ids []string
			refs := map[string][]string{}
			for _, r := range g.Resources {
				ids = append(ids, r.ID)
				if len(r.References) > 0 {
					refs[r.ID] = r.References
				}
			}
			slices.Sort(ids)
			if diff := cmp.Diff(tt.wantIDs, ids); diff != "" {
				t.Errorf("Load(%q) IDs (-want +got):\n%s", paths, diff)
			}
			if diff := cmp.Diff(tt.wantRefs, refs); diff != "" {
				t.Errorf("Load(%q) references (-want +got):\n%s", paths, diff)
			}
		})
	}
}

func TestLoadMissingPath(t *testing.T) {
	if _, err := Load([]string{filepath.Join(t.TempDir(), "nope")}, Options{}); err == nil {
		t.Errorf("Load(missing path) = nil error; want an error")
	}
}

// TestLoadExclude: an excluded folder is not searched for roots or
// templates, so its broken files are never read; a module a scanned root
// calls there is still loaded.
func TestLoadExclude(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf":                 "module \"shared\" {\n  source = \"./vendor/shared\"\n}\n",
		"vendor/shared/main.tf":   bucketWithACL,
		"vendor/broken/main.tf":   "resource \"aws_s3_bucket\" \"x\" {\n",
		"vendor/arm/broken.json":  `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [`,
		"examples/demo/main.tf":   bucketWithACL,
		"examples/demo/notes.txt": "not configuration",
	})
	excluded := func(reported string) bool {
		rel, err := filepath.Rel(dir, reported)
		if err != nil {
			return false
		}
		rel = filepath.ToSlash(rel)
		return rel == "vendor" || rel == "examples" || filepath.Dir(rel) == "vendor" || filepath.Dir(rel) == "examples"
	}
	g, err := Load([]string{dir}, Options{Exclude: excluded})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range g.Diagnostics {
		t.Errorf("diagnostic from an excluded folder: %v", d)
	}
	var ids []string
	for _, r := range g.Resources {
		ids = append(ids, r.ID)
	}
	want := []string{"module.shared.aws_s3_bucket.logs", "module.shared.aws_s3_bucket_acl.logs"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("resources mismatch (-want +got):\n%s", diff)
	}
}
