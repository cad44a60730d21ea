package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

const outputTF = `resource "aws_kms_key" "data" {
  description         = "data at rest"
  enable_key_rotation = false
}
`

// runIn runs preflight with args in a fresh directory holding main.tf and
// returns the exit code, stdout and stderr.
func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	a := &app{env: map[string]string{}, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr,
		isTerminal: func(io.Writer) bool { return false }}
	code := a.run(context.Background(), args)
	return code, stdout.String(), stderr.String()
}

func TestOutputWritesEveryFormat(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(outputTF), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "out"), 0o755); err != nil {
		t.Fatal(err)
	}
	// A stale report is replaced, not appended to.
	if err := os.WriteFile(filepath.Join(dir, "out", "r.sarif"), []byte("stale"), 0o600); err != nil {
		t.Fatal(err)
	}
	formats := map[string]string{"json": "r.json", "sarif": "r.sarif", "junit": "r.xml", "github": "r.txt", "markdown": "r.md", "text": "r.log"}
	args := []string{"scan", "--format", "text", "--no-color"}
	for f, name := range formats {
		args = append(args, "--output", f+"="+filepath.Join("out", name))
	}
	code, _, stderr := runIn(t, dir, append(args, ".")...)
	if code != exitFindings {
		t.Fatalf("scan with --output: exit %d, want %d; stderr:\n%s", code, exitFindings, stderr)
	}
	for f, name := range formats {
		got, err := os.ReadFile(filepath.Join(dir, "out", name))
		if err != nil {
			t.Fatalf("--output %s: %v", f, err)
		}
		_, want, _ := runIn(t, dir, "scan", "--format", f, "--no-color", ".")
		if diff := cmp.Diff(want, string(got)); diff != "" {
			t.Errorf("--output %s differs from --format %s (-want +got):\n%s", f, f, diff)
		}
		fi, err := os.Stat(filepath.Join(dir, "out", name))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o644 {
			t.Errorf("--output %s: mode %v, want 0644", f, fi.Mode().Perm())
		}
	}
	entries, err := os.ReadDir(filepath.Join(dir, "out"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(formats) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("out/ holds %v; want only the %d reports (no temporary files left)", names, len(formats))
	}
}

func TestOutputUsageErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(outputTF), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "adir"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		outputs []string
		wantErr string
	}{
		{name: "no equals", outputs: []string{"report.sarif"}, wantErr: `invalid --output "report.sarif" (want FORMAT=FILE`},
		{name: "empty file", outputs: []string{"sarif="}, wantErr: `invalid --output "sarif="`},
		{name: "unknown format", outputs: []string{"html=r.html"}, wantErr: `invalid --output format "html"`},
		{name: "missing dir", outputs: []string{"sarif=nope/r.sarif"}, wantErr: "directory nope does not exist"},
		{name: "directory", outputs: []string{"sarif=adir"}, wantErr: "adir is a directory"},
		{name: "parent is a file", outputs: []string{"sarif=main.tf/r.sarif"}, wantErr: "main.tf is not a directory"},
		{name: "same file twice", outputs: []string{"sarif=r.out", "json=./r.out"}, wantErr: "r.out is already an output"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"scan"}
			for _, o := range tt.outputs {
				args = append(args, "--output", o)
			}
			code, stdout, stderr := runIn(t, dir, append(args, ".")...)
			if code != exitError {
				t.Errorf("exit %d, want %d", code, exitError)
			}
			// Usage errors come before the scan: nothing on stdout.
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tt.wantErr)
			}
		})
	}
	if os.Geteuid() != 0 {
		ro := filepath.Join(dir, "ro")
		if err := os.Mkdir(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := runIn(t, dir, "scan", "--output", "sarif=ro/r.sarif", ".")
		if code != exitError || !strings.Contains(stderr, "cannot write in ro") {
			t.Errorf("read-only dir: exit %d, stderr %q; want exit 2 and \"cannot write in ro\"", code, stderr)
		}
	}
}

// TestSARIFBuiltinCatalogueValidates checks the SARIF of a real scan, with
// the whole built-in catalogue's metadata, against the SARIF 2.1.0 schema
// vendored in report/testdata.
func TestSARIFBuiltinCatalogueValidates(t *testing.T) {
	schema, err := filepath.Abs(filepath.Join("..", "..", "report", "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	sch, err := jsonschema.NewCompiler().Compile(schema)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	examples, err := filepath.Abs(filepath.Join("..", "..", "testdata", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runIn(t, examples, "scan", "--format", "sarif", ".")
	if code == exitError {
		t.Fatalf("scan of testdata/examples: exit 2; stderr:\n%s", stderr)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(doc); err != nil {
		t.Errorf("SARIF of testdata/examples does not validate: %v", err)
	}
	if !strings.Contains(stdout, `"security-severity"`) || !strings.Contains(stdout, `"partialFingerprints"`) {
		t.Errorf("SARIF of testdata/examples has no rules or no results:\n%.2000s", stdout)
	}
}
