package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseUnifiedDiff(t *testing.T) {
	diff := `diff --git a/infra/main.tf b/infra/main.tf
--- a/infra/main.tf
+++ b/infra/main.tf
@@ -3 +3 @@ resource "aws_kms_key" "a" {
-  enable_key_rotation = true
+  enable_key_rotation = false
@@ -10,0 +11,3 @@
+resource "aws_kms_key" "c" {
+  enable_key_rotation = false
+}
@@ -20,2 +23,0 @@
-a
-b
diff --git a/gone.tf b/gone.tf
--- a/gone.tf
+++ /dev/null
@@ -1 +0,0 @@
-x
`
	c := parseUnifiedDiff("/repo", diff)
	got := map[string][]int{}
	for file, lines := range c.lines {
		for n := 1; n < 100; n++ {
			if lines[n] {
				got[file] = append(got[file], n)
			}
		}
	}
	want := map[string][]int{"/repo/infra/main.tf": {3, 11, 12, 13, 23, 24}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("changed lines mismatch (-want +got):\n%s", diff)
	}
}

// gitRepo makes a repository in a temporary folder with files committed on
// main, and returns its path.
func gitRepo(t *testing.T, files map[string]string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	runGit(t, dir, "init", "-q", "-b", "main")
	writeFiles(t, dir, files)
	runGit(t, dir, "add", "-A")
	runGit(t, dir, "commit", "-q", "-m", "base")
	return dir
}

func runGit(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestChangedSince: on a branch that adds one key and changes the tfvars
// value another key's rotation comes from, only those two findings are
// reported; the untouched old key is not, and neither is anything in a file
// nobody changed.
func TestChangedSince(t *testing.T) {
	dir := gitRepo(t, map[string]string{
		"infra/main.tf": `variable "rotate" {
  type = bool
}

resource "aws_kms_key" "old" {
  enable_key_rotation = false
}

resource "aws_kms_key" "from_var" {
  enable_key_rotation = var.rotate
}
`,
		"infra/terraform.tfvars": "rotate = true\n",
		"other/main.tf": `resource "aws_kms_key" "legacy" {
  enable_key_rotation = false
}
`,
	})
	runGit(t, dir, "checkout", "-q", "-b", "feature")
	writeFiles(t, dir, map[string]string{"infra/terraform.tfvars": "rotate = false\n"})
	runGit(t, dir, "commit", "-q", "-am", "turn rotation off")
	// Uncommitted work and a new file count too.
	f, err := os.OpenFile(filepath.Join(dir, "infra", "main.tf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\nresource \"aws_kms_key\" \"new\" {\n  enable_key_rotation = false\n}\n")
	f.Close()
	writeFiles(t, dir, map[string]string{"infra/extra.tf": "resource \"aws_kms_key\" \"extra\" {\n  enable_key_rotation = false\n}\n"})

	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"scan", "--format", "json", "--changed-since", "main", dir}, nil, nil, &stdout, &stderr)
	if code != exitFindings {
		t.Fatalf("exit %d; want %d\nstderr: %s", code, exitFindings, stderr.String())
	}
	var rep struct {
		Findings []struct {
			Resource string `json:"resource"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	var got []string
	for _, f := range rep.Findings {
		// Two roots (infra, other) make ids scope-qualified.
		got = append(got, f.Resource[strings.LastIndex(f.Resource, ":")+1:])
	}
	want := []string{"aws_kms_key.extra", "aws_kms_key.from_var", "aws_kms_key.new"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings on changed lines mismatch (-want +got):\n%s", diff)
	}
}

func TestChangedSinceErrors(t *testing.T) {
	outside := t.TempDir()
	repo := gitRepo(t, map[string]string{"main.tf": "resource \"aws_kms_key\" \"a\" {}\n"})
	for _, tt := range []struct {
		name, dir, ref, want string
	}{
		{"outside a repository", outside, "main", "--changed-since needs a git repository"},
		{"unknown ref", repo, "no-such-branch", "--changed-since no-such-branch: no such commit"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(outside))
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"scan", "--changed-since", tt.ref, tt.dir}, nil, nil, &stdout, &stderr)
			if code != exitError || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr.String(), tt.want)
			}
		})
	}
}
