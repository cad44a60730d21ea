package eval_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/preflight-iac/preflight/internal/policytest"
)

// TestRegoUnitTests runs every *_test.rego of the embedded catalogue with
// OPA's test runner, as `preflight test` does without arguments, and checks
// that every policy file has unit tests next to it.
func TestRegoUnitTests(t *testing.T) {
	modules, tested, err := policytest.Modules(true, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]bool{}
	for name := range modules {
		if strings.HasSuffix(name, "_test.rego") {
			tests[name] = true
		}
	}
	for name := range modules {
		if want := strings.TrimSuffix(name, ".rego") + "_test.rego"; !strings.HasSuffix(name, "_test.rego") && !tests[want] {
			t.Errorf("%s has no unit tests: want %s", strings.TrimPrefix(name, "builtin/"), want)
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	results, err := policytest.Rego(ctx, modules, tested, "")
	if err != nil {
		t.Fatal(err)
	}
	perFile := map[string]int{}
	for _, r := range results {
		file, _, _ := strings.Cut(r.Location, ":")
		perFile["builtin/"+file]++
		if !r.Passed() {
			t.Errorf("%s: %s: %s", r.Location, r.Name, r.Failure)
		}
	}
	for name := range tests {
		if perFile[name] == 0 {
			t.Errorf("%s defines no test_ rules", strings.TrimPrefix(name, "builtin/"))
		}
	}
	t.Logf("%d Rego tests in %d files", len(results), len(tests))
}
