package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseConfig(t *testing.T) {
	dir := filepath.FromSlash("/repo")
	no := false
	tests := []struct {
		name string
		src  string
		want *config
	}{
		{name: "empty", src: "", want: &config{}},
		{name: "null document", src: "~\n", want: &config{}},
		{
			name: "every key",
			src: `severity: high
skip: [AWS-CT-001]
severity_overrides:
  AWS-KMS-001: critical
policies: [rules, /abs/rules]
exclude: ["examples/**", "*.tmp.tf"]
var_files: [prod.tfvars]
param_files: [arm/params.json]
vars:
  env: prod
  region: eu-west-1
params:
  location: westeurope
fail_on_inconclusive: false
unignorable: [AWS-EC2-001]
fix:
  always: [AWS-CT-002]
baseline: .preflight-baseline.json
`,
			want: &config{
				Severity:           "HIGH",
				Skip:               []string{"AWS-CT-001"},
				SeverityOverrides:  map[string]string{"AWS-KMS-001": "CRITICAL"},
				Policies:           []string{filepath.Join(dir, "rules"), filepath.FromSlash("/abs/rules")},
				Exclude:            []string{"examples/**", "*.tmp.tf"},
				VarFiles:           []string{filepath.Join(dir, "prod.tfvars")},
				ParamFiles:         []string{filepath.Join(dir, "arm", "params.json")},
				Vars:               []varArg{{name: "env", value: "prod"}, {name: "region", value: "eu-west-1"}},
				Params:             []string{"location=westeurope"},
				FailOnInconclusive: &no,
				Unignorable:        []string{"AWS-EC2-001"},
				FixAlways:          []string{"AWS-CT-002"},
				Baseline:           filepath.Join(dir, ".preflight-baseline.json"),
				ruleLines:          map[string]int{"AWS-CT-001": 2, "AWS-KMS-001": 4, "AWS-EC2-001": 15, "AWS-CT-002": 17},
			},
		},
		{name: "numbers in vars are strings", src: "vars:\n  count: 3\n", want: &config{Vars: []varArg{{name: "count", value: "3"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseConfig(".preflight.yaml", dir, []byte(tt.src))
			if err != nil {
				t.Fatalf("parseConfig: %v", err)
			}
			tt.want.File, tt.want.Dir = ".preflight.yaml", dir
			if tt.want.ruleLines == nil {
				tt.want.ruleLines = map[string]int{}
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(config{}, varArg{})); diff != "" {
				t.Errorf("parseConfig mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{name: "unknown key", src: "severity: LOW\n\nskip: []\nskipp: [X]\n", want: `.preflight.yaml:4: unknown key "skipp"`},
		{name: "duplicate key", src: "skip: []\nskip: []\n", want: `.preflight.yaml:2: duplicate key "skip"`},
		{name: "not a mapping", src: "- a\n", want: `.preflight.yaml:1: the config must be a mapping of keys to values`},
		{name: "syntax", src: "skip: [a\n", want: `.preflight.yaml:1: did not find expected ',' or ']'`},
		{name: "bad severity", src: "severity: URGENT\n", want: `.preflight.yaml:1: invalid severity "URGENT" (want CRITICAL, HIGH, MEDIUM or LOW)`},
		{name: "severity not a string", src: "severity: [HIGH]\n", want: `.preflight.yaml:1: want a string, got a list`},
		{name: "skip not a list", src: "skip: AWS-CT-001\n", want: `.preflight.yaml:1: want a list, got "AWS-CT-001"`},
		{name: "skip item a mapping", src: "skip:\n  - a: b\n", want: `.preflight.yaml:2: want a string, got a mapping`},
		{name: "empty item", src: "policies: ['']\n", want: `.preflight.yaml:1: empty string in list`},
		{name: "override severity", src: "severity_overrides:\n  AWS-CT-001: loud\n", want: `.preflight.yaml:2: invalid severity "loud" (want CRITICAL, HIGH, MEDIUM or LOW)`},
		{name: "overrides not a mapping", src: "severity_overrides: [a]\n", want: `.preflight.yaml:1: want a mapping, got a list`},
		{name: "bad glob", src: "exclude: ['a/[b']\n", want: `.preflight.yaml:1: invalid glob "a/[b"`},
		{name: "var file not a string", src: "var_files:\n  - [a]\n", want: `.preflight.yaml:2: want a string, got a list`},
		{name: "vars not a mapping", src: "vars: [a]\n", want: `.preflight.yaml:1: want a mapping, got a list`},
		{name: "var value a list", src: "vars:\n  a: [1]\n", want: `.preflight.yaml:2: want a string, got a list`},
		{name: "params value null", src: "params:\n  a:\n", want: `.preflight.yaml:2: want a string, got nothing`},
		{name: "fail_on_inconclusive not bool", src: "fail_on_inconclusive: yes please\n", want: `.preflight.yaml:1: want true or false, got "yes please"`},
		{name: "unignorable not a list", src: "unignorable: {a: b}\n", want: `.preflight.yaml:1: want a list, got a mapping`},
		{name: "fix unknown key", src: "fix:\n  sometimes: [a]\n", want: `.preflight.yaml:2: unknown key "sometimes" in fix`},
		{name: "fix always not a list", src: "fix:\n  always: a\n", want: `.preflight.yaml:2: want a list, got "a"`},
		{name: "baseline not a string", src: "baseline: [a]\n", want: `.preflight.yaml:1: want a string, got a list`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseConfig(".preflight.yaml", "/repo", []byte(tt.src))
			if err == nil {
				t.Fatalf("parseConfig = nil error; want %q", tt.want)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("parseConfig error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConfigUnknownRuleIDs checks that every key naming rules is checked
// against the catalogue and reported at its line.
func TestConfigUnknownRuleIDs(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{name: "skip", src: "skip: [AWS-CT-001]\n\nskip_typo_free: 1\n", want: `.preflight.yaml:3: unknown key "skip_typo_free"`},
		{name: "skip unknown", src: "severity: LOW\nskip: [AWS-NOPE-001]\n", want: `.preflight.yaml:2: unknown rule id "AWS-NOPE-001"`},
		{name: "override unknown", src: "severity_overrides:\n  AWS-NOPE-002: LOW\n", want: `.preflight.yaml:2: unknown rule id "AWS-NOPE-002"`},
		{name: "unignorable unknown", src: "unignorable:\n  - AWS-CT-001\n  - AWS-NOPE-003\n", want: `.preflight.yaml:3: unknown rule id "AWS-NOPE-003"`},
		{name: "fix always unknown", src: "fix:\n  always: [AWS-NOPE-004]\n", want: `.preflight.yaml:2: unknown rule id "AWS-NOPE-004"`},
		{name: "skipped id may be unignorable", src: "skip: [AWS-CT-001]\nunignorable: [AWS-CT-001]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			cfg, perr := parseConfig(".preflight.yaml", "/repo", []byte(tt.src))
			if perr != nil {
				err = perr
			} else {
				a := &app{}
				_, err = a.engine(context.Background(), &policyFlags{}, cfg)
			}
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestConfigSkipAndOverride(t *testing.T) {
	cfg, err := parseConfig(".preflight.yaml", "/repo", []byte("skip: [AWS-CT-001]\nseverity_overrides: {AWS-CT-002: CRITICAL}\n"))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := (&app{}).engine(context.Background(), &policyFlags{}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	sev := map[string]string{}
	for _, r := range eng.Rules() {
		sev[r.ID] = r.Severity
	}
	if _, ok := sev["AWS-CT-001"]; ok {
		t.Errorf("Rules() lists skipped AWS-CT-001")
	}
	if sev["AWS-CT-002"] != "CRITICAL" {
		t.Errorf("AWS-CT-002 severity = %q; want CRITICAL", sev["AWS-CT-002"])
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	mk := func(p string) {
		t.Helper()
		p = filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mk("outer/.preflight.yaml")     // above the repository: never read
	mk("outer/repo/.git/HEAD")      // the repository root
	mk("outer/repo/.preflight.yml") // found from below
	mk("outer/repo/infra/app/main.tf")
	mk("outer/repo/infra/app/.preflight.yaml")
	mk("outer/other/.git/HEAD")
	mk("outer/other/infra/main.tf")

	tests := []struct {
		start, want string
	}{
		{start: "outer/repo/infra/app/main.tf", want: "outer/repo/infra/app/.preflight.yaml"},
		{start: "outer/repo/infra", want: "outer/repo/.preflight.yml"},
		{start: "outer/repo", want: "outer/repo/.preflight.yml"},
		{start: "outer/other/infra/main.tf", want: ""},
		{start: "outer/other/missing", want: ""},
	}
	for _, tt := range tests {
		got, err := findConfig(filepath.Join(root, filepath.FromSlash(tt.start)))
		if err != nil {
			t.Fatalf("findConfig(%s): %v", tt.start, err)
		}
		want := ""
		if tt.want != "" {
			want = filepath.Join(root, filepath.FromSlash(tt.want))
		}
		if got != want {
			t.Errorf("findConfig(%s) = %q; want %q", tt.start, got, want)
		}
	}
}

func TestConfigExcluded(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	c := &config{Dir: dir, Exclude: []string{"examples", "**/*.test.tf", "modules/*/legacy.tf"}}
	tests := []struct {
		file string
		want bool
	}{
		{file: "main.tf", want: false},
		{file: "examples/a/main.tf", want: true},
		{file: "infra/x.test.tf", want: true},
		{file: "x.test.tf", want: true},
		{file: "modules/net/legacy.tf", want: true},
		{file: "modules/net/sub/legacy.tf", want: false},
		{file: "../elsewhere/examples/main.tf", want: false},
	}
	for _, tt := range tests {
		if got := c.excluded(filepath.FromSlash(tt.file)); got != tt.want {
			t.Errorf("excluded(%s) = %v; want %v", tt.file, got, tt.want)
		}
	}
	var nilConfig *config
	if nilConfig.excluded("main.tf") {
		t.Errorf("nil config excludes main.tf")
	}
}
