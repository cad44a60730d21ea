// Package policytest runs the tests of a policy catalogue the way
// `preflight test` does: the Rego unit tests (*_test.rego, with OPA's
// tester) and the fixture cases, IaC files pushed through the real parsers
// and rules that must give findings, nothing, or inconclusive results on
// the lines they mark.
//
// A fixture folder is named after the rule it tests and holds cases named
// by their kind: bad*, good* and unknown*, each a file (.tf, .json) or a
// folder (a whole module or template with its parameter files):
//
//	testdata/ACME-S3-001/bad.tf
//	testdata/ACME-S3-001/good.tf
//	testdata/ACME-S3-001/unknown/main.tf
//	testdata/ACME-S3-001/unknown/terraform.tfvars
//
// A bad case marks each line where a finding of the rule must start with
// `# want "ACME-S3-001"` (`// want` in ARM templates; `want+1` for the next
// line). A good case must give no finding and no inconclusive result of the
// rule. An unknown case must give no finding, and inconclusive results,
// each with a cause, exactly on its marked lines.
package policytest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/policies"
)

// Result is the outcome of one Rego unit test or one fixture case.
type Result struct {
	// Kind is "rego" or "fixture".
	Kind string `json:"kind"`
	// Name is the test rule (data.acme.s3_test.test_public) or the case
	// (ACME-S3-001/bad.tf).
	Name string `json:"name"`
	// Location is the file:line of the test, or the path of the case.
	Location string `json:"location"`
	// Failure says what went wrong; empty when the test passed.
	Failure  string        `json:"failure,omitempty"`
	Duration time.Duration `json:"duration_ns"`
}

// Passed reports whether the test passed.
func (r Result) Passed() bool { return r.Failure == "" }

// Modules returns the Rego modules to unit-test, by file name: with builtin,
// the whole embedded catalogue and its tests; then every .rego file below
// each of dirs (folders starting with "." skipped), with the policy library
// and its test helpers (data.lib.testing) so user tests can use them.
// Tested reports which files' tests belong to the run (the library's own
// tests do not when only dirs are tested).
func Modules(builtin bool, dirs []string) (modules map[string]*ast.Module, tested map[string]bool, err error) {
	modules = map[string]*ast.Module{}
	tested = map[string]bool{}
	add := func(name string, src []byte, test bool) error {
		m, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		modules[name] = m
		tested[name] = test
		return nil
	}
	err = fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		inLib := strings.HasPrefix(p, "lib/")
		isTest := strings.HasSuffix(p, "_test.rego")
		if !builtin && !(inLib && (!isTest || p == "lib/testing_test.rego")) {
			return nil
		}
		src, err := fs.ReadFile(policies.FS, p)
		if err != nil {
			return err
		}
		return add("builtin/"+p, src, builtin)
	})
	if err != nil {
		return nil, nil, err
	}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != dir && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(p, ".rego") {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return add(p, src, true)
		})
		if err != nil {
			return nil, nil, fmt.Errorf("read policies: %w", err)
		}
	}
	return modules, tested, nil
}

// Rego runs the test_ rules of the tested modules. filter, when not empty,
// is a regular expression test names must match.
func Rego(ctx context.Context, modules map[string]*ast.Module, tested map[string]bool, filter string) ([]Result, error) {
	runner := tester.NewRunner().SetTimeout(time.Minute)
	if filter != "" {
		runner = runner.Filter(filter)
	}
	ch, err := runner.Run(ctx, modules)
	if err != nil {
		return nil, fmt.Errorf("run Rego tests: %w", err)
	}
	type ordered struct {
		Result
		file string
		row  int
	}
	var all []ordered
	for r := range ch {
		if r.Location == nil || !tested[r.Location.File] {
			continue
		}
		res := Result{
			Kind:     "rego",
			Name:     r.Package + "." + r.Name,
			Location: fmt.Sprintf("%s:%d", strings.TrimPrefix(r.Location.File, "builtin/"), r.Location.Row),
			Duration: r.Duration,
		}
		switch {
		case r.Skip:
			continue
		case r.Error != nil:
			res.Failure = "error: " + r.Error.Error()
		case r.Fail:
			res.Failure = "failed"
			if at := failedAt(ctx, modules, r); at != nil {
				res.Failure = fmt.Sprintf("failed at line %d: %s", at.Row, at.Text)
			}
		}
		all = append(all, ordered{res, r.Location.File, r.Location.Row})
	}
	// Runner order depends on scheduling: sort by file, then line.
	slices.SortFunc(all, func(a, b ordered) int {
		if c := strings.Compare(a.file, b.file); c != 0 {
			return c
		}
		return a.row - b.row
	})
	results := make([]Result, len(all))
	for i, o := range all {
		results[i] = o.Result
	}
	return results, nil
}

