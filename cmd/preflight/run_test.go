package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/spf13/pflag"

	"github.com/preflight-iac/preflight/parser/terraform"
)

func TestTerraformStyleFlags(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{name: "single dash", in: []string{"scan", "-var", "a=1", "-var-file", "x.tfvars"}, want: []string{"scan", "--var", "a=1", "--var-file", "x.tfvars"}},
		{name: "with equals", in: []string{"scan", "-var=a=1", "-var-file=x.tfvars"}, want: []string{"scan", "--var=a=1", "--var-file=x.tfvars"}},
		{name: "double dash untouched", in: []string{"scan", "--var", "a=1"}, want: []string{"scan", "--var", "a=1"}},
		{name: "similar flags untouched", in: []string{"scan", "-variable", "-v"}, want: []string{"scan", "-variable", "-v"}},
		{name: "after terminator untouched", in: []string{"scan", "--", "-var"}, want: []string{"scan", "--", "-var"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, terraformStyleFlags(tt.in)); diff != "" {
				t.Errorf("terraformStyleFlags(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestVarOrder checks that --var and --var-file reach the parser in the
// order they were given, across the two flags, with var files read.
func TestVarOrder(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.tfvars")
	b := filepath.Join(dir, "b.tfvars")
	for p, src := range map[string]string{a: "x = 1\n", b: "x = 2\n"} {
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var f varFlags
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	f.register(fs)
	if err := fs.Parse([]string{"--var", "x=0", "--var-file", a, "--var=y=a=b", "--var-file=" + b, "--var", " z =3"}); err != nil {
		t.Fatal(err)
	}
	got, err := f.parserOptions(map[string]string{"TF_VAR_x": "9", "TF_WORKSPACE": "prod", "HOME": "/root", "TF_LOG": "debug"})
	if err != nil {
		t.Fatal(err)
	}
	want := terraform.Options{
		Vars: []terraform.Var{
			{Name: "x", Value: "0"},
			{File: a, Src: []byte("x = 1\n")},
			{Name: "y", Value: "a=b"},
			{File: b, Src: []byte("x = 2\n")},
			{Name: "z", Value: "3"},
		},
		Env: map[string]string{"TF_VAR_x": "9", "TF_WORKSPACE": "prod"},
	}
	if diff := cmp.Diff(want, got.Terraform); diff != "" {
		t.Errorf("parserOptions mismatch (-want +got):\n%s", diff)
	}
}

func TestVarFlagErrors(t *testing.T) {
	for _, args := range [][]string{{"--var", "novalue"}, {"--var", "=x"}, {"--var-file", ""}} {
		var f varFlags
		fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
		fs.SetOutput(io.Discard)
		f.register(fs)
		if err := fs.Parse(args); err == nil {
			t.Errorf("Parse(%q) = nil error; want an error", args)
		}
	}
}

func TestUseColor(t *testing.T) {
	tests := []struct {
		name     string
		env      []string
		terminal bool
		noColor  bool
		want     bool
	}{
		{name: "terminal", terminal: true, want: true},
		{name: "not a terminal", terminal: false, want: false},
		{name: "NO_COLOR", env: []string{"NO_COLOR=1"}, terminal: true, want: false},
		{name: "empty NO_COLOR is unset", env: []string{"NO_COLOR="}, terminal: true, want: true},
		{name: "--no-color", terminal: true, noColor: true, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &app{env: parseEnv(tt.env), isTerminal: func(io.Writer) bool { return tt.terminal }}
			if got := a.useColor(tt.noColor); got != tt.want {
				t.Errorf("useColor(env %q, terminal %v, --no-color %v) = %v; want %v", tt.env, tt.terminal, tt.noColor, got, tt.want)
			}
		})
	}
}

func TestParseEnv(t *testing.T) {
	got := parseEnv([]string{"A=1", "B=x=y", "A=2", "NOEQUALS", "=bad"})
	want := map[string]string{"A": "2", "B": "x=y"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseEnv mismatch (-want +got):\n%s", diff)
	}
}
