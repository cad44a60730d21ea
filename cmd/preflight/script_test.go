package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata")

// TestScripts runs each testdata/script/*.txtar scenario. An archive's
// comment holds the description and directives, one per line:
//
//	args: scan --severity HIGH .   the command line after "preflight" (quotes allowed)
//	env: NAME=value                an environment variable (repeatable; nothing else is set)
//	tty: true                      stdout is a terminal
//	exit: 1                        the expected exit code
//
// The files "stdout" and "stderr" are the expected output, with ESC shown as
// <ESC>; every other file is input, extracted into a temporary directory that
// becomes the working directory. -update rewrites exit, stdout and stderr.
func TestScripts(t *testing.T) {
	archives, err := filepath.Glob(filepath.Join("testdata", "script", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(archives) == 0 {
		t.Fatal("no scenarios in testdata/script")
	}
	for _, file := range archives {
		// Absolute, because each scenario runs in its own directory.
		file, err := filepath.Abs(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runScript(t, file)
		})
	}
}

type script struct {
	args    []string
	env     []string
	tty     bool
	exit    int
	hasExit bool
	hasArgs bool
}

func parseScript(comment []byte) (script, error) {
	var s script
	for _, line := range strings.Split(string(comment), "\n") {
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch key {
		case "args":
			args, err := splitArgs(value)
			if err != nil {
				return s, fmt.Errorf("args: %w", err)
			}
			s.args, s.hasArgs = args, true
		case "env":
			s.env = append(s.env, value)
		case "tty":
			s.tty = value == "true"
		case "exit":
			n, err := strconv.Atoi(value)
			if err != nil {
				return s, fmt.Errorf("exit: %w", err)
			}
			s.exit, s.hasExit = n, true
		}
	}
	if !s.hasArgs {
		return s, fmt.Errorf("no args: line")
	}
	return s, nil
}

func runScript(t *testing.T, file string) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s, err := parseScript(ar.Comment)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	dir := t.TempDir()
	var wantStdout, wantStderr string
	for _, f := range ar.Files {
		switch f.Name {
		case "stdout":
			wantStdout = string(f.Data)
			continue
		case "stderr":
			wantStderr = string(f.Data)
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)

	var stdout, stderr bytes.Buffer
	a := &app{
		env:        parseEnv(s.env),
		stdin:      strings.NewReader(""),
		stdout:     &stdout,
		stderr:     &stderr,
		isTerminal: func(io.Writer) bool { return s.tty },
	}
	code := a.run(context.Background(), s.args)
	gotStdout, gotStderr := visible(stdout.String(), dir), visible(stderr.String(), dir)

	if *update {
		rewriteScript(t, file, ar, code, gotStdout, gotStderr)
		return
	}
	if !s.hasExit || code != s.exit {
		t.Errorf("preflight %s: exit %d; want %d", strings.Join(s.args, " "), code, s.exit)
	}
	if diff := cmp.Diff(wantStdout, gotStdout); diff != "" {
		t.Errorf("preflight %s: stdout mismatch (-want +got):\n%s", strings.Join(s.args, " "), diff)
	}
	if diff := cmp.Diff(wantStderr, gotStderr); diff != "" {
		t.Errorf("preflight %s: stderr mismatch (-want +got):\n%s", strings.Join(s.args, " "), diff)
	}
}

// visible makes output stable and reviewable: the temporary directory
// becomes $WORK and ESC becomes <ESC>.
func visible(s, dir string) string {
	s = strings.ReplaceAll(s, dir, "$WORK")
	return strings.ReplaceAll(s, "\x1b", "<ESC>")
}

func rewriteScript(t *testing.T, file string, ar *txtar.Archive, code int, stdout, stderr string) {
	t.Helper()
	var comment []string
	hasExit := false
	for _, line := range strings.Split(strings.TrimSuffix(string(ar.Comment), "\n"), "\n") {
		if strings.HasPrefix(line, "exit:") {
			line, hasExit = fmt.Sprintf("exit: %d", code), true
		}
		comment = append(comment, line)
	}
	if !hasExit {
		comment = append(comment, fmt.Sprintf("exit: %d", code))
	}
	out := &txtar.Archive{Comment: []byte(strings.Join(comment, "\n") + "\n")}
	for _, f := range ar.Files {
		if f.Name != "stdout" && f.Name != "stderr" {
			out.Files = append(out.Files, f)
		}
	}
	out.Files = append(out.Files,
		txtar.File{Name: "stdout", Data: []byte(stdout)},
		txtar.File{Name: "stderr", Data: []byte(stderr)},
	)
	if err := os.WriteFile(file, txtar.Format(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

// splitArgs splits a command line at spaces, honouring single and double
// quotes (no escapes inside single quotes; \" and \\ inside double quotes).
func splitArgs(s string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inArg, quote := false, rune(0)
	runes := []rune(s)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case quote == '"':
			switch {
			case r == '"':
				quote = 0
			case r == '\\' && i+1 < len(runes) && (runes[i+1] == '"' || runes[i+1] == '\\'):
				i++
				cur.WriteRune(runes[i])
			default:
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote, inArg = r, true
		case r == ' ' || r == '\t':
			if inArg {
				args = append(args, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteRune(r)
			inArg = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated quote in %q", s)
	}
	if inArg {
		args = append(args, cur.String())
	}
	return args, nil
}

func TestSplitArgs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{in: "scan .", want: []string{"scan", "."}},
		{in: `scan --var 'tags={"a" = 1}'  --var "x=a b"`, want: []string{"scan", "--var", `tags={"a" = 1}`, "--var", "x=a b"}},
		{in: `scan --var x=""`, want: []string{"scan", "--var", "x="}},
		{in: `a "q\"uote"`, want: []string{"a", `q"uote`}},
	}
	for _, tt := range tests {
		got, err := splitArgs(tt.in)
		if err != nil {
			t.Fatalf("splitArgs(%q) = %v", tt.in, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("splitArgs(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	if _, err := splitArgs(`a 'b`); err == nil {
		t.Errorf("splitArgs(%q) = nil error; want unterminated quote", `a 'b`)
	}
}
