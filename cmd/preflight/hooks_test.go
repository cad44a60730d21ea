package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"

	"github.com/preflight-iac/preflight/report"
)

// preCommitHook is one entry of a .pre-commit-hooks.yaml manifest, with the
// keys pre-commit documents for it; decoding with KnownFields makes a
// misspelt key (which pre-commit only warns about) fail the test.
type preCommitHook struct {
	ID                      string   `yaml:"id"`
	Name                    string   `yaml:"name"`
	Description             string   `yaml:"description"`
	Entry                   string   `yaml:"entry"`
	Language                string   `yaml:"language"`
	Files                   string   `yaml:"files"`
	Exclude                 string   `yaml:"exclude"`
	Types                   []string `yaml:"types"`
	TypesOr                 []string `yaml:"types_or"`
	ExcludeTypes            []string `yaml:"exclude_types"`
	AlwaysRun               bool     `yaml:"always_run"`
	FailFast                bool     `yaml:"fail_fast"`
	Verbose                 bool     `yaml:"verbose"`
	PassFilenames           *bool    `yaml:"pass_filenames"`
	RequireSerial           bool     `yaml:"require_serial"`
	Args                    []string `yaml:"args"`
	Stages                  []string `yaml:"stages"`
	AdditionalDependencies  []string `yaml:"additional_dependencies"`
	LanguageVersion         string   `yaml:"language_version"`
	MinimumPreCommitVersion string   `yaml:"minimum_pre_commit_version"`
	LogFile                 string   `yaml:"log_file"`
	DefaultInstallHookTypes []string `yaml:"default_install_hook_types"`
}

func readPreCommitHooks(t *testing.T) []preCommitHook {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	var hooks []preCommitHook
	if err := dec.Decode(&hooks); err != nil {
		t.Fatalf("decode .pre-commit-hooks.yaml: %v", err)
	}
	return hooks
}

func TestPreCommitHooksManifest(t *testing.T) {
	hooks := readPreCommitHooks(t)
	var ids []string
	for _, h := range hooks {
		ids = append(ids, h.ID)
		if h.Name == "" || h.Description == "" {
			t.Errorf("hook %q: name and description are shown by pre-commit and must be set", h.ID)
		}
		// pre-commit builds the repository with go install ./..., which
		// names the binary after its directory; the entry must call that
		// binary and a subcommand that exists, so that a hook is never
		// shipped for a command that is not there yet.
		words := strings.Fields(h.Entry)
		if len(words) < 2 {
			t.Errorf("hook %q: entry %q; want a binary and a subcommand", h.ID, h.Entry)
			continue
		}
		dir, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		if words[0] != filepath.Base(dir) {
			t.Errorf("hook %q: entry runs %q; go install builds %q", h.ID, words[0], filepath.Base(dir))
		}
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), []string{words[1], "--help"}, nil, strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Errorf("hook %q: %q --help exits %d; stderr:\n%s", h.ID, words[1], code, stderr.String())
		}
		// An unknown subcommand with --help prints the root help and exits
		// 0, so look for the subcommand's own usage line.
		if !strings.Contains(stdout.String(), "Usage:\n  preflight "+words[1]+" ") {
			t.Errorf("hook %q: %q is not a preflight subcommand (help printed %q)", h.ID, words[1], stdout.String())
		}
	}
	if !slices.Contains(ids, "preflight") {
		t.Fatalf("hook ids %q; want one named preflight", ids)
	}

	h := hooks[slices.Index(ids, "preflight")]
	got := preCommitHook{Entry: h.Entry, Language: h.Language, PassFilenames: h.PassFilenames, RequireSerial: h.RequireSerial}
	yes := true
	want := preCommitHook{Entry: "preflight scan", Language: "golang", PassFilenames: &yes, RequireSerial: true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hook preflight (-want +got):\n%s", diff)
	}
	if !slices.Contains(ids, "preflight-fix") {
		t.Fatalf("hook ids %q; want one named preflight-fix", ids)
	}
	fh := hooks[slices.Index(ids, "preflight-fix")]
	got = preCommitHook{Entry: fh.Entry, Language: fh.Language, PassFilenames: fh.PassFilenames, RequireSerial: fh.RequireSerial, Files: fh.Files}
	want = preCommitHook{Entry: "preflight fix --always", Language: "golang", PassFilenames: &yes, RequireSerial: true, Files: h.Files}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hook preflight-fix (-want +got):\n%s", diff)
	}

	// pre-commit matches files with Python's re.search on the path relative
	// to the repository root; Go's MatchString also searches, and the
	// pattern uses nothing the two dialects read differently.
	re, err := regexp.Compile(h.Files)
	if err != nil {
		t.Fatalf("hook preflight: files %q: %v", h.Files, err)
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"main.tf", true},
		{"infra/network/variables.tf", true},
		{"main.tf.json", true},
		{"prod.tfvars", true},
		{"env/prod.tfvars.json", true},
		{"arm/azuredeploy.json", true},
		{"arm/azuredeploy.parameters.json", true},
		{"arm/template.jsonc", true},
		{"README.md", false},
		{"main.tf.bak", false},
		{"main.tfx", false},
		{"terraform.tfstate", false},
		{".terraform.lock.hcl", false},
		{"modules/vpc/main.hcl", false},
		{"tf/notes.txt", false},
	} {
		if got := re.MatchString(tc.name); got != tc.want {
			t.Errorf("hook preflight: files %q matches %q = %v; want %v", h.Files, tc.name, got, tc.want)
		}
	}
}

