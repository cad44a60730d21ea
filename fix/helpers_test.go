package fix_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/graph"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/policies"
)

var (
	engineOnce sync.Once
	engine     *eval.Engine
	engineErr  error
)

// builtin returns the engine with the built-in rules, made once.
func builtin(t testing.TB) *eval.Engine {
	t.Helper()
	engineOnce.Do(func() {
		engine, engineErr = eval.New(context.Background(), eval.Options{Builtin: policies.FS})
	})
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}

// scan loads path with the real parsers and evaluates the built-in rules.
func scan(t testing.TB, path string, opts parser.Options) (*graph.Graph, *eval.Result) {
	t.Helper()
	g, err := parser.Load([]string{path}, opts)
	if err != nil {
		t.Fatal(err)
	}
	res, err := builtin(t).Eval(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	return g, res
}

// writeTree writes files (relative path → content) below dir.
func writeTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
