package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRulesDoc keeps docs/rules.md, the reference page the markdown report
// and SARIF link to, in step with the catalogue: it must be exactly what
// `preflight rules --format markdown` prints (-update rewrites it).
func TestRulesDoc(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"rules", "--format", "markdown"}, nil, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("preflight rules --format markdown: exit %d; stderr:\n%s", code, stderr.String())
	}
	doc := filepath.Join("..", "..", "docs", "rules.md")
	if *update {
		if err := os.WriteFile(doc, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), stdout.String()); diff != "" {
		t.Errorf("docs/rules.md is out of date; run go test ./cmd/preflight -run TestRulesDoc -update (-file +generated):\n%s", diff)
	}
	for _, anchor := range []string{"## AWS-S3-001", "## AZ-STO-001"} {
		if !strings.Contains(stdout.String(), anchor+"\n") {
			t.Errorf("rules --format markdown has no section %q", anchor)
		}
	}
}
