package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExamples is the end-to-end proof: it scans each bundled example in
// testdata/examples with the real parser, catalogue and report, and checks
// that the (rule, resource) pairs found are exactly the deliberate
// misconfigurations listed in testdata/examples/<name>.golden, that
// testdata/examples/README.md documents the same pairs, and that the
// examples scan without errors, warnings or inconclusive results.
func TestExamples(t *testing.T) {
	// Each example with the README that documents it: the Terraform
	// projects in testdata/examples/README.md, each ARM template folder in
	// testdata/examples/arm/README.md.
	examples := []struct{ dir, readme, section string }{
		{dir: "aws", readme: "README.md", section: "aws"},
		{dir: "azure", readme: "README.md", section: "azure"},
		{dir: "gcp", readme: "README.md", section: "gcp"},
	}
	for _, name := range []string{"aks", "keyvault", "sql", "vm-nsg", "webapp-storage"} {
		examples = append(examples, struct{ dir, readme, section string }{dir: "arm/" + name, readme: "arm/README.md", section: name})
	}
	for _, ex := range examples {
		name := ex.dir
		t.Run(name, func(t *testing.T) {
			readme, err := os.ReadFile(filepath.Join("..", "..", "testdata", "examples", filepath.FromSlash(ex.readme)))
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join("..", "..", "testdata", "examples", filepath.FromSlash(name))
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"scan", "--format", "json", dir}, nil, strings.NewReader(""), &stdout, &stderr)
			if code != exitFindings {
				t.Fatalf("preflight scan %s: exit %d; want %d\nstderr:\n%s", dir, code, exitFindings, stderr.String())
			}
			var doc struct {
				Findings []struct {
					RuleID   string `json:"rule_id"`
					Resource string `json:"resource"`
				} `json:"findings"`
				Inconclusive []json.RawMessage `json:"inconclusive"`
				Errors       []json.RawMessage `json:"errors"`
				Warnings     []json.RawMessage `json:"warnings"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
				t.Fatalf("preflight scan %s: report is not JSON: %v", dir, err)
			}
			for what, list := range map[string][]json.RawMessage{"errors": doc.Errors, "warnings": doc.Warnings, "inconclusive": doc.Inconclusive} {
				if len(list) > 0 {
					t.Errorf("preflight scan %s: %d %s; want none: %s", dir, len(list), what, list)
				}
			}
			var got []string
			for _, f := range doc.Findings {
				got = append(got, f.RuleID+" "+f.Resource)
			}
			slices.Sort(got)
			got = slices.Compact(got)

			golden := filepath.Join("testdata", "examples", strings.ReplaceAll(name, "/", "-")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			src, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Split(strings.TrimSpace(string(src)), "\n")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("preflight scan %s: findings mismatch (-want +got):\n%s", dir, diff)
			}
			if diff := cmp.Diff(want, documented(string(readme), ex.section)); diff != "" {
				t.Errorf("testdata/examples/%s section %q does not list the expected findings (-golden +README):\n%s", ex.readme, ex.section, diff)
			}
		})
	}
}

// documented returns the "RULE resource" pairs of the README table under the
// heading that names the example: rows like | `AWS-S3-001` | `module.x.y` | ... |.
func documented(readme, example string) []string {
	row := regexp.MustCompile("^\\| `([A-Z0-9-]+)` \\| `([^`]+)` \\|")
	var out []string
	in := false
	for _, line := range strings.Split(readme, "\n") {
		if strings.HasPrefix(line, "## ") {
			in = strings.Contains(line, fmt.Sprintf("(`%s/`)", example))
			continue
		}
		if m := row.FindStringSubmatch(line); in && m != nil {
			out = append(out, m[1]+" "+m[2])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
