package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/preflight-iac/preflight/eval"
)

const (
	kmsKey = `
resource "aws_kms_key" "%s" {
  description         = "key"
  enable_key_rotation = false
}
`
	openSG = `
resource "aws_security_group" "admin" {
  name = "admin"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`
)

func kms(name string) string { return strings.ReplaceAll(kmsKey, "%s", name) }

// runHere runs preflight with args in dir and returns exit code, stdout and
// stderr.
func runHere(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a := &app{
		env:        map[string]string{},
		stdin:      strings.NewReader(""),
		stdout:     &stdout,
		stderr:     &stderr,
		isTerminal: func(io.Writer) bool { return false },
	}
	code := a.run(context.Background(), args)
	return code, stdout.String(), stderr.String()
}

func writeTestFile(t *testing.T, name, src string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

type jsonScan struct {
	Findings   []eval.Finding `json:"findings"`
	Suppressed []eval.Finding `json:"suppressed"`
}

func ids(fs []eval.Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.RuleID+" "+f.Resource)
	}
	return out
}

// TestBaselineRoundTrip writes a baseline, scans clean against it, adds a
// misconfiguration (only it fails), then removes a recorded one (the stale
// entry is reported).
func TestBaselineRoundTrip(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTestFile(t, ".git/HEAD", "ref: refs/heads/main\n")
	writeTestFile(t, "infra/main.tf", kms("a")+kms("b"))

	code, stdout, stderr := runHere(t, "baseline", "infra")
	if code != exitOK {
		t.Fatalf("baseline: exit %d; stderr:\n%s", code, stderr)
	}
	if want := "wrote .preflight-baseline.json with 2 entries\n"; stdout != want {
		t.Errorf("baseline stdout = %q; want %q", stdout, want)
	}
	data, err := os.ReadFile(defaultBaseline)
	if err != nil {
		t.Fatal(err)
	}
	var b baselineFile
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatal(err)
	}
	want := baselineFile{Version: "1", Findings: []baselineEntry{
		{Fingerprint: eval.Fingerprint("AWS-KMS-001", "aws_kms_key.a", "enable_key_rotation"), RuleID: "AWS-KMS-001", Resource: "aws_kms_key.a", File: "infra/main.tf"},
		{Fingerprint: eval.Fingerprint("AWS-KMS-001", "aws_kms_key.b", "enable_key_rotation"), RuleID: "AWS-KMS-001", Resource: "aws_kms_key.b", File: "infra/main.tf"},
	}}
	if want.Findings[0].Fingerprint > want.Findings[1].Fingerprint {
		want.Findings[0], want.Findings[1] = want.Findings[1], want.Findings[0]
	}
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("baseline file mismatch (-want +got):\n%s", diff)
	}

	// Clean against the baseline; the recorded findings are suppressed.
	code, stdout, stderr = runHere(t, "scan", "--baseline", defaultBaseline, "--format", "json", "infra")
	if code != exitOK {
		t.Fatalf("scan with baseline: exit %d; stderr:\n%s", code, stderr)
	}
	var got jsonScan
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{}, ids(got.Findings)); diff != "" {
		t.Errorf("findings mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"AWS-KMS-001 aws_kms_key.a", "AWS-KMS-001 aws_kms_key.b"}, ids(got.Suppressed)); diff != "" {
		t.Errorf("suppressed mismatch (-want +got):\n%s", diff)
	}
	for _, f := range got.Suppressed {
		wantS := &eval.Suppression{Source: "baseline", Reason: "in baseline .preflight-baseline.json", File: ".preflight-baseline.json"}
		if diff := cmp.Diff(wantS, f.Suppression); diff != "" {
			t.Errorf("suppression mismatch (-want +got):\n%s", diff)
		}
	}

	// A new misconfiguration fails the run alone; the config names the
	// baseline instead of the flag.
	writeTestFile(t, ".preflight.yaml", "baseline: .preflight-baseline.json\n")
	writeTestFile(t, "infra/main.tf", kms("a")+kms("b")+openSG)
	code, stdout, _ = runHere(t, "scan", "--format", "json", "infra")
	if code != exitFindings {
		t.Errorf("scan with a new finding: exit %d; want %d", code, exitFindings)
	}
	got = jsonScan{}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"AWS-EC2-001 aws_security_group.admin"}, ids(got.Findings)); diff != "" {
		t.Errorf("findings mismatch (-want +got):\n%s", diff)
	}

	// Removing a recorded misconfiguration leaves a stale entry.
	writeTestFile(t, "infra/main.tf", kms("a"))
	code, stdout, stderr = runHere(t, "scan", "infra")
	if code != exitOK {
		t.Errorf("scan after a fix: exit %d; want 0; stderr:\n%s", code, stderr)
	}
	wantWarn := "1 baseline entry no longer occurs in the scanned files; run preflight baseline to refresh .preflight-baseline.json."
	if !strings.Contains(stdout, wantWarn) {
		t.Errorf("text report does not say %q:\n%s", wantWarn, stdout)
	}
	_, _, stderr = runHere(t, "scan", "--format", "json", "infra")
	if !strings.Contains(stderr, wantWarn) {
		t.Errorf("stderr of a JSON scan does not say %q:\n%s", wantWarn, stderr)
	}
}

func TestReadBaselineErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	tests := []struct {
		name, src, want string
	}{
		{name: "not json", src: "{", want: "read baseline b.json: unexpected EOF"},
		{name: "unknown field", src: `{"version":"1","findings":[],"extra":1}`, want: `read baseline b.json: json: unknown field "extra"`},
		{name: "version", src: `{"version":"2","findings":[]}`, want: `read baseline b.json: unsupported version "2" (want "1")`},
		{name: "no fingerprint", src: `{"version":"1","findings":[{"rule_id":"X"}]}`, want: "read baseline b.json: entry 1 has no fingerprint"},
	}
	for _, tt := range tests {
		writeTestFile(t, "b.json", tt.src)
		_, err := readBaseline("b.json")
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%s: readBaseline error = %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestBaselineNotWrittenOnError(t *testing.T) {
	t.Chdir(t.TempDir())
	writeTestFile(t, ".git/HEAD", "ref: refs/heads/main\n")
	writeTestFile(t, "main.tf", "resource \"aws_kms_key\" \"a\" {\n")
	code, _, _ := runHere(t, "baseline", "--output", "b.json", ".")
	if code != exitError {
		t.Errorf("baseline of a broken file: exit %d; want %d", code, exitError)
	}
	if _, err := os.Stat("b.json"); !os.IsNotExist(err) {
		t.Errorf("baseline written despite a syntax error (stat: %v)", err)
	}
}
