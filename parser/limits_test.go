package parser

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/graph"
)

// TestLoadSymlinkLoopsAndEscapes scans a real tree holding symbolic-link
// loops (a folder linking to itself and to its parent), modules whose
// sources lead outside the scanned tree, directly or through a link, and
// links to files outside it (a .tf file, a secret read with file()). The
// scan must end, list every resource once, never read outside the tree,
// and say why each of those modules and reads failed.
func TestLoadSymlinkLoopsAndEscapes(t *testing.T) {
	root := t.TempDir()
	outside := filepath.Join(root, "outside")
	scanned := filepath.Join(root, "scanned")
	files := map[string]string{
		"outside/main.tf":    `resource "aws_s3_bucket" "outside" {}`,
		"outside/secret.txt": "TOKEN=hunter2",
		"scanned/main.tf": `resource "aws_kms_key" "k" {
  enable_key_rotation = false
}
module "up" {
  source = "../outside"
}
module "climb" {
  source = "./sub/../../../outside"
}
module "through_link" {
  source = "./out"
}
module "loop" {
  source = "./loop/sub"
}
resource "aws_ssm_parameter" "p" {
  value = file("secret")
}
`,
		"scanned/sub/main.tf": `resource "aws_sqs_queue" "q" {}`,
		"scanned/arm/t.json": `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "resources": [{"type": "Microsoft.Storage/storageAccounts", "name": "s"}]}`,
	}
	for name, src := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{
		"scanned/loop":     ".",
		"scanned/sub/back": "..",
		"scanned/out":      outside,
		"scanned/arm/self": ".",
		"scanned/secret":   filepath.Join(outside, "secret.txt"),
		"scanned/evil.tf":  filepath.Join(outside, "main.tf"),
	} {
		if err := os.Symlink(target, filepath.Join(root, filepath.FromSlash(link))); err != nil {
			t.Skipf("symbolic links unavailable: %v", err)
		}
	}

	done := make(chan *graph.Graph, 1)
	go func() {
		g, err := Load([]string{scanned}, Options{})
		if err != nil {
			t.Errorf("Load: %v", err)
		}
		done <- g
	}()
	var g *graph.Graph
	select {
	case g = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Load did not finish within 30s on a tree with symlink loops")
	}
	if g == nil {
		return
	}
	var ids []string
	for _, r := range g.Resources {
		// Qualified IDs start with the root's path; only the part
		// after it is stable.
		ids = append(ids, r.ID[strings.LastIndex(r.ID, ":")+1:])
	}
	slices.Sort(ids)
	want := []string{"Microsoft.Storage/storageAccounts/s", "aws_kms_key.k", "aws_sqs_queue.q", "aws_ssm_parameter.p"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	for name := range g.Files {
		if strings.Contains(name, "outside") || strings.Contains(name, "loop/") || strings.Contains(name, "back/") || strings.Contains(name, "self/") {
			t.Errorf("read %s, through a link or outside the tree", name)
		}
	}
	for _, r := range g.Resources {
		if v, ok := r.Attributes["value"].(string); ok && strings.Contains(v, "hunter2") {
			t.Errorf("%s read a file outside the tree through a link: %q", r.ID, v)
		}
	}
	// Each escaping module is reported at its source line.
	wantDiags := map[int]string{5: "Module not followed", 8: "Module not followed", 11: "Module not found", 14: "Module not found", 17: "Invalid function argument"}
	got := map[int]string{}
	for _, d := range g.Diagnostics {
		if d.Range != nil && strings.HasSuffix(d.Range.Filename, "scanned/main.tf") {
			got[d.Range.Start.Line] = d.Summary
		}
	}
	if diff := cmp.Diff(wantDiags, got); diff != "" {
		t.Errorf("diagnostics by line of main.tf (-want +got):\n%s\nall: %v", diff, g.Diagnostics)
	}
}