// actionFile is the part of action.yml this test checks.
type actionFile struct {
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
	Inputs      map[string]struct {
		Description string `yaml:"description"`
		Required    bool   `yaml:"required"`
		Default     string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string           `yaml:"using"`
		Steps []map[string]any `yaml:"steps"`
	} `yaml:"runs"`
}

func TestActionManifest(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(src, &a); err != nil {
		t.Fatalf("decode action.yml: %v", err)
	}
	if a.Name == "" || a.Description == "" {
		t.Errorf("action.yml: name %q, description %q; GitHub requires both", a.Name, a.Description)
	}
	if a.Runs.Using != "composite" {
		t.Errorf("action.yml: runs.using %q; want composite", a.Runs.Using)
	}

	var names []string
	for name, in := range a.Inputs {
		names = append(names, name)
		if in.Description == "" {
			t.Errorf("action.yml: input %q has no description", name)
		}
	}
	sort.Strings(names)
	want := []string{"baseline", "changed-since", "fail-on-inconclusive", "go-version", "path", "sarif-file", "severity", "version"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("action.yml inputs (-want +got):\n%s", diff)
	}

	// Every input is used by a step and every input a step uses exists;
	// an unknown one would silently expand to the empty string.
	steps, err := yaml.Marshal(a.Runs.Steps)
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	for _, m := range regexp.MustCompile(`inputs\.([A-Za-z0-9_-]+)`).FindAllStringSubmatch(string(steps), -1) {
		used[m[1]] = true
	}
	for name := range used {
		if _, ok := a.Inputs[name]; !ok {
			t.Errorf("action.yml: a step uses inputs.%s, which is not declared", name)
		}
	}
	for _, name := range names {
		if !used[name] {
			t.Errorf("action.yml: input %q is declared but no step uses it", name)
		}
	}

	// The default severity must be one scan accepts.
	if sev := a.Inputs["severity"].Default; report.SeverityRank(strings.ToUpper(sev)) == 0 {
		t.Errorf("action.yml: default severity %q is not a level scan accepts", sev)
	}

	// docs/ci.md documents the action: each input appears there.
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if !bytes.Contains(doc, []byte("`"+name+"`")) {
			t.Errorf("docs/ci.md does not document the action input `%s`", name)
		}
	}
}

// hookRepo is a temporary git repository with pre-commit installed and
// some of preflight's hooks configured, for tests that commit through them.
// The hooks are declared as local, language: system hooks pointing at a
// freshly built binary, with the entry, files and flags of
// .pre-commit-hooks.yaml, so what is tested is what users get minus the
// go install that pre-commit does for language: golang.
type hookRepo struct {
	t   *testing.T
	dir string
	env []string
}

func newHookRepo(t *testing.T, ids ...string) *hookRepo {
	t.Helper()
	if testing.Short() {
		t.Skip("builds preflight and runs git and pre-commit")
	}
	for _, tool := range []string{"git", "pre-commit", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH", tool)
		}
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin", "preflight")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var local []any
	for _, h := range readPreCommitHooks(t) {
		if !slices.Contains(ids, h.ID) {
			continue
		}
		local = append(local, map[string]any{
			"id":             h.ID,
			"name":           h.Name,
			"entry":          bin + " " + strings.Join(strings.Fields(h.Entry)[1:], " "),
			"language":       "system",
			"files":          h.Files,
			"pass_filenames": h.PassFilenames == nil || *h.PassFilenames,
			"require_serial": h.RequireSerial,
		})
	}
	if len(local) != len(ids) {
		t.Fatalf("want hooks %q in .pre-commit-hooks.yaml", ids)
	}
	r := &hookRepo{t: t, dir: filepath.Join(tmp, "repo")}
	// A clean environment: no user git config, hook cache under tmp.
	r.env = append(os.Environ(),
		"HOME="+tmp,
		"XDG_CONFIG_HOME="+filepath.Join(tmp, "config"),
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_GLOBAL="+filepath.Join(tmp, "gitconfig"),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-cache"),
		"NO_COLOR=1",
	)
	cfg, err := yaml.Marshal(map[string]any{"repos": []any{map[string]any{"repo": "local", "hooks": local}}})
	if err != nil {
		t.Fatal(err)
	}
	r.write(".pre-commit-config.yaml", string(cfg))
	r.must("git", "init", "-q", "-b", "main")
	r.must("git", "config", "user.name", "preflight test")
	r.must("git", "config", "user.email", "test@example.com")
	r.must("git", "config", "commit.gpgsign", "false")
	r.must("pre-commit", "install")
	r.must("git", "add", ".pre-commit-config.yaml")
	r.must("git", "commit", "-q", "-m", "config")
	return r
}

