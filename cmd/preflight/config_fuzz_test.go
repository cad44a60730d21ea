package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// FuzzConfig feeds arbitrary text to the .preflight.yaml parser. It must
// not panic, and it either returns a config or a *configError naming the
// file, whose line (when it has one) lies within the source: the line is
// what the user is sent to.
func FuzzConfig(f *testing.F) {
	// Seeds: every config of the script scenarios, and shapes the parser
	// treats specially.
	archives, _ := filepath.Glob(filepath.Join("testdata", "script", "*.txtar"))
	for _, file := range archives {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			continue
		}
		for _, fl := range ar.Files {
			if fl.Name == ".preflight.yaml" || fl.Name == ".preflight.yml" {
				f.Add(fl.Data)
			}
		}
	}
	for _, s := range []string{
		"", "~\n", "[]\n", "severity: high\nskip: [AWS-CT-001]\n",
		"vars:\n  a: 1\n  b: [x]\n", "a: &x [*x]\n", "fix:\n  always: [X]\n",
		"severity_overrides: {AWS-KMS-001: low}\n", "exclude: ['**/[']\n",
		"skip: AWS-CT-001\nskip: x\n", "\t- bad\n", "key: \"unterminated\n",
	} {
		f.Add([]byte(s))
	}
	dir := filepath.FromSlash("/repo")
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := parseConfig(".preflight.yaml", dir, src)
		if err == nil {
			if c == nil {
				t.Fatalf("parseConfig(%q) returned neither a config nor an error", src)
			}
			return
		}
		var ce *configError
		if !errors.As(err, &ce) {
			t.Fatalf("parseConfig(%q) error %T %v; want a *configError", src, err, err)
		}
		if !strings.HasPrefix(err.Error(), ".preflight.yaml") {
			t.Errorf("parseConfig(%q) error %q does not name the file", src, err)
		}
		// YAML breaks lines at \n, \r\n and a lone \r, and reports some
		// errors one line past the last (an unexpected end of input after
		// a final line break).
		text := strings.ReplaceAll(string(src), "\r\n", "\n")
		if lines := strings.Count(text, "\n") + strings.Count(text, "\r") + 2; ce.line < 0 || ce.line > lines {
			t.Errorf("parseConfig(%q) error at line %d, outside the %d lines of the source", src, ce.line, lines)
		}
	})
}

// TestConfigTooLarge checks that an oversized config is refused before it
// is parsed, with an error naming the file.
func TestConfigTooLarge(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".preflight.yaml")
	if err := os.WriteFile(p, []byte("# "+strings.Repeat("x", maxConfigSize)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := loadConfig(p)
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("loadConfig(%d-byte config) = %v; want a size error", maxConfigSize, err)
	}
}
