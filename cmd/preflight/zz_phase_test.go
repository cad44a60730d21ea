package main

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/preflight-iac/preflight/eval"
	"github.com/preflight-iac/preflight/parser"
	"github.com/preflight-iac/preflight/policies"
	"github.com/preflight-iac/preflight/report"
)

func TestZZPhases(t *testing.T) {
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		e, _ := eval.New(ctx, eval.Options{Builtin: policies.FS})
		t1 := time.Now()
		g, _ := parser.Load([]string{"/tmp/c1"}, parser.Options{})
		t2 := time.Now()
		res, _ := e.Eval(ctx, g)
		t3 := time.Now()
		report.Write(io.Discard, "json", g, res, report.Options{})
		t4 := time.Now()
		report.Write(io.Discard, "text", g, res, report.Options{})
		t5 := time.Now()
		t.Logf("compile %v parse %v eval %v json %v text %v", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), t4.Sub(t3), t5.Sub(t4))
	}
}
