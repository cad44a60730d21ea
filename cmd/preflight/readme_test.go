package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMECommands runs every preflight command in the README's sh code
// blocks from the top of the repository, so that no documented command
// rots: each must exit 0 or 1 (findings), never 2 (an error).
func TestREADMECommands(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	var cmds []string
	inSh := false
	for _, line := range strings.Split(string(src), "\n") {
		switch {
		case strings.HasPrefix(line, "```sh"):
			inSh = true
		case strings.HasPrefix(line, "```"):
			inSh = false
		case inSh && (strings.HasPrefix(line, "preflight ") || strings.HasPrefix(line, "go run ./cmd/preflight ")):
			cmds = append(cmds, line)
		}
	}
	if len(cmds) < 10 {
		t.Fatalf("found %d preflight commands in README.md; the parser of this test is probably broken", len(cmds))
	}
	for _, cmd := range cmds {
		args, err := splitArgs(strings.TrimPrefix(strings.TrimPrefix(cmd, "go run ./cmd/preflight "), "preflight "))
		if err != nil {
			t.Fatalf("%s: %v", cmd, err)
		}
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), args, nil, strings.NewReader(""), &stdout, &stderr)
		if code != exitOK && code != exitFindings {
			t.Errorf("README command %q: exit %d; want 0 or 1\nstderr:\n%s", cmd, code, stderr.String())
		}
		if stdout.Len() == 0 {
			t.Errorf("README command %q printed nothing", cmd)
		}
	}
}
