package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// hostileTF asks, in every way Terraform offers, for a command to run. A
// static scanner must run none of them.
const hostileTF = `data "external" "pwn" {
  program = ["sh", "-c", "touch MARKER/external"]
}
resource "null_resource" "pwn" {
  provisioner "local-exec" {
    command = "touch MARKER/local-exec"
  }
}
locals {
  pwn = templatefile("/etc/passwd", {})
}
`

// TestScanOfflineAndReadOnly runs the built binary without any network
// (in a new network namespace, with unshare -rn) on a copy of the examples
// plus a file asking for commands to run, with a PATH whose terraform, git,
// sh and friends only record that they ran. The scan must give the same
// report as in-process, run nothing, and leave the scanned tree and its
// working directory exactly as they were: same files, modes, times and
// contents.
func TestScanOfflineAndReadOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("unshare is not installed")
	}
	if out, err := exec.Command(unshare, "-rn", "true").CombinedOutput(); err != nil {
		t.Skipf("unshare -rn is not permitted here: %v %s", err, out)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go toolchain to build the binary")
	}
	bin := filepath.Join(t.TempDir(), "preflight")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	marker := t.TempDir()
	fakeBin := t.TempDir()
	for _, name := range []string{"terraform", "tofu", "git", "sh", "bash", "az", "bicep", "curl", "wget"} {
		script := fmt.Sprintf("#!/bin/sh\necho ran > %s/%s\n", marker, name)
		if err := os.WriteFile(filepath.Join(fakeBin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	tree := copyTree(t, src, listFiles(t, src))
	if err := os.WriteFile(filepath.Join(tree, "aws", "hostile.tf"), []byte(strings.ReplaceAll(hostileTF, "MARKER", marker)), 0o644); err != nil {
		t.Fatal(err)
	}
	work := t.TempDir() // the binary's working directory: it must stay empty
	before, beforeWork := snapshot(t, tree), snapshot(t, work)

	// In process first: the reference report, and the first check that
	// nothing is written.
	var want, stderr bytes.Buffer
	code := run(context.Background(), []string{"scan", "--format", "json", tree}, nil, strings.NewReader(""), &want, &stderr)
	if code != exitFindings {
		t.Fatalf("in-process scan: exit %d; want %d\n%s", code, exitFindings, stderr.String())
	}
	if diff := cmp.Diff(before, snapshot(t, tree)); diff != "" {
		t.Errorf("the in-process scan changed the scanned tree (-before +after):\n%s", diff)
	}

	cmd := exec.Command(unshare, "-rn", bin, "scan", "--format", "json", tree)
	cmd.Dir = work
	cmd.Env = []string{
		"PATH=" + fakeBin,
		"HOME=" + work,
		"HTTP_PROXY=http://127.0.0.1:9", "HTTPS_PROXY=http://127.0.0.1:9", "NO_PROXY=",
		"GOPROXY=off",
	}
	var got bytes.Buffer
	stderr.Reset()
	cmd.Stdout, cmd.Stderr = &got, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitFindings {
		t.Fatalf("offline scan: %v; want exit %d\n%s", err, exitFindings, stderr.String())
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("offline report differs from the in-process one (-in-process +offline):\n%s", diff)
	}
	if diff := cmp.Diff(before, snapshot(t, tree)); diff != "" {
		t.Errorf("the offline scan changed the scanned tree (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(beforeWork, snapshot(t, work)); diff != "" {
		t.Errorf("the offline scan wrote to its working directory (-before +after):\n%s", diff)
	}
	if ran := snapshot(t, marker); len(ran) > 0 {
		t.Errorf("the scan ran commands: %v", ran)
	}
}

// snapshot describes every file and folder below root: mode, modification
// time, size and a hash of the contents.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		desc := fmt.Sprintf("%v %s %d", fi.Mode(), fi.ModTime().UTC().Format("2006-01-02T15:04:05.000000000"), fi.Size())
		if fi.Mode().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			desc += fmt.Sprintf(" %x", sha256.Sum256(data))
		}
		if rel != "." {
			out[filepath.ToSlash(rel)] = desc
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
