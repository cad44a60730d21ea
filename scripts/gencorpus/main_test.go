package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/preflight-iac/preflight/parser"
)

// TestGenerate checks that the corpus has the requested shape, that every
// file is valid HCL, and that the same flags write the same bytes.
func TestGenerate(t *testing.T) {
	tests := []struct {
		name string
		cfg  config
		// wantFiles is the exact number of .tf files; resource blocks must
		// equal cfg.resources.
		wantFiles int
	}{
		{name: "pre-commit module", cfg: config{files: 3, resources: 20, modules: 0, roots: 1}, wantFiles: 3},
		{name: "modules and roots", cfg: config{files: 60, resources: 400, modules: 8, roots: 2}, wantFiles: 60},
		{name: "remainders", cfg: config{files: 37, resources: 101, modules: 5, roots: 3}, wantFiles: 37},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.out = t.TempDir()
			st, err := generate(tt.cfg)
			if err != nil {
				t.Fatalf("generate(%+v) = %v", tt.cfg, err)
			}
			files, blocks := scan(t, tt.cfg.out)
			if files != tt.wantFiles || st.files != tt.wantFiles {
				t.Errorf("generate(%+v) wrote %d .tf files (reported %d); want %d", tt.cfg, files, st.files, tt.wantFiles)
			}
			if blocks != tt.cfg.resources || st.resources != tt.cfg.resources {
				t.Errorf("generate(%+v) wrote %d resource blocks (reported %d); want %d", tt.cfg, blocks, st.resources, tt.cfg.resources)
			}
			if st.insecure == 0 || st.insecure >= st.resources {
				t.Errorf("generate(%+v) insecure = %d of %d; want a mix", tt.cfg, st.insecure, st.resources)
			}

			again := tt.cfg
			again.out = t.TempDir()
			if _, err := generate(again); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(snapshot(t, tt.cfg.out), snapshot(t, again.out)); diff != "" {
				t.Errorf("generate is not deterministic (-first +second):\n%s", diff)
			}
		})
	}
}

func TestGenerateRefusesNonEmptyDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.tf"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := generate(config{out: dir, files: 3, resources: 20, roots: 1}); err == nil {
		t.Errorf("generate into a non-empty dir = nil error; want an error")
	}
}

// scan parses every .tf file under dir and counts files and resource blocks.
func scan(t *testing.T, dir string) (files, resources int) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".tf") && !strings.HasSuffix(p, ".tfvars") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f, diags := hclsyntax.ParseConfig(src, p, hcl.InitialPos)
		if diags.HasErrors() {
			t.Errorf("%s: %v", p, diags)
			return nil
		}
		if strings.HasSuffix(p, ".tfvars") {
			return nil
		}
		files++
		for _, b := range f.Body.(*hclsyntax.Body).Blocks {
			if b.Type == "resource" || b.Type == "data" {
				resources++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, resources
}

func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(bytes.TrimSpace(src))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGenerateARM checks that the ARM corpus is what preflight's ARM parser
// reads without a single diagnostic, with the resource count the copy loops
// and parameter files give: storage accounts 2+i%3 with a parameter file
// (even i), 3 without, plus six other resources per template.
func TestGenerateARM(t *testing.T) {
	cfg := config{out: t.TempDir(), roots: 1, arm: 4}
	st, err := generate(cfg)
	if err != nil {
		t.Fatalf("generate(%+v) = %v", cfg, err)
	}
	if st.files != 6 {
		t.Errorf("generate(%+v) wrote %d files; want 4 templates and 2 parameter files", cfg, st.files)
	}
	g, err := parser.Load([]string{cfg.out}, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Diagnostics) > 0 {
		t.Errorf("parser.Load(ARM corpus) diagnostics: %v", g.Diagnostics)
	}
	if want := (2 + 3 + 4 + 3) + 4*6; len(g.Resources) != want {
		t.Errorf("parser.Load(ARM corpus) = %d resources; want %d", len(g.Resources), want)
	}
}