// failedAt reruns a failed test with tracing to find the last expression of
// the test file that failed: tracing every test would slow the passing
// ones down.
func failedAt(ctx context.Context, modules map[string]*ast.Module, r *tester.Result) *ast.Location {
	name := "^" + regexp.QuoteMeta(r.Package+"."+r.Name) + "$"
	ch, err := tester.NewRunner().SetTimeout(time.Minute).EnableTracing(true).Filter(name).Run(ctx, modules)
	if err != nil {
		return nil
	}
	var at *ast.Location
	for res := range ch {
		for _, e := range res.Trace {
			if e.Op != topdown.FailOp || e.Location == nil || e.Location.File != r.Location.File {
				continue
			}
			if _, ok := e.Node.(*ast.Expr); ok && len(e.Location.Text) > 0 {
				at = e.Location
			}
		}
	}
	return at
}

// Case is one fixture case of a rule.
type Case struct {
	Rule string
	// Kind is bad, good or unknown.
	Kind string
	// Path is the case file or folder.
	Path string
}

// Name is RULE/<case file or folder name>.
func (c Case) Name() string { return c.Rule + "/" + filepath.Base(c.Path) }

// caseKinds are the case kinds, recognised as name prefixes.
var caseKinds = []string{"bad", "good", "unknown"}

// caseFiles maps a single-file case's extension to the name it gets in the
// scratch folder it is scanned in: parser.Load reads whole folders, and an
// ARM template is recognised by its $schema whatever its name.
var caseFiles = map[string]string{".tf": "main.tf", ".json": "azuredeploy.json"}

// Cases finds the fixture cases below root: every folder whose name is one
// of rules holds cases. Other entries of such a folder (a README) are left
// alone. The cases are sorted by rule, then name.
func Cases(root string, rules []string) ([]Case, error) {
	known := map[string]bool{}
	for _, id := range rules {
		known[id] = true
	}
	var cases []Case
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || !known[d.Name()] {
			return err
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return err
		}
		for _, e := range entries {
			name := e.Name()
			kind := caseKind(name)
			if kind == "" || (!e.IsDir() && caseFiles[filepath.Ext(name)] == "") {
				continue
			}
			cases = append(cases, Case{Rule: d.Name(), Kind: kind, Path: filepath.Join(p, name)})
		}
		return filepath.SkipDir
	})
	if err != nil {
		return nil, fmt.Errorf("find fixtures: %w", err)
	}
	slices.SortFunc(cases, func(a, b Case) int { return strings.Compare(a.Rule+"/"+a.Path, b.Rule+"/"+b.Path) })
	return cases, nil
}

func caseKind(name string) string {
	for _, k := range caseKinds {
		if strings.HasPrefix(name, k) {
			return k
		}
	}
	return ""
}

// Fixtures runs each case through parser.Load and e, and checks its result
// lines against its want comments.
func Fixtures(ctx context.Context, e *eval.Engine, cases []Case) []Result {
	results := make([]Result, 0, len(cases))
	for _, c := range cases {
		start := time.Now()
		failure := runCase(ctx, e, c)
		results = append(results, Result{Kind: "fixture", Name: c.Name(), Location: c.Path, Failure: failure, Duration: time.Since(start)})
	}
	return results
}

