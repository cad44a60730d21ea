package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMalformed scans each case of testdata/malformed: a folder holding a
// broken file next to a good file with a known finding. Whatever is
// broken, the scan exits 2, reports the broken file at the right line, and
// still reports the good file's finding. A broken config is the exception:
// it stops the run before anything is scanned, so only the error at its
// line is expected.
func TestMalformed(t *testing.T) {
	const kms, storage = "AWS-KMS-001 good.tf", "AZ-STO-003 good.json"
	tests := []struct {
		dir     string
		wantErr string // file:line and the start of the message
		finding string // the good file's finding; "" for a config error
	}{
		{dir: "tf-syntax-error", wantErr: "broken.tf:3: Invalid expression", finding: kms},
		{dir: "tf-bad-utf8", wantErr: "broken.tf:2: Invalid character encoding", finding: kms},
		{dir: "tf-unterminated-heredoc", wantErr: "broken.tf:5: Unterminated template string", finding: kms},
		{dir: "tf-unclosed-block", wantErr: "broken.tf:4: Unclosed configuration block", finding: kms},
		{dir: "tf-huge-nesting", wantErr: "broken.tf:2: Configuration nested too deeply", finding: kms},
		{dir: "tf-doubling-locals", wantErr: "broken.tf:21: Value too large", finding: kms},
		{dir: "tf-bad-tfvars", wantErr: "terraform.tfvars:1: Invalid multi-line string", finding: kms},
		{dir: "arm-invalid-json", wantErr: "broken.json:4: Invalid JSON", finding: storage},
		{dir: "arm-too-deep", wantErr: "broken.json:5: Invalid JSON", finding: storage},
		{dir: "arm-wrong-types", wantErr: "broken.json:5: Invalid resource", finding: storage},
		{dir: "arm-bad-expression", wantErr: "broken.json:5: Invalid template expression", finding: storage},
		{dir: "arm-param-missing", wantErr: "broken.parameters.json:5: Undeclared parameter", finding: storage},
		{dir: "arm-copy-negative", wantErr: "broken.json:6: Invalid copy count", finding: storage},
		{dir: "config-bad-yaml", wantErr: ".preflight.yaml:3: found character that cannot start any token"},
	}
	entries, err := os.ReadDir(filepath.Join("..", "..", "testdata", "malformed"))
	if err != nil {
		t.Fatal(err)
	}
	var dirs, tested []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, e.Name())
		}
	}
	for _, tt := range tests {
		tested = append(tested, tt.dir)
		t.Run(tt.dir, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", "malformed", tt.dir)
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"scan", "--format", "json", dir}, nil, strings.NewReader(""), &stdout, &stderr)
			if code != exitError {
				t.Errorf("exit %d; want %d\nstderr:\n%s", code, exitError, stderr.String())
			}
			for _, s := range []string{stdout.String(), stderr.String()} {
				if strings.Contains(s, "panic") || strings.Contains(s, "Internal error") {
					t.Errorf("output mentions a panic or internal error:\n%s", s)
				}
			}
			if tt.finding == "" {
				// The config is named by its path, absolute or relative.
				want := "/" + tt.dir + "/" + tt.wantErr
				if got := filepath.ToSlash(stderr.String()); !strings.Contains(got, want) {
					t.Errorf("stderr %q; want it to contain %q", got, want)
				}
				return
			}
			var doc struct {
				Findings []struct {
					RuleID string `json:"rule_id"`
					File   string `json:"file"`
				} `json:"findings"`
				Errors []struct {
					File    string `json:"file"`
					Line    int    `json:"line"`
					Message string `json:"message"`
				} `json:"errors"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
				t.Fatalf("report is not JSON: %v\n%s", err, stdout.String())
			}
			var errs []string
			found := false
			for _, e := range doc.Errors {
				s := strings.TrimPrefix(e.File, filepath.ToSlash(dir)+"/") + ":" + strconv.Itoa(e.Line) + ": " + e.Message
				errs = append(errs, s)
				found = found || strings.HasPrefix(s, tt.wantErr)
			}
			if !found {
				t.Errorf("errors %q; want one starting %q", errs, tt.wantErr)
			}
			var got []string
			for _, f := range doc.Findings {
				got = append(got, f.RuleID+" "+strings.TrimPrefix(f.File, filepath.ToSlash(dir)+"/"))
			}
			if !slices.Contains(got, tt.finding) {
				t.Errorf("findings %q; want %q among them", got, tt.finding)
			}
		})
	}
	slices.Sort(tested)
	if diff := cmp.Diff(dirs, tested); diff != "" {
		t.Errorf("testdata/malformed folders and test cases differ (-folders +cases):\n%s", diff)
	}
}
