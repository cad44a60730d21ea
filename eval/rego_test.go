package eval_test

import (
	"context"
	"io/fs"
	"path"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/preflight-iac/preflight/policies"
)

// TestRegoUnitTests runs every *_test.rego of the embedded catalogue with
// OPA's test runner, so `go test ./...` covers the Rego unit tests as
// `opa test policies/` does.
func TestRegoUnitTests(t *testing.T) {
	modules := map[string]*ast.Module{}
	var ruleFiles, testFiles []string
	err := fs.WalkDir(policies.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		src, err := fs.ReadFile(policies.FS, p)
		if err != nil {
			return err
		}
		m, err := ast.ParseModuleWithOpts(p, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			t.Errorf("parse %s: %v", p, err)
			return nil
		}
		modules[p] = m
		if strings.HasSuffix(p, "_test.rego") {
			testFiles = append(testFiles, p)
		} else {
			ruleFiles = append(ruleFiles, p)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk policies.FS: %v", err)
	}

	// Every policy file has its test file next to it.
	tests := map[string]bool{}
	for _, f := range testFiles {
		tests[f] = true
	}
	for _, f := range ruleFiles {
		if want := strings.TrimSuffix(f, ".rego") + "_test.rego"; !tests[want] {
			t.Errorf("%s has no unit tests: want %s", f, path.Base(want))
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ch, err := tester.NewRunner().SetTimeout(time.Minute).Run(ctx, modules)
	if err != nil {
		t.Fatalf("run Rego tests: %v", err)
	}
	perFile := map[string]int{}
	var failed []string
	n := 0
	for r := range ch {
		n++
		perFile[r.Location.File]++
		switch {
		case r.Error != nil:
			failed = append(failed, r.Location.String()+": "+r.Package+"."+r.Name+": error: "+r.Error.Error())
		case r.Fail:
			failed = append(failed, r.Location.String()+": "+r.Package+"."+r.Name+": FAIL")
		}
	}
	sort.Strings(failed)
	for _, f := range failed {
		t.Error(f)
	}
	for _, f := range testFiles {
		if perFile[f] == 0 {
			t.Errorf("%s defines no test_ rules", f)
		}
	}
	t.Logf("%d Rego tests in %d files", n, len(testFiles))
}