// runCase scans one case and returns what is wrong with its results, or "".
func runCase(ctx context.Context, e *eval.Engine, c Case) string {
	dir, srcs, cleanup, err := stage(c)
	if err != nil {
		return err.Error()
	}
	defer cleanup()
	g, err := parser.Load([]string{dir}, parser.Options{})
	if err != nil {
		return fmt.Sprintf("load: %v", err)
	}
	var problems []string
	for _, d := range g.Diagnostics.Errors() {
		problems = append(problems, fmt.Sprintf("parse error: %v", d))
	}
	res, err := e.Eval(ctx, g)
	if err != nil {
		return fmt.Sprintf("evaluate: %v", err)
	}
	want := map[string][]int{}
	for rel, src := range srcs {
		if lines := WantLines(string(src), c.Rule); len(lines) > 0 {
			want[rel] = lines
		}
	}
	findings := resultLines(res.Findings, c.Rule, dir)
	inconclusive := resultLines(res.Inconclusive, c.Rule, dir)
	switch c.Kind {
	case "bad":
		if len(want) == 0 {
			problems = append(problems, fmt.Sprintf(`no line is marked with want %q`, c.Rule))
		}
		if msg := mismatch("findings", want, findings); msg != "" {
			problems = append(problems, msg)
		}
	case "good":
		if msg := mismatch("findings", nil, findings); msg != "" {
			problems = append(problems, msg)
		}
		if msg := mismatch("inconclusive results", nil, inconclusive); msg != "" {
			problems = append(problems, msg)
		}
	case "unknown":
		if len(want) == 0 {
			problems = append(problems, fmt.Sprintf(`no line is marked with want %q`, c.Rule))
		}
		if msg := mismatch("findings", nil, findings); msg != "" {
			problems = append(problems, msg)
		}
		if msg := mismatch("inconclusive results", want, inconclusive); msg != "" {
			problems = append(problems, msg)
		}
		for _, f := range res.Inconclusive {
			if f.RuleID == c.Rule && f.Cause == "" {
				problems = append(problems, fmt.Sprintf("inconclusive result on line %d has no cause", f.StartLine))
			}
		}
	}
	return strings.Join(problems, "\n")
}

// stage returns the folder to scan for c and the sources of its files by
// path relative to that folder. A single-file case is copied alone into a
// scratch folder.
func stage(c Case) (dir string, srcs map[string][]byte, cleanup func(), err error) {
	srcs = map[string][]byte{}
	info, err := os.Stat(c.Path)
	if err != nil {
		return "", nil, nil, err
	}
	if info.IsDir() {
		err := filepath.WalkDir(c.Path, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(c.Path, p)
			srcs[filepath.ToSlash(rel)] = src
			return nil
		})
		return c.Path, srcs, func() {}, err
	}
	src, err := os.ReadFile(c.Path)
	if err != nil {
		return "", nil, nil, err
	}
	tmp, err := os.MkdirTemp("", "preflight-fixture-")
	if err != nil {
		return "", nil, nil, err
	}
	name := caseFiles[filepath.Ext(c.Path)]
	if err := os.WriteFile(filepath.Join(tmp, name), src, 0o644); err != nil {
		os.RemoveAll(tmp)
		return "", nil, nil, err
	}
	srcs[name] = src
	return tmp, srcs, func() { os.RemoveAll(tmp) }, nil
}

// wantComment marks an expected result of a rule on its line.
var wantComment = regexp.MustCompile(`(?:#|//)\s*want(\+1)?\s+"([A-Za-z0-9_.-]+)"`)

// WantLines returns the lines of src marked as holding a result of rule.
func WantLines(src, rule string) []int {
	var lines []int
	for i, line := range strings.Split(src, "\n") {
		for _, m := range wantComment.FindAllStringSubmatch(line, -1) {
			if m[2] != rule {
				continue
			}
			n := i + 1
			if m[1] != "" {
				n++
			}
			lines = append(lines, n)
		}
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// resultLines returns the distinct start lines of rule's results by file
// relative to dir.
func resultLines(fs []eval.Finding, rule, dir string) map[string][]int {
	out := map[string][]int{}
	for _, f := range fs {
		if f.RuleID != rule {
			continue
		}
		rel, err := filepath.Rel(dir, f.File)
		if err != nil || strings.HasPrefix(rel, "..") {
			rel = f.File
		}
		rel = filepath.ToSlash(rel)
		out[rel] = append(out[rel], f.StartLine)
	}
	for k, v := range out {
		slices.Sort(v)
		out[k] = slices.Compact(v)
	}
	return out
}

// mismatch describes how got differs from want, or returns "".
func mismatch(what string, want, got map[string][]int) string {
	var b strings.Builder
	files := map[string]bool{}
	for f := range want {
		files[f] = true
	}
	for f := range got {
		files[f] = true
	}
	names := make([]string, 0, len(files))
	for f := range files {
		names = append(names, f)
	}
	slices.Sort(names)
	for _, f := range names {
		if !slices.Equal(want[f], got[f]) {
			fmt.Fprintf(&b, "%s %s: want lines %v, got %v\n", f, what, orNone(want[f]), orNone(got[f]))
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func orNone(lines []int) any {
	if len(lines) == 0 {
		return "none"
	}
	return lines
}