func (r *hookRepo) run(name string, args ...string) (string, error) {
	c := exec.Command(name, args...)
	c.Dir, c.Env = r.dir, r.env
	out, err := c.CombinedOutput()
	return string(out), err
}

func (r *hookRepo) must(name string, args ...string) {
	r.t.Helper()
	if out, err := r.run(name, args...); err != nil {
		r.t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

func (r *hookRepo) write(name, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func (r *hookRepo) read(name string) string {
	r.t.Helper()
	src, err := os.ReadFile(filepath.Join(r.dir, name))
	if err != nil {
		r.t.Fatal(err)
	}
	return string(src)
}

// TestPreCommitHookCommits commits through the preflight hook: a staged bad
// file is refused, a good one passes, a staged .tfvars rescans its module.
func TestPreCommitHookCommits(t *testing.T) {
	r := newHookRepo(t, "preflight")
	const sg = `variable "ssh_cidr" {
  type    = string
  default = "10.0.0.0/8"
}

resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [%s]
  }
}
`
	steps := []struct {
		name    string
		file    string
		content string
		refused bool
	}{
		{"open SSH is refused", "infra/main.tf", strings.Replace(sg, "%s", `"0.0.0.0/0"`, 1), true},
		{"a restricted source passes", "infra/main.tf", strings.Replace(sg, "%s", "var.ssh_cidr", 1), false},
		// Only the tfvars file is staged, yet its module is scanned with
		// it: the value it sets opens SSH in main.tf.
		{"a tfvars change rescans its module", "infra/terraform.tfvars", `ssh_cidr = "0.0.0.0/0"` + "\n", true},
		// The module is now bad (committed with --no-verify below), but a
		// commit that touches no file the hook matches does not run it.
		{"a file the hook does not match is not scanned", "NOTES.md", "notes\n", false},
	}
	for _, s := range steps {
		r.write(s.file, s.content)
		r.must("git", "add", s.file)
		out, err := r.run("git", "commit", "-m", s.name)
		t.Logf("%s:\n%s", s.name, out)
		switch {
		case s.refused && err == nil:
			t.Errorf("%s: the commit went through; want it refused\n%s", s.name, out)
		case s.refused && !strings.Contains(out, "AWS-EC2-001"):
			t.Errorf("%s: the commit was refused without naming the rule AWS-EC2-001:\n%s", s.name, out)
		case !s.refused && err != nil:
			t.Errorf("%s: the commit was refused; want it to pass: %v\n%s", s.name, err, out)
		}
		if s.refused && err != nil {
			// Keep the change, as a user overriding the hook would, so the
			// next step starts from it.
			r.must("git", "commit", "-q", "--no-verify", "-m", s.name)
		}
	}
}

// TestPreCommitFixHook is Always Fix: with AWS-KMS-001 under fix.always,
// committing a key without rotation is refused once while the hook rewrites
// the file; staging the fix lets the commit through. A finding of a rule
// not under fix.always is left alone.
func TestPreCommitFixHook(t *testing.T) {
	r := newHookRepo(t, "preflight-fix")
	r.write(".preflight.yaml", "fix:\n  always: [AWS-KMS-001]\n")
	r.must("git", "add", ".preflight.yaml")
	r.must("git", "commit", "-q", "-m", "always fix key rotation")

	const key = `# The key for the audit logs.
resource "aws_kms_key" "audit" {
  description         = "audit logs"
  enable_key_rotation = false # rotation was forgotten
}

resource "aws_db_instance" "db" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  publicly_accessible = true
}
`
	r.write("infra/main.tf", key)
	r.must("git", "add", "infra/main.tf")
	out, err := r.run("git", "commit", "-m", "add the audit key")
	t.Logf("first commit:\n%s", out)
	if err == nil {
		t.Fatalf("the commit went through; want it refused while the hook fixes the file\n%s", out)
	}
	fixed := r.read("infra/main.tf")
	want := strings.Replace(key, "enable_key_rotation = false", "enable_key_rotation = true", 1)
	if fixed != want {
		t.Errorf("the hook left infra/main.tf as\n%s\nwant\n%s", fixed, want)
	}
	r.must("git", "add", "infra/main.tf")
	out, err = r.run("git", "commit", "-m", "add the audit key")
	t.Logf("second commit:\n%s", out)
	if err != nil {
		t.Errorf("the commit of the fixed file was refused: %v\n%s", err, out)
	}
}
